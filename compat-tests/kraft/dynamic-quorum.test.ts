/**
 * KIP-853 dynamic quorums, the same session on three `brook serve` nodes and on three Kafka 4.4 nodes (combined
 * KRaft nodes, controller.quorum.bootstrap.servers only), comparing what Kafka's tools print: node 1 formatted
 * `storage format --standalone` (brook storage format / kafka-storage format), nodes 2 and 3
 * `--no-initial-controllers`; `kafka-metadata-quorum --bootstrap-controller ... describe --status` while 2 and 3
 * are observers, `add-controller` of 2 then 3 (with each node's server.properties), `describe --status` and
 * `--replication` with three voters, `kafka-features --bootstrap-controller ... describe` (kraft.version finalized
 * at 1), `remove-controller` of node 1 and `describe --status` after it; first, node 1's bootstrap checkpoint as
 * `kafka-dump-log --cluster-metadata-decoder` reads it. About 12 JVM starts per target plus
 * Kafka's start: it runs under `npm run compat` (or COMPAT_KRAFT_ADMIN=1); inside `npm test` it says it is
 * skipped (test/broker/kraft-dynamic-quorum.test.ts covers the Brook side there with Brook's own client).
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrookProcess, freePort, repoRoot } from '../lib/broker';
import { javaUnavailable, kafkaClasspath, runKafkaTool } from '../lib/kafka-jars';
import { KafkaProcess } from '../lib/kafka-process';
import { quorumOutputLines } from './quorum-output';

const METADATA_QUORUM = 'org.apache.kafka.tools.MetadataQuorumCommand';
const FEATURES = 'org.apache.kafka.tools.FeatureCommand';
const BOOTSTRAP_CHECKPOINT = '00000000000000000000-0000000000.checkpoint';
const DUMP_LOG = 'org.apache.kafka.tools.DumpLogSegments';

/**
 * The KRaft control records of a bootstrap checkpoint as Kafka's kafka-dump-log decodes them (SnapshotHeader,
 * KRaftVersion, KRaftVoters, SnapshotFooter), times, directory ids and ports left out. Kafka 4.4 also puts its
 * bootstrap metadata (FeatureLevelRecords: metadata.version...) in a data batch of the same file; Brook has none.
 */
function controlRecords(dump: string): string[] {
  return dump
    .split('\n')
    .flatMap((l) => {
      const m = /\| offset: (\d+) .* (SnapshotHeader|KRaftVersion|KRaftVoters|SnapshotFooter) (\{.*\})$/.exec(l);
      return m ? [`${m[2]} ${m[3]}`] : [];
    })
    .map((l) =>
      l
        .replace(/"lastContainedLogTimestamp":\d+/, '"lastContainedLogTimestamp":<t>')
        .replace(/"voterDirectoryId":"[^"]+"/g, '"voterDirectoryId":"<dir-id>"')
        .replace(/"port":\d+/g, '"port":<port>'),
    );
}

async function tool(mainClass: string, args: string[]): Promise<string> {
  const run = await runKafkaTool(mainClass, args, 120_000);
  assert.equal(run.code, 0, `${mainClass} ${args.join(' ')}\n${run.stdout}\n${run.stderr}`);
  return run.stdout;
}

/** describe --replication: each row's node id and status (Leader / Follower / Observer); the numbers go. */
function replicationRows(text: string): string[] {
  return text
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => {
      const cols = l.trim().split(/\s+/);
      return `${cols[0]} ${cols.at(-1)}`;
    })
    .sort();
}

/** One cluster under test: how the tools reach it and where each node's identity is. */
interface Cluster {
  controller(id: number): string;
  serverProperties(id: number): string;
  /** The directory id in the node's metadata directory (meta.properties). */
  directoryId(id: number): string;
  /** Node 1's bootstrap checkpoint (`storage format --standalone`). */
  checkpoint: string;
}

async function eventually<T>(what: string, work: () => Promise<T>, ok: (value: T) => boolean, ms = 90_000): Promise<T> {
  const deadline = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const value = await work();
      if (ok(value)) return value;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${ms} ms: ${String(last)}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** The ids a describe --status line lists (CurrentVoters or CurrentObservers). */
function idsOf(status: string, line: 'CurrentVoters' | 'CurrentObservers'): string {
  const text = status.split('\n').find((l) => l.startsWith(`${line}:`)) ?? '';
  return [...text.matchAll(/"id": (\d+)/g)].map((m) => m[1]).join(',');
}

async function session(c: Cluster): Promise<Record<string, string | string[]>> {
  const out: Record<string, string | string[]> = {};
  out.checkpoint = controlRecords(await tool(DUMP_LOG, ['--cluster-metadata-decoder', '--files', c.checkpoint]));
  const status = (id: number) =>
    tool(METADATA_QUORUM, ['--bootstrap-controller', c.controller(id), 'describe', '--status']);
  const observersListed = (s: string) => ['2,3', '3,2'].includes(idsOf(s, 'CurrentObservers'));
  out.statusStandalone = quorumOutputLines(
    await eventually('nodes 2 and 3 observing', () => status(1), observersListed),
  );
  for (const id of [2, 3]) {
    const add = [
      '--bootstrap-controller',
      c.controller(1),
      '--command-config',
      c.serverProperties(id),
      'add-controller',
    ];
    // The leader refuses a node that is not caught up yet (REQUEST_TIMED_OUT): Kafka's tool exits non-zero, retried.
    out[`add${id}`] = quorumOutputLines(
      await eventually(
        `add-controller ${id}`,
        async () => {
          const run = await runKafkaTool(METADATA_QUORUM, add, 120_000);
          if (run.code !== 0) throw new Error(run.stderr.trim().split('\n').at(-1));
          return run.stdout;
        },
        () => true,
      ),
    );
  }
  const threeVoters = (s: string) => idsOf(s, 'CurrentVoters') === '1,2,3';
  out.statusThree = quorumOutputLines(await eventually('three voters', () => status(1), threeVoters));
  out.replication = replicationRows(
    await tool(METADATA_QUORUM, ['--bootstrap-controller', c.controller(1), 'describe', '--replication']),
  );
  out.kraftVersion = (await tool(FEATURES, ['--bootstrap-controller', c.controller(1), 'describe']))
    .split('\n')
    .filter((l) => l.includes('kraft.version'))
    // The features' epoch is Kafka's offset of the last feature record; Brook's is its start time.
    .map((l) => l.replace(/\s+Epoch: \d+/, '').trim());
  const dir1 = c.directoryId(1);
  out.remove1 = quorumOutputLines(
    await tool(METADATA_QUORUM, [
      '--bootstrap-controller',
      c.controller(2),
      'remove-controller',
      '--controller-id',
      '1',
      '--controller-directory-id',
      dir1,
    ]),
  );
  const twoVoters = (s: string) => idsOf(s, 'CurrentVoters') === '2,3' && !/^LeaderId:\s+1$/m.test(s);
  out.statusAfterRemove = quorumOutputLines(await eventually('voters 2 and 3', () => status(2), twoVoters));
  return out;
}

function directoryIdIn(dir: string): string {
  const m = /^directory\.id=(\S+)$/m.exec(readFileSync(join(dir, 'meta.properties'), 'utf8'));
  if (!m) throw new Error(`no directory.id in ${dir}/meta.properties`);
  return m[1]!;
}

function brook(args: string[]): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile(process.execPath, [join(repoRoot, 'bin', 'brook.js'), ...args], (error, stdout, stderr) =>
      error ? reject(new Error(`brook ${args.join(' ')}: ${stderr}${stdout}`)) : resolve(stdout),
    ),
  );
}

describe('compat-tests: KIP-853 dynamic quorum (kafka-metadata-quorum add-controller / remove-controller) on Brook and on Kafka 4.4', function () {
  this.timeout(900_000);
  const transcripts: Record<string, Record<string, string | string[]>> = {};

  before(function () {
    if (process.env.COMPAT_ORACLE_CLIENTS !== 'all' && process.env.COMPAT_KRAFT_ADMIN !== '1') {
      console.log('    (the KIP-853 tools session runs under `npm run compat` or COMPAT_KRAFT_ADMIN=1; skipped here)');
      this.skip();
    }
    const missing = javaUnavailable();
    if (missing) {
      console.log(`    (${missing}; skipped)`);
      this.skip();
    }
    kafkaClasspath();
  });

  it('on three brook serve nodes (brook storage format --standalone / --no-initial-controllers)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'brook-kip853-compat-'));
    const nodes: BrookProcess[] = [];
    try {
      const ports = await Promise.all([1, 2, 3].map(async () => [await freePort(), await freePort()] as const));
      const bootstrap = ports.map(([, controller]) => `127.0.0.1:${controller}`).join(',');
      const dirs = ports.map((_, i) => join(root, `node-${i + 1}`));
      const configs = ports.map(([port, controller], i) => ({
        'node.id': i + 1,
        'process.roles': 'broker,controller',
        'log.dirs': dirs[i]!,
        listeners: `PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controller}`,
        'advertised.listeners': `PLAINTEXT://127.0.0.1:${port}`,
        'listener.security.protocol.map': 'PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
        'controller.listener.names': 'CONTROLLER',
        'inter.broker.listener.name': 'PLAINTEXT',
        'controller.quorum.bootstrap.servers': bootstrap,
        'sql.listeners': '',
      }));
      const cluster = (await brook(['storage', 'random-uuid'])).trim();
      for (let i = 0; i < 3; i++) {
        mkdirSync(dirs[i]!, { recursive: true });
        const file = join(root, `node-${i + 1}.properties`);
        writeFileSync(
          file,
          `${Object.entries(configs[i]!)
            .map(([k, v]) => `${k}=${v}`)
            .join('\n')}\n`,
        );
        await brook([
          'storage',
          'format',
          '-t',
          cluster,
          '-c',
          file,
          i === 0 ? '--standalone' : '--no-initial-controllers',
        ]);
      }
      for (let i = 0; i < 3; i++) {
        nodes.push(await BrookProcess.start({ port: ports[i]![0], dataDir: dirs[i]!, config: configs[i]! }));
      }
      transcripts.brook = await session({
        controller: (id) => `127.0.0.1:${ports[id - 1]![1]}`,
        serverProperties: (id) => join(root, `node-${id}.properties`),
        directoryId: (id) => directoryIdIn(dirs[id - 1]!),
        checkpoint: join(dirs[0]!, 'kraft-metadata', '__cluster_metadata-0', BOOTSTRAP_CHECKPOINT),
      });
      console.log(JSON.stringify(transcripts.brook, null, 1).replace(/^/gm, '      '));
    } finally {
      for (const n of nodes) await n.destroy();
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('on three Kafka 4.4 nodes (kafka-storage format --standalone / --no-initial-controllers)', async () => {
    const kafka = await KafkaProcess.start({ nodes: 3, dynamicQuorum: true });
    try {
      transcripts.kafka = await session({
        controller: (id) => kafka.controller(id),
        serverProperties: (id) => kafka.serverProperties(id),
        directoryId: (id) => directoryIdIn(join(kafka.serverProperties(id), '..', 'data')),
        checkpoint: join(kafka.serverProperties(1), '..', 'data', '__cluster_metadata-0', BOOTSTRAP_CHECKPOINT),
      });
      console.log(JSON.stringify(transcripts.kafka, null, 1).replace(/^/gm, '      '));
    } finally {
      await kafka.destroy();
    }
  });

  it('the tools printed the same on both', function () {
    if (!transcripts.brook || !transcripts.kafka) this.skip();
    assert.deepEqual(transcripts.brook, transcripts.kafka);
  });
});
