import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { MetadataRecord } from '../../protocol/metadata-record';
import type { MetadataImage } from '../../replication/metadata';
import { ErrorCode, KafkaError } from '../errors';
import { type ScramCredential, type ScramMechanismInfo, SCRAM_MECHANISMS } from './scram';

/**
 * Where SCRAM credentials live. Kafka keeps them in the KRaft metadata log (UserScramCredentialRecord): so does a
 * Brook KRaft cluster (`MetadataScramCredentialStore`); a single-node broker has no metadata log, and
 * `FileScramCredentialStore` keeps them in a file of its data dir. Handlers and the SASL layer talk to this
 * interface only.
 */
export interface ScramCredentialStore {
  get(user: string, mechanism: ScramMechanismInfo): ScramCredential | undefined;
  /** Every user with the mechanisms and iterations it has (DescribeUserScramCredentials). */
  users(): Map<string, { mechanism: ScramMechanismInfo; iterations: number }[]>;
  /** Applies upserts and deletions together, durably, before returning (one AlterUserScramCredentials). */
  apply(changes: ScramChange[]): void | Promise<void>;
}

export type ScramChange =
  | { kind: 'upsert'; user: string; mechanism: ScramMechanismInfo; credential: ScramCredential }
  | { kind: 'delete'; user: string; mechanism: ScramMechanismInfo };

export const SCRAM_STORE_FILE = 'brook-scram-credentials.json';

interface StoredCredential {
  salt: string;
  storedKey: string;
  serverKey: string;
  iterations: number;
}

/**
 * The credentials in `<data dir>/brook-scram-credentials.json` (salts and keys, never passwords), replaced
 * atomically (write, fsync, rename) on every change, read once at start-up.
 */
export class FileScramCredentialStore implements ScramCredentialStore {
  private readonly path: string;
  /** user -> mechanism name -> credential */
  private readonly credentials = new Map<string, Map<string, ScramCredential>>();

  constructor(dataDir: string) {
    this.path = join(dataDir, SCRAM_STORE_FILE);
    if (!existsSync(this.path)) return;
    const saved = JSON.parse(readFileSync(this.path, 'utf8')) as Record<string, Record<string, StoredCredential>>;
    for (const [user, byMechanism] of Object.entries(saved)) {
      const map = new Map<string, ScramCredential>();
      for (const [mechanism, c] of Object.entries(byMechanism)) {
        map.set(mechanism, {
          salt: Buffer.from(c.salt, 'base64'),
          storedKey: Buffer.from(c.storedKey, 'base64'),
          serverKey: Buffer.from(c.serverKey, 'base64'),
          iterations: c.iterations,
        });
      }
      this.credentials.set(user, map);
    }
  }

  get(user: string, mechanism: ScramMechanismInfo): ScramCredential | undefined {
    return this.credentials.get(user)?.get(mechanism.name);
  }

  users(): Map<string, { mechanism: ScramMechanismInfo; iterations: number }[]> {
    const out = new Map<string, { mechanism: ScramMechanismInfo; iterations: number }[]>();
    for (const [user, byMechanism] of this.credentials) {
      const infos = SCRAM_MECHANISMS.filter((m) => byMechanism.has(m.name)).map((m) => ({
        mechanism: m,
        iterations: byMechanism.get(m.name)!.iterations,
      }));
      if (infos.length > 0) out.set(user, infos);
    }
    return out;
  }

  apply(changes: ScramChange[]): void {
    if (changes.length === 0) return;
    for (const change of changes) {
      if (change.kind === 'upsert') {
        const map = this.credentials.get(change.user) ?? new Map<string, ScramCredential>();
        map.set(change.mechanism.name, change.credential);
        this.credentials.set(change.user, map);
      } else {
        const map = this.credentials.get(change.user);
        map?.delete(change.mechanism.name);
        if (map?.size === 0) this.credentials.delete(change.user);
      }
    }
    this.persist();
  }

  private persist(): void {
    const out: Record<string, Record<string, StoredCredential>> = {};
    for (const [user, byMechanism] of this.credentials) {
      out[user] = {};
      for (const [mechanism, c] of byMechanism) {
        out[user][mechanism] = {
          salt: c.salt.toString('base64'),
          storedKey: c.storedKey.toString('base64'),
          serverKey: c.serverKey.toString('base64'),
          iterations: c.iterations,
        };
      }
    }
    const tmp = `${this.path}.tmp`;
    const fd = openSync(tmp, 'w', 0o600);
    try {
      writeSync(fd, `${JSON.stringify(out, null, 1)}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, this.path);
  }
}

/** What the metadata-log store needs of a KRaft node (src/cluster/kraft-broker.ts). */
export interface ScramMetadata {
  readonly metadata: MetadataImage | null;
  alterScramCredentials(records: MetadataRecord[]): Promise<void>;
}

/**
 * A KRaft cluster's credentials: the metadata log's UserScramCredentialRecords, as Kafka keeps them, so every
 * node authenticates the users any node was told of. Read from this node's image; written by the active controller
 * (AlterUserScramCredentials is forwarded there, and its handler applies the change on that node).
 */
export class MetadataScramCredentialStore implements ScramCredentialStore {
  constructor(private readonly node: () => ScramMetadata | null) {}

  get(user: string, mechanism: ScramMechanismInfo): ScramCredential | undefined {
    const c = this.node()?.metadata?.scramCredentials.get(user)?.get(mechanism.type);
    return c && { salt: c.salt, storedKey: c.storedKey, serverKey: c.serverKey, iterations: c.iterations };
  }

  users(): Map<string, { mechanism: ScramMechanismInfo; iterations: number }[]> {
    const out = new Map<string, { mechanism: ScramMechanismInfo; iterations: number }[]>();
    for (const [user, byType] of this.node()?.metadata?.scramCredentials ?? []) {
      const infos = SCRAM_MECHANISMS.filter((m) => byType.has(m.type)).map((m) => ({
        mechanism: m,
        iterations: byType.get(m.type)!.iterations,
      }));
      if (infos.length > 0) out.set(user, infos);
    }
    return out;
  }

  async apply(changes: ScramChange[]): Promise<void> {
    if (changes.length === 0) return;
    const node = this.node();
    if (!node) throw new KafkaError(ErrorCode.NotController, 'The metadata quorum is not running yet.');
    await node.alterScramCredentials(
      changes.map((change): MetadataRecord => {
        const { user: name, mechanism } = change;
        if (change.kind === 'delete') {
          return { type: 'RemoveUserScramCredentialRecord', version: 0, value: { name, mechanism: mechanism.type } };
        }
        const { salt, storedKey, serverKey, iterations } = change.credential;
        const value = { name, mechanism: mechanism.type, salt, storedKey, serverKey, iterations };
        return { type: 'UserScramCredentialRecord', version: 0, value };
      }),
    );
  }
}
