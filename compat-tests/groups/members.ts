/**
 * Group-member processes for the group scenarios: each driver in drivers/ is started as its own process
 * group (so kcat's child dies with its wrapper on SIGKILL), prints JSON lines
 *   {"t": ms, "ev": "ready" | "assign" | "revoke" | "recs" | "closed" | "log" | "error", "p": [...], "v": [...]}
 * (t: wall-clock milliseconds since the epoch, the one clock all the drivers' languages share)
 * and reads "stop" on stdin (close gracefully: commit and leave the group).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { repoRoot } from '../lib/broker';
import { buildGoModuleDriver, pypiProblem, venvPython } from '../lib/registry-clients';
import { javaCommand } from '../lib/java-driver';
import { javaUnavailable } from '../lib/kafka-jars';

export interface MemberEvent {
  t: number;
  ev: string;
  member: string;
  p?: number[];
  v?: string[];
  line?: string;
  message?: string;
}

export interface GroupClient {
  id: string;
  describe: string;
  /** null when it can run here, else why not */
  unavailable(): string | null;
  command(job: object): { command: string; args: string[] };
  /** Broker session timeout rules differ for KIP-848 members (group.consumer.session.timeout.ms). */
  kip848?: boolean;
  /** The driver wraps another process: "crash" on stdin SIGKILLs that one (the wrapper drains its output). */
  crashViaStdin?: boolean;
  /** Incremental (cooperative) rebalancing: members must keep partitions across rebalances. */
  incremental?: boolean;
  /**
   * The client drops the offsets of an autocommit that fails (FINDINGS.md): the scenario waits until its
   * commits reach the log end before the members leave, so no LeaveGroup's rebalance can fail the last one.
   */
  awaitCommitsBeforeStop?: boolean;
}

const drivers = join(repoRoot, 'compat-tests', 'groups', 'drivers');
const PYTHON = '/usr/bin/python3';
const node = (file: string) => (job: object) => ({
  command: process.execPath,
  args: ['--import', 'tsx', join(drivers, file), JSON.stringify(job)],
});
const python =
  (file: string, extra: object = {}) =>
  (job: object) => ({
    command: PYTHON,
    args: [join(drivers, file), JSON.stringify({ ...job, ...extra })],
  });

function probe(command: string, args: string[]): string | null {
  try {
    execFileSync(command, args, { stdio: 'pipe', timeout: 20000 });
    return null;
  } catch (error) {
    const e = error as { code?: string; stderr?: Buffer };
    return e.code === 'ENOENT'
      ? `${command} not found`
      : (e.stderr?.toString().trim().split('\n').pop() ?? String(error));
  }
}

/** `load` also loads it: a native addon can be installed yet fail to load (its build failed). */
function nodeModule(name: string, { load = false } = {}): string | null {
  try {
    if (load) require(name);
    else require.resolve(name);
    return null;
  } catch (error) {
    return load ? `${name} does not load: ${String(error).split('\n')[0]}` : `${name} is not installed`;
  }
}

const saramaBinary = join(tmpdir(), 'brook-compat-go', 'sarama-group');
let saramaBuilt: string | null | undefined;
function buildSarama(): string | null {
  if (saramaBuilt !== undefined) return saramaBuilt;
  const go = probe('go', ['version']);
  if (go) {
    saramaBuilt = `Go toolchain missing (${go})`;
    return saramaBuilt;
  }
  if (!existsSync('/usr/share/gocode/src/github.com/Shopify/sarama')) {
    saramaBuilt = 'golang-github-shopify-sarama-dev is not installed';
    return saramaBuilt;
  }
  try {
    execFileSync('go', ['build', '-o', saramaBinary, '.'], {
      cwd: join(drivers, 'sarama'),
      env: { ...process.env, GO111MODULE: 'off', GOPATH: '/usr/share/gocode' },
      stdio: 'pipe',
      timeout: 300000,
    });
    saramaBuilt = null;
  } catch (error) {
    saramaBuilt = `go build failed: ${(error as { stderr?: Buffer }).stderr?.toString().slice(-300)}`;
  }
  return saramaBuilt;
}

export const groupClients: GroupClient[] = [
  {
    id: 'kafkajs',
    describe: 'kafkajs 2.2.4 (classic, eager)',
    unavailable: () => nodeModule('kafkajs'),
    command: node('kafkajs-group.ts'),
  },
  {
    id: 'platformatic',
    describe: '@platformatic/kafka (classic protocol)',
    unavailable: () => nodeModule('@platformatic/kafka'),
    command: (job) => node('platformatic-group.ts')({ ...job, protocol: 'classic' }),
    awaitCommitsBeforeStop: true,
  },
  {
    id: 'platformatic-kip848',
    describe: '@platformatic/kafka (KIP-848 consumer protocol, ConsumerGroupHeartbeat)',
    unavailable: () => nodeModule('@platformatic/kafka'),
    command: (job) => node('platformatic-group.ts')({ ...job, protocol: 'consumer' }),
    kip848: true,
    awaitCommitsBeforeStop: true,
  },
  {
    id: 'confluent-kafka-python',
    describe: 'python3-confluent-kafka on librdkafka 2.0.2 (range, eager)',
    unavailable: () => probe(PYTHON, ['-c', 'import confluent_kafka']),
    command: python('confluent_group.py', { assignor: 'range' }),
  },
  {
    id: 'confluent-kafka-python-cooperative',
    describe: 'python3-confluent-kafka on librdkafka 2.0.2 (cooperative-sticky, incremental)',
    unavailable: () => probe(PYTHON, ['-c', 'import confluent_kafka']),
    command: python('confluent_group.py', { assignor: 'cooperative-sticky' }),
    incremental: true,
  },
  {
    id: 'confluent-js-cooperative',
    describe: '@confluentinc/kafka-javascript on librdkafka 2.15 (cooperative-sticky, incremental)',
    unavailable: () => nodeModule('@confluentinc/kafka-javascript', { load: true }),
    command: node('confluent-js-group.ts'),
    incremental: true,
  },
  {
    id: 'kcat',
    describe: 'kcat -G (balanced consumer, librdkafka 2.0.2)',
    unavailable: () => probe('kcat', ['-V']),
    command: node('kcat-group.ts'),
    crashViaStdin: true,
  },
  {
    id: 'kafka-python',
    describe: 'python3-kafka (kafka-python 2.0.2)',
    unavailable: () => probe(PYTHON, ['-c', 'import kafka']),
    command: python('kafka_python_group.py'),
  },
  {
    id: 'sarama',
    describe: 'sarama 1.22.1 consumer group (Version 2.0.0)',
    unavailable: buildSarama,
    command: (job) => ({ command: saramaBinary, args: [JSON.stringify(job)] }),
  },
  // --- the Java client (kafka-clients 4.4, Maven), ../clients/java/src/brook/compat/GroupMember.java ---
  {
    id: 'java-classic',
    describe: 'kafka-clients 4.4.0 KafkaConsumer, group.protocol=classic (default assignors: range, eager)',
    unavailable: javaUnavailable,
    command: (job) => javaCommand('brook.compat.GroupMember', [JSON.stringify({ ...job, protocol: 'classic' })]),
  },
  {
    id: 'java-consumer',
    describe: 'kafka-clients 4.4.0 KafkaConsumer, group.protocol=consumer (KIP-848, ConsumerGroupHeartbeat)',
    unavailable: javaUnavailable,
    command: (job) => javaCommand('brook.compat.GroupMember', [JSON.stringify({ ...job, protocol: 'consumer' })]),
    kip848: true,
  },
];

// Clients from the Go module proxy and PyPI (lib/registry-clients.ts): built or installed under build/ on first
// use. The Debian rows above are the legacy rows.
const goBuilds = new Map<string, { binary?: string; error?: string }>();
function goModuleMember(pkg: string, sameSourceAs?: string): { binary?: string; error?: string } {
  let built = goBuilds.get(pkg);
  if (!built) {
    try {
      built = { binary: buildGoModuleDriver(pkg, `${pkg}-member`, sameSourceAs) };
    } catch (error) {
      const e = error as { stderr?: Buffer; message: string };
      built = { error: `go build failed: ${(e.stderr?.toString() ?? e.message).slice(-300)}` };
    }
    goBuilds.set(pkg, built);
  }
  return built;
}
const goMember = (
  pkg: string,
  extra: object = {},
  sameSourceAs?: string,
): Pick<GroupClient, 'unavailable' | 'command'> => ({
  unavailable: () => goModuleMember(pkg, sameSourceAs).error ?? null,
  command: (job) => ({
    command: goModuleMember(pkg, sameSourceAs).binary!,
    args: [JSON.stringify({ ...job, ...extra })],
  }),
});
const venvMember = (
  modules: string,
  file: string,
  extra: object = {},
): Pick<GroupClient, 'unavailable' | 'command'> => ({
  unavailable: () => pypiProblem(modules),
  command: (job) => ({
    command: venvPython().python!,
    args: [join(drivers, file), JSON.stringify({ ...job, ...extra })],
  }),
});
groupClients.push(
  {
    id: 'franz-go',
    describe: 'franz-go 1.22 kgo (classic, cooperative-sticky: its default balancer)',
    ...goMember('franz-go-group'),
    incremental: true,
  },
  {
    id: 'franz-go-kip848',
    describe: 'franz-go 1.22 kgo (KIP-848 consumer protocol: ServerSideBalancer, sticky)',
    ...goMember('franz-go-group', { kip848: true }),
    kip848: true,
    incremental: true, // the broker's assignor moves only what must move
  },
  {
    id: 'sarama-gomod',
    describe: 'sarama 1.62 consumer group (Go module, its default config.Version 2.8.0)',
    ...goMember('sarama-group', { version: 'default' }, 'groups/drivers/sarama'),
  },
  {
    id: 'confluent-kafka-python-pypi',
    describe: 'confluent-kafka 2.16 from PyPI, bundled librdkafka 2.16 (range, eager)',
    ...venvMember('confluent_kafka', 'confluent_group.py', { assignor: 'range' }),
  },
  {
    id: 'confluent-kafka-python-pypi-cooperative',
    describe: 'confluent-kafka 2.16 from PyPI, bundled librdkafka 2.16 (cooperative-sticky, incremental)',
    ...venvMember('confluent_kafka', 'confluent_group.py', { assignor: 'cooperative-sticky' }),
    incremental: true,
  },
  {
    id: 'kafka-python-pypi',
    describe: 'kafka-python 3.0 from PyPI',
    ...venvMember('kafka', 'kafka_python_group.py'),
  },
  {
    id: 'aiokafka',
    describe: 'aiokafka 0.14 from PyPI (round-robin, eager: its default)',
    ...venvMember('aiokafka', 'aiokafka_group.py'),
  },
);

export class MemberProcess {
  readonly events: MemberEvent[];
  owned = new Set<number>();
  seen = new Set<string>();
  alive = true;
  private readonly child: ChildProcess;
  private readonly exited: Promise<void>;
  private output = '';

  constructor(
    readonly name: string,
    spec: { command: string; args: string[] },
    sink: MemberEvent[],
    private readonly crashViaStdin = false,
  ) {
    this.events = sink;
    this.child = spawn(spec.command, spec.args, {
      detached: true,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, KAFKAJS_NO_PARTITIONER_WARNING: '1' },
    });
    this.exited = new Promise((done) => this.child.once('exit', () => done()));
    void this.exited.then(() => {
      this.alive = false;
    });
    createInterface({ input: this.child.stdout! }).on('line', (line) => {
      let event: MemberEvent;
      try {
        event = { ...JSON.parse(line), member: name };
      } catch {
        this.output += `${line}\n`;
        return;
      }
      sink.push(event);
      if (event.ev === 'assign') for (const p of event.p ?? []) this.owned.add(p);
      if (event.ev === 'revoke') for (const p of event.p ?? []) this.owned.delete(p);
      if (event.ev === 'recs') for (const v of event.v ?? []) this.seen.add(v);
      if (event.ev === 'closed') this.owned.clear();
      if (event.ev === 'error' || event.ev === 'log') this.output += `${event.message ?? event.line}\n`;
    });
    this.child.stderr!.on('data', (d) => {
      this.output = (this.output + d).slice(-4000);
    });
  }

  tail(): string {
    return this.output.slice(-1500);
  }

  /** Graceful close (commit, LeaveGroup); SIGKILL after 20 s. */
  async stop(): Promise<void> {
    if (!this.alive) return;
    this.child.stdin!.write('stop\n');
    const timer = setTimeout(() => this.kill(), 20000);
    await this.exited;
    clearTimeout(timer);
    this.owned.clear();
  }

  /** A crash: SIGKILL of the whole process group, no LeaveGroup, no final commit. */
  async crash(): Promise<number> {
    // The wall clock, as the members stamp their events, and never before this member's last event: the crash
    // often follows its assignment within a millisecond, and the monotonic clock (performance.now) of a test
    // process that has run for many minutes drifts from the wall clock enough to order the crash first.
    const lastOwn = Math.max(0, ...this.events.filter((e) => e.member === this.name).map((e) => e.t));
    const at = Math.max(Date.now(), lastOwn);
    if (this.crashViaStdin && this.alive) {
      this.child.stdin!.write('crash\n');
      const timer = setTimeout(() => this.kill(), 10000);
      await this.exited;
      clearTimeout(timer);
    } else {
      this.kill();
      await this.exited;
    }
    this.owned.clear();
    this.events.push({ t: at, ev: 'crashed', member: this.name });
    return at;
  }

  private kill(): void {
    try {
      process.kill(-this.child.pid!, 'SIGKILL');
    } catch {
      this.child.kill('SIGKILL');
    }
  }
}

/**
 * Counts revocations after which the member still held partitions: eager rebalancing gives everything up at
 * each rebalance, so only incremental (cooperative) rebalancing has any.
 */
export function partialRevocations(events: MemberEvent[]): number {
  const owned = new Map<string, Set<number>>();
  let partial = 0;
  for (const e of [...events].sort((a, b) => a.t - b.t)) {
    const mine = owned.get(e.member) ?? new Set<number>();
    owned.set(e.member, mine);
    if (e.ev === 'assign') for (const p of e.p ?? []) mine.add(p);
    if (e.ev === 'revoke') {
      for (const p of e.p ?? []) mine.delete(p);
      if (mine.size > 0) partial++;
    }
  }
  return partial;
}

/**
 * Replays every member's assign/revoke events in time order and lists each moment a partition was claimed
 * while another live member still held it.
 */
export function ownershipViolations(events: MemberEvent[]): string[] {
  const owner = new Map<number, string>();
  const since = new Map<number, number>();
  const violations: string[] = [];
  const sorted = [...events].sort((a, b) => a.t - b.t);
  const t0 = sorted[0]?.t ?? 0;
  for (const e of sorted) {
    if (e.ev === 'assign') {
      for (const p of e.p ?? []) {
        const other = owner.get(p);
        if (other !== undefined && other !== e.member) {
          violations.push(
            `partition ${p} given to ${e.member} at +${(e.t - t0).toFixed(1)} ms while ${other} held it (since +${((since.get(p) ?? t0) - t0).toFixed(1)} ms)`,
          );
        }
        owner.set(p, e.member);
        since.set(p, e.t);
      }
    } else if (e.ev === 'revoke') {
      for (const p of e.p ?? []) if (owner.get(p) === e.member) owner.delete(p);
    } else if (e.ev === 'closed' || e.ev === 'crashed') {
      for (const [p, m] of owner) if (m === e.member) owner.delete(p);
    }
  }
  return violations;
}
