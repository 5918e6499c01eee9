/**
 * A consumer group's own configs (the GROUP config resource, KIP-848): set with IncrementalAlterConfigs, they
 * give that group's members their heartbeat interval and session timeout (another group keeps the broker's), are
 * refused outside the broker's bounds with Kafka's words, and survive a restart of a single node. A manual clock
 * moves the sessions. Kafka's own kafka-configs drives the same resource in test/cli/kafka-tools.test.ts, a KRaft
 * cluster's metadata log carries it in test/broker/kraft-broker-configs.test.ts.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigSource } from '../../src/config';
import { ErrorCode } from '../../src/errors';
import { WireClient } from '../../src/groups/wire-client';
import { startBroker, type TestBroker } from '../../src/testing';
import { until } from '../broker/kraft-nodes';

const GROUP_RESOURCE = 32;
const BROKER_BOUNDS = {
  'group.consumer.min.session.timeout.ms': 1000,
  'group.consumer.min.heartbeat.interval.ms': 500,
};

type Heartbeat = { errorCode: number; memberId: string | null; memberEpoch: number; heartbeatIntervalMs: number };
type Described = { groups: { groupId: string; members: unknown[] }[] };
type Configs = {
  results: {
    errorCode: number;
    configs: { name: string; value: string | null; configSource: number; synonyms: { source: number }[] }[];
  }[];
};

function join848(client: WireClient, groupId: string): Promise<Heartbeat> {
  return client.send<Heartbeat>(68, 1, {
    groupId,
    memberId: `${groupId}-member-id-00000000`,
    memberEpoch: 0,
    instanceId: null,
    rackId: null,
    rebalanceTimeoutMs: 10000,
    subscribedTopicNames: ['configured'],
    subscribedTopicRegex: null,
    serverAssignor: null,
    topicPartitions: [],
  });
}

async function alterGroup(client: WireClient, groupId: string, values: Record<string, string>) {
  const answer = await client.send<{ responses: { errorCode: number; errorMessage: string | null }[] }>(44, 1, {
    resources: [
      {
        resourceType: GROUP_RESOURCE,
        resourceName: groupId,
        configs: Object.entries(values).map(([name, value]) => ({ name, configOperation: 0, value })),
      },
    ],
    validateOnly: false,
  });
  const { errorCode, errorMessage } = answer.responses[0]!;
  return { errorCode, errorMessage };
}

function describeGroup(client: WireClient, groupId: string): Promise<Configs> {
  return client.send<Configs>(32, 4, {
    resources: [{ resourceType: GROUP_RESOURCE, resourceName: groupId, configurationKeys: null }],
    includeSynonyms: true,
    includeDocumentation: false,
  });
}

describe("groups: a consumer group's own configs (the GROUP config resource)", function () {
  this.timeout(30000);
  let dataDir: string;
  let broker: TestBroker | undefined;
  let client: WireClient | undefined;

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'brook-group-configs-'));
    broker = await startBroker({ dataDir, clock: 'manual', config: BROKER_BOUNDS });
    client = await WireClient.connect(broker.bootstrap, 'group-configs');
    await broker.broker.topics.create('configured', { partitions: 2, replicationFactor: 1, configs: {} });
  });
  afterEach(async () => {
    client?.close();
    await broker?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("give the group's members its heartbeat interval and session timeout; another group keeps the broker's", async () => {
    const outcome = await alterGroup(client!, 'quick', {
      'consumer.session.timeout.ms': '1500',
      'consumer.heartbeat.interval.ms': '500',
    });
    assert.deepEqual(outcome, { errorCode: 0, errorMessage: null });
    const quick = await join848(client!, 'quick');
    const plain = await join848(client!, 'plain');
    assert.deepEqual([quick.errorCode, quick.heartbeatIntervalMs], [0, 500]);
    assert.deepEqual([plain.errorCode, plain.heartbeatIntervalMs], [0, 5000], "the broker's interval");
    // Past the group's session timeout, well short of the broker's 45 s: only the configured group's member goes.
    broker!.clock.advance(1600);
    const members = async () => {
      const described = await client!.send<Described>(69, 1, {
        groupIds: ['quick', 'plain'],
        includeAuthorizedOperations: false,
      });
      return described.groups.map((g) => g.members.length);
    };
    await until(async () => (await members())[0] === 0, "the configured group's member fenced", 5000);
    assert.deepEqual(await members(), [0, 1]);
  });

  it("are refused outside the broker's bounds, for an unknown name and without a group name, with Kafka's words", async () => {
    assert.deepEqual(await alterGroup(client!, 'quick', { 'consumer.session.timeout.ms': '900' }), {
      errorCode: ErrorCode.InvalidConfig,
      errorMessage: 'consumer.session.timeout.ms must be in the range 1000 to 60000 inclusive.',
    });
    // The session is checked against the heartbeat interval in force, the broker's 5 s here.
    assert.deepEqual(await alterGroup(client!, 'quick', { 'consumer.session.timeout.ms': '2000' }), {
      errorCode: ErrorCode.InvalidConfig,
      errorMessage: 'consumer.session.timeout.ms must be greater than consumer.heartbeat.interval.ms',
    });
    assert.deepEqual(await alterGroup(client!, 'quick', { 'streams.num.warmup.replicas': '1' }), {
      errorCode: ErrorCode.InvalidConfig,
      errorMessage: 'Unknown group config name: streams.num.warmup.replicas',
    });
    assert.deepEqual(await alterGroup(client!, 'quick', { 'streams.num.standby.replicas': '3' }), {
      errorCode: ErrorCode.InvalidConfig,
      errorMessage: 'streams.num.standby.replicas must be less than or equal to 2',
    });
    assert.deepEqual(await alterGroup(client!, 'quick', { 'streams.rack.aware.assignment.tags': 'zone,rack,zone' }), {
      errorCode: ErrorCode.InvalidConfig,
      errorMessage: 'streams.rack.aware.assignment.tags must not contain duplicate tag keys.',
    });
    assert.deepEqual(await alterGroup(client!, 'quick', { 'streams.assignor.name': 'balanced' }), {
      errorCode: ErrorCode.InvalidConfig,
      errorMessage:
        "streams.assignor.name 'balanced' is not a registered task assignor. Registered assignors are: [sticky].",
    });
    assert.deepEqual(
      await alterGroup(client!, 'quick', {
        'consumer.session.timeout.ms': '1000',
        'consumer.heartbeat.interval.ms': '1000',
      }),
      {
        errorCode: ErrorCode.InvalidConfig,
        errorMessage: 'consumer.session.timeout.ms must be greater than consumer.heartbeat.interval.ms',
      },
    );
    assert.deepEqual(await alterGroup(client!, '', { 'consumer.session.timeout.ms': '1500' }), {
      errorCode: ErrorCode.InvalidRequest,
      errorMessage: 'Default group resources are not allowed.',
    });
    const described = (await describeGroup(client!, 'quick')).results[0]!;
    assert.ok(
      described.configs.every((c) => c.configSource === ConfigSource.DefaultConfig),
      'nothing refused was kept',
    );
  });

  it('survive a restart of a single node', async () => {
    const outcome = await alterGroup(client!, 'kept', {
      'consumer.session.timeout.ms': '2000',
      'consumer.heartbeat.interval.ms': '500',
    });
    assert.deepEqual(outcome, { errorCode: 0, errorMessage: null });
    client!.close();
    await broker!.stop();
    broker = await startBroker({ dataDir, clock: 'manual', config: BROKER_BOUNDS });
    client = await WireClient.connect(broker.bootstrap, 'group-configs');
    const session = (await describeGroup(client, 'kept')).results[0]!.configs.find(
      (c) => c.name === 'consumer.session.timeout.ms',
    )!;
    assert.deepEqual(
      [session.value, session.configSource, session.synonyms.map((s) => s.source)],
      ['2000', ConfigSource.DynamicGroupConfig, [ConfigSource.DynamicGroupConfig, ConfigSource.DefaultConfig]],
    );
  });
});
