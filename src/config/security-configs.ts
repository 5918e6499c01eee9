import type { ConfigDefinition } from './definitions';

/**
 * Kafka's security keys (BrokerSecurityConfigs, SslConfigs, SaslConfigs) with Kafka's defaults. Each `ssl.*` and
 * `sasl.*` key may also be given per listener as `listener.name.<listener lower case>.<key>` (and a JAAS config
 * per mechanism as `listener.name.<listener>.<mechanism lower case>.sasl.jaas.config`), as Kafka reads them;
 * those prefixed keys are resolved by `BrokerConfig.listenerValue`.
 */
const d = (
  name: string,
  type: ConfigDefinition['type'],
  def: string | null,
  doc: string,
  extra: Partial<ConfigDefinition> = {},
): ConfigDefinition => ({ name, type, default: def, doc, ...extra });

export const SECURITY_CONFIGS: readonly ConfigDefinition[] = [
  d(
    'security.inter.broker.protocol',
    'string',
    'PLAINTEXT',
    'Names the inter-broker listener when inter.broker.listener.name is not set (the listener of that name).',
  ),
  d(
    'sasl.mechanism.inter.broker.protocol',
    'string',
    'GSSAPI',
    "SASL mechanism a broker logs in to the others' inter-broker listener with (Brook: PLAIN, SCRAM-SHA-256, SCRAM-SHA-512).",
  ),
  d(
    'sasl.mechanism.controller.protocol',
    'string',
    'GSSAPI',
    "SASL mechanism a node logs in to the controllers' listener with (Brook: PLAIN, SCRAM-SHA-256, SCRAM-SHA-512).",
  ),
  d(
    'sasl.enabled.mechanisms',
    'list',
    'GSSAPI',
    'SASL mechanisms enabled on SASL listeners (Brook: PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER).',
  ),
  d(
    'sasl.jaas.config',
    'password',
    null,
    'JAAS login context of the broker (PlainLoginModule user_<name>="password" entries).',
    {
      sensitive: true,
    },
  ),
  d('sasl.server.max.receive.size', 'int', '524288', 'Largest frame read before a SASL client is authenticated.', {
    min: 1,
  }),
  d('connections.max.reauth.ms', 'long', '0', 'Session lifetime of a SASL connection; 0 = no re-authentication.', {
    min: 0,
  }),
  d(
    'sasl.server.callback.handler.class',
    'class',
    null,
    "OAUTHBEARER token validator: unset (unsecured JWTs, Kafka's default) or org.apache.kafka.common.security.oauthbearer.OAuthBearerValidatorCallbackHandler (signed JWTs against a JWKS). Usually per listener: listener.name.<l>.oauthbearer.sasl.server.callback.handler.class.",
  ),
  d(
    'sasl.oauthbearer.jwks.endpoint.url',
    'string',
    null,
    'JWKS of the OAuth/OIDC provider (https, http or file URL) the signed-JWT validator checks signatures with.',
  ),
  d('sasl.oauthbearer.jwks.endpoint.refresh.ms', 'long', '3600000', 'How often the JWKS is fetched again.', { min: 0 }),
  d(
    'sasl.oauthbearer.jwks.endpoint.retry.backoff.ms',
    'long',
    '100',
    'First wait before retrying a failed JWKS fetch (doubles each time).',
    { min: 0 },
  ),
  d(
    'sasl.oauthbearer.jwks.endpoint.retry.backoff.max.ms',
    'long',
    '10000',
    'Longest time a failed JWKS fetch is retried.',
    { min: 0 },
  ),
  d(
    'sasl.oauthbearer.expected.audience',
    'list',
    '',
    "Audiences a token's aud claim must name one of (or set sasl.oauthbearer.allow.unverified.audience=true).",
  ),
  d(
    'sasl.oauthbearer.expected.issuer',
    'string',
    null,
    "Issuer a token's iss claim must equal (or set sasl.oauthbearer.allow.unverified.issuer=true).",
  ),
  d(
    'sasl.oauthbearer.allow.unverified.audience',
    'boolean',
    'false',
    'Accept tokens whatever their aud claim (Kafka 4.4 asks for this or an expected audience).',
  ),
  d(
    'sasl.oauthbearer.allow.unverified.issuer',
    'boolean',
    'false',
    'Accept tokens whatever their iss claim (Kafka 4.4 asks for this or an expected issuer).',
  ),
  d('sasl.oauthbearer.clock.skew.seconds', 'int', '30', 'Leeway for exp and nbf.', { min: 0 }),
  d('sasl.oauthbearer.sub.claim.name', 'string', 'sub', 'Claim holding the principal name.'),
  d('sasl.oauthbearer.scope.claim.name', 'string', 'scope', 'Claim holding the token scopes.'),
  d(
    'org.apache.kafka.sasl.oauthbearer.allowed.urls',
    'list',
    '',
    "JWKS URLs the validator may fetch, comma-separated (Kafka's JVM system property of the same name; empty allows none).",
  ),
  d('ssl.keystore.type', 'string', 'JKS', 'Keystore format: PEM, PKCS12 or JKS.'),
  d('ssl.keystore.location', 'string', null, 'Keystore file (PKCS12, or PEM with the key and the certificate chain).'),
  d('ssl.keystore.password', 'password', null, 'Password of the keystore file.', { sensitive: true }),
  d('ssl.key.password', 'password', null, 'Password of the private key (PEM: encrypted PKCS#8 key).', {
    sensitive: true,
  }),
  d('ssl.keystore.certificate.chain', 'password', null, 'PEM certificate chain given inline (ssl.keystore.type=PEM).', {
    sensitive: true,
  }),
  d('ssl.keystore.key', 'password', null, 'PEM private key given inline (ssl.keystore.type=PEM).', { sensitive: true }),
  d('ssl.truststore.type', 'string', 'JKS', 'Truststore format: PEM, PKCS12 or JKS.'),
  d(
    'ssl.truststore.location',
    'string',
    null,
    'Truststore file: the CA certificates client certificates are checked against.',
  ),
  d('ssl.truststore.password', 'password', null, 'Password of the truststore file.', { sensitive: true }),
  d('ssl.truststore.certificates', 'password', null, 'PEM CA certificates given inline (ssl.truststore.type=PEM).', {
    sensitive: true,
  }),
  d('ssl.client.auth', 'string', 'none', 'Client certificates: none, requested or required.', {
    oneOf: ['none', 'requested', 'required'],
  }),
  d(
    'ssl.allow.dn.changes',
    'boolean',
    'false',
    "Whether a listener's reloaded keystore may hold a certificate with another subject.",
  ),
  d(
    'ssl.allow.san.changes',
    'boolean',
    'false',
    "Whether a listener's reloaded keystore may hold a certificate with other subject alternative names.",
  ),
  d('ssl.principal.mapping.rules', 'string', 'DEFAULT', 'Rules turning a certificate subject into a principal name.'),
  d('ssl.protocol', 'string', 'TLSv1.3', 'Accepted; the versions come from ssl.enabled.protocols.'),
  d('ssl.enabled.protocols', 'list', 'TLSv1.2,TLSv1.3', 'TLS versions accepted.'),
  d('ssl.cipher.suites', 'list', '', 'Accepted; not applied yet (the default cipher suites of Node are used).'),
  d('ssl.endpoint.identification.algorithm', 'string', 'https', 'Client-side host name check (brokers ignore it).'),
  d(
    'authorizer.class.name',
    'string',
    '',
    'The authorizer: org.apache.kafka.metadata.authorizer.StandardAuthorizer (or `standard`) checks ACLs on every request; empty = none.',
  ),
  d(
    'super.users',
    'string',
    null,
    'Principals allowed everything by the authorizer, separated by `;` (User:admin;User:ops).',
  ),
  d('allow.everyone.if.no.acl.found', 'boolean', 'false', 'A resource with no ACL at all is open to every principal.'),
  // Delegation tokens (KIP-48; DelegationTokenManagerConfigs): off until a secret key is set, the same on every node.
  d(
    'delegation.token.secret.key',
    'password',
    null,
    'Secret that signs delegation tokens (HMAC-SHA512); the same on every node. Unset: delegation tokens are off.',
    { sensitive: true },
  ),
  d('delegation.token.max.lifetime.ms', 'long', '604800000', 'Longest life of a delegation token, renewals included.', {
    min: 1,
  }),
  d(
    'delegation.token.expiry.time.ms',
    'long',
    '86400000',
    'Life of a delegation token from its creation or last renewal.',
    { min: 1 },
  ),
  d(
    'delegation.token.expiry.check.interval.ms',
    'long',
    '3600000',
    'How often expired delegation tokens are removed.',
    { min: 1 },
  ),
];
