/**
 * A broker's own dynamic configs in a KRaft cluster live where Kafka keeps them: ConfigRecords of the BROKER
 * resource named by its id in the metadata log (not a file beside one node's logs), so every node's metadata has
 * them, they survive a restart, and a controller takes them for any broker (`kafka-configs --bootstrap-controller`).
 * A broker listener takes its own id only, as Kafka's ConfigAdminManager. A consumer group's own configs (the GROUP
 * resource) travel the same way. Three in-process KRaft nodes.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  type ApiVersionsResponse,
  defaultShareFetchRequest,
  defaultShareGroupHeartbeatRequest,
  type IncrementalAlterConfigsResponse,
  type ListConfigResourcesResponse,
  type ShareFetchResponse,
  type ShareGroupHeartbeatResponse,
} from '../../protocol/generated';
import { ConfigResourceType } from '../../replication/metadata/image';
import { ConfigSource } from '../../src/config';
import { ErrorCode } from '../../src/errors';
import type { TestBroker } from '../../src/testing';
import { startKraftNodes, until } from './kraft-nodes';
import { WireClient } from './wire-client';

const INCREMENTAL_ALTER_CONFIGS = 44;
const LIST_CONFIG_RESOURCES = 74;
const BROKER = 4;
const GROUP = 32;
const CLIENT_METRICS = 16;
const SET = 0;
const DELETE = 1;

type ConfigChange = { name: string; configOperation: number; value: string | null };

/** IncrementalAlterConfigs of one broker resource, sent to `port`; the resource's outcome. */
function alterBroker(port: number, resourceName: string, configs: ConfigChange[]) {
  return alterResource(port, BROKER, resourceName, configs);
}

/** IncrementalAlterConfigs of one resource, sent to `port`; the resource's outcome. */
async function alterResource(
  port: number,
  resourceType: number,
  resourceName: string,
  configs: ConfigChange[],
): Promise<{ errorCode: number; errorMessage: string | null }> {
  const wire = await WireClient.connect(port);
  try {
    wire.send(INCREMENTAL_ALTER_CONFIGS, 1, {
      resources: [{ resourceType, resourceName, configs }],
      validateOnly: false,
    });
    const answer = await wire.nextResponse<IncrementalAlterConfigsResponse>(INCREMENTAL_ALTER_CONFIGS, 1, 15_000);
    return answer.body.responses[0]!;
  } finally {
    wire.close();
  }
}

/** ListConfigResources v1 of `resourceTypes`, sent to `port`: `type:name` per resource listed. */
async function listConfigResources(port: number, resourceTypes: number[]): Promise<string[]> {
  const wire = await WireClient.connect(port);
  try {
    wire.send(LIST_CONFIG_RESOURCES, 1, { resourceTypes });
    const answer = await wire.nextResponse<ListConfigResourcesResponse>(LIST_CONFIG_RESOURCES, 1, 15_000);
    assert.equal(answer.body.errorCode, ErrorCode.None);
    return answer.body.configResources.map((r) => `${r.resourceType}:${r.resourceName}`);
  } finally {
    wire.close();
  }
}

describe("KRaft: a broker's dynamic configs are kept in the metadata log", function () {
  this.timeout(60_000);
  let nodes: TestBroker[] = [];
  const node = (id: number) => nodes.find((n) => n.nodeId === id)!;
  const dynamicValue = (n: TestBroker, name: string) =>
    n.broker.config.source(name) === ConfigSource.DynamicBrokerConfig ? n.broker.config.raw(name) : undefined;

  before(async () => {
    nodes = await startKraftNodes(3);
  });

  after(async () => {
    await Promise.all(nodes.map((n) => n.stop().catch(() => {})));
  });

  it('a value set on broker 2 applies to broker 2 only, is in every node metadata, and survives its restart', async () => {
    const set = [{ name: 'log.retention.ms', configOperation: SET, value: '7200000' }];
    const outcome = await alterBroker(node(2).port, '2', set);
    assert.equal(outcome.errorCode, ErrorCode.None, outcome.errorMessage ?? '');
    assert.equal(dynamicValue(node(2), 'log.retention.ms'), '7200000', 'applied by the time broker 2 answered');
    assert.equal(dynamicValue(node(1), 'log.retention.ms'), undefined);
    assert.equal(dynamicValue(node(3), 'log.retention.ms'), undefined);
    await until(
      () => nodes.every((n) => n.broker.kraft!.image!.brokerConfig('2').get('log.retention.ms') === '7200000'),
      'the ConfigRecord in every node metadata',
    );
    assert.ok(
      !existsSync(join(node(2).broker.logDirs[0]!, 'brook-broker-configs.json')),
      'no single-node file in a cluster',
    );

    await node(2).restart();
    await until(() => node(2).broker.kraft!.caughtUp, 'broker 2 caught up after its restart');
    assert.equal(dynamicValue(node(2), 'log.retention.ms'), '7200000', 'replayed from the metadata log');

    const removed = await alterBroker(node(2).port, '2', [
      { name: 'log.retention.ms', configOperation: DELETE, value: null },
    ]);
    assert.equal(removed.errorCode, ErrorCode.None, removed.errorMessage ?? '');
    assert.equal(dynamicValue(node(2), 'log.retention.ms'), undefined);
    assert.equal(node(2).broker.config.source('log.retention.ms'), ConfigSource.DefaultConfig);
  });

  it("a consumer group's own configs are ConfigRecords of the GROUP resource, which every node's groups read", async () => {
    const outcome = await alterResource(node(1).port, GROUP, 'configured-group', [
      { name: 'consumer.heartbeat.interval.ms', configOperation: SET, value: '6000' },
    ]);
    assert.equal(outcome.errorCode, ErrorCode.None, outcome.errorMessage ?? '');
    assert.equal(
      node(1).broker.namedConfigs(ConfigResourceType.Group, 'configured-group').get('consumer.heartbeat.interval.ms'),
      '6000',
    );
    await until(
      () =>
        nodes.every(
          (n) =>
            n.broker
              .namedConfigs(ConfigResourceType.Group, 'configured-group')
              .get('consumer.heartbeat.interval.ms') === '6000',
        ),
      "the group's ConfigRecord in every node metadata",
    );
    assert.ok(!existsSync(join(node(1).broker.logDirs[0]!, 'brook-group-configs.json')), 'no single-node file');
    // What `kafka-configs --describe --entity-type groups` lists without a name: the group (no member ever joined)
    // from any node's metadata, and the cluster's live brokers (broker 2, restarted above, once it is unfenced).
    const expected = ['32:configured-group', '4:1', '4:2', '4:3'];
    await until(
      async () => {
        const listed = await listConfigResources(node(3).port, [GROUP, BROKER]);
        return listed.join() === expected.join();
      },
      `ListConfigResources lists ${expected.join(', ')}`,
    );
  });

  it('a client metrics subscription is ConfigRecords of the CLIENT_METRICS resource, listed by every node', async () => {
    const outcome = await alterResource(node(2).port, CLIENT_METRICS, 'producers', [
      { name: 'interval.ms', configOperation: SET, value: '1000' },
      { name: 'metrics', configOperation: SET, value: 'org.apache.kafka.producer.' },
    ]);
    assert.equal(outcome.errorCode, ErrorCode.None, outcome.errorMessage ?? '');
    assert.ok(
      !existsSync(join(node(2).broker.logDirs[0]!, 'brook-client-metrics-configs.json')),
      'no single-node file',
    );
    await until(
      async () => (await listConfigResources(node(3).port, [CLIENT_METRICS])).join() === '16:producers',
      'node 3 lists the subscription from its metadata',
    );
    assert.equal(node(3).broker.namedConfigs(ConfigResourceType.ClientMetrics, 'producers').get('interval.ms'), '1000');
  });

  it("a broker listener refuses another broker's id; a controller listener takes any broker's", async () => {
    const set = [{ name: 'log.segment.bytes', configOperation: SET, value: '2097152' }];
    const refused = await alterBroker(node(1).port, '3', set);
    assert.equal(refused.errorCode, ErrorCode.InvalidRequest);
    assert.equal(refused.errorMessage, 'Unexpected broker id, expected 1, but received 3');

    const controllerPort = node(1).broker.boundListeners.find((l) => l.spec.name === 'CONTROLLER')!.port;
    const taken = await alterBroker(controllerPort, '3', set);
    assert.equal(taken.errorCode, ErrorCode.None, taken.errorMessage ?? '');
    await until(() => dynamicValue(node(3), 'log.segment.bytes') === '2097152', 'broker 3 applies it');
    assert.equal(dynamicValue(node(1), 'log.segment.bytes'), undefined);

    const notANumber = await alterBroker(controllerPort, 'three', set);
    assert.equal(notANumber.errorCode, ErrorCode.InvalidRequest);
    const badValue = await alterBroker(node(3).port, '3', [
      { name: 'log.segment.bytes', configOperation: SET, value: 'soon' },
    ]);
    assert.equal(
      badValue.errorCode,
      ErrorCode.InvalidRequest,
      'a broker value of the wrong type (as Kafka 4.4 answers)',
    );
    assert.equal(dynamicValue(node(3), 'log.segment.bytes'), '2097152', 'a refused change changes nothing');
  });

  it("share groups are a single node's: a cluster answers their APIs UNSUPPORTED_VERSION and does not list share.version", async () => {
    const wire = await WireClient.connect(node(1).port);
    try {
      wire.send(76, 1, {
        ...defaultShareGroupHeartbeatRequest(),
        groupId: 'share-in-cluster',
        memberId: 'clusterShareMember0001',
        memberEpoch: 0,
        subscribedTopicNames: ['t'],
      });
      const heartbeat = await wire.nextResponse<ShareGroupHeartbeatResponse>(76, 1, 15_000);
      assert.equal(heartbeat.body.errorCode, ErrorCode.UnsupportedVersion);
      wire.send(78, 1, {
        ...defaultShareFetchRequest(),
        groupId: 'share-in-cluster',
        memberId: 'clusterShareMember0001',
      });
      const fetch = await wire.nextResponse<ShareFetchResponse>(78, 1, 15_000);
      assert.equal(fetch.body.errorCode, ErrorCode.UnsupportedVersion);
      wire.send(18, 4, { clientSoftwareName: 'brook-test', clientSoftwareVersion: '1' });
      const versions = await wire.nextResponse<ApiVersionsResponse>(18, 4, 15_000);
      assert.ok(!versions.body.finalizedFeatures.some((f) => f.name === 'share.version'));
      assert.ok(!versions.body.supportedFeatures.some((f) => f.name === 'share.version'));
    } finally {
      wire.close();
    }
  });
});
