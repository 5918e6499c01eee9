import { encodeVersionPrefixed } from '../../protocol/generated';
import { ConsumerProtocolSubscriptionCodec } from '../../protocol/generated/consumer-protocol-subscription';
import type { AssignorTopic } from '../../src/groups/assignors';
import type { JoinInput } from '../../src/groups/classic-group';
import { DEFAULT_GROUP_CONFIG, type GroupConfig } from '../../src/groups/config';
import type { TopicLookup } from '../../src/groups/consumer-group';
import { GroupCoordinator } from '../../src/groups/coordinator';
import { MemoryGroupLog } from '../../src/groups/group-log';
import { ManualScheduler } from '../../src/groups/scheduler';

export const quietLog = { info() {}, warn() {}, debug() {}, error() {} };

/** Lets queued group operations (promise chains) run. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export class Topics implements TopicLookup {
  private readonly topics = new Map<string, AssignorTopic>();
  add(name: string, partitions: number): AssignorTopic {
    const t = { name, topicId: `id-${name}`.padEnd(22, 'x').slice(0, 22), partitions };
    this.topics.set(name, t);
    return t;
  }
  byName(name: string) {
    return this.topics.get(name);
  }
  byId(id: string) {
    return [...this.topics.values()].find((t) => t.topicId === id);
  }
  all() {
    return [...this.topics.values()];
  }
}

export interface Harness {
  coordinator: GroupCoordinator;
  scheduler: ManualScheduler;
  log: MemoryGroupLog;
  topics: Topics;
  /** Advances the clock in small steps, letting queued work run between them. */
  advance(ms: number, step?: number): Promise<void>;
}

export async function harness(
  config: Partial<GroupConfig> = {},
  log = new MemoryGroupLog(),
  topics = new Topics(),
): Promise<Harness> {
  const scheduler = new ManualScheduler();
  const coordinator = new GroupCoordinator(
    { ...DEFAULT_GROUP_CONFIG, initialRebalanceDelayMs: 0, minSessionTimeoutMs: 1000, ...config },
    log,
    scheduler,
    quietLog,
    topics,
  );
  await coordinator.load();
  return {
    coordinator,
    scheduler,
    log,
    topics,
    async advance(ms: number, step = 100) {
      for (let done = 0; done < ms; done += step) {
        scheduler.advance(Math.min(step, ms - done));
        await settle();
      }
    },
  };
}

export function subscription(topics: string[]): Buffer {
  return encodeVersionPrefixed(ConsumerProtocolSubscriptionCodec, 1, {
    ...ConsumerProtocolSubscriptionCodec.defaults(),
    topics,
  });
}

export function joinInput(over: Partial<JoinInput> = {}): JoinInput {
  return {
    memberId: '',
    groupInstanceId: null,
    sessionTimeoutMs: 10000,
    rebalanceTimeoutMs: 30000,
    protocolType: 'consumer',
    protocols: [{ name: 'range', metadata: subscription(['t']) }],
    clientId: 'c',
    clientHost: '/127.0.0.1',
    requireKnownMemberId: true,
    ...over,
  };
}

/** Two-step v4+ join: MEMBER_ID_REQUIRED, then the join with the given id (not awaited). */
export async function memberId(h: Harness, group: string, over: Partial<JoinInput> = {}): Promise<string> {
  const first = await h.coordinator.joinGroup(group, joinInput(over));
  if (first.errorCode !== 79) throw new Error(`expected MEMBER_ID_REQUIRED, got ${first.errorCode}`);
  return first.memberId;
}
