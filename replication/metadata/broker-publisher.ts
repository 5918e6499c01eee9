/**
 * A broker following the metadata log (Kafka's BrokerMetadataPublisher with the image's TopicsDelta,
 * `localChanges`): it replays the committed records into its own MetadataImage and publishes what changed
 * for this broker: a partition it is a replica of is hosted (its log opened by the host, which knows the
 * data directories) and given its leadership through `ReplicaManager.applyPartitionState`; a partition
 * moved away or a topic removed stops being hosted. Brokers, configs and features are read from `image`.
 *
 * Like Kafka's MetadataLoader, it publishes nothing while catching up: a restarted node's log may end far
 * behind the quorum (leaders and epochs of long ago), and acting on that would make it a follower fenced at
 * a stale epoch or, worse, a leader nobody follows. Records build the image until the Raft node reports it
 * caught up with a leader's high watermark (onCaughtUp); then the whole image is published at once.
 */
import { decodeMetadataRecord } from '../../protocol/metadata-record';
import type { CommittedBatch, RaftListener, SnapshotId } from '../raft';
import type { ReplicaManager } from '../replica-manager';
import { MetadataImage, type MetadataChange, type PartitionRegistration } from './image';

/** What the broker does when a partition arrives or leaves (src/ opens and removes the logs). */
export interface PartitionHost {
  /** Opens the partition's log and hosts it in the replica manager with `state` (first time only). */
  host(topic: string, topicId: string, partition: number, state: PartitionRegistration, image: MetadataImage): void;
  /** Stops hosting the partition and deletes its log (topic deleted, or this broker no longer a replica). */
  remove(topic: string, partition: number): void;
  /** Every change, after the partition work above (topic lists, brokers, configs: caches to refresh). */
  changed?(change: NonNullable<MetadataChange>, image: MetadataImage): void;
  /** The changes of one commit are all published: what one change wrote over several records is whole now. */
  published?(): void;
}

export class BrokerMetadataPublisher implements RaftListener {
  image = new MetadataImage();

  constructor(
    readonly brokerId: number,
    private readonly replicas: ReplicaManager,
    private readonly partitionHost: PartitionHost,
  ) {}

  /** The offset of the last record applied: what BrokerHeartbeat reports as currentMetadataOffset. */
  get offset(): number {
    return this.image.offset;
  }

  /** True until the node caught up with the quorum once (see the header). */
  private catchingUp = true;

  get caughtUp(): boolean {
    return !this.catchingUp;
  }

  onCommit(batches: CommittedBatch[]): void {
    for (const batch of batches) {
      for (let i = 0; i < batch.records.length; i++) {
        const change = this.image.apply(decodeMetadataRecord(batch.records[i]!), batch.baseOffset + i);
        if (!this.catchingUp) this.publish(change);
      }
    }
    if (!this.catchingUp) this.partitionHost.published?.();
  }

  /** Caught up: the image built so far is published whole, as after a snapshot. */
  onCaughtUp(): void {
    if (!this.catchingUp) return;
    this.catchingUp = false;
    this.publishWholeImage(new MetadataImage());
    this.partitionHost.published?.();
  }

  /** A snapshot replaces the image: every partition is published again, hosted ones it lacks removed. */
  onSnapshotLoad(id: SnapshotId, records: Buffer[]): void {
    const previous = this.image;
    this.image = new MetadataImage();
    for (const bytes of records) this.image.apply(decodeMetadataRecord(bytes), id.endOffset - 1);
    this.image.offset = id.endOffset - 1;
    if (!this.catchingUp) {
      this.publishWholeImage(previous);
      this.partitionHost.published?.();
    }
  }

  /** Publishes every topic, config and partition of the image; partitions `previous` had and it lacks go. */
  private publishWholeImage(previous: MetadataImage): void {
    for (const topic of previous.topicsById.values()) {
      for (const index of topic.partitions.keys()) {
        const now = this.image.topic(topic.name)?.partitions.get(index);
        if (!now?.replicas.includes(this.brokerId)) this.partitionHost.remove(topic.name, index);
      }
    }
    for (const topic of this.image.topicsById.values()) {
      this.publish({ kind: 'topic', name: topic.name, id: topic.id });
      for (const [partition, state] of topic.partitions) {
        this.publish({ kind: 'partition', topic: topic.name, topicId: topic.id, partition, state });
      }
    }
    // Resources the previous image had configs for too: those the new one lacks lost them.
    for (const key of new Set([...previous.configs.keys(), ...this.image.configs.keys()])) {
      const colon = key.indexOf(':');
      this.publish({ kind: 'config', resourceType: Number(key.slice(0, colon)), resourceName: key.slice(colon + 1) });
    }
  }

  private publish(change: MetadataChange): void {
    if (!change) return;
    if (change.kind === 'partition') {
      const { topic, topicId, partition, state } = change;
      const hosted = this.replicas.getPartition(topic, partition) !== undefined;
      if (!state.replicas.includes(this.brokerId)) {
        if (hosted) this.partitionHost.remove(topic, partition);
      } else if (!hosted) {
        this.partitionHost.host(topic, topicId, partition, state, this.image);
      } else {
        this.replicas.applyPartitionState({
          topic,
          partition,
          leader: state.leader,
          leaderEpoch: state.leaderEpoch,
          partitionEpoch: state.partitionEpoch,
          replicas: state.replicas,
          isr: state.isr,
        });
      }
    }
    if (change.kind === 'topic-removed') {
      for (const p of change.partitions) {
        if (this.replicas.getPartition(change.name, p)) this.partitionHost.remove(change.name, p);
      }
    }
    this.partitionHost.changed?.(change, this.image);
  }
}
