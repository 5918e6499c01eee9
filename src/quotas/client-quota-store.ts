import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { MetadataRecord } from '../../protocol/metadata-record';
import type { MetadataImage } from '../../replication/metadata/image';
import { ErrorCode, KafkaError } from '../errors';
import { entityKey, type QuotaEntity } from './quota-entity';

/** One entity's quotas: key (`producer_byte_rate`, ...) -> value. */
export interface QuotaEntry {
  entity: QuotaEntity;
  values: Record<string, number>;
}

/** Set (value) or remove (null) one key of one entity: one ClientQuotaRecord in Kafka. */
export interface QuotaChange {
  entity: QuotaEntity;
  key: string;
  value: number | null;
}

/**
 * Where client quotas live. Kafka keeps them in the KRaft metadata log (ClientQuotaRecord): so does a Brook KRaft
 * cluster (`MetadataClientQuotaStore`); a single-node broker keeps them in a file of its data dir, as its ACLs and
 * SCRAM credentials. The quota managers and the handlers talk to this interface only.
 */
export interface ClientQuotaStore {
  entries(): readonly QuotaEntry[];
  /** Applies the changes of one AlterClientQuotas together, durably, before returning. */
  apply(changes: readonly QuotaChange[]): void | Promise<void>;
  /** Moves when the quotas changed by other means than this node's `apply` (a cluster's metadata log). */
  readonly generation?: number;
}

export const CLIENT_QUOTA_STORE_FILE = 'brook-client-quotas.json';

/** Quotas in memory (unit tests, and the state of the file store). */
export class MemoryClientQuotaStore implements ClientQuotaStore {
  protected readonly byEntity = new Map<string, QuotaEntry>();

  entries(): readonly QuotaEntry[] {
    return [...this.byEntity.values()];
  }

  apply(changes: readonly QuotaChange[]): void {
    for (const { entity, key, value } of changes) {
      const k = entityKey(entity);
      const entry = this.byEntity.get(k) ?? { entity: { ...entity }, values: {} };
      if (value === null) delete entry.values[key];
      else entry.values[key] = value;
      // An entity without quotas is gone, as ClientQuotaControlManager.replay removes it.
      if (Object.keys(entry.values).length === 0) this.byEntity.delete(k);
      else this.byEntity.set(k, entry);
    }
  }
}

/** `<data dir>/brook-client-quotas.json`, replaced atomically (write, fsync, rename) on every change, read at start. */
export class FileClientQuotaStore extends MemoryClientQuotaStore {
  private readonly path: string;

  constructor(dataDir: string) {
    super();
    this.path = join(dataDir, CLIENT_QUOTA_STORE_FILE);
    if (!existsSync(this.path)) return;
    const saved = JSON.parse(readFileSync(this.path, 'utf8')) as { quotas: QuotaEntry[] };
    for (const entry of saved.quotas) this.byEntity.set(entityKey(entry.entity), entry);
  }

  override apply(changes: readonly QuotaChange[]): void {
    if (changes.length === 0) return;
    super.apply(changes);
    const tmp = `${this.path}.tmp`;
    const fd = openSync(tmp, 'w', 0o600);
    try {
      writeSync(fd, `${JSON.stringify({ quotas: this.entries() }, null, 1)}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, this.path);
  }
}

/** What the metadata-log store needs of a KRaft node (src/cluster/kraft-broker.ts). */
export interface ClientQuotaMetadata {
  readonly metadata: MetadataImage | null;
  alterClientQuotas(records: MetadataRecord[]): Promise<void>;
}

/**
 * A KRaft cluster's quotas: the metadata log's ClientQuotaRecords, so every node enforces the same. Read from this
 * node's image; written by the active controller (AlterClientQuotas is forwarded there, and its handler applies
 * the change on that node).
 */
export class MetadataClientQuotaStore implements ClientQuotaStore {
  constructor(private readonly node: () => ClientQuotaMetadata | null) {}

  get generation(): number {
    return this.node()?.metadata?.clientQuotasOffset ?? -1;
  }

  entries(): readonly QuotaEntry[] {
    return [...(this.node()?.metadata?.clientQuotas.values() ?? [])];
  }

  async apply(changes: readonly QuotaChange[]): Promise<void> {
    if (changes.length === 0) return;
    const node = this.node();
    if (!node) throw new KafkaError(ErrorCode.NotController, 'The metadata quorum is not running yet.');
    await node.alterClientQuotas(
      changes.map(({ entity, key, value }) => ({
        type: 'ClientQuotaRecord',
        version: 0,
        value: {
          entity: Object.entries(entity).map(([entityType, entityName]) => ({ entityType, entityName })),
          key,
          value: value ?? 0,
          remove: value === null,
        },
      })),
    );
  }
}
