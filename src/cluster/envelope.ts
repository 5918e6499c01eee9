import { isIPv4, isIPv6 } from 'node:net';
import { DefaultPrincipalDataCodec, type EnvelopeRequest, type EnvelopeResponse } from '../../protocol/generated';
import { decodeResponse, encodeRequest } from '../../protocol/frames';
import { Reader, Writer } from '../../protocol/primitives';
import { ErrorCode, KafkaError } from '../errors';
import type { Principal } from '../security/principal';

/**
 * Kafka's Envelope (API 58, KIP-590): a broker forwards a client's request to the active controller wrapped with
 * who sent it (the principal as DefaultKafkaPrincipalBuilder serializes it: a version-prefixed DefaultPrincipalData)
 * and from where (the address bytes), so the controller runs it as that client. The controller's answer carries
 * the inner response, header included.
 */
export interface ForwardedClient {
  principal: Principal;
  tokenAuthenticated: boolean;
  /** The client's address (an IPv4 or IPv6 literal). */
  host: string;
  clientId: string | null;
}

const PRINCIPAL_DATA_VERSION = 0;

/** MessageUtil.toVersionPrefixedBytes of the principal's DefaultPrincipalData. */
export function principalBytes(principal: Principal, tokenAuthenticated: boolean): Buffer {
  const colon = principal.indexOf(':');
  const w = new Writer(64);
  w.int16(PRINCIPAL_DATA_VERSION);
  DefaultPrincipalDataCodec.encode(w, PRINCIPAL_DATA_VERSION, {
    type: principal.slice(0, colon),
    name: principal.slice(colon + 1),
    tokenAuthenticated,
  });
  return w.finish();
}

/** The principal of an Envelope; PRINCIPAL_DESERIALIZATION_FAILURE when it does not parse (as Kafka's). */
export function principalFromBytes(bytes: Buffer | null): { principal: Principal; tokenAuthenticated: boolean } {
  const fail = () =>
    new KafkaError(ErrorCode.PrincipalDeserializationFailure, 'Failed to deserialize client principal from envelope');
  if (bytes === null || bytes.length < 2) throw fail();
  const r = new Reader(bytes);
  if (r.int16() !== PRINCIPAL_DATA_VERSION) throw fail();
  const data = DefaultPrincipalDataCodec.decode(r, PRINCIPAL_DATA_VERSION);
  if (r.failed || data.type === '') throw fail();
  return { principal: `${data.type}:${data.name}`, tokenAuthenticated: data.tokenAuthenticated };
}

/** InetAddress.getAddress(): 4 bytes for IPv4 (an IPv4-mapped IPv6 address too), 16 for IPv6. */
export function hostBytes(host: string): Buffer {
  const plain = host.replace(/^::ffff:(?=\d+\.)/, '');
  if (isIPv4(plain)) return Buffer.from(plain.split('.').map(Number));
  if (!isIPv6(plain)) return Buffer.from([127, 0, 0, 1]);
  const [head = '', tail = ''] = plain.split('::');
  const groups = (s: string) => (s === '' ? [] : s.split(':'));
  const left = groups(head);
  const right = groups(tail);
  const all = [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  const out = Buffer.alloc(16);
  for (let i = 0; i < 8; i++) out.writeUInt16BE(Number.parseInt(all[i]!, 16), i * 2);
  return out;
}

/** The client address of an Envelope as text; INVALID_REQUEST unless 4 or 16 bytes (InetAddress.getByAddress). */
export function hostFromBytes(bytes: Buffer): string {
  if (bytes.length === 4) return [...bytes].join('.');
  if (bytes.length === 16) {
    const groups: string[] = [];
    for (let i = 0; i < 16; i += 2) groups.push(bytes.readUInt16BE(i).toString(16));
    return groups.join(':');
  }
  throw new KafkaError(ErrorCode.InvalidRequest, 'Failed to parse client address from envelope');
}

/** The Envelope that forwards `body` (API `apiKey` at `version`) as sent by `client`. */
export function envelopeFor(client: ForwardedClient, apiKey: number, version: number, body: unknown): EnvelopeRequest {
  const frame = encodeRequest({ apiKey, apiVersion: version, correlationId: 0, clientId: client.clientId }, body);
  return {
    requestData: frame.subarray(4),
    requestPrincipal: principalBytes(client.principal, client.tokenAuthenticated),
    clientHostAddress: hostBytes(client.host),
  };
}

/** The inner response of the controller's answer to an Envelope; its error as a KafkaError. */
export function responseInEnvelope<T>(apiKey: number, version: number, response: EnvelopeResponse): T {
  if (response.errorCode !== ErrorCode.None || response.responseData === null) {
    throw new KafkaError(
      response.errorCode === ErrorCode.None ? ErrorCode.UnknownServerError : response.errorCode,
      'the active controller refused the forwarded request',
    );
  }
  return decodeResponse(apiKey, version, response.responseData).body as T;
}
