/**
 * Delegation tokens in a KRaft cluster, kept in the metadata log (DelegationTokenRecord) as Kafka 4.4 keeps them: a
 * token created through a node that is not the active controller (forwarded inside an Envelope, so the controller
 * records the client as owner) logs in on every node, is renewed through another, and expired tokens leave every
 * node. The Envelope itself refuses a principal that does not parse.
 */
import assert from 'node:assert/strict';
import type {
  CreateDelegationTokenResponse,
  DescribeDelegationTokenResponse,
  EnvelopeResponse,
  ExpireDelegationTokenResponse,
  RenewDelegationTokenResponse,
} from '../../protocol/generated';
import { ErrorCode } from '../../src/errors';
import type { SaslCredentials } from '../../src/security/sasl-client';
import { credentialFromPassword, scramMechanismByName } from '../../src/security/scram';
import type { TestBroker } from '../../src/testing';
import { startKraftNodes, until } from '../broker/kraft-nodes';
import { WireClient } from '../broker/wire-client';
import { saslConnection } from './sasl-connection';

describe('delegation tokens in a KRaft cluster: kept in the metadata log', function () {
  this.timeout(60_000);
  let nodes: TestBroker[] = [];
  const saslPort = (n: TestBroker) => Number(n.endpoints.SASL_PLAINTEXT!.split(':')[1]);
  const alice: SaslCredentials = { mechanism: 'SCRAM-SHA-512', username: 'alice', password: 'alice-pw' };

  before(async () => {
    nodes = await startKraftNodes(
      3,
      {
        'listener.security.protocol.map': 'PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT',
        'sasl.enabled.mechanisms': 'SCRAM-SHA-256,SCRAM-SHA-512',
        'delegation.token.secret.key': 'one-secret-for-the-cluster',
      },
      'SASL_PLAINTEXT://127.0.0.1:0',
    );
    const controller = nodes.find((n) => n.broker.kraft!.isActiveController)!;
    const m = scramMechanismByName('SCRAM-SHA-512')!;
    await controller.broker.scramCredentials.apply([
      { kind: 'upsert', user: 'alice', mechanism: m, credential: credentialFromPassword(m, 'alice-pw') },
    ]);
    await until(() => nodes.every((n) => n.broker.scramCredentials.users().has('alice')), 'alice on every node');
  });
  after(async () => {
    for (const n of nodes) await n.stop().catch(() => {});
  });

  it('created through a broker that is not the controller, the token logs in on every node, renews anywhere and expires everywhere', async () => {
    const [broker, other] = nodes.filter((n) => !n.broker.kraft!.isActiveController) as [TestBroker, TestBroker];
    const c = await saslConnection(saslPort(broker), alice);
    const created = await c.send<CreateDelegationTokenResponse>(38, 3, {
      ownerPrincipalType: null,
      ownerPrincipalName: null,
      renewers: [],
      maxLifetimeMs: 3_600_000n,
    });
    c.close();
    assert.equal(created.errorCode, ErrorCode.None);
    assert.deepEqual(
      [created.principalName, created.tokenRequesterPrincipalName],
      ['alice', 'alice'],
      "the client's principal, not the forwarding node's",
    );
    assert.equal(created.maxTimestampMs - created.issueTimestampMs, 3_600_000n);
    assert.ok(broker.broker.delegationTokens.store.get(created.tokenId), 'answered once the broker has it');
    await until(
      () => nodes.every((n) => n.broker.delegationTokens.store.get(created.tokenId)),
      'the DelegationTokenRecord on every node',
    );

    const token: SaslCredentials = {
      mechanism: 'SCRAM-SHA-256',
      username: created.tokenId,
      password: Buffer.from(created.hmac).toString('base64'),
      tokenAuth: true,
    };
    for (const n of nodes) {
      const withToken = await saslConnection(saslPort(n), token);
      const described = await withToken.send<DescribeDelegationTokenResponse>(41, 3, { owners: null });
      withToken.close();
      // A token login may not use the token APIs, describe included (KafkaApis.allowTokenRequests).
      assert.equal(described.errorCode, ErrorCode.DelegationTokenRequestNotAllowed, `node ${n.broker.nodeId}`);
    }

    const o = await saslConnection(saslPort(other), alice);
    const renewed = await o.send<RenewDelegationTokenResponse>(39, 2, { hmac: created.hmac, renewPeriodMs: 60_000n });
    assert.equal(renewed.errorCode, ErrorCode.None);
    assert.equal(
      other.broker.delegationTokens.store.get(created.tokenId)?.expiryTimestamp,
      Number(renewed.expiryTimestampMs),
    );
    const expired = await o.send<ExpireDelegationTokenResponse>(40, 2, {
      hmac: created.hmac,
      expiryTimePeriodMs: -1n,
    });
    o.close();
    assert.equal(expired.errorCode, ErrorCode.None);
    await until(
      () => nodes.every((n) => n.broker.delegationTokens.store.get(created.tokenId) === undefined),
      'the token removed from every node',
    );
    await assert.rejects(saslConnection(saslPort(broker), token), /SASL_AUTHENTICATION_FAILED/);
  });

  it('an Envelope whose principal does not parse is refused with PRINCIPAL_DESERIALIZATION_FAILURE', async () => {
    const controller = nodes.find((n) => n.broker.kraft!.isActiveController)!;
    const port = controller.broker.boundListeners.find((l) => l.spec.name === 'CONTROLLER')!.port;
    const c = await WireClient.connect(port);
    c.send(58, 0, {
      requestData: Buffer.alloc(8),
      requestPrincipal: Buffer.from([0, 9, 1]),
      clientHostAddress: Buffer.from([127, 0, 0, 1]),
    });
    const answer = (await c.nextResponse<EnvelopeResponse>(58, 0)).body;
    c.close();
    assert.equal(answer.errorCode, ErrorCode.PrincipalDeserializationFailure);
  });
});
