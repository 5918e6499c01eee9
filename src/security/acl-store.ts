import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { MetadataRecord } from '../../protocol/metadata-record';
import type { MetadataImage } from '../../replication/metadata';
import { ErrorCode, KafkaError } from '../errors';
import { randomKafkaUuid } from '../topics/uuid';
import { type AclBinding, bindingKey } from './acl';

/**
 * Where ACL bindings live. Kafka's StandardAuthorizer keeps them in the KRaft metadata log (AccessControlEntryRecord):
 * so does a Brook KRaft cluster (`MetadataAclStore`); a single-node broker keeps them in a file of its data dir
 * (`FileAclStore`), as its SCRAM credentials. The authorizer and the handlers talk to this interface only.
 */
export interface AclStore {
  all(): readonly AclBinding[];
  /** Adds and removes bindings together, durably, before returning (one CreateAcls or DeleteAcls). */
  apply(add: AclBinding[], remove: AclBinding[]): void | Promise<void>;
  /**
   * Moves when the bindings changed by other means than this node's `apply` (a cluster's metadata log): the
   * authorizer indexes them again. Absent: only `apply` changes them.
   */
  readonly generation?: number;
}

/** What the metadata-log store needs of a KRaft node (src/cluster/kraft-broker.ts). */
export interface AclMetadata {
  readonly metadata: MetadataImage | null;
  alterAcls(records: MetadataRecord[]): Promise<void>;
}

/**
 * A KRaft cluster's bindings: the metadata log's AccessControlEntryRecords, so every node authorizes alike. Read from
 * this node's image; written by the active controller (CreateAcls / DeleteAcls are forwarded there, and their
 * handlers apply the change on that node, choosing each new binding's id as Kafka's AclControlManager does).
 */
export class MetadataAclStore implements AclStore {
  constructor(private readonly node: () => AclMetadata | null) {}

  get generation(): number {
    return this.node()?.metadata?.aclsOffset ?? -1;
  }

  all(): readonly AclBinding[] {
    return [...(this.node()?.metadata?.acls.values() ?? [])];
  }

  async apply(add: AclBinding[], remove: AclBinding[]): Promise<void> {
    const node = this.node();
    if (!node?.metadata) throw new KafkaError(ErrorCode.NotController, 'The metadata quorum is not running yet.');
    const ids = new Map<string, string>();
    for (const [id, binding] of node.metadata.acls) ids.set(bindingKey(binding), id);
    const records: MetadataRecord[] = [];
    for (const binding of remove) {
      const id = ids.get(bindingKey(binding));
      if (id === undefined) continue;
      ids.delete(bindingKey(binding));
      records.push({ type: 'RemoveAccessControlEntryRecord', version: 0, value: { id } });
    }
    for (const binding of add) {
      if (ids.has(bindingKey(binding))) continue; // kept once, as in the file store
      const id = randomKafkaUuid();
      ids.set(bindingKey(binding), id);
      records.push({ type: 'AccessControlEntryRecord', version: 0, value: { id, ...binding } });
    }
    if (records.length > 0) await node.alterAcls(records);
  }
}

export const ACL_STORE_FILE = 'brook-acls.json';

/** `<data dir>/brook-acls.json`, replaced atomically (write, fsync, rename) on every change, read once at start. */
export class FileAclStore implements AclStore {
  private readonly path: string;
  private readonly bindings = new Map<string, AclBinding>();

  constructor(dataDir: string) {
    this.path = join(dataDir, ACL_STORE_FILE);
    if (!existsSync(this.path)) return;
    const saved = JSON.parse(readFileSync(this.path, 'utf8')) as { acls: AclBinding[] };
    for (const b of saved.acls) this.bindings.set(bindingKey(b), b);
  }

  all(): readonly AclBinding[] {
    return [...this.bindings.values()];
  }

  apply(add: AclBinding[], remove: AclBinding[]): void {
    if (add.length === 0 && remove.length === 0) return;
    for (const b of remove) this.bindings.delete(bindingKey(b));
    for (const b of add) this.bindings.set(bindingKey(b), { ...b });
    const tmp = `${this.path}.tmp`;
    const fd = openSync(tmp, 'w', 0o600);
    try {
      writeSync(fd, `${JSON.stringify({ acls: [...this.bindings.values()] }, null, 1)}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, this.path);
  }
}

/** Bindings kept in memory only (unit tests). */
export class MemoryAclStore implements AclStore {
  private readonly bindings = new Map<string, AclBinding>();
  all(): readonly AclBinding[] {
    return [...this.bindings.values()];
  }
  apply(add: AclBinding[], remove: AclBinding[]): void {
    for (const b of remove) this.bindings.delete(bindingKey(b));
    for (const b of add) this.bindings.set(bindingKey(b), { ...b });
  }
}
