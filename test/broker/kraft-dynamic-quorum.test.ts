/**
 * KIP-853 dynamic quorums in this process (Kafka 4.4's way): `brook storage format --standalone` on node 1,
 * `--no-initial-controllers` on nodes 2 and 3, every node started with controller.quorum.bootstrap.servers only.
 * Node 1 leads from its bootstrap checkpoint; 2 and 3 find it through the bootstrap servers and follow the log as
 * observers; AddRaftVoter makes them voters one at a time (DescribeQuorum v2 shows the directory ids and
 * endpoints, ApiVersions kraft.version 1); RemoveRaftVoter of the leader moves the leadership. The requests go
 * over the wire as kafka-metadata-quorum sends them (compat-tests/kraft/dynamic-quorum.test.ts runs Kafka's tool
 * itself, beside a Kafka 4.4 cluster, under COMPAT_KRAFT_ADMIN=1).
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {
  AddRaftVoterResponse,
  ApiVersionsResponse,
  DescribeQuorumResponse,
  RemoveRaftVoterResponse,
} from '../../protocol/generated';
import { ErrorCode } from '../../protocol/error-codes';
import { loadBrokerConfig } from '../../src/config';
import { WireClient } from '../../src/groups/wire-client';
import { readDirectoryId } from '../../src/server/data-dir';
import { type FormatOptions, formatStorage } from '../../src/server/format';
import { startBroker, type TestBroker } from '../../src/testing';
import { RaftLog } from '../../replication/raft';
import { freePort, until } from './kraft-nodes';

const CLUSTER_ID = 'MkU3OEVBNTcwNTJENDM2Qg';

interface Node {
  id: number;
  dir: string;
  port: number;
  controllerPort: number;
  config: Record<string, string | number>;
  broker?: TestBroker;
}

function nodeConfig(n: Omit<Node, 'config'>, bootstrap: string): Record<string, string | number> {
  return {
    'node.id': n.id,
    'process.roles': 'broker,controller',
    'log.dirs': n.dir,
    listeners: `PLAINTEXT://127.0.0.1:${n.port},CONTROLLER://127.0.0.1:${n.controllerPort}`,
    'controller.listener.names': 'CONTROLLER',
    'listener.security.protocol.map': 'PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
    'controller.quorum.bootstrap.servers': bootstrap,
    'broker.session.timeout.ms': 3000,
    'broker.heartbeat.interval.ms': 200,
  };
}

function format(n: Node, options: Omit<FormatOptions, 'clusterId'>): string[] {
  const lines: string[] = [];
  const sets = Object.entries(n.config).map(([k, v]) => [k, String(v)] as [string, string]);
  formatStorage(loadBrokerConfig({ sets }), { clusterId: CLUSTER_ID, ...options, print: (l) => lines.push(l) });
  return lines;
}

async function start(n: Node): Promise<TestBroker> {
  n.broker = await startBroker({
    nodeId: n.id,
    dataDir: n.dir,
    logLevel: 'error',
    listeners: n.config.listeners as string,
    config: n.config,
  });
  return n.broker;
}

async function ask<T>(port: number, apiKey: number, version: number, body: unknown): Promise<T> {
  const client = await WireClient.connect(`127.0.0.1:${port}`, 'kip853-test', 5000);
  try {
    return await client.send<T>(apiKey, version, body);
  } finally {
    client.close();
  }
}

describe('KRaft KIP-853: brook storage format, controller.quorum.bootstrap.servers, add / remove voters', function () {
  this.timeout(60_000);
  const nodes: Node[] = [];
  const root = mkdtempSync(join(tmpdir(), 'brook-kip853-'));
  after(async () => {
    // Node 1 (an observer by then) first: a broker stopping while a controller is up shuts down at once.
    for (const n of nodes) await n.broker?.stop().catch(() => {});
    rmSync(root, { recursive: true, force: true });
  });

  it('refuses a bootstrap-servers node on unformatted storage, and format refuses what Kafka refuses', async () => {
    await assert.rejects(
      startBroker({ config: { 'controller.quorum.bootstrap.servers': '127.0.0.1:9093' } }),
      /No meta\.properties found in .*brook storage format/,
    );
    const n = { id: 9, dir: join(root, 'refusals'), port: 1, controllerPort: 2 };
    const node = { ...n, config: nodeConfig(n, '127.0.0.1:2') };
    assert.throws(
      () => format(node, {}),
      /you must specify one of the following: --standalone, --initial-controllers, or --no-initial-controllers/,
    );
    assert.throws(
      () => format(node, { initialControllers: '9@127.0.0.1:2:bad' }),
      /Unable to parse 9@127\.0\.0\.1:2:bad/,
    );
    format(node, { noInitialControllers: true });
    assert.throws(() => format(node, { noInitialControllers: true }), /is already formatted\. Use --ignore-formatted/);
  });

  it('--initial-controllers: the node takes its directory id from the list, the checkpoint names every voter', () => {
    const n = { id: 2, dir: join(root, 'initial'), port: 1, controllerPort: 2 };
    const node = { ...n, config: nodeConfig(n, '127.0.0.1:2') };
    const ids = ['AAAAAAAAAAAAAAAAAAAAAQ', 'AgICAgICAgICAgICAgICAg', 'AwMDAwMDAwMDAwMDAwMDAw'];
    const list = ids.map((d, i) => `${i + 1}@127.0.0.${i + 1}:${9093 + i}:${d}`).join(',');
    assert.match(format(node, { initialControllers: list }).join('\n'), /dynamic metadata voter directory/);
    assert.equal(readDirectoryId(n.dir), ids[1]);
    const log = new RaftLog(join(n.dir, 'kraft-metadata'), undefined, { dynamicVoters: true });
    try {
      const voters = log.control!.latestVoters()!;
      assert.deepEqual(
        [...voters.nodes.values()].map((v) => [
          v.id,
          v.directoryId,
          v.endpoints.map((e) => `${e.name}://${e.host}:${e.port}`),
        ]),
        ids.map((d, i) => [i + 1, d, [`CONTROLLER://127.0.0.${i + 1}:${9093 + i}`]]),
      );
      assert.equal(log.control!.kraftVersion(), 1);
    } finally {
      log.close();
    }
  });

  it('a standalone controller leads; two controllers formatted without initial controllers join through add-controller; removing the leader moves it', async () => {
    for (let id = 1; id <= 3; id++) {
      nodes.push({
        id,
        dir: join(root, `node-${id}`),
        port: await freePort(),
        controllerPort: await freePort(),
        config: {},
      });
    }
    const bootstrap = nodes.map((n) => `127.0.0.1:${n.controllerPort}`).join(',');
    for (const n of nodes) n.config = nodeConfig(n, bootstrap);

    const printed = format(nodes[0]!, { standalone: true });
    assert.match(printed.join('\n'), /Formatting dynamic metadata voter directory .*node-1/);
    const checkpoint = join(
      nodes[0]!.dir,
      'kraft-metadata',
      '__cluster_metadata-0',
      '00000000000000000000-0000000000.checkpoint',
    );
    assert.ok(existsSync(checkpoint), 'the bootstrap checkpoint is written');
    assert.match(
      readFileSync(join(nodes[0]!.dir, 'meta.properties'), 'utf8'),
      /cluster.id=MkU3OEVBNTcwNTJENDM2Qg\ndirectory.id=\S{22}\nnode.id=1\nversion=1/,
    );
    for (const n of nodes.slice(1)) format(n, { noInitialControllers: true });
    const dirIds = nodes.map((n) => readDirectoryId(n.dir)!);

    const one = await start(nodes[0]!);
    await until(() => one.broker.quorum!.raft.state.kind === 'leader', 'node 1 leading alone');
    const [two, three] = await Promise.all([start(nodes[1]!), start(nodes[2]!)]);
    await until(
      () => [two, three].every((b) => b.broker.quorum!.raft.leaderAndEpoch().leaderId === 1),
      'nodes 2 and 3 following node 1 found through the bootstrap servers',
    );
    await until(() => two.broker.quorum!.raft.voters.join() === '1', 'node 2 reading the voter set from the log');
    assert.equal(two.broker.quorum!.raft.isVoter, false);

    const versions = await ask<ApiVersionsResponse>(nodes[0]!.controllerPort, 18, 4, {
      clientSoftwareName: 'test',
      clientSoftwareVersion: '1',
    });
    assert.deepEqual(
      versions.finalizedFeatures.find((f) => f.name === 'kraft.version'),
      { name: 'kraft.version', minVersionLevel: 1, maxVersionLevel: 1 },
    );
    assert.ok(
      versions.apiKeys.some((k) => k.apiKey === 80),
      'AddRaftVoter on the controller listener',
    );

    for (const i of [1, 2]) {
      const n = nodes[i]!;
      await until(
        () => one.broker.quorum!.raft.describeQuorum()!.observers.some((o) => o.replicaId === n.id),
        `node ${n.id} fetching as an observer`,
      );
      const added = await ask<AddRaftVoterResponse>(nodes[0]!.controllerPort, 80, 0, {
        clusterId: null,
        timeoutMs: 10_000,
        voterId: n.id,
        voterDirectoryId: dirIds[i],
        listeners: [{ name: 'CONTROLLER', host: '127.0.0.1', port: n.controllerPort }],
      });
      assert.equal(added.errorCode, ErrorCode.None, added.errorMessage ?? '');
    }
    const again = await ask<AddRaftVoterResponse>(nodes[0]!.controllerPort, 80, 0, {
      clusterId: null,
      timeoutMs: 10_000,
      voterId: 2,
      voterDirectoryId: dirIds[1],
      listeners: [{ name: 'CONTROLLER', host: '127.0.0.1', port: nodes[1]!.controllerPort }],
    });
    assert.equal(again.errorCode, ErrorCode.DuplicateVoter);
    await until(() => three.broker.quorum!.raft.voters.join() === '1,2,3', 'node 3 seeing three voters');

    const quorum = await ask<DescribeQuorumResponse>(nodes[0]!.controllerPort, 55, 2, {
      topics: [{ topicName: '__cluster_metadata', partitions: [{ partitionIndex: 0 }] }],
    });
    const p = quorum.topics[0]!.partitions[0]!;
    assert.deepEqual(
      p.currentVoters.map((v) => [v.replicaId, v.replicaDirectoryId]),
      [1, 2, 3].map((id) => [id, dirIds[id - 1]]),
    );
    assert.deepEqual(
      quorum.nodes.map((n) => [n.nodeId, n.listeners.map((l) => `${l.name}://${l.host}:${l.port}`)]),
      nodes.map((n) => [n.id, [`CONTROLLER://127.0.0.1:${n.controllerPort}`]]),
    );

    const removed = await ask<RemoveRaftVoterResponse>(nodes[0]!.controllerPort, 81, 0, {
      clusterId: null,
      voterId: 1,
      voterDirectoryId: dirIds[0],
    });
    assert.equal(removed.errorCode, ErrorCode.None, removed.errorMessage ?? '');
    await until(() => {
      const leader = two.broker.quorum!.raft.leaderAndEpoch().leaderId;
      return leader === 2 || leader === 3;
    }, 'a new leader among 2 and 3');
    await until(() => one.broker.quorum!.raft.leaderAndEpoch().leaderId >= 2, 'node 1 following the new leader');
    assert.equal(one.broker.quorum!.raft.isVoter, false);
  });
});
