/**
 * Durable definitions: every statement that changed the metastore or the running queries is appended to the
 * command topic, `_confluent-ksql-<service id>_command_topic` as ksqlDB names it (one partition, kept
 * forever), and replayed in order when the server starts, so streams, tables, types and persistent queries
 * come back after a restart (the queries resume from their stored offsets and restore their state from their
 * changelogs). A record is the statement text with the properties it ran with (ksqlDB's Command JSON:
 * `statement`, `streamsProperties`, `originalProperties`), keyed by its command id.
 *
 * A statement is appended after it succeeded, so the log holds only statements that ran; one whose append
 * failed (Kafka unreachable) is answered with an error and, like ksqlDB, not kept.
 *
 * Several instances of one service id share the log: after the replay each follows it (`follow`, a poll of
 * the topic) and runs the statements other instances appended (each record names the instance that ran it in
 * an `origin` header), so a query created on one instance runs on all of them (and they share its work, see
 * ../README.md "Scale-out"). Unlike ksqlDB, a statement runs on its instance before it is logged, so two
 * instances taking statements at the same time may number their queries differently.
 */
import { randomUUID } from 'node:crypto';
import type { SqlEngine } from '../engine/engine';
import type { TopicDriver } from '../io/driver';

interface Command {
  statement: string;
  streamsProperties: Record<string, unknown>;
  originalProperties: Record<string, unknown>;
}

export function commandTopicName(serviceId: string): string {
  return `_confluent-ksql-${serviceId}_command_topic`;
}

export class CommandLog {
  readonly topic: string;
  private created = false;
  /** This instance's mark on the records it appends (the `origin` header). */
  private readonly origin = randomUUID();
  /** The offset after the last record replayed or followed. */
  private position = 0;
  private following?: { stop: boolean; done: Promise<void>; wake: () => void };

  constructor(
    private readonly driver: TopicDriver,
    serviceId: string,
    private readonly log?: { warn(message: string, meta?: object): void },
  ) {
    this.topic = commandTopicName(serviceId);
  }

  /** Runs the logged statements in order; returns how many ran. A statement failing now is skipped, logged. */
  async replay(engine: SqlEngine): Promise<number> {
    if (!(await this.driver.describeTopic(this.topic))) return 0;
    this.created = true;
    let ran = 0;
    for (const record of await this.driver.readAll(this.topic)) {
      this.position = record.offset + 1;
      if (await this.run(engine, record)) ran++;
    }
    return ran;
  }

  /** Runs one logged command; false when it is unreadable or fails now (logged, skipped). */
  private async run(engine: SqlEngine, record: { value: Buffer | null; offset: number }): Promise<boolean> {
    if (!record.value) return false;
    let command: Command;
    try {
      command = JSON.parse(record.value.toString('utf8')) as Command;
    } catch {
      this.log?.warn('Unreadable command skipped', { topic: this.topic, offset: record.offset });
      return false;
    }
    const saved = { ...engine.config };
    Object.assign(engine.config, command.streamsProperties);
    try {
      await engine.execute(command.statement);
      return true;
    } catch (error) {
      this.log?.warn('Command failed on replay, skipped', { statement: command.statement, error: String(error) });
      return false;
    } finally {
      for (const k of Object.keys(engine.config)) delete engine.config[k];
      Object.assign(engine.config, saved);
    }
  }

  /**
   * After the replay: every `intervalMs`, runs the commands other instances appended since, each inside
   * `exclusive` (the REST server's statement queue, so they never interleave with a request's statements).
   */
  follow(engine: SqlEngine, exclusive: (run: () => Promise<void>) => Promise<void>, intervalMs = 1000): void {
    if (this.following) return;
    const state = { stop: false, done: Promise.resolve(), wake: () => {} };
    const loop = async () => {
      while (!state.stop) {
        // stop() wakes the wait, so a server stops without waiting for the next poll
        await new Promise<void>((r) => {
          const timer = setTimeout(r, intervalMs);
          state.wake = () => {
            clearTimeout(timer);
            r();
          };
        });
        if (state.stop) break;
        try {
          if (!(await this.driver.describeTopic(this.topic))) continue;
          // a command topic is small: read whole and skip what was seen
          const fresh = (await this.driver.readAll(this.topic)).filter((r) => r.offset >= this.position);
          for (const record of fresh) {
            if (state.stop) break;
            this.position = record.offset + 1;
            if (record.headers.some((h) => h.key === 'origin' && h.value?.toString() === this.origin)) continue;
            await exclusive(async () => {
              await this.run(engine, record);
            });
          }
        } catch (error) {
          this.log?.warn('Following the command topic failed; retrying', { error: String(error) });
        }
      }
    };
    state.done = loop();
    this.following = state;
  }

  async stop(): Promise<void> {
    if (!this.following) return;
    this.following.stop = true;
    this.following.wake();
    await this.following.done;
    this.following = undefined;
  }

  async append(commandId: string, statement: string, streamsProperties: Record<string, unknown>): Promise<void> {
    if (!this.created) {
      if (!(await this.driver.describeTopic(this.topic))) {
        await this.driver.createTopic(this.topic, { partitions: 1, keepForever: true });
      }
      this.created = true;
    }
    const command: Command = { statement, streamsProperties, originalProperties: {} };
    await this.driver.produce(this.topic, [
      {
        key: Buffer.from(commandId),
        value: Buffer.from(JSON.stringify(command)),
        timestamp: Date.now(),
        headers: [{ key: 'origin', value: Buffer.from(this.origin) }],
      },
    ]);
  }
}
