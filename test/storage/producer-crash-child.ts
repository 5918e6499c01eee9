import { PartitionLog } from '../../storage';
import { markerBatch, producerBatch, valuesBatch } from './helpers';

/**
 * Child of producer-crash.test.ts: appends idempotently and transactionally (one transaction aborted, one
 * committed, one left open) to the log in argv[2] with small segments (rolls take producer snapshots),
 * prints the offsets it was answered with, then waits to be SIGKILLed: no clean close, no final snapshot.
 */
const dir = process.argv[2]!;
const log = PartitionLog.open(dir, { segmentBytes: 400 });
const now = Date.now();
const at = (b: Buffer, origin?: 'client' | 'coordinator') => {
  const r = log.append(b, { origin, now });
  log.setHighWatermark(log.logEndOffset);
  return r.firstOffset;
};
const offsets: Record<string, number> = {};
for (let seq = 0; seq < 10; seq++)
  offsets[`idem-${seq}`] = at(producerBatch({ producerId: 100n, sequence: seq, timestamp: now }));
offsets.abortedTxn = at(producerBatch({ producerId: 200n, sequence: 0, n: 2, transactional: true, timestamp: now }));
at(valuesBatch('plain', 1, now));
offsets.abortMarker = at(markerBatch({ producerId: 200n, commit: false }), 'coordinator');
offsets.committedTxn = at(producerBatch({ producerId: 201n, sequence: 0, transactional: true, timestamp: now }));
at(markerBatch({ producerId: 201n, commit: true }), 'coordinator');
offsets.openTxn = at(producerBatch({ producerId: 202n, sequence: 0, n: 3, transactional: true, timestamp: now }));
for (let seq = 10; seq < 13; seq++)
  offsets[`idem-${seq}`] = at(producerBatch({ producerId: 100n, sequence: seq, timestamp: now }));
offsets.logEnd = log.logEndOffset;
offsets.lso = log.lastStableOffset;
// Let the background fsyncs of the rolled segments (and their snapshots) land, as a running broker would.
void log.whenFlushed().then(() => {
  process.stdout.write(`${JSON.stringify({ ...offsets, snapshots: log.producerSnapshotOffsets })}\n`);
  setInterval(() => {}, 1000);
});
