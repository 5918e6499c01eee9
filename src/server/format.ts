import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SUPPORTED_KRAFT_VERSIONS, type VoterNode, VoterSet, writeBootstrapCheckpoint } from '../../replication/raft';
import { configList, controllerListenerNames, metadataLogDir } from '../cluster/quorum-config';
import type { BrokerConfig } from '../config';
import { randomKafkaUuid } from '../topics/uuid';
import { credentialFromPassword, credentialFromSalted, scramMechanismByName } from '../security/scram';
import { type BootstrapScram, writeBootstrapMetadata } from './bootstrap-metadata';
import { META_PROPERTIES as META, metadataIdentityDir } from './data-dir';

/** A refusal of `brook storage format`, printed as one line (Kafka's FormatterException / TerseFailure). */
export class FormatError extends Error {
  override readonly name = 'FormatError';
}

export interface FormatOptions {
  clusterId: string;
  /** --standalone: this controller alone is the initial voter set (its advertised controller listener). */
  standalone?: boolean;
  /** --initial-controllers id@host:port:directory-id,... : the initial voter set, the same on every controller. */
  initialControllers?: string;
  /** --no-initial-controllers: a controller that joins a dynamic quorum later (add-controller). */
  noInitialControllers?: boolean;
  /** --add-scram arguments (`SCRAM-SHA-256=[name=alice,password=alice-secret]`): credentials the log starts with. */
  addScram?: readonly string[];
  /** --ignore-formatted: skip directories that already hold meta.properties. */
  ignoreFormatted?: boolean;
  /** Where Kafka's lines go ("Formatting ..."). */
  print?: (line: string) => void;
}

/**
 * Kafka's DynamicVoters.parse: `id@host:port:directory-id` entries (a bracketed IPv6 host allowed), each id
 * and directory id once.
 */
export function parseInitialControllers(text: string, listenerName: string): VoterSet {
  const nodes: VoterNode[] = [];
  for (const entry of text.split(',').map((s) => s.trim())) {
    const m = /^(\d+)@(\[[^\]]+\]|[^:@[\]]+):(\d+):([A-Za-z0-9_-]{22})$/.exec(entry);
    if (!m) throw new FormatError(`Unable to parse ${entry}: expected id@host:port:directory-id`);
    const id = Number(m[1]);
    const directoryId = m[4]!;
    if (nodes.some((n) => n.id === id)) throw new FormatError(`Node id ${id} was specified more than once.`);
    if (nodes.some((n) => n.directoryId === directoryId)) {
      throw new FormatError(`Directory id ${directoryId} was specified more than once.`);
    }
    const host = m[2]!.replace(/^\[|\]$/g, '');
    nodes.push({
      id,
      directoryId,
      endpoints: [{ name: listenerName, host, port: Number(m[3]) }],
      kraftVersion: { ...SUPPORTED_KRAFT_VERSIONS },
    });
  }
  if (nodes.length === 0) throw new FormatError('No initial controllers given.');
  return new VoterSet(nodes);
}

/**
 * `brook storage format`, as Kafka's StorageTool with its Formatter: meta.properties (version 1, cluster.id,
 * node.id, a directory.id per directory) in every log dir and the metadata directory, and for a KIP-853 quorum
 * (--standalone, --initial-controllers) the bootstrap checkpoint of the metadata log (kraft.version 1 and the
 * initial voters). The metadata log itself is Brook's `metadata.log.dir`, by default `<first log dir>/kraft-metadata`.
 */
export function formatStorage(config: BrokerConfig, options: FormatOptions): void {
  const print = options.print ?? (() => {});
  const nodeId = config.nodeId;
  if (nodeId < 0) throw new FormatError('You must specify a valid non-negative node ID.');
  if (!options.clusterId) throw new FormatError('You must specify the cluster id.');
  const roles = configList(config, 'process.roles');
  const controller = roles.includes('controller');
  const chosen = [options.standalone, options.initialControllers !== undefined, options.noInitialControllers];
  if (chosen.filter(Boolean).length > 1) {
    throw new FormatError('--standalone, --initial-controllers and --no-initial-controllers are mutually exclusive.');
  }
  const listenerName = controllerListenerNames(config)[0];
  if (!listenerName) throw new FormatError('You must specify the name of the initial controller listener.');
  let voters: VoterSet | null = null;
  if (options.initialControllers !== undefined)
    voters = parseInitialControllers(options.initialControllers, listenerName);
  if (options.standalone) voters = standaloneVoters(config, listenerName, controller);
  if (!options.noInitialControllers && controller && configList(config, 'controller.quorum.voters').length === 0) {
    if (!voters) {
      throw new FormatError(
        'Because controller.quorum.voters is not set on this controller, you must specify one of the following: --standalone, --initial-controllers, or --no-initial-controllers.',
      );
    }
  }
  const scram = (options.addScram ?? []).map(parseAddScram);
  const metaDir = metadataIdentityDir(config);
  const dirs = [...new Set([...config.logDirs.map((d) => resolve(d)), metaDir])].sort();
  const formatted = dirs.filter((d) => existsSync(join(d, META)));
  if (formatted.length > 0 && !options.ignoreFormatted) {
    throw new FormatError(
      `Log directory ${formatted[0]} is already formatted. Use --ignore-formatted to ignore this directory and format the others.`,
    );
  }
  const empty = dirs.filter((d) => !formatted.includes(d));
  if (empty.length === 0) {
    print('All of the log directories are already formatted.');
    return;
  }
  const own = voters?.nodes.get(nodeId);
  for (const dir of empty) {
    const isMeta = dir === metaDir;
    const type = !isMeta
      ? 'data directory'
      : !voters
        ? 'metadata directory'
        : own
          ? 'dynamic metadata voter directory'
          : 'dynamic metadata directory';
    const directoryId = isMeta && own ? own.directoryId : randomKafkaUuid();
    print(`Formatting ${type} ${dir} with kraft.version ${voters ? 1 : 0}.`);
    mkdirSync(dir, { recursive: true });
    if (isMeta && voters) writeBootstrapCheckpoint(metadataLogDir(config), voters);
    if (isMeta && scram.length > 0) writeBootstrapMetadata(dir, scram);
    writeFileSync(
      join(dir, META),
      `#\n#${new Date().toString()}\ncluster.id=${options.clusterId}\ndirectory.id=${directoryId}\nnode.id=${nodeId}\nversion=1\n`,
    );
  }
}

/** Kafka's createStandaloneDynamicVoters: this node at its first advertised controller listener, a new directory id. */
function standaloneVoters(config: BrokerConfig, listenerName: string, controller: boolean): VoterSet {
  if (!controller) throw new FormatError('You can only use --standalone on a controller.');
  const listener =
    config.advertisedListeners.find((l) => l.name === listenerName) ??
    config.listeners.find((l) => l.name === listenerName);
  if (!listener) throw new FormatError('No controller listeners found.');
  return new VoterSet([
    {
      id: config.nodeId,
      directoryId: randomKafkaUuid(),
      endpoints: [{ name: listenerName, host: listener.host || 'localhost', port: listener.port }],
      kraftVersion: { ...SUPPORTED_KRAFT_VERSIONS },
    },
  ]);
}

/**
 * One `--add-scram` argument, as Kafka's ScramParser reads it: `MECHANISM=[name=N,password=P]`, or with
 * `saltedpassword=B64` and `salt=B64` instead of the password; `iterations` (4096 by default) and `salt` (random)
 * optional; a value may be double-quoted.
 */
export function parseAddScram(argument: string): BootstrapScram {
  const input = argument.trim();
  const equals = input.indexOf('=');
  if (equals < 0) throw new FormatError(`Failed to find equals sign in SCRAM argument '${input}'`);
  const mechanismName = input.slice(0, equals);
  const mechanism = scramMechanismByName(mechanismName);
  if (!mechanism) throw new FormatError(`The add-scram mechanism ${mechanismName} is not supported.`);
  const body = input.slice(equals + 1);
  if (!body.startsWith('[')) throw new FormatError('Expected configuration string to start with [');
  if (!body.endsWith(']')) throw new FormatError('Expected configuration string to end with ]');
  const components = new Map<string, string>();
  for (const component of body.slice(1, -1).split(',')) {
    const at = component.indexOf('=');
    if (at < 0) throw new FormatError(`No equals sign found in SCRAM component: ${component}`);
    let value = component.slice(at + 1);
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    components.set(component.slice(0, at), value);
  }
  const take = (key: string) => {
    const value = components.get(key);
    components.delete(key);
    return value;
  };
  const name = take('name');
  if (name === undefined) throw new FormatError("You must supply 'name' to add-scram");
  const saltText = take('salt');
  const iterationsText = take('iterations');
  const password = take('password');
  const saltedText = take('saltedpassword');
  if (password === undefined && saltedText === undefined) {
    throw new FormatError("You must supply one of 'password' or 'saltedpassword' to add-scram");
  }
  if (password === undefined && saltText === undefined) {
    throw new FormatError("You must supply 'salt' with 'saltedpassword' to add-scram");
  }
  if (components.size > 0) throw new FormatError(`Unknown SCRAM configurations: ${[...components.keys()].join(', ')}`);
  const iterations = iterationsText === undefined ? 4096 : Number(iterationsText);
  if (!Number.isInteger(iterations)) throw new FormatError(`Failed to parse iterations count: ${iterationsText}`);
  if (iterations < mechanism.minIterations) {
    throw new FormatError(
      `The 'iterations' value must be >= ${mechanism.minIterations} for add-scram using ${mechanism.name}`,
    );
  }
  if (iterations > mechanism.maxIterations) {
    throw new FormatError(
      `The 'iterations' value must be <= ${mechanism.maxIterations} for add-scram using ${mechanism.name}`,
    );
  }
  const salt = saltText === undefined ? randomBytes(32) : Buffer.from(saltText, 'base64');
  const credential =
    password !== undefined
      ? credentialFromPassword(mechanism, password, iterations, salt)
      : credentialFromSalted(mechanism, Buffer.from(saltedText!, 'base64'), salt, iterations);
  return {
    name,
    mechanism: mechanism.type,
    salt: credential.salt.toString('base64'),
    storedKey: credential.storedKey.toString('base64'),
    serverKey: credential.serverKey.toString('base64'),
    iterations,
  };
}
