/**
 * Feature levels in a KRaft cluster's metadata log, as Kafka keeps them: the first active controller bootstraps
 * metadata.version, group.version and transaction.version; `kafka-features` (Kafka 4.4's FeatureCommand, through
 * UpdateFeatures forwarded to the active controller) describes, downgrades and upgrades them; every node then
 * finalizes the new level in ApiVersions (epoch: the offset of the last feature record) and the transaction
 * coordinators follow transaction.version. Refusals carry Kafka's messages. Three in-process nodes; the tool needs
 * the Kafka jars in build/ (the suite says so and is skipped without them).
 */
import assert from 'node:assert/strict';
import { kafkaToolsMissing, runKafkaTool } from '../../compat-tests/lib/kafka-jars';
import type { ApiVersionsResponse } from '../../protocol/generated';
import { WireClient } from '../../src/groups/wire-client';
import type { TestBroker } from '../../src/testing';
import { startKraftNodes, until } from './kraft-nodes';

const FEATURES = 'org.apache.kafka.tools.FeatureCommand';

async function finalized(port: number): Promise<{ epoch: bigint; levels: Map<string, number> }> {
  const client = await WireClient.connect(`127.0.0.1:${port}`, 'features-test', 5000);
  try {
    const r = await client.send<ApiVersionsResponse>(18, 3, { clientSoftwareName: 'test', clientSoftwareVersion: '1' });
    return {
      epoch: r.finalizedFeaturesEpoch,
      levels: new Map(r.finalizedFeatures.map((f) => [f.name, f.maxVersionLevel])),
    };
  } finally {
    client.close();
  }
}

describe('KRaft: feature levels in the metadata log, kafka-features', function () {
  this.timeout(120_000);
  let nodes: TestBroker[] = [];
  let bootstrap = '';

  before(async function () {
    const missing = kafkaToolsMissing();
    if (missing) {
      console.log(`      Kafka's CLI tools cannot run here: ${missing}; skipped`);
      this.skip();
    }
    nodes = await startKraftNodes(3);
    bootstrap = nodes.map((n) => n.bootstrap).join(',');
  });
  after(async () => {
    await Promise.all(nodes.map((n) => n.stop().catch(() => {})));
  });

  const tool = async (...args: string[]) => runKafkaTool(FEATURES, ['--bootstrap-server', bootstrap, ...args]);
  const describeLine = (stdout: string, feature: string) =>
    (stdout.split('\n').find((l) => l.startsWith(`Feature: ${feature} `)) ?? '').replace(/\s+/g, ' ').trim();

  it('bootstraps the levels once, describes them, and moves transaction.version on every node', async () => {
    for (const n of nodes) {
      const { levels } = await finalized(n.port);
      assert.equal(levels.get('metadata.version'), 33);
      assert.equal(levels.get('group.version'), 1);
      assert.equal(levels.get('transaction.version'), 2);
      assert.equal(levels.get('eligible.leader.replicas.version'), 1);
    }
    const described = await tool('describe');
    assert.equal(described.code, 0, described.stderr);
    assert.match(
      describeLine(described.stdout, 'transaction.version'),
      /^Feature: transaction\.version SupportedMinVersion: 0 SupportedMaxVersion: 2 FinalizedVersionLevel: 2 Epoch: \d+$/,
    );

    const down = await tool('downgrade', '--feature', 'transaction.version=1');
    assert.equal(down.code, 0, `${down.stdout}\n${down.stderr}`);
    assert.match(down.stdout, /transaction\.version was downgraded to 1\./);
    await until(
      async () =>
        (await Promise.all(nodes.map((n) => finalized(n.port)))).every(
          (f) => f.levels.get('transaction.version') === 1,
        ),
      'every node finalizes transaction.version 1',
    );
    const after = await finalized(nodes[0]!.port);
    assert.equal(after.epoch, BigInt(nodes[0]!.broker.kraft!.metadata!.featuresOffset), 'the epoch: the record offset');
    for (const n of nodes)
      assert.equal(n.broker.transactions.config.transactionVersion, 1, `node ${n.nodeId} coordinator`);

    const up = await tool('upgrade', '--feature', 'transaction.version=2');
    assert.equal(up.code, 0, `${up.stdout}\n${up.stderr}`);
    assert.match(up.stdout, /transaction\.version was upgraded to 2\./);
    await until(
      () => nodes.every((n) => n.broker.transactions.config.transactionVersion === 2),
      'every coordinator back on transaction.version 2',
    );
  });

  it("refuses what Kafka's controller refuses, with its messages", async () => {
    const newer = await tool('upgrade', '--feature', 'metadata.version=34');
    assert.notEqual(newer.code, 0);
    assert.match(
      `${newer.stdout}${newer.stderr}`,
      /Invalid update version 34 for feature metadata\.version\. Local controller \d only supports versions 33/,
    );
    const groups = await tool('downgrade', '--feature', 'group.version=0');
    assert.notEqual(groups.code, 0);
    assert.match(`${groups.stdout}${groups.stderr}`, /Local controller \d only supports versions 1/);
    const unknown = await tool('upgrade', '--feature', 'no.such.feature=1');
    assert.notEqual(unknown.code, 0);
    assert.match(`${unknown.stdout}${unknown.stderr}`, /Local controller \d does not support this feature\./);
    const levels = (await finalized(nodes[1]!.port)).levels;
    assert.equal(levels.get('transaction.version'), 2, 'nothing changed');
  });
});
