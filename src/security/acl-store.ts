import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { type AclBinding, bindingKey } from './acl';

/**
 * Where ACL bindings live. Kafka's StandardAuthorizer keeps them in the KRaft metadata log (AccessControlEntryRecord);
 * Brook has no metadata log for them yet, so `FileAclStore` keeps them in a file of the data dir, as the SCRAM
 * credentials are kept. The authorizer and the handlers talk to this interface only, so the bindings can move into
 * the metadata log without touching them.
 */
export interface AclStore {
  all(): readonly AclBinding[];
  /** Adds and removes bindings together, durably, before returning (one CreateAcls or DeleteAcls). */
  apply(add: AclBinding[], remove: AclBinding[]): void;
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
