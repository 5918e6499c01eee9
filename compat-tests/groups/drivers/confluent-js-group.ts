/**
 * @confluentinc/kafka-javascript group consumer for compat-tests/groups (see ../README.md for the line protocol):
 * librdkafka 2.15 through its node-rdkafka-style KafkaConsumer, with the cooperative-sticky assignor, so
 * rebalances are incremental: a member keeps its partitions across a rebalance and only gives up those that move.
 * Reports assignments and revocations from its rebalance callback (incremental_assign / incremental_unassign),
 * the values it processed, commits (auto-commit of offsets stored after processing, and on close), leaves on "stop".
 */
import { createInterface } from 'node:readline';
import { emit, readJob } from './member-io';

// biome-ignore lint/suspicious/noExplicitAny: the package is an optional dependency, typed loosely on purpose
type Any = any;

const job = readJob();
const ASSIGN_PARTITIONS = -175;
const REVOKE_PARTITIONS = -174;

async function main(): Promise<void> {
  const Kafka: Any = require('@confluentinc/kafka-javascript');
  const ours = (assignment: { topic: string; partition: number }[]) =>
    assignment.filter((tp) => tp.topic === job.topic).map((tp) => tp.partition);
  const consumer: Any = new Kafka.KafkaConsumer({
    'bootstrap.servers': job.bootstrap,
    'group.id': job.group,
    'client.id': 'compat-confluent-js',
    'session.timeout.ms': job.sessionTimeoutMs,
    'heartbeat.interval.ms': Math.max(100, Math.floor(job.sessionTimeoutMs / 6)),
    'partition.assignment.strategy': 'cooperative-sticky',
    'auto.offset.reset': 'earliest',
    'enable.auto.commit': true,
    // At-least-once: an offset is stored for the next auto-commit only after its value was reported.
    'enable.auto.offset.store': false,
    'auto.commit.interval.ms': 500,
    ...(process.env.GROUP_DEBUG ? { debug: 'cgrp' } : {}),
    rebalance_cb(this: Any, err: Any, assignment: Any[]) {
      if (err.code === ASSIGN_PARTITIONS) {
        emit({ ev: 'assign', p: ours(assignment), protocol: this.rebalanceProtocol() });
        this.incrementalAssign(assignment);
      } else if (err.code === REVOKE_PARTITIONS) {
        emit({ ev: 'revoke', p: ours(assignment), lost: this.assignmentLost() });
        this.incrementalUnassign(assignment);
      } else {
        emit({ ev: 'log', line: `rebalance error ${err}` });
      }
    },
  });
  if (process.env.GROUP_DEBUG) consumer.on('event.log', (e: Any) => emit({ ev: 'log', line: e.message }));
  await new Promise<void>((resolve, reject) =>
    consumer.connect({ timeout: 15000 }, (err: Any) => (err ? reject(err) : resolve())),
  );
  consumer.subscribe([job.topic]);
  consumer.setDefaultConsumeTimeout(100);
  emit({ ev: 'ready' });

  let stopping = false;
  createInterface({ input: process.stdin }).on('line', (line) => {
    if (line.trim() === 'stop') stopping = true;
  });
  while (!stopping) {
    const messages: Any[] = await new Promise((resolve, reject) =>
      consumer.consume(500, (err: Any, batch: Any[]) => (err ? reject(err) : resolve(batch))),
    );
    if (messages.length === 0) continue;
    emit({ ev: 'recs', v: messages.map((m) => m.value.toString()) });
    for (const m of messages) {
      try {
        consumer.offsetsStore([{ topic: m.topic, partition: m.partition, offset: m.offset + 1 }]);
      } catch {
        // the partition was revoked meanwhile: its next owner reads it again (at-least-once)
      }
    }
  }
  // disconnect() runs the final revocation through rebalance_cb, commits the stored offsets and leaves the group.
  await new Promise<void>((resolve) => consumer.disconnect(() => resolve()));
  emit({ ev: 'closed' });
  process.exit(0);
}

main().catch((error) => {
  emit({ ev: 'error', message: String(error) });
  process.exit(1);
});
