import assert from 'node:assert/strict';
import { API_BY_KEY, type ApiVersionsResponse } from '../../protocol/generated';
import { encodeRecordBatchSync } from '../../protocol/records';
import { startBroker, type TestBroker } from '../../src/testing';
import { WireClient } from './wire-client';

/** The APIs of the broker issue (group and transaction APIs have their own tests). */
const BROKER_APIS = [0, 1, 2, 3, 18, 19, 20, 21, 23, 32, 33, 35, 37, 44, 60];

/**
 * Every advertised API at every advertised version answers a default-valued request with a response that
 * decodes (no encoding error, no closed connection). Catches fields set in versions where they do not exist.
 */
describe('broker: every advertised API version answers', function () {
  this.timeout(30000);
  let broker: TestBroker;
  before(async () => {
    broker = await startBroker();
    // Something to describe: a topic with data.
    const c = await WireClient.connect(broker.port);
    c.send(19, 4, {
      topics: [{ name: 'sweep', numPartitions: 2, replicationFactor: 1, assignments: [], configs: [] }],
      timeoutMs: 1000,
      validateOnly: false,
    });
    await c.next();
    c.close();
  });
  after(async () => broker?.stop());

  it('sweeps ApiVersions ranges', async () => {
    const c = await WireClient.connect(broker.port);
    c.send(18, 3, { clientSoftwareName: 'sweep', clientSoftwareVersion: '1' });
    const { body } = await c.nextResponse<ApiVersionsResponse>(18, 3);
    let tried = 0;
    for (const { apiKey, minVersion, maxVersion } of body.apiKeys.filter((k) => BROKER_APIS.includes(k.apiKey))) {
      const api = API_BY_KEY[apiKey]!;
      for (let version = minVersion; version <= maxVersion; version++) {
        const request = api.request.defaults() as Record<string, unknown>;
        if (apiKey === 1) Object.assign(request, { maxWaitMs: 0, replicaId: -1 });
        if (apiKey === 0) Object.assign(request, { acks: 1 });
        let frame: Buffer;
        try {
          frame = c.frame(apiKey, version, request);
        } catch {
          continue; // the default value cannot be written in this version (e.g. a null array before it was nullable)
        }
        c.write(frame);
        const response = await c.next(5000);
        assert.ok(response, `${api.name} v${version}: no response (connection ${c.closed ? 'closed' : 'open'})`);
        tried++;
      }
    }
    assert.ok(tried > 70, `only ${tried} requests sent`);
    c.close();
  });

  it('answers populated requests (topics, partitions, data) at every version', async () => {
    const c = await WireClient.connect(broker.port);
    const now = BigInt(Date.now());
    const ZERO = 'AAAAAAAAAAAAAAAAAAAAAA';
    const records = encodeRecordBatchSync({ records: [{ timestamp: now, key: null, value: Buffer.from('v') }] });
    const bodies: Record<number, (v: number) => unknown> = {
      0: () => ({
        transactionalId: null,
        acks: 1,
        timeoutMs: 1000,
        topicData: [{ name: 'sweep', partitionData: [{ index: 0, records }] }],
      }),
      1: () => ({
        ...API_BY_KEY[1]!.request.defaults(),
        replicaId: -1,
        maxWaitMs: 0,
        topics: [
          {
            topic: 'sweep',
            topicId: ZERO,
            partitions: [
              {
                partition: 0,
                currentLeaderEpoch: -1,
                fetchOffset: 0n,
                lastFetchedEpoch: -1,
                logStartOffset: -1n,
                partitionMaxBytes: 65536,
                replicaDirectoryId: ZERO,
              },
            ],
          },
        ],
      }),
      2: () => ({
        replicaId: -1,
        isolationLevel: 0,
        timeoutMs: 0,
        topics: [
          {
            name: 'sweep',
            partitions: [{ partitionIndex: 0, currentLeaderEpoch: -1, timestamp: -1n, maxNumOffsets: 1 }],
          },
        ],
      }),
      3: () => ({ ...API_BY_KEY[3]!.request.defaults(), topics: [{ topicId: ZERO, name: 'sweep' }] }),
      19: () => ({
        topics: [
          {
            name: 'sweep',
            numPartitions: 1,
            replicationFactor: 1,
            assignments: [],
            configs: [{ name: 'retention.ms', value: '1' }],
          },
        ],
        timeoutMs: 1000,
        validateOnly: true,
      }),
      21: () => ({ topics: [{ name: 'sweep', partitions: [{ partitionIndex: 1, offset: 0n }] }], timeoutMs: 1000 }),
      23: () => ({
        replicaId: -1,
        topics: [{ topic: 'sweep', partitions: [{ partition: 0, currentLeaderEpoch: -1, leaderEpoch: 0 }] }],
      }),
      32: () => ({
        resources: [
          { resourceType: 2, resourceName: 'sweep', configurationKeys: null },
          { resourceType: 4, resourceName: String(broker.nodeId), configurationKeys: null },
        ],
        includeSynonyms: true,
        includeDocumentation: true,
      }),
      33: () => ({
        resources: [{ resourceType: 2, resourceName: 'sweep', configs: [{ name: 'retention.ms', value: '100000' }] }],
        validateOnly: true,
      }),
      35: () => ({ topics: null }),
      37: () => ({ topics: [{ name: 'sweep', count: 3, assignments: null }], timeoutMs: 1000, validateOnly: true }),
      44: () => ({
        resources: [
          {
            resourceType: 2,
            resourceName: 'sweep',
            configs: [{ name: 'retention.ms', configOperation: 0, value: '100000' }],
          },
        ],
        validateOnly: true,
      }),
    };
    c.send(18, 3, { clientSoftwareName: 'sweep', clientSoftwareVersion: '1' });
    const advertised = (await c.nextResponse<ApiVersionsResponse>(18, 3)).body.apiKeys;
    let tried = 0;
    for (const [key, build] of Object.entries(bodies)) {
      const api = API_BY_KEY[Number(key)]!;
      const range = advertised.find((k) => k.apiKey === Number(key))!;
      for (let version = range.minVersion; version <= range.maxVersion; version++) {
        let frame: Buffer;
        try {
          frame = c.frame(Number(key), version, build(version));
        } catch {
          continue;
        }
        c.write(frame);
        assert.ok(await c.next(5000), `${api.name} v${version}: no response`);
        tried++;
      }
    }
    assert.ok(tried > 60, `only ${tried} requests sent`);
    c.close();
  });
});
