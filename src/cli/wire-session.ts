/**
 * What the admin commands (`brook groups`, `brook transactions`) share: a connection to a broker over the
 * wire (src/groups/wire-client.ts) that picks, per API, the highest version both sides know, and a plain
 * text table. They are Kafka clients, so they work against Brook or any Kafka broker.
 */
import type { ApiVersionsResponse } from '../../protocol/generated/api-versions';
import { WireClient } from '../groups/wire-client';

/** A failure to report on one line (exit code 1). */
export class CliError extends Error {}

export class WireSession {
  private constructor(
    readonly client: WireClient,
    private readonly ranges: Map<number, { min: number; max: number }>,
    private readonly ours: Record<number, number>,
  ) {}

  /** Connects and asks ApiVersions (v0, which every broker answers). `ours` caps versions per API key. */
  static async open(address: string, clientId: string, ours: Record<number, number>): Promise<WireSession> {
    const client = await WireClient.connect(address, clientId);
    const versions = await client.send<ApiVersionsResponse>(18, 0, {
      clientSoftwareName: '',
      clientSoftwareVersion: '',
    });
    const ranges = new Map(versions.apiKeys.map((k) => [k.apiKey, { min: k.minVersion, max: k.maxVersion }]));
    return new WireSession(client, ranges, ours);
  }

  version(apiKey: number): number | null {
    const range = this.ranges.get(apiKey);
    if (!range) return null;
    const v = Math.min(range.max, this.ours[apiKey] ?? range.max);
    return v >= range.min ? v : null;
  }

  send<T>(apiKey: number, body: unknown): Promise<T> {
    const v = this.version(apiKey);
    if (v === null) throw new CliError(`the broker does not support API key ${apiKey}`);
    return this.client.send<T>(apiKey, v, body);
  }

  close(): void {
    this.client.close();
  }
}

/** Columns padded to their widest cell, as Kafka's command-line tools print them. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join(' ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}
