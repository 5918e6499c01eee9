/**
 * kafkajs group consumer for compat-tests/groups (see ../README.md for the line protocol): joins
 * `group`, reports assignments (GROUP_JOIN) and revocations (its JoinGroup requests: eager protocol),
 * the record values it processed, commits (kafkajs auto-commit, and on stop), leaves on "stop".
 */
import { createInterface } from 'node:readline';
import { Kafka, logLevel } from 'kafkajs';
import { emit, readJob } from './member-io';

const job = readJob();

async function main(): Promise<void> {
  const kafka = new Kafka({ brokers: [job.bootstrap], clientId: 'compat-kafkajs', logLevel: logLevel.NOTHING });
  const consumer = kafka.consumer({
    groupId: job.group,
    sessionTimeout: job.sessionTimeoutMs,
    heartbeatInterval: Math.floor(job.sessionTimeoutMs / 6),
    rebalanceTimeout: 20000,
    // kafkajs heartbeats from its fetch loop, so a long poll longer than the session timeout (its default
    // maxWaitTimeInMs is 5000) lets an idle member's session expire at the broker, as it would on Kafka.
    maxWaitTimeInMs: Math.floor(job.sessionTimeoutMs / 3),
  });
  let owned: number[] = [];
  // kafkajs has no revocation callback: its eager protocol gives everything up when it sends JoinGroup, so the
  // revocation is reported at that request's send time (the REQUEST event arrives with the response).
  consumer.on(consumer.events.REQUEST, (e) => {
    if (
      process.env.GROUP_DEBUG &&
      ['JoinGroup', 'SyncGroup', 'Heartbeat', 'LeaveGroup', 'OffsetCommit'].includes(e.payload.apiName)
    ) {
      emit({ ev: 'log', line: `${e.payload.apiName} sent ${e.payload.sentAt} took ${e.payload.duration}` });
    }
    // Likewise on close: it stops consuming, then sends LeaveGroup.
    if (e.payload.apiName !== 'JoinGroup' && e.payload.apiName !== 'LeaveGroup') return;
    if (owned.length > 0) emit({ ev: 'revoke', p: owned, t: e.payload.sentAt });
    owned = [];
  });
  consumer.on(consumer.events.GROUP_JOIN, (e) => {
    const mine = e.payload.memberAssignment[job.topic] ?? [];
    if (owned.length > 0) emit({ ev: 'revoke', p: owned });
    owned = [...mine];
    emit({ ev: 'assign', p: owned, gen: null });
  });
  await consumer.connect();
  await consumer.subscribe({ topic: job.topic, fromBeginning: true });
  await consumer.run({
    autoCommitInterval: 500,
    eachBatch: async ({ batch, resolveOffset, heartbeat }) => {
      const values = batch.messages.map((m) => m.value!.toString());
      for (const m of batch.messages) resolveOffset(m.offset);
      emit({ ev: 'recs', v: values });
      await heartbeat();
    },
  });
  emit({ ev: 'ready' });
  createInterface({ input: process.stdin }).on('line', async (line) => {
    if (line.trim() !== 'stop') return;
    await consumer.disconnect();
    if (owned.length > 0) emit({ ev: 'revoke', p: owned });
    emit({ ev: 'closed' });
    process.exit(0);
  });
}

main().catch((error) => {
  emit({ ev: 'error', message: String(error) });
  process.exit(1);
});
