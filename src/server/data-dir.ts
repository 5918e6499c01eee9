import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readFileSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, connect } from 'node:net';
import { join, resolve } from 'node:path';
import { type BrokerConfig, parseProperties } from '../config';
import { randomKafkaUuid } from '../topics/uuid';

/** A start-up failure the CLI prints as one line (unwritable data dir, node id mismatch, data dir in use...). */
export class StartupError extends Error {
  override readonly name = 'StartupError';
}

/** Kafka's per-directory identity file. */
export const META_PROPERTIES = 'meta.properties';

/** The directory whose meta.properties names the metadata log's directory id (Kafka's metadata.log.dir, else log.dirs' first). */
export function metadataIdentityDir(config: BrokerConfig): string {
  return resolve(config.string('metadata.log.dir') ?? config.logDirs[0]!);
}

/** The `directory.id` of a formatted directory's meta.properties, or null. */
export function readDirectoryId(dir: string): string | null {
  const path = join(dir, META_PROPERTIES);
  if (!existsSync(path)) return null;
  return parseProperties(readFileSync(path, 'utf8'), path).get('directory.id') ?? null;
}

export interface MetaProperties {
  clusterId: string;
  nodeId: number;
}

/** Creates the directory if needed and checks Brook can write into it. */
export function prepareDataDir(dir: string): void {
  const path = resolve(dir);
  try {
    if (existsSync(path) && !statSync(path).isDirectory()) throw new StartupError(`data dir ${dir} is not a directory`);
    mkdirSync(path, { recursive: true });
    accessSync(path, constants.W_OK | constants.R_OK | constants.X_OK);
    const probe = join(path, '.brook-write-probe');
    writeFileSync(probe, '');
    unlinkSync(probe);
  } catch (error) {
    if (error instanceof StartupError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'EROFS'
          ? 'read-only file system'
          : (error as Error).message;
    throw new StartupError(`data dir ${dir} is not writable: ${why}`);
  }
}

/**
 * Kafka's `meta.properties` (cluster.id, node.id, version=1): written on first start, checked afterwards so a
 * data dir is never served under another node id.
 */
export function loadOrCreateMeta(dir: string, nodeId: number, configuredClusterId: string | null): MetaProperties {
  const path = join(dir, 'meta.properties');
  if (existsSync(path)) {
    const props = parseProperties(readFileSync(path, 'utf8'), path);
    const storedNode = Number(props.get('node.id'));
    const clusterId = props.get('cluster.id');
    if (!clusterId) throw new StartupError(`${path} has no cluster.id`);
    if (storedNode !== nodeId) {
      throw new StartupError(`stored node id ${storedNode} in ${path} doesn't match configured node.id ${nodeId}`);
    }
    if (configuredClusterId && configuredClusterId !== clusterId) {
      throw new StartupError(
        `stored cluster.id ${clusterId} in ${path} doesn't match configured cluster.id ${configuredClusterId}`,
      );
    }
    return { clusterId, nodeId };
  }
  const clusterId = configuredClusterId ?? randomKafkaUuid();
  writeFileSync(path, `#\n#${new Date().toString()}\ncluster.id=${clusterId}\nnode.id=${nodeId}\nversion=1\n`);
  return { clusterId, nodeId };
}

/**
 * Claims the data dirs for this process (Kafka's `.lock`; how: lockDataDir below): a second broker on the same
 * directory would corrupt it. Either every dir is locked or none (a refusal releases the ones taken).
 * Returns the release function.
 */
export async function lockDataDirs(dirs: readonly string[]): Promise<() => void> {
  const releases: (() => void)[] = [];
  const releaseAll = () => {
    for (const release of releases.splice(0)) release();
  };
  try {
    for (const dir of dirs) releases.push(await lockDataDir(dir));
  } catch (error) {
    releaseAll();
    throw error;
  }
  return releaseAll;
}

/**
 * Locks one data dir with a lock the kernel releases when this process dies, however it dies (SIGKILL, OOM
 * kill, `docker kill`), so a restart never waits for or argues with a dead owner. Node has no flock(2); on
 * Linux the lock is a listening socket in the abstract namespace named after the directory's device and
 * inode (the same directory reached by any path gives the same name): binding it fails with EADDRINUSE
 * while any live process holds it, and the kernel unbinds it when the holder's last descriptor closes,
 * which death does. Unlike a PID in a file it cannot be fooled by PID reuse or by a container where the
 * broker is PID 1 every time. The holder answers a connection with its pid, for the refusal message.
 * Abstract names are per network namespace: two containers with separate network namespaces sharing one
 * volume would not see each other's lock (Kafka's flock would); elsewhere than Linux the PID file below is
 * the fallback.
 */
export async function lockDataDir(dir: string): Promise<() => void> {
  const path = resolve(dir);
  if (process.platform !== 'linux') return pidFileLock(dir, path);
  const { dev, ino } = statSync(path, { bigint: true });
  const name = `\0brook-data-dir-lock:${dev}:${ino}`;
  for (let attempt = 0; ; attempt++) {
    const server = createServer((socket) => socket.end(`${process.pid}\n`));
    const bound = await new Promise<NodeJS.ErrnoException | null>((done) => {
      server.once('error', (error) => done(error));
      server.listen(name, () => done(null));
    });
    if (bound === null) {
      server.unref(); // the lock must not keep a stopping process alive
      return () => server.close();
    }
    if (bound.code !== 'EADDRINUSE') throw new StartupError(`cannot lock data dir ${dir}: ${bound.message}`);
    const holder = await askHolder(name);
    // Nothing listens: the holder died between our bind and our question; its name is free again.
    if (!holder.alive && attempt === 0) continue;
    throw new StartupError(`data dir ${dir} is in use by another broker (pid ${holder.pid ?? 'unknown'})`);
  }
}

/** Whether a process holds the lock `name` and the pid it sends on connect (null if it is too busy to say). */
function askHolder(name: string): Promise<{ alive: boolean; pid: string | null }> {
  return new Promise((done) => {
    let text = '';
    let alive = false;
    const socket = connect(name, () => {
      alive = true;
    });
    const timer = setTimeout(() => socket.destroy(), 2000);
    socket.on('data', (chunk) => {
      text += chunk;
    });
    socket.on('error', () => {});
    socket.on('close', () => {
      clearTimeout(timer);
      const pid = text.trim();
      done({ alive, pid: /^\d+$/.test(pid) ? pid : null });
    });
  });
}

/**
 * The fallback outside Linux: a `.lock` file holding the owner's pid; a lock left by a process that no longer
 * runs is taken over. It can refuse a restart while a killed owner's pid lingers or is reused.
 */
function pidFileLock(dir: string, resolved: string): () => void {
  const path = join(resolved, '.lock');
  const token = `${process.pid}:${Math.random().toString(36).slice(2)}`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, token, { flag: 'wx' });
      return () => {
        try {
          if (readFileSync(path, 'utf8') === token) unlinkSync(path);
        } catch {
          // already gone
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new StartupError(`cannot lock data dir ${dir}: ${(error as Error).message}`);
      }
      const owner = Number(readFileSync(path, 'utf8').split(':')[0]);
      if (owner > 0 && owner !== process.pid && isAlive(owner)) {
        throw new StartupError(`data dir ${dir} is in use by another broker (pid ${owner})`);
      }
      if (owner === process.pid) {
        throw new StartupError(`data dir ${dir} is already used by a broker in this process`);
      }
      unlinkSync(path); // stale: its owner is gone
    }
  }
  throw new StartupError(`cannot lock data dir ${dir}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
