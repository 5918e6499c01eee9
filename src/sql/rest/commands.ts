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
 */
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
      if (!record.value) continue;
      let command: Command;
      try {
        command = JSON.parse(record.value.toString('utf8')) as Command;
      } catch {
        this.log?.warn('Unreadable command skipped', { topic: this.topic, offset: record.offset });
        continue;
      }
      const saved = { ...engine.config };
      Object.assign(engine.config, command.streamsProperties);
      try {
        await engine.execute(command.statement);
        ran++;
      } catch (error) {
        this.log?.warn('Command failed on replay, skipped', { statement: command.statement, error: String(error) });
      } finally {
        for (const k of Object.keys(engine.config)) delete engine.config[k];
        Object.assign(engine.config, saved);
      }
    }
    return ran;
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
      { key: Buffer.from(commandId), value: Buffer.from(JSON.stringify(command)), timestamp: Date.now(), headers: [] },
    ]);
  }
}
