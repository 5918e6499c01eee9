import { ManualScheduler } from '../../src/groups/scheduler';
import { DEFAULT_TXN_CONFIG, type TxnConfig } from '../../src/transactions/config';
import { TransactionCoordinator } from '../../src/transactions/coordinator';
import { RecordingMarkerWriter } from '../../src/transactions/marker-writer';
import { BlockProducerIdManager, MemoryProducerIdBlockStore } from '../../src/transactions/producer-ids';
import { MemoryTransactionLog } from '../../src/transactions/txn-log';

export const quietLog = { info() {}, warn() {}, debug() {}, error() {} };

/** Lets promise chains (marker writes) run. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export interface TxnHarness {
  coordinator: TransactionCoordinator;
  scheduler: ManualScheduler;
  log: MemoryTransactionLog;
  markers: RecordingMarkerWriter;
  ids: MemoryProducerIdBlockStore;
  /** Advances the clock in steps, letting queued work run between them. */
  advance(ms: number, step?: number): Promise<void>;
  /** A second coordinator over the same log and id store (a restart). */
  restart(): Promise<TxnHarness>;
}

export async function txnHarness(
  config: Partial<TxnConfig> = {},
  log = new MemoryTransactionLog(),
  ids = new MemoryProducerIdBlockStore(),
  scheduler = new ManualScheduler(),
): Promise<TxnHarness> {
  const markers = new RecordingMarkerWriter();
  const coordinator = new TransactionCoordinator(
    { ...DEFAULT_TXN_CONFIG, ...config },
    log,
    new BlockProducerIdManager(ids),
    markers,
    scheduler,
    quietLog,
  );
  await coordinator.load();
  const h: TxnHarness = {
    coordinator,
    scheduler,
    log,
    markers,
    ids,
    async advance(ms: number, step = 100) {
      for (let done = 0; done < ms; done += step) {
        scheduler.advance(Math.min(step, ms - done));
        await settle();
      }
    },
    async restart() {
      coordinator.close();
      return txnHarness(config, log, ids, scheduler);
    },
  };
  return h;
}
