/**
 * A config resource named twice in one AlterConfigs or IncrementalAlterConfigs request: Kafka's
 * ConfigAdminManager.preprocess refuses every entry of it, before anything else is checked, and handles the other
 * resources. test/wire compares the IncrementalAlterConfigs answer with Kafka 4.4's; Kafka 4.4 never answers the
 * legacy AlterConfigs one (test/wire/FINDINGS.md), so Brook's answer is checked here.
 */
import assert from 'node:assert/strict';
import type { AlterConfigsResponse, IncrementalAlterConfigsResponse } from '../../protocol/generated';
import { ErrorCode } from '../../src/errors';
import { startBroker, type TestBroker } from '../../src/testing';
import { WireClient } from './wire-client';

const ALTER_CONFIGS = 33;
const INCREMENTAL_ALTER_CONFIGS = 44;
const TOPIC = 2;
const REPEATED = [ErrorCode.InvalidRequest, 'Each resource must appear at most once.'];

describe('AlterConfigs and IncrementalAlterConfigs: a resource named twice in one request', () => {
  let broker: TestBroker;
  let wire: WireClient;

  before(async () => {
    broker = await startBroker({ config: { 'num.partitions': 1 } });
    wire = await WireClient.connect(broker.port);
    wire.send(19, 7, {
      topics: ['twice', 'once'].map((name) => ({
        name,
        numPartitions: 1,
        replicationFactor: 1,
        assignments: [],
        configs: [],
      })),
      timeoutMs: 5000,
      validateOnly: false,
    });
    await wire.nextResponse(19, 7);
  });
  after(async () => {
    wire?.close();
    await broker?.stop();
  });

  it('refuses each entry of it and alters the others (legacy AlterConfigs)', async () => {
    wire.send(ALTER_CONFIGS, 2, {
      validateOnly: false,
      resources: ['twice', 'once', 'twice'].map((resourceName) => ({
        resourceType: TOPIC,
        resourceName,
        configs: [{ name: 'retention.ms', value: '1000' }],
      })),
    });
    const { body } = await wire.nextResponse<AlterConfigsResponse>(ALTER_CONFIGS, 2);
    assert.deepEqual(
      body.responses.map((r) => [r.resourceName, r.errorCode, r.errorMessage]),
      [
        ['twice', ...REPEATED],
        ['once', ErrorCode.None, null],
        ['twice', ...REPEATED],
      ],
    );
    assert.equal(broker.broker.topics.get('once')!.configs['retention.ms'], '1000');
    assert.equal(broker.broker.topics.get('twice')!.configs['retention.ms'], undefined);
  });

  it('refuses each entry of it and alters the others (IncrementalAlterConfigs)', async () => {
    wire.send(INCREMENTAL_ALTER_CONFIGS, 1, {
      validateOnly: false,
      resources: ['twice', 'twice', 'once'].map((resourceName) => ({
        resourceType: TOPIC,
        resourceName,
        configs: [{ name: 'retention.ms', configOperation: 0, value: '2000' }],
      })),
    });
    const { body } = await wire.nextResponse<IncrementalAlterConfigsResponse>(INCREMENTAL_ALTER_CONFIGS, 1);
    assert.deepEqual(
      body.responses.map((r) => [r.resourceName, r.errorCode, r.errorMessage]),
      [
        ['twice', ...REPEATED],
        ['twice', ...REPEATED],
        ['once', ErrorCode.None, null],
      ],
    );
    assert.equal(broker.broker.topics.get('once')!.configs['retention.ms'], '2000');
  });
});
