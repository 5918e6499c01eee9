/**
 * The machine's own replication ceiling for bench/replication-cluster.bench.ts: what RF 3 costs against RF 1 when
 * nothing but the unavoidable work is done. It is NOT a broker: no protocol, no validation, no offsets, no
 * indexes. A generator sends fixed 256 KiB frames (the cluster bench's request size: 4 partitions x 64 x 1 KiB),
 * 5 in flight, to a leader process that appends each frame to a file and, with replicas, forwards it over TCP to
 * follower processes that append it to files of their own and answer one byte; the leader answers the generator
 * once every follower has (acks=all) or at once (RF 1). Push replication is the cheapest shape there is (Kafka's
 * followers pull, and the leader reads each batch back from its log): RF 3 / RF 1 here bounds what a broker's can
 * be on the same cores, and Brook's RF 3 / this RF 3 says how close Brook comes.
 *
 *   node --import tsx bench/replication-raw.ts follower DIR        prints {"port":N} once listening
 *   node --import tsx bench/replication-raw.ts leader DIR '[p1,p2]' forwards to the followers on p1, p2
 *   node --import tsx bench/replication-raw.ts generator PORT MS   prints {"mibPerSecond":X} after MS ms
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, writevSync } from 'node:fs';
import { connect, createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FRAME_BYTES = 256 * 1024;
const IN_FLIGHT = 5;
const ACK = Buffer.from([1]);

/** Calls `onFrame` with the received chunks (no copy) each time another FRAME_BYTES arrived on `socket`. */
function onFixedFrames(socket: Socket, onFrame: (chunks: Buffer[]) => void): void {
  let chunks: Buffer[] = [];
  let have = 0;
  socket.on('data', (data: Buffer) => {
    let rest = data;
    while (rest.length > 0) {
      const take = Math.min(rest.length, FRAME_BYTES - have);
      chunks.push(take === rest.length ? rest : rest.subarray(0, take));
      have += take;
      rest = rest.subarray(take);
      if (have === FRAME_BYTES) {
        const frame = chunks;
        chunks = [];
        have = 0;
        onFrame(frame);
      }
    }
  });
}

/**
 * An append-only file of its own under `parent`. It stays when the process ends: like a broker's logs, the
 * rounds' files pile up dirty pages the kernel must write back (deleting them would drop those pages unwritten
 * and make this ceiling faster than any log that is kept), and the bench removes `parent` at the end.
 */
function appendFile(parent: string): number {
  const fd = openSync(join(mkdtempSync(join(parent, 'node-')), 'log'), 'a');
  process.once('SIGTERM', () => {
    closeSync(fd);
    process.exit(0);
  });
  return fd;
}

function listen(onSocket: (socket: Socket) => void): void {
  const server = createServer({ noDelay: true }, (socket) => {
    socket.on('error', () => {});
    onSocket(socket);
  });
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    process.stdout.write(`${JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 })}\n`);
  });
}

function follower(dir: string): void {
  const fd = appendFile(dir);
  listen((socket) =>
    onFixedFrames(socket, (chunks) => {
      writevSync(fd, chunks);
      socket.write(ACK);
    }),
  );
}

function leader(dir: string, followerPorts: number[]): void {
  const fd = appendFile(dir);
  const followers = followerPorts.map((port) => {
    const socket = connect({ port, host: '127.0.0.1', noDelay: true });
    socket.on('error', () => {});
    return { socket, acked: 0 };
  });
  let appended = 0;
  let answered = 0;
  let client: Socket | null = null;
  // Frames are answered in order once appended here and acknowledged by every follower.
  const answer = () => {
    const committed = Math.min(appended, ...followers.map((f) => f.acked));
    for (; answered < committed; answered++) client?.write(ACK);
  };
  for (const f of followers) {
    f.socket.on('data', (d: Buffer) => {
      f.acked += d.length;
      answer();
    });
  }
  listen((socket) => {
    client = socket;
    onFixedFrames(socket, (chunks) => {
      writevSync(fd, chunks);
      appended++;
      for (const f of followers) {
        f.socket.cork();
        for (const chunk of chunks) f.socket.write(chunk);
        f.socket.uncork();
      }
      answer();
    });
  });
}

function generator(port: number, ms: number): void {
  const socket = connect({ port, host: '127.0.0.1', noDelay: true });
  const frame = Buffer.alloc(FRAME_BYTES, 0x5a);
  let sent = 0;
  let acked = 0;
  let started = 0;
  socket.on('connect', () => {
    started = performance.now();
    for (; sent < IN_FLIGHT; sent++) socket.write(frame);
  });
  socket.on('data', (d: Buffer) => {
    acked += d.length;
    const elapsed = performance.now() - started;
    if (elapsed >= ms) {
      process.stdout.write(`${JSON.stringify({ mibPerSecond: (acked * FRAME_BYTES) / 2 ** 20 / (elapsed / 1000) })}\n`);
      process.exit(0);
    }
    for (; sent - acked < IN_FLIGHT; sent++) socket.write(frame);
  });
}

/** Spawns this file in `role`; resolves with the process and the JSON line it printed first. */
function spawnRole<T>(args: string[]): Promise<{ child: ChildProcess; line: T }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', __filename, ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.once('exit', (code) => reject(new Error(`replication-raw ${args[0]} exited with ${code} before answering`)));
    child.stdout!.once('data', (d) => {
      child.removeAllListeners('exit');
      resolve({ child, line: JSON.parse(String(d)) as T });
    });
  });
}

/** A directory for the rounds' files (remove it with `rmSync(dir, { recursive: true })` after the last round). */
export const rawReplicationDir = () => mkdtempSync(join(tmpdir(), 'brook-bench-raw-'));

/** One round, files under `dir`: a leader with `replicas - 1` followers under the generator for `ms`; MiB/s. */
export async function rawReplicationRound(dir: string, replicas: number, ms: number): Promise<number> {
  const followers: ChildProcess[] = [];
  const ports: number[] = [];
  let leaderProcess: ChildProcess | undefined;
  try {
    for (let i = 1; i < replicas; i++) {
      const f = await spawnRole<{ port: number }>(['follower', dir]);
      followers.push(f.child);
      ports.push(f.line.port);
    }
    const started = await spawnRole<{ port: number }>(['leader', dir, JSON.stringify(ports)]);
    leaderProcess = started.child;
    const load = await spawnRole<{ mibPerSecond: number }>(['generator', String(started.line.port), String(ms)]);
    return load.line.mibPerSecond;
  } finally {
    for (const child of [leaderProcess, ...followers]) {
      if (!child || child.exitCode !== null) continue;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
  }
}

if (require.main === module) {
  const [role, a, b] = process.argv.slice(2);
  if (role === 'follower') follower(a!);
  else if (role === 'leader') leader(a!, JSON.parse(b ?? '[]') as number[]);
  else if (role === 'generator') generator(Number(a), Number(b));
  else {
    process.stderr.write('usage: replication-raw.ts follower DIR | leader DIR [PORTS] | generator PORT MS\n');
    process.exit(2);
  }
}
