/**
 * One transactional id's state, as Kafka's TransactionMetadata: a transition is first PREPARED (a TxnTransit,
 * with `pendingState` set so nothing else starts meanwhile), written to `__transaction_state`, and only then
 * COMPLETED into this object. A failed write just clears `pendingState`.
 *
 * Both transaction versions (`clientTransactionVersion`, recorded with every transition as Kafka 4.4 does): 0/1
 * (KIP-98: the epoch is bumped by InitProducerId and fencing) and 2 (KIP-890 part 2: every EndTxn bumps the epoch,
 * rotating to `nextProducerId` when the epoch is exhausted, and an abort is allowed with no partition added).
 */

export type TxnState =
  | 'Empty'
  | 'Ongoing'
  | 'PrepareCommit'
  | 'PrepareAbort'
  | 'CompleteCommit'
  | 'CompleteAbort'
  | 'Dead'
  | 'PrepareEpochFence';

/** Kafka's TransactionState ids (the TransactionStatus byte of the log value). */
const STATE_IDS: TxnState[] = [
  'Empty',
  'Ongoing',
  'PrepareCommit',
  'PrepareAbort',
  'CompleteCommit',
  'CompleteAbort',
  'Dead',
  'PrepareEpochFence',
];

export const TXN_STATES: readonly TxnState[] = STATE_IDS;

export function txnStateId(state: TxnState): number {
  return STATE_IDS.indexOf(state);
}

export function txnStateFromId(id: number): TxnState {
  const state = STATE_IDS[id];
  if (!state) throw new Error(`unknown transaction state id ${id}`);
  return state;
}

/** Kafka's validPreviousStates. */
const VALID_PREVIOUS: Record<TxnState, readonly TxnState[]> = {
  Empty: ['Empty', 'CompleteCommit', 'CompleteAbort'],
  Ongoing: ['Ongoing', 'Empty', 'CompleteCommit', 'CompleteAbort'],
  PrepareCommit: ['Ongoing'],
  // Transaction version 2 may abort a transaction no partition was added to (Kafka 4.4's TransactionState).
  PrepareAbort: ['Ongoing', 'PrepareEpochFence', 'Empty', 'CompleteCommit', 'CompleteAbort'],
  CompleteCommit: ['PrepareCommit'],
  CompleteAbort: ['PrepareAbort'],
  Dead: ['Empty', 'CompleteAbort', 'CompleteCommit'],
  PrepareEpochFence: ['Ongoing'],
};

/** States a transactional id may expire in (transactional.id.expiration.ms). */
export function isExpirationAllowed(state: TxnState): boolean {
  return state === 'Empty' || state === 'CompleteCommit' || state === 'CompleteAbort';
}

export const NO_PRODUCER_ID = -1n;
/** KIP-890 part 2 (EndTxn v5, Produce v12, TxnOffsetCommit v5): the epoch is bumped by every EndTxn. */
export const TV2 = 2;
export const NO_PRODUCER_EPOCH = -1;
export const SHORT_MAX = 32767;

/** Kafka: an epoch at Short.MaxValue - 1 cannot be bumped again (the last value is kept for fencing). */
export function isEpochExhausted(epoch: number): boolean {
  return epoch >= SHORT_MAX - 1;
}

/** "topic:partition" */
export type TopicPartitionKey = string;

export function tpKey(topic: string, partition: number): TopicPartitionKey {
  return `${topic}\u0000${partition}`;
}

export function tpOf(key: TopicPartitionKey): { topic: string; partition: number } {
  const at = key.lastIndexOf('\u0000');
  return { topic: key.slice(0, at), partition: Number(key.slice(at + 1)) };
}

/** A prepared transition (Kafka's TxnTransitMetadata): what will be written, then applied. */
export interface TxnTransit {
  producerId: bigint;
  previousProducerId: bigint;
  producerEpoch: number;
  lastProducerEpoch: number;
  txnTimeoutMs: number;
  state: TxnState;
  partitions: Set<TopicPartitionKey>;
  startTimestamp: number;
  lastUpdateTimestamp: number;
  /** The producer id the transaction moves to once complete (TV2, epoch exhausted), else -1. */
  nextProducerId: bigint;
  /** 0 for TV0/TV1 clients, 2 for KIP-890 part 2 (decides the epoch rules of EndTxn and the markers). */
  clientTransactionVersion: number;
}

export class TransactionMetadata {
  pendingState: TxnState | null = null;
  /** An epoch fence whose PrepareAbort could not be written: the next fence reuses the bumped epoch. */
  hasFailedEpochFence = false;
  /** TV2: the producer id to rotate to when this transaction completes (epoch exhausted), else -1. */
  nextProducerId = NO_PRODUCER_ID;
  /** The transaction version of the last transition (0, or TV2); restored from the log on load. */
  clientTransactionVersion = 0;

  constructor(
    readonly transactionalId: string,
    public producerId: bigint,
    public previousProducerId: bigint,
    public producerEpoch: number,
    public lastProducerEpoch: number,
    public txnTimeoutMs: number,
    public state: TxnState,
    readonly partitions: Set<TopicPartitionKey>,
    public startTimestamp: number,
    public lastUpdateTimestamp: number,
  ) {}

  get pendingTransitionInProgress(): boolean {
    return this.pendingState !== null;
  }

  get isProducerEpochExhausted(): boolean {
    return isEpochExhausted(this.producerEpoch);
  }

  /** Partitions grouped by topic, sorted (responses and the log value). */
  partitionsByTopic(set: Set<TopicPartitionKey> = this.partitions): Map<string, number[]> {
    const out = new Map<string, number[]>();
    for (const key of [...set].sort()) {
      const { topic, partition } = tpOf(key);
      const list = out.get(topic) ?? [];
      list.push(partition);
      out.set(topic, list);
    }
    for (const list of out.values()) list.sort((a, b) => a - b);
    return out;
  }

  prepareFenceProducerEpoch(): TxnTransit {
    if (this.producerEpoch >= SHORT_MAX) throw new Error('cannot fence a producer at epoch Short.MaxValue');
    const bumped = this.hasFailedEpochFence ? this.producerEpoch : this.producerEpoch + 1;
    return this.prepareTransitionTo('PrepareEpochFence', {
      producerEpoch: bumped,
      lastProducerEpoch: NO_PRODUCER_EPOCH,
    });
  }

  /**
   * InitProducerId on a settled transactional id: the next epoch (Kafka's prepareIncrementProducerEpoch,
   * KIP-360: a retry with the epoch before the bump returns the current epoch again). null = PRODUCER_FENCED.
   */
  prepareIncrementProducerEpoch(newTimeoutMs: number, expectedEpoch: number | null, now: number): TxnTransit | null {
    if (this.isProducerEpochExhausted) throw new Error(`no epochs left for producer id ${this.producerId}`);
    let next: number;
    let last: number;
    if (expectedEpoch === null) {
      next = this.producerEpoch + 1;
      last = NO_PRODUCER_EPOCH;
    } else if (this.producerEpoch === NO_PRODUCER_EPOCH || expectedEpoch === this.producerEpoch) {
      next = this.producerEpoch + 1;
      last = this.producerEpoch;
    } else if (expectedEpoch === this.lastProducerEpoch) {
      next = this.producerEpoch;
      last = this.lastProducerEpoch;
    } else {
      return null;
    }
    return this.prepareTransitionTo('Empty', {
      producerEpoch: next,
      lastProducerEpoch: last,
      txnTimeoutMs: newTimeoutMs,
      partitions: new Set(),
      startTimestamp: -1,
      lastUpdateTimestamp: now,
    });
  }

  /** Epoch exhausted: a new producer id at epoch 0 (Kafka's prepareProducerIdRotation). */
  prepareProducerIdRotation(newProducerId: bigint, newTimeoutMs: number, now: number, recordLastEpoch: boolean) {
    return this.prepareTransitionTo('Empty', {
      producerId: newProducerId,
      producerEpoch: 0,
      lastProducerEpoch: recordLastEpoch ? this.producerEpoch : NO_PRODUCER_EPOCH,
      txnTimeoutMs: newTimeoutMs,
      partitions: new Set(),
      startTimestamp: -1,
      lastUpdateTimestamp: now,
    });
  }

  prepareAddPartitions(added: Iterable<TopicPartitionKey>, now: number, clientTransactionVersion: number): TxnTransit {
    const settled = this.state === 'Empty' || this.state === 'CompleteCommit' || this.state === 'CompleteAbort';
    return this.prepareTransitionTo('Ongoing', {
      partitions: new Set([...this.partitions, ...added]),
      startTimestamp: settled ? now : this.startTimestamp,
      lastUpdateTimestamp: now,
      clientTransactionVersion,
    });
  }

  /**
   * PrepareCommit/PrepareAbort. TV2 bumps the epoch (the markers carry it) and names the producer id to rotate
   * to when the epoch is exhausted; `noPartitionAdded` (a TV2 abort from Empty/CompleteX) starts the clock now.
   */
  prepareAbortOrCommit(
    state: 'PrepareCommit' | 'PrepareAbort',
    now: number,
    clientTransactionVersion = 0,
    nextProducerId = NO_PRODUCER_ID,
    noPartitionAdded = false,
  ): TxnTransit {
    const bump = clientTransactionVersion >= TV2;
    return this.prepareTransitionTo(state, {
      producerEpoch: bump && this.producerEpoch < SHORT_MAX ? this.producerEpoch + 1 : this.producerEpoch,
      lastProducerEpoch: bump ? this.producerEpoch : this.lastProducerEpoch,
      startTimestamp: noPartitionAdded ? now : this.startTimestamp,
      lastUpdateTimestamp: now,
      nextProducerId,
      clientTransactionVersion,
    });
  }

  prepareComplete(now: number): TxnTransit {
    this.hasFailedEpochFence = false;
    return this.prepareTransitionTo(this.state === 'PrepareCommit' ? 'CompleteCommit' : 'CompleteAbort', {
      ...this.idAndEpochAfterCompletion(),
      nextProducerId: NO_PRODUCER_ID,
      partitions: new Set(),
      lastUpdateTimestamp: now,
    });
  }

  /**
   * The producer id and epoch once this PrepareX transaction completes: what EndTxn v5 answers (Kafka answers
   * with the prepared CompleteX transition), the next producer id at epoch 0 after a TV2 epoch exhaustion.
   */
  idAndEpochAfterCompletion(): { producerId: bigint; producerEpoch: number } {
    if (this.clientTransactionVersion >= TV2 && this.nextProducerId !== NO_PRODUCER_ID) {
      return { producerId: this.nextProducerId, producerEpoch: 0 };
    }
    return { producerId: this.producerId, producerEpoch: this.producerEpoch };
  }

  prepareDead(): TxnTransit {
    return this.prepareTransitionTo('Dead', { partitions: new Set() });
  }

  private prepareTransitionTo(state: TxnState, changes: Partial<TxnTransit>): TxnTransit {
    if (this.pendingState !== null) {
      throw new Error(`${this.transactionalId}: transition to ${state} while ${this.pendingState} is pending`);
    }
    if (!VALID_PREVIOUS[state].includes(this.state)) {
      throw new Error(`${this.transactionalId}: ${this.state} cannot move to ${state}`);
    }
    const transit: TxnTransit = {
      producerId: this.producerId,
      previousProducerId: this.producerId,
      producerEpoch: this.producerEpoch,
      lastProducerEpoch: this.lastProducerEpoch,
      txnTimeoutMs: this.txnTimeoutMs,
      state,
      partitions: new Set(this.partitions),
      startTimestamp: this.startTimestamp,
      lastUpdateTimestamp: this.lastUpdateTimestamp,
      nextProducerId: this.nextProducerId,
      clientTransactionVersion: this.clientTransactionVersion,
      ...changes,
    };
    if (transit.producerId < 0n) throw new Error(`illegal producer id ${transit.producerId}`);
    if (state !== 'Dead' && transit.producerEpoch < 0)
      throw new Error(`illegal producer epoch ${transit.producerEpoch}`);
    this.pendingState = state;
    return transit;
  }

  /** Applies a transition once it is durable (Kafka's completeTransitionTo, minus its paranoid checks). */
  completeTransitionTo(transit: TxnTransit): void {
    if (this.pendingState !== transit.state) {
      throw new Error(`${this.transactionalId}: completing ${transit.state} but ${this.pendingState} is pending`);
    }
    switch (transit.state) {
      case 'Empty':
        this.txnTimeoutMs = transit.txnTimeoutMs;
        this.producerEpoch = transit.producerEpoch;
        this.lastProducerEpoch = transit.lastProducerEpoch;
        if (transit.producerId !== this.producerId) this.previousProducerId = this.producerId;
        this.producerId = transit.producerId;
        this.partitions.clear();
        this.startTimestamp = -1;
        break;
      case 'Ongoing':
        this.startTimestamp = transit.startTimestamp;
        for (const p of transit.partitions) this.partitions.add(p);
        break;
      case 'PrepareCommit':
      case 'PrepareAbort':
        this.producerEpoch = transit.producerEpoch;
        if (transit.clientTransactionVersion >= TV2) {
          this.lastProducerEpoch = transit.lastProducerEpoch;
          this.nextProducerId = transit.nextProducerId;
          this.startTimestamp = transit.startTimestamp;
        }
        break;
      case 'CompleteCommit':
      case 'CompleteAbort':
        this.partitions.clear();
        if (transit.clientTransactionVersion >= TV2) {
          // The rotation to the next producer id happens once the markers (at the old id) are written.
          if (transit.producerId !== this.producerId) this.previousProducerId = this.producerId;
          this.producerId = transit.producerId;
          this.producerEpoch = transit.producerEpoch;
          this.nextProducerId = NO_PRODUCER_ID;
        }
        break;
      default:
        throw new Error(`${this.transactionalId}: ${transit.state} is never completed`);
    }
    this.lastUpdateTimestamp = transit.lastUpdateTimestamp;
    this.clientTransactionVersion = transit.clientTransactionVersion;
    this.pendingState = null;
    this.state = transit.state;
  }
}
