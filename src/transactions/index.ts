/** The transaction coordinator (issue 12, coordinator side): see README.md in this folder. */
import { type Clock, systemClock } from '../clock';
import type { BrokerConfig } from '../config';
import type { Logger } from '../log';
import { CoordinatorPartitions, followLeadership } from '../topics/coordinator-partitions';
import { TRANSACTION_STATE_TOPIC } from '../topics/names';
import type { TopicService } from '../topics/topic-service';
import { txnConfigFrom } from './config';
import { TransactionCoordinator } from './coordinator';
import { BlockProducerIdManager, FileProducerIdBlockStore, type ProducerIdManager } from './producer-ids';
import { type OffsetsMarkerListener, ReplicaMarkerWriter } from './replica-marker-writer';
import { TransactionStateTopicLog } from './txn-log';

export { DEFAULT_TXN_CONFIG, type TxnConfig, txnConfigFrom } from './config';
export { TransactionCoordinator } from './coordinator';
export { RecordingMarkerWriter, type TxnMarkerEntry, type TxnMarkerWriter } from './marker-writer';
export {
  BlockProducerIdManager,
  ControllerProducerIdManager,
  FileProducerIdBlockStore,
  MemoryProducerIdBlockStore,
} from './producer-ids';
export { MemoryTransactionLog, TransactionStateTopicLog } from './txn-log';

/** Creates the coordinator over `__transaction_state` and the data dir's producer-id blocks, and loads it. */
export async function startTransactionCoordinator(
  config: BrokerConfig,
  dataDir: string,
  topics: TopicService,
  log: Logger,
  onOffsetsMarker: OffsetsMarkerListener,
  /** A KRaft cluster's: blocks from the controller (default: this node's file-backed blocks). */
  producerIdManager?: ProducerIdManager,
  /** Transaction timeouts and cleanup intervals (a test may move it by hand). */
  clock: Clock = systemClock,
): Promise<TransactionCoordinator> {
  const cluster = topics.cluster;
  const txnConfig = txnConfigFrom(config, cluster ? (feature) => cluster.finalizedFeatureLevel(feature) : undefined);
  const store = new TransactionStateTopicLog(
    topics,
    txnConfig.logPartitions,
    txnConfig.logSegmentBytes,
    log,
    config.number('transaction.state.log.replication.factor'),
  );
  const producerIds = producerIdManager ?? new BlockProducerIdManager(new FileProducerIdBlockStore(dataDir));
  const markers = new ReplicaMarkerWriter(topics, onOffsetsMarker, topics.cluster);
  // In a KRaft cluster the coordinator serves the `__transaction_state` partitions this broker leads.
  const owned = topics.cluster ? new CoordinatorPartitions(TRANSACTION_STATE_TOPIC, log) : null;
  const coordinator = new TransactionCoordinator(txnConfig, store, producerIds, markers, clock, log, owned);
  if (owned) followLeadership(topics, TRANSACTION_STATE_TOPIC, coordinator);
  coordinator.remote = topics.cluster;
  await coordinator.load();
  return coordinator;
}
