import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Logger } from '../log';

const NONE: ReadonlyMap<string, string> = new Map();

/**
 * The configs of one kind of named config resource on a single node (consumer groups' own configs, client metrics
 * subscriptions): one JSON file beside the logs, resource name -> config name -> value, rewritten whole on each
 * change (they change by hand, rarely). A KRaft cluster keeps them as ConfigRecords in its metadata log instead,
 * as Kafka does.
 */
export class ResourceConfigFile {
  private readonly resources = new Map<string, ReadonlyMap<string, string>>();

  constructor(
    private readonly path: string,
    log: Logger,
  ) {
    if (!existsSync(path)) return;
    try {
      const saved = JSON.parse(readFileSync(path, 'utf8')) as Record<string, Record<string, string>>;
      for (const [name, values] of Object.entries(saved)) this.resources.set(name, new Map(Object.entries(values)));
    } catch (error) {
      log.warn('ignoring an unreadable configs file', { path, error: (error as Error).message });
    }
  }

  of(name: string): ReadonlyMap<string, string> {
    return this.resources.get(name) ?? NONE;
  }

  /** The resources that have configs. */
  names(): string[] {
    return [...this.resources.keys()];
  }

  /** Replaces the resource's values (none: it has no configs) and saves the file. */
  replace(name: string, values: Readonly<Record<string, string>>): void {
    if (Object.keys(values).length === 0) this.resources.delete(name);
    else this.resources.set(name, new Map(Object.entries(values)));
    const all = Object.fromEntries([...this.resources].map(([n, v]) => [n, Object.fromEntries(v)]));
    const tmp = `${this.path}.tmp`;
    writeFileSync(tmp, `${JSON.stringify(all, null, 1)}\n`);
    renameSync(tmp, this.path);
  }
}
