/**
 * N combined KRaft nodes on one machine, each a `brook serve` process (process.roles=broker,controller):
 * node ids 1..N, a PLAINTEXT and a CONTROLLER listener each, a data directory each, Kafka's config keys
 * (controller.quorum.voters, controller.listener.names), and an ops HTTP listener on a port of its own (`/ready`,
 * `/metrics`). `brook cluster up` and brook/testing's `startCluster` both start clusters through here, and
 * resolve once every member is ready (its `/ready`: registered and unfenced by the quorum, coordinators loaded),
 * as a Kafka broker finishes starting only once unfenced: a client that connects then finds every broker in
 * Metadata and can create topics with a replication factor of N at once. A member can be killed (SIGKILL),
 * paused (SIGSTOP), resumed and restarted over its data.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { randomKafkaUuid } from '../topics/uuid';
import { freePort } from './free-port';

export interface LocalClusterOptions {
  /** How many nodes (each broker and controller). */
  brokers: number;
  /** Data directories go to `<dir>/node-<id>`. */
  dir: string;
  host?: string;
  /** PLAINTEXT listener ports (one per node); default: free ports. */
  brokerPorts?: number[];
  /** CONTROLLER listener ports (one per node); default: free ports. */
  controllerPorts?: number[];
  /** More broker config keys for every node (`--set key=value`). */
  config?: Record<string, string | number | boolean>;
  logLevel?: string;
  /**
   * Each member's ops listener also serves fault injection (`/admin/faults`, http.admin.faults.enable).
   * Default false.
   */
  admin?: boolean;
  /** How long startLocalCluster waits for every member's `/ready` (default 60 s). */
  readyTimeoutMs?: number;
  /** Called with each line a member prints (default: dropped). */
  onOutput?: (nodeId: number, line: string) => void;
  /** Options for each member's `node` (e.g. `--cpu-prof`, which NODE_OPTIONS does not carry). */
  nodeArgs?: string[];
}

export interface ClusterMember {
  readonly nodeId: number;
  readonly dataDir: string;
  readonly brokerPort: number;
  readonly controllerPort: number;
  /** `host:port` of its PLAINTEXT listener. */
  readonly bootstrap: string;
  /** `http://host:port` of its ops listener (`/ready`, `/metrics`; `/admin/faults` when started with `admin`). */
  readonly httpUrl: string;
  /** The running process (null once it exited and was not restarted). */
  readonly process: ChildProcess | null;
  /** SIGKILL: a crash; resolves once the process is gone. */
  kill(): Promise<void>;
  /** SIGSTOP / SIGCONT: a node that stops answering without closing its connections. */
  pause(): void;
  resume(): void;
  /**
   * The link fault (needs `admin: true`): cuts the node off from the other members (inter-node requests
   * refused both ways, its clients' connections untouched) through its `/admin/faults/isolate`; heal() ends it.
   */
  isolate(): Promise<void>;
  heal(): Promise<void>;
  /**
   * Starts it again over its data directory (after kill or stop); resolves once it listens (not once ready:
   * a member restarted while the quorum has no majority cannot be unfenced until it has one).
   */
  restart(): Promise<void>;
  /**
   * Resolves once its `/ready` answers 200 (registered and unfenced, coordinators loaded) with at least
   * `liveBrokers` brokers in its metadata (default 1: itself); rejects after timeoutMs (default 60 s).
   */
  ready(timeoutMs?: number, liveBrokers?: number): Promise<void>;
  /** SIGTERM (a clean shutdown); resolves once the process exited. */
  stop(): Promise<void>;
}

export interface LocalCluster {
  members: ClusterMember[];
  /** Every member's PLAINTEXT address, comma-separated (a client's bootstrap.servers). */
  bootstrap: string;
  member(nodeId: number): ClusterMember;
  stop(): Promise<void>;
}

/** bin/brook.js of this package (from src/ under tsx or from dist/src/ once built). */
export function brookBin(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'bin', 'brook.js'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`cannot find bin/brook.js above ${__dirname}`);
    dir = up;
  }
  return join(dir, 'bin', 'brook.js');
}

class Member implements ClusterMember {
  process: ChildProcess | null = null;
  private exited: Promise<void> = Promise.resolve();
  constructor(
    readonly nodeId: number,
    readonly dataDir: string,
    readonly brokerPort: number,
    readonly controllerPort: number,
    private readonly host: string,
    private readonly args: string[],
    private readonly onOutput: (nodeId: number, line: string) => void,
    readonly httpUrl: string,
    private readonly admin: boolean,
    private readonly nodeArgs: string[] = [],
  ) {}

  get bootstrap(): string {
    return `${this.host}:${this.brokerPort}`;
  }

  restart(): Promise<void> {
    if (this.process) return Promise.reject(new Error(`node ${this.nodeId} is running`));
    const child = spawn(process.execPath, [...this.nodeArgs, brookBin(), 'serve', ...this.args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.process = child;
    this.exited = new Promise((resolve) =>
      child.once('exit', () => {
        if (this.process === child) this.process = null;
        resolve();
      }),
    );
    let output = '';
    return new Promise<void>((resolve, reject) => {
      const look = (chunk: Buffer) => {
        output += chunk;
        for (const line of chunk.toString().split('\n')) if (line) this.onOutput(this.nodeId, line);
        if (/ ready: node \d+ listening on /.test(output)) resolve();
      };
      child.stdout!.on('data', look);
      child.stderr!.on('data', look);
      void this.exited.then(() => reject(new Error(`node ${this.nodeId} exited before listening:\n${output}`)));
    });
  }

  async kill(): Promise<void> {
    this.process?.kill('SIGKILL');
    await this.exited;
  }

  pause(): void {
    this.process?.kill('SIGSTOP');
  }

  resume(): void {
    this.process?.kill('SIGCONT');
  }

  isolate(): Promise<void> {
    return this.link('POST');
  }

  heal(): Promise<void> {
    return this.link('DELETE');
  }

  async ready(timeoutMs = 60_000, liveBrokers = 1): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    let last = 'no answer';
    for (;;) {
      if (!this.process) throw new Error(`node ${this.nodeId} is not running`);
      try {
        const res = await fetch(`${this.httpUrl}/ready`, { signal: AbortSignal.timeout(1000) });
        last = await res.text();
        if (res.status === 200 && (JSON.parse(last) as { liveBrokers: number }).liveBrokers >= liveBrokers) return;
      } catch (error) {
        last = (error as Error).message;
      }
      if (performance.now() > deadline) {
        throw new Error(`node ${this.nodeId} not ready after ${timeoutMs} ms (its /ready: ${last})`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  private async link(method: 'POST' | 'DELETE'): Promise<void> {
    if (!this.admin)
      throw new Error(`node ${this.nodeId} serves no fault injection: start the cluster with admin: true`);
    const res = await fetch(`${this.httpUrl}/admin/faults/isolate`, { method });
    const body = await res.text();
    if (!res.ok) throw new Error(`node ${this.nodeId}: ${method} /admin/faults/isolate answered ${res.status} ${body}`);
  }

  async stop(): Promise<void> {
    this.process?.kill('SIGCONT');
    this.process?.kill('SIGTERM');
    await this.exited;
  }
}

/** The cluster id a directory's nodes share: the one a node stored already, or a new one. */
function clusterIdOf(dir: string): string {
  for (const entry of existsSync(dir) ? readdirSync(dir) : []) {
    const meta = join(dir, entry, 'meta.properties');
    if (!entry.startsWith('node-') || !existsSync(meta)) continue;
    const id = /^cluster\.id=(.+)$/m.exec(readFileSync(meta, 'utf8'))?.[1];
    if (id) return id.trim();
  }
  return randomKafkaUuid();
}

/** Starts every member and resolves once each one is ready (the quorum elected a leader that unfenced them all). */
export async function startLocalCluster(options: LocalClusterOptions): Promise<LocalCluster> {
  const host = options.host ?? '127.0.0.1';
  const n = options.brokers;
  if (!Number.isInteger(n) || n < 1) throw new Error(`--brokers must be a positive integer, got ${n}`);
  const brokerPorts = options.brokerPorts ?? (await Promise.all(Array.from({ length: n }, () => freePort(host))));
  const controllerPorts =
    options.controllerPorts ?? (await Promise.all(Array.from({ length: n }, () => freePort(host))));
  const httpPorts = await Promise.all(Array.from({ length: n }, () => freePort(host)));
  const voters = controllerPorts.map((p, i) => `${i + 1}@${host}:${p}`).join(',');
  const sets: Record<string, string | number | boolean> = {
    // One cluster id for every member, as `kafka-storage format --cluster-id` gives them in Kafka: clients see
    // the same id whichever broker answers. Kept in each node's meta.properties, so restarts keep it.
    'cluster.id': clusterIdOf(options.dir),
    'process.roles': 'broker,controller',
    'listener.security.protocol.map': 'PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
    'controller.listener.names': 'CONTROLLER',
    'inter.broker.listener.name': 'PLAINTEXT',
    'controller.quorum.voters': voters,
    'default.replication.factor': Math.min(3, n),
    ...options.config,
  };
  const members = Array.from({ length: n }, (_, i) => {
    const id = i + 1;
    const dataDir = join(options.dir, `node-${id}`);
    mkdirSync(dataDir, { recursive: true });
    const args = [
      '--node-id',
      String(id),
      '--data-dir',
      dataDir,
      '--no-sql',
      '--log-level',
      options.logLevel ?? 'warn',
      '--listeners',
      `PLAINTEXT://${host}:${brokerPorts[i]},CONTROLLER://${host}:${controllerPorts[i]}`,
      ...Object.entries(sets).flatMap(([k, v]) => ['--set', `${k}=${v}`]),
    ];
    const httpUrl = `http://${host}:${httpPorts[i]}`;
    args.push('--http-listeners', httpUrl);
    if (options.admin) args.push('--set', 'http.admin.faults.enable=true');
    const output = options.onOutput ?? (() => {});
    const admin = options.admin ?? false;
    return new Member(
      id,
      dataDir,
      brokerPorts[i]!,
      controllerPorts[i]!,
      host,
      args,
      output,
      httpUrl,
      admin,
      options.nodeArgs,
    );
  });
  const cluster: LocalCluster = {
    members,
    bootstrap: members.map((m) => m.bootstrap).join(','),
    member: (id) => {
      const m = members[id - 1];
      if (!m) throw new Error(`no node ${id}`);
      return m;
    },
    stop: async () => {
      await Promise.all(members.map((m) => m.stop()));
    },
  };
  try {
    await Promise.all(members.map((m) => m.restart()));
    // Ready, and each one's metadata lists all n brokers: its Metadata answers name them all.
    await Promise.all(members.map((m) => m.ready(options.readyTimeoutMs, n)));
  } catch (error) {
    await Promise.all(members.map((m) => m.kill()));
    throw error;
  }
  return cluster;
}
