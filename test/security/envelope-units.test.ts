/**
 * The Envelope's principal and address encodings (src/cluster/envelope.ts): Kafka's version-prefixed
 * DefaultPrincipalData and InetAddress bytes round-trip, and random bytes are refused with Kafka's error codes,
 * never an exception of another kind.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { hostBytes, hostFromBytes, principalBytes, principalFromBytes } from '../../src/cluster/envelope';
import { ErrorCode, KafkaError } from '../../src/errors';

describe('Envelope principal and address bytes', () => {
  it('round-trips principals (token login flag included) and IPv4 / IPv6 addresses', () => {
    for (const [principal, token] of [
      ['User:alice', false],
      ['User:CN=client,O=Brook', true],
      ['Group:ops:x', false],
    ] as const) {
      assert.deepEqual(principalFromBytes(principalBytes(principal, token)), { principal, tokenAuthenticated: token });
    }
    assert.deepEqual([...principalBytes('User:a', false).subarray(0, 2)], [0, 0], 'version 0 prefix');
    assert.deepEqual([...hostBytes('10.1.2.3')], [10, 1, 2, 3]);
    assert.deepEqual([...hostBytes('::ffff:127.0.0.1')], [127, 0, 0, 1], 'an IPv4-mapped address as IPv4');
    assert.equal(hostFromBytes(hostBytes('::1')), '0:0:0:0:0:0:0:1');
    assert.equal(hostFromBytes(hostBytes('fe80::1:2')), 'fe80:0:0:0:0:0:1:2');
    assert.equal(hostFromBytes(Buffer.from([192, 168, 0, 9])), '192.168.0.9');
  });

  it('refuses what does not parse with PRINCIPAL_DESERIALIZATION_FAILURE or INVALID_REQUEST (2000 random inputs)', () => {
    const codeOf = (f: () => unknown) => {
      try {
        f();
        return ErrorCode.None;
      } catch (error) {
        assert.ok(error instanceof KafkaError, String(error));
        return error.code;
      }
    };
    assert.equal(
      codeOf(() => principalFromBytes(null)),
      ErrorCode.PrincipalDeserializationFailure,
    );
    assert.equal(
      codeOf(() => principalFromBytes(Buffer.from([0, 1]))),
      ErrorCode.PrincipalDeserializationFailure,
    );
    assert.equal(
      codeOf(() => hostFromBytes(Buffer.alloc(5))),
      ErrorCode.InvalidRequest,
    );
    for (let i = 0; i < 2000; i++) {
      const bytes = randomBytes(i % 40);
      assert.ok(
        [ErrorCode.None, ErrorCode.PrincipalDeserializationFailure].includes(codeOf(() => principalFromBytes(bytes))),
      );
      assert.ok([ErrorCode.None, ErrorCode.InvalidRequest].includes(codeOf(() => hostFromBytes(bytes))));
    }
  });
});
