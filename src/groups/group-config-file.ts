import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Logger } from '../log';

const NONE: ReadonlyMap<string, string> = new Map();

/**
 * The groups' own configs (the GROUP config resource) on a single node: one JSON file beside the logs, rewritten
 * whole on each change (they change by hand, rarely). A KRaft cluster keeps them as ConfigRecords in its metadata
 * log instead, as Kafka does.
 */
export class GroupConfigFile {
  private readonly groups = new Map<string, ReadonlyMap<string, string>>();

  constructor(
    private readonly path: string,
    log: Logger,
  ) {
    if (!existsSync(path)) return;
    try {
      const saved = JSON.parse(readFileSync(path, 'utf8')) as Record<string, Record<string, string>>;
      for (const [groupId, values] of Object.entries(saved)) this.groups.set(groupId, new Map(Object.entries(values)));
    } catch (error) {
      log.warn('ignoring unreadable group configs', { path, error: (error as Error).message });
    }
  }

  of(groupId: string): ReadonlyMap<string, string> {
    return this.groups.get(groupId) ?? NONE;
  }

  /** The groups that have configs of their own. */
  groupIds(): string[] {
    return [...this.groups.keys()];
  }

  /** Replaces the group's values (none: it has no configs of its own) and saves the file. */
  replace(groupId: string, values: Readonly<Record<string, string>>): void {
    if (Object.keys(values).length === 0) this.groups.delete(groupId);
    else this.groups.set(groupId, new Map(Object.entries(values)));
    const all = Object.fromEntries([...this.groups].map(([id, v]) => [id, Object.fromEntries(v)]));
    const tmp = `${this.path}.tmp`;
    writeFileSync(tmp, `${JSON.stringify(all, null, 1)}\n`);
    renameSync(tmp, this.path);
  }
}
