/**
 * Producer ids: never handed out twice, across restarts and SIGKILL included.
 *
 * Kafka's brokers take blocks of 1000 ids from the controller (AllocateProducerIds, KIP-730), which records the
 * next block's start in the metadata log before answering. A single Brook node plays both parts: before a block
 * is used, the start of the NEXT block is written to `producer-id-block.json` in the data dir (write to a temp
 * file, fsync, rename, fsync the directory: storage's writeFileAtomic). A crash anywhere loses at most the rest
 * of the current block, never repeats an id. In a KRaft cluster the controller hands out the blocks instead
 * (ControllerProducerIdManager below; ProducerIdsRecord on the metadata log).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../../storage/files';
import { ErrorCode, KafkaError } from '../errors';

/** Kafka's ProducerIdsBlock.PRODUCER_ID_BLOCK_SIZE. */
export const PRODUCER_ID_BLOCK_SIZE = 1000;

/** Hands out producer ids (Kafka's ProducerIdManager). */
export interface ProducerIdManager {
  /** A producer id nobody had before; throws KafkaError if none can be allocated. */
  generateProducerId(): bigint;
}

/** Where the start of the next unallocated block is kept. */
export interface ProducerIdBlockStore {
  /** The first id not yet given to any block (0 on a fresh store). */
  read(): bigint;
  /** Durably records `nextBlockStart`; throws if it could not be stored. */
  write(nextBlockStart: bigint): void;
}

/** Allocates ids from blocks of PRODUCER_ID_BLOCK_SIZE, claiming each block durably before its first id. */
export class BlockProducerIdManager implements ProducerIdManager {
  private next = -1n;
  private blockEnd = -1n;

  constructor(
    private readonly store: ProducerIdBlockStore,
    private readonly blockSize = BigInt(PRODUCER_ID_BLOCK_SIZE),
  ) {}

  generateProducerId(): bigint {
    if (this.next < 0n || this.next >= this.blockEnd) this.claimBlock();
    const id = this.next;
    this.next += 1n;
    return id;
  }

  private claimBlock(): void {
    const start = this.store.read();
    const end = start + this.blockSize;
    // Kafka refuses to go past Long.MAX_VALUE (ProducerIdManager: "Exhausted all producerIds").
    if (end > 0x7fffffffffffffffn) throw new KafkaError(ErrorCode.UnknownServerError, 'exhausted all producer ids');
    try {
      this.store.write(end);
    } catch (error) {
      // Kafka answers COORDINATOR_LOAD_IN_PROGRESS while no block could be obtained (retriable for clients).
      throw new KafkaError(
        ErrorCode.CoordinatorLoadInProgress,
        `cannot claim a producer id block: ${(error as Error).message}`,
      );
    }
    this.next = start;
    this.blockEnd = end;
  }
}

/**
 * Producer ids from the controller's blocks (Kafka's RPCProducerIdManager, KIP-730): a KRaft cluster's brokers
 * each take blocks through AllocateProducerIds, which the controller records in the metadata log
 * (ProducerIdsRecord), so no two brokers ever hand out the same id. The next block is fetched when the current
 * one is 90% used; with none at hand the caller gets COORDINATOR_LOAD_IN_PROGRESS (clients retry), as Kafka's.
 */
export class ControllerProducerIdManager implements ProducerIdManager {
  private next = -1n;
  private end = -1n;
  private prefetched: { start: bigint; length: number } | null = null;
  private fetching: Promise<void> | null = null;

  constructor(private readonly allocate: () => Promise<{ start: bigint; length: number }>) {}

  generateProducerId(): bigint {
    if (this.next < 0n || this.next >= this.end) {
      if (this.prefetched) {
        this.next = this.prefetched.start;
        this.end = this.prefetched.start + BigInt(this.prefetched.length);
        this.prefetched = null;
      } else {
        this.fetch();
        throw new KafkaError(
          ErrorCode.CoordinatorLoadInProgress,
          'waiting for a producer id block from the controller',
        );
      }
    }
    const id = this.next;
    this.next += 1n;
    if (!this.prefetched && this.end - this.next < BigInt(PRODUCER_ID_BLOCK_SIZE / 10)) this.fetch();
    return id;
  }

  /** Resolves once a block is at hand (tests, start-up). */
  ready(): Promise<void> {
    if (this.next >= 0n && this.next < this.end) return Promise.resolve();
    this.fetch();
    return this.fetching ?? Promise.resolve();
  }

  private fetch(): void {
    if (this.fetching) return;
    this.fetching = this.allocate()
      .then((block) => {
        this.prefetched = block;
      })
      .catch(() => {})
      .finally(() => {
        this.fetching = null;
      });
  }
}

const FILE_NAME = 'producer-id-block.json';

/** The next block's start in `<dataDir>/producer-id-block.json` (atomic replace, fsynced). */
export class FileProducerIdBlockStore implements ProducerIdBlockStore {
  readonly path: string;

  constructor(dataDir: string) {
    this.path = join(dataDir, FILE_NAME);
  }

  read(): bigint {
    if (!existsSync(this.path)) return 0n;
    const parsed = JSON.parse(readFileSync(this.path, 'utf8')) as { nextBlockStart?: unknown };
    if (typeof parsed.nextBlockStart !== 'string' || !/^\d+$/.test(parsed.nextBlockStart)) {
      throw new Error(`${this.path}: no nextBlockStart`);
    }
    return BigInt(parsed.nextBlockStart);
  }

  write(nextBlockStart: bigint): void {
    writeFileAtomic(this.path, `${JSON.stringify({ version: 1, nextBlockStart: String(nextBlockStart) })}\n`);
  }
}

/** A store in memory (unit tests); `failNext` makes the next write throw. */
export class MemoryProducerIdBlockStore implements ProducerIdBlockStore {
  nextBlockStart = 0n;
  writes = 0;
  failNext = false;

  read(): bigint {
    return this.nextBlockStart;
  }

  write(nextBlockStart: bigint): void {
    if (this.failNext) {
      this.failNext = false;
      throw new Error('injected failure');
    }
    this.writes++;
    this.nextBlockStart = nextBlockStart;
  }
}
