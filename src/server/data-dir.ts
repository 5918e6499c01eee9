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
import { join, resolve } from 'node:path';
import { parseProperties } from '../config';
import { randomKafkaUuid } from '../topics/uuid';

/** A start-up failure the CLI prints as one line (unwritable data dir, node id mismatch...). */
export class StartupError extends Error {
  override readonly name = 'StartupError';
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
 * Claims a data dir for this process (Kafka's `.lock`): a second broker on the same directory would corrupt
 * it. The lock file holds the owner's pid; a lock left by a process that no longer runs is taken over.
 * Returns the release function.
 */
export function lockDataDir(dir: string): () => void {
  const path = join(resolve(dir), '.lock');
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
