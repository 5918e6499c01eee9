/**
 * The official Kafka as a local process: KRaft combined mode (each node broker and controller), one node or three,
 * from the jars Maven resolved (kafka-jars.ts), on free ports with a temporary log dir per node. Each node's
 * directory is formatted with Kafka's own `kafka-storage format` (kafka.tools.StorageTool) and the node runs
 * `kafka.Kafka server.properties`, exactly what `kafka-server-start.sh` does. Ready means every node logged
 * "Kafka Server started"; stop is SIGTERM (Kafka's controlled shutdown), then SIGKILL; restart reuses the dirs
 * and ports (the compat `restart` scenario). bench/ imports this too, to run the same load against Kafka.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './broker';
import { KAFKA_VERSION, kafkaClasspath, QUIET_LOG, SMALL_JVM } from './kafka-jars';

export interface KafkaProcessOptions {
  /** 1 (default) or 3: three combined nodes forming one controller quorum */
  nodes?: number;
  /** server.properties keys added to (or replacing) the test defaults below */
  config?: Record<string, string | number>;
  /**
   * More listeners beside PLAINTEXT and CONTROLLER (one node only: the ports are fixed), each added to `listeners`,
   * `advertised.listeners` and `listener.security.protocol.map`; their ssl / sasl keys go in `config`
   * (`listener.name.<name>.*`). The secured compat suite runs Brook and Kafka on the same listener set this way.
   */
  extraListeners?: { name: string; protocol: string; port: number }[];
  /** JVM flags (default: small heap, quick JIT, see kafka-jars.ts SMALL_JVM) */
  jvm?: string[];
  /** how long to wait for every node to log "Kafka Server started" (default 180 s: the JVM is slow on 2 loaded cores) */
  startTimeoutMs?: number;
  /**
   * KIP-853 dynamic quorum: controller.quorum.bootstrap.servers instead of controller.quorum.voters; node 1 is
   * formatted `--standalone` (the only initial voter), the others `--no-initial-controllers` (observers until
   * `kafka-metadata-quorum add-controller`), and node 1 starts first.
   */
  dynamicQuorum?: boolean;
  /** Called right before each node's JVM is spawned, after its log dir was formatted (bench/ times start-up from here). */
  beforeSpawn?: (node: { id: number; port: number }) => void;
}

/** A KRaft cluster id: 16 random bytes, base64url without padding, as Kafka's Uuid prints it. */
function clusterId(): string {
  for (;;) {
    const id = randomBytes(16).toString('base64url');
    if (!id.startsWith('-')) return id; // Kafka never hands out ids a command line would take for a flag
  }
}

/** Config keys that are features of the formatted storage on Kafka (broker settings on Brook). */
const FORMAT_FEATURES = ['transaction.version'];

interface Node {
  id: number;
  port: number;
  controllerPort: number;
  dir: string;
  child?: ChildProcess;
  output: string;
}

export class KafkaProcess {
  readonly version = KAFKA_VERSION;
  private constructor(
    private readonly nodes: Node[],
    private readonly root: string,
    private readonly classpath: string,
    private readonly jvm: string[],
    private readonly startTimeoutMs: number,
    private readonly beforeSpawn?: KafkaProcessOptions['beforeSpawn'],
  ) {}

  get bootstrap(): string {
    return this.nodes.map((n) => `127.0.0.1:${n.port}`).join(',');
  }

  get describe(): string {
    return `Kafka ${KAFKA_VERSION} (KRaft, ${this.nodes.length} combined node${this.nodes.length > 1 ? 's' : ''}) on ${this.bootstrap}`;
  }

  /** A node's server.properties (kafka-metadata-quorum add-controller --command-config takes it). */
  serverProperties(id: number): string {
    return join(this.nodes.find((n) => n.id === id)!.dir, 'server.properties');
  }

  /** A node's CONTROLLER listener (`--bootstrap-controller`). */
  controller(id: number): string {
    return `127.0.0.1:${this.nodes.find((n) => n.id === id)!.controllerPort}`;
  }

  /** The JVM process ids (bench/ samples their RSS). */
  get pids(): number[] {
    return this.nodes.flatMap((n) => (n.child?.pid ? [n.child.pid] : []));
  }

  /** Last lines each node printed (for failure messages). */
  tail(lines = 30): string {
    return this.nodes.map((n) => `--- kafka node ${n.id}\n${n.output.split('\n').slice(-lines).join('\n')}`).join('\n');
  }

  static async start(options: KafkaProcessOptions = {}): Promise<KafkaProcess> {
    const count = options.nodes ?? 1;
    const classpath = kafkaClasspath();
    const root = mkdtempSync(join(tmpdir(), 'kafka-compat-'));
    const nodes: Node[] = [];
    for (let id = 1; id <= count; id++) {
      const dir = join(root, `node-${id}`);
      mkdirSync(join(dir, 'data'), { recursive: true });
      nodes.push({ id, port: await freePort(), controllerPort: await freePort(), dir, output: '' });
    }
    const voters = nodes.map((n) => `${n.id}@127.0.0.1:${n.controllerPort}`).join(',');
    const extra = options.extraListeners ?? [];
    if (extra.length && count !== 1) throw new Error('extraListeners needs a one-node Kafka (their ports are fixed)');
    const urls = (list: { name: string; port: number }[]) => list.map((l) => `${l.name}://127.0.0.1:${l.port}`);
    const replicas = String(Math.min(count, 3));
    const cluster = clusterId();
    const kafka = new KafkaProcess(
      nodes,
      root,
      classpath,
      options.jvm ?? SMALL_JVM,
      options.startTimeoutMs ?? 180000,
      options.beforeSpawn,
    );
    try {
      await Promise.all(
        nodes.map(async (n) => {
          const config: Record<string, string | number> = {
            'process.roles': 'broker,controller',
            'node.id': n.id,
            ...(options.dynamicQuorum
              ? { 'controller.quorum.bootstrap.servers': nodes.map((x) => `127.0.0.1:${x.controllerPort}`).join(',') }
              : { 'controller.quorum.voters': voters }),
            listeners: [
              `PLAINTEXT://127.0.0.1:${n.port},CONTROLLER://127.0.0.1:${n.controllerPort}`,
              ...urls(extra),
            ].join(','),
            'advertised.listeners': [`PLAINTEXT://127.0.0.1:${n.port}`, ...urls(extra)].join(','),
            'controller.listener.names': 'CONTROLLER',
            'inter.broker.listener.name': 'PLAINTEXT',
            'listener.security.protocol.map': [
              'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
              ...extra.map((l) => `${l.name}:${l.protocol}`),
            ].join(','),
            'log.dirs': join(n.dir, 'data'),
            // The same test profile Brook's `brook/testing` uses: internal topics fit the cluster, no join delay.
            'offsets.topic.replication.factor': replicas,
            'transaction.state.log.replication.factor': replicas,
            'transaction.state.log.min.isr': Math.min(count, 2),
            'share.coordinator.state.topic.replication.factor': replicas,
            'share.coordinator.state.topic.min.isr': Math.min(count, 2),
            'group.initial.rebalance.delay.ms': 0,
            ...options.config,
          };
          // transaction.version is a feature Kafka finalizes when the storage is formatted (Brook takes it as a
          // broker key): the same key given here becomes `kafka-storage format --feature transaction.version=N`.
          const features = FORMAT_FEATURES.filter((f) => config[f] !== undefined).flatMap((f) => [
            '--feature',
            `${f}=${config[f]}`,
          ]);
          for (const f of FORMAT_FEATURES) delete config[f];
          const text = Object.entries(config)
            .map(([k, v]) => `${k}=${v}`)
            .join('\n');
          writeFileSync(join(n.dir, 'server.properties'), `${text}\n`);
          await kafka.java([
            'kafka.tools.StorageTool',
            'format',
            '-t',
            cluster,
            '-c',
            join(n.dir, 'server.properties'),
            ...features,
            ...(options.dynamicQuorum ? [n.id === 1 ? '--standalone' : '--no-initial-controllers'] : []),
          ]);
        }),
      );
      if (options.dynamicQuorum) for (const n of nodes) await kafka.launchNode(n);
      else await kafka.launch();
    } catch (error) {
      await kafka.destroy();
      throw error;
    }
    return kafka;
  }

  /** Runs a Kafka main class to completion (formatting, tools); rejects with its output on a non-zero exit. */
  private java(args: string[]): Promise<string> {
    return new Promise((resolve, reject) => {
      execFile(
        'java',
        [...this.jvm, ...QUIET_LOG, '-cp', this.classpath, ...args],
        { timeout: 180000, maxBuffer: 16 << 20 },
        (error, stdout, stderr) => {
          if (error) reject(new Error(`java ${args.join(' ')} failed: ${error.message}\n${stdout}${stderr}`));
          else resolve(stdout);
        },
      );
    });
  }

  private async launch(): Promise<void> {
    await Promise.all(this.nodes.map((n) => this.launchNode(n)));
  }

  private async launchNode(n: Node): Promise<void> {
    this.beforeSpawn?.({ id: n.id, port: n.port });
    const child = spawn(
      'java',
      [
        ...this.jvm,
        ...QUIET_LOG,
        // The one INFO line that says the node is serving.
        '-Dorg.slf4j.simpleLogger.log.kafka.server.KafkaRaftServer=info',
        '-cp',
        this.classpath,
        'kafka.Kafka',
        join(n.dir, 'server.properties'),
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    n.child = child;
    n.output = '';
    const keep = (chunk: Buffer) => {
      n.output = (n.output + chunk.toString('utf8')).slice(-20000);
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    let exitCode: number | null | undefined;
    child.once('exit', (code, signal) => {
      exitCode = code ?? (signal ? -1 : null);
    });
    const deadline = Date.now() + this.startTimeoutMs;
    while (!n.output.includes('Kafka Server started')) {
      if (exitCode !== undefined) {
        throw new Error(`Kafka node ${n.id} exited (${exitCode}) before it started:\n${n.output.slice(-3000)}`);
      }
      if (Date.now() > deadline) {
        throw new Error(`Kafka node ${n.id} did not start within ${this.startTimeoutMs} ms:\n${n.output.slice(-3000)}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** SIGTERM every node (Kafka's controlled shutdown) and wait; SIGKILL what is still running after 60 s. */
  async stop(): Promise<void> {
    await Promise.all(
      this.nodes.map(async (n) => {
        const child = n.child;
        n.child = undefined;
        if (!child || child.exitCode !== null || child.signalCode !== null) return;
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 60000);
        await exited;
        clearTimeout(timer);
      }),
    );
  }

  /**
   * One node: SIGTERM (Kafka's controlled shutdown) or SIGKILL, resolving once it exited; startNode() starts it
   * again on its ports and log dir.
   */
  async stopNode(id: number, signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM'): Promise<void> {
    const n = this.nodes.find((x) => x.id === id);
    const child = n?.child;
    if (!n || !child) return;
    n.child = undefined;
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((done) => child.once('exit', done));
    child.kill(signal);
    await exited;
  }

  async startNode(id: number): Promise<void> {
    const n = this.nodes.find((x) => x.id === id);
    if (!n) throw new Error(`no Kafka node ${id}`);
    if (!n.child) await this.launchNode(n);
  }

  /** Stop, then start again on the same ports and log dirs. */
  async restart(): Promise<void> {
    await this.stop();
    await this.launch();
  }

  /** SIGKILL every node (no controlled shutdown: Kafka recovers its logs on start), then start again as restart(). */
  async crash(): Promise<void> {
    await Promise.all(
      this.nodes.map(async (n) => {
        const child = n.child;
        n.child = undefined;
        if (!child || child.exitCode !== null || child.signalCode !== null) return;
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGKILL');
        await exited;
      }),
    );
    await this.launch();
  }

  async destroy(): Promise<void> {
    await this.stop();
    rmSync(this.root, { recursive: true, force: true });
  }
}
