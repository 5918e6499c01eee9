import assert from 'node:assert/strict';
import {
  API_KEYS,
  type ApiVersionsResponse,
  ApiVersionsResponseCodec,
  decodeRequest,
  decodeRequestHeader,
  decodeResponse,
  encodeRequest,
  encodeResponse,
  type ProduceRequest,
  ProduceRequestCodec,
  ProtocolDecodeError,
  Reader,
  requestHeaderVersion,
  responseHeaderVersion,
  UnsupportedApiError,
  Writer,
} from '../../../protocol';

function produceRequest(): ProduceRequest {
  return {
    ...ProduceRequestCodec.defaults(),
    acks: -1,
    timeoutMs: 30000,
    topicData: [
      {
        name: 'orders',
        topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
        partitionData: [{ index: 2, records: Buffer.alloc(80, 7) }],
      },
    ],
  };
}

/** Frame without its size prefix, as the network layer hands it over. */
const unframe = (frame: Buffer): Buffer => {
  assert.equal(frame.readInt32BE(0), frame.length - 4);
  return frame.subarray(4);
};

describe('frames', () => {
  it('header versions follow flexible versions, with the hard-coded exceptions', () => {
    assert.equal(requestHeaderVersion(API_KEYS.Produce, 8), 1);
    assert.equal(requestHeaderVersion(API_KEYS.Produce, 9), 2);
    assert.equal(responseHeaderVersion(API_KEYS.Produce, 8), 0);
    assert.equal(responseHeaderVersion(API_KEYS.Produce, 9), 1);
    assert.equal(requestHeaderVersion(API_KEYS.ControlledShutdown, 0), 0);
    assert.equal(requestHeaderVersion(API_KEYS.ControlledShutdown, 1), 1);
    assert.equal(requestHeaderVersion(API_KEYS.ApiVersions, 3), 2);
    assert.equal(requestHeaderVersion(API_KEYS.ApiVersions, 99), 2, 'newer ApiVersions keep the flexible header');
    assert.equal(responseHeaderVersion(API_KEYS.ApiVersions, 3), 0, 'KIP-511');
    assert.equal(requestHeaderVersion(999, 0), 1);
  });

  it('encodes and decodes requests in classic and flexible versions', () => {
    for (const version of [3, 7, 9, 11]) {
      const frame = encodeRequest(
        { apiKey: 0, apiVersion: version, correlationId: 42, clientId: 'c-1' },
        produceRequest(),
      );
      const { header, body } = decodeRequest(unframe(frame));
      assert.deepEqual(header, {
        apiKey: 0,
        apiVersion: version,
        correlationId: 42,
        clientId: 'c-1',
        headerVersion: version >= 9 ? 2 : 1,
      });
      assert.deepEqual(body, produceRequest());
    }
  });

  it('the client id stays a classic int16 string in header v2', () => {
    const frame = unframe(
      encodeRequest({ apiKey: 0, apiVersion: 9, correlationId: 1, clientId: 'ab' }, produceRequest()),
    );
    assert.deepEqual([...frame.subarray(8, 13)], [0, 2, 0x61, 0x62, 0], 'int16 length, bytes, empty tag section');
    const nullId = unframe(
      encodeRequest({ apiKey: 0, apiVersion: 9, correlationId: 1, clientId: null }, produceRequest()),
    );
    assert.equal(decodeRequest(nullId).header.clientId, null);
  });

  it('reads the header of any API key and version (unknown -> v1 layout) and reports them as unsupported', () => {
    const w = new Writer();
    w.int16(999).int16(3).int32(77).nullableString('probe');
    const r = new Reader(Buffer.from(w.finish()));
    assert.deepEqual(decodeRequestHeader(r), {
      apiKey: 999,
      apiVersion: 3,
      correlationId: 77,
      clientId: 'probe',
      headerVersion: 1,
    });
    assert.equal(r.failed, false);
    assert.throws(
      () => decodeRequest(Buffer.from(w.finish())),
      (e: unknown) => e instanceof UnsupportedApiError && e.apiKey === 999 && e.header?.correlationId === 77,
    );
  });

  it('an ApiVersions request above the known range is UnsupportedApiError with its header (KIP-511)', () => {
    const w = new Writer();
    w.int16(18).int16(9).int32(5).nullableString('java').uvarint(0);
    w.compactString('x').compactString('1').uvarint(0);
    try {
      decodeRequest(Buffer.from(w.finish()));
      assert.fail('expected UnsupportedApiError');
    } catch (e) {
      assert.ok(e instanceof UnsupportedApiError);
      assert.equal(e.apiVersion, 9);
      assert.deepEqual(e.header, { apiKey: 18, apiVersion: 9, correlationId: 5, clientId: 'java', headerVersion: 2 });
    }
  });

  it('ControlledShutdown v0 has no client id', () => {
    const frame = unframe(
      encodeRequest({ apiKey: 7, apiVersion: 0, correlationId: 3, clientId: null }, { brokerId: 4, brokerEpoch: -1n }),
    );
    assert.equal(frame.length, 8 + 4);
    const { header, body } = decodeRequest(frame);
    assert.equal(header.headerVersion, 0);
    assert.deepEqual(body, { brokerId: 4, brokerEpoch: -1n });
  });

  it('malformed requests throw ProtocolDecodeError naming API, version and field; trailing bytes too', () => {
    const frame = unframe(
      encodeRequest({ apiKey: 0, apiVersion: 9, correlationId: 1, clientId: 'c' }, produceRequest()),
    );
    const truncated = frame.subarray(0, frame.length - 40);
    assert.throws(
      () => decodeRequest(truncated),
      (e: unknown) =>
        e instanceof ProtocolDecodeError &&
        e.subject === 'ProduceRequest v9' &&
        e.field === 'TopicData.PartitionData.Records' &&
        /ProduceRequest v9 field TopicData\.PartitionData\.Records/.test(e.message),
    );
    assert.throws(
      () => decodeRequest(Buffer.concat([frame, Buffer.from([0])])),
      (e: unknown) => e instanceof ProtocolDecodeError && /trailing/.test(e.message),
    );
    assert.throws(() => decodeRequest(Buffer.from([0, 0, 0])), ProtocolDecodeError);
  });

  it('decoding Produce does not copy records', () => {
    const frame = unframe(
      encodeRequest({ apiKey: 0, apiVersion: 9, correlationId: 1, clientId: 'c' }, produceRequest()),
    );
    const body = decodeRequest(frame).body as ProduceRequest;
    const records = body.topicData[0]!.partitionData[0]!.records!;
    assert.equal(records.buffer, frame.buffer, 'records are a slice of the frame');
  });

  it('responses: ApiVersions always with header v0, flexible ones with header v1', () => {
    const body: ApiVersionsResponse = {
      ...ApiVersionsResponseCodec.defaults(),
      apiKeys: [{ apiKey: 0, minVersion: 0, maxVersion: 11 }],
    };
    const frame = encodeResponse(18, 3, 9, body);
    assert.equal(frame.readInt32BE(4), 9);
    assert.equal(frame[8], 0, 'error code high byte right after the correlation id');
    assert.deepEqual(decodeResponse(18, 3, unframe(frame)), { correlationId: 9, body });

    const produce = encodeResponse(0, 9, 11, { responses: [], throttleTimeMs: 5, nodeEndpoints: [] });
    assert.equal(produce[8], 0, 'response header v1 tag section');
    assert.deepEqual(decodeResponse(0, 9, unframe(produce)), {
      correlationId: 11,
      body: { responses: [], throttleTimeMs: 5, nodeEndpoints: [] },
    });
    assert.throws(() => decodeResponse(0, 9, Buffer.concat([unframe(produce), Buffer.from([1])])), ProtocolDecodeError);
    assert.throws(() => encodeResponse(0, 14, 1, {}), UnsupportedApiError);
  });
});
