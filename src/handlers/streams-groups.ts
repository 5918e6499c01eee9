/**
 * What the streams group handlers share (KIP-1071): the feature gate, and the creation of a group's internal topics.
 *
 * Kafka 4.4 (KafkaApis.handleStreamsGroupHeartbeat, AutoTopicCreationManager.createStreamsInternalTopics) does not
 * make a heartbeat wait for its internal topics: the coordinator answers MISSING_INTERNAL_TOPICS at once, the broker
 * creates the topics in the background with the client's rights (CREATE on the cluster, else on each topic), and a
 * later heartbeat finds them and is assigned tasks. A failed creation is remembered for twice the heartbeat interval
 * and named in the status detail meanwhile, and a topic is not created twice at the same time.
 */
import { STREAMS_VERSION_FEATURE } from '../../replication/metadata/features';
import { ErrorCode, KafkaError } from '../errors';
import type { InternalTopicToCreate, StreamsStatusEntry } from '../groups/streams-topology';
import { StreamsStatus } from '../groups/streams-topology';
import { AclOperation, ResourceType } from '../security/acl';
import { authorize } from './auth';
import type { HandlerContext } from './types';

const CLUSTER_NAME = 'kafka-cluster';
/** Kafka's ExpiringErrorCache keeps at most this many topics' errors. */
const MAX_REMEMBERED_ERRORS = 1000;

/**
 * Throws UNSUPPORTED_VERSION unless streams groups are on: always on a single node; in a KRaft cluster while its
 * metadata log finalizes streams.version 1 (a new cluster does; `kafka-features disable` turns them off).
 */
export function checkStreamsEnabled(ctx: HandlerContext): void {
  const level = ctx.broker.kraft?.finalizedFeatureLevel(STREAMS_VERSION_FEATURE);
  if (level !== undefined && level < 1) {
    throw new KafkaError(ErrorCode.UnsupportedVersion, 'The version of API is not supported.');
  }
}

class InternalTopicCreator {
  private readonly inFlight = new Set<string>();
  /** topic -> why its creation failed, until when that is reported */
  private readonly errors = new Map<string, { message: string; until: number }>();

  /**
   * Starts creating the topics not being created already and not failed recently. Errors are remembered for
   * `rememberMs`; nothing is awaited.
   */
  create(ctx: HandlerContext, topics: InternalTopicToCreate[], rememberMs: number): void {
    const now = Date.now();
    for (const topic of topics) {
      const failed = this.errors.get(topic.name);
      if ((failed && failed.until > now) || this.inFlight.has(topic.name)) continue;
      this.inFlight.add(topic.name);
      ctx.broker.topics
        .create(topic.name, {
          partitions: topic.partitions,
          replicationFactor: topic.replicationFactor,
          configs: topic.configs,
        })
        .then(
          () => ctx.broker.log.info('created a streams group internal topic', { topic: topic.name }),
          (error: unknown) => {
            if (error instanceof KafkaError && error.code === ErrorCode.TopicAlreadyExists) return;
            this.remember(topic.name, error instanceof Error ? error.message : String(error), rememberMs);
          },
        )
        .finally(() => this.inFlight.delete(topic.name));
    }
  }

  private remember(topic: string, message: string, forMs: number): void {
    if (this.errors.size >= MAX_REMEMBERED_ERRORS) {
      const oldest = [...this.errors].sort(([, a], [, b]) => a.until - b.until)[0];
      if (oldest) this.errors.delete(oldest[0]);
    }
    this.errors.set(topic, { message, until: Date.now() + forMs });
  }

  /** The recent creation errors of `topics`, as Kafka names them in the status detail. */
  errorsOf(topics: InternalTopicToCreate[]): [string, string][] {
    const now = Date.now();
    const out: [string, string][] = [];
    for (const t of topics) {
      const e = this.errors.get(t.name);
      if (e && e.until > now) out.push([t.name, e.message]);
    }
    return out;
  }
}

const creators = new WeakMap<object, InternalTopicCreator>();

function creatorOf(ctx: HandlerContext): InternalTopicCreator {
  let creator = creators.get(ctx.broker);
  if (!creator) {
    creator = new InternalTopicCreator();
    creators.set(ctx.broker, creator);
  }
  return creator;
}

/**
 * Creates the internal topics a heartbeat found missing, when the client may create them, and says in the
 * MISSING_INTERNAL_TOPICS status what stops them (no rights, a failed creation), in Kafka's words.
 */
export function createInternalTopics(
  ctx: HandlerContext,
  topics: InternalTopicToCreate[],
  status: StreamsStatusEntry[],
  heartbeatIntervalMs: number,
): void {
  if (topics.length === 0) return;
  const missing = () => {
    let entry = status.find((s) => s.statusCode === StreamsStatus.MISSING_INTERNAL_TOPICS);
    if (!entry) {
      entry = { statusCode: StreamsStatus.MISSING_INTERNAL_TOPICS, statusDetail: '' };
      status.push(entry);
    }
    return entry;
  };
  const unauthorized = authorize(ctx, AclOperation.CREATE, ResourceType.CLUSTER, CLUSTER_NAME)
    ? []
    : topics.map((t) => t.name).filter((name) => !authorize(ctx, AclOperation.CREATE, ResourceType.TOPIC, name));
  if (unauthorized.length > 0) {
    const entry = missing();
    const why = `Unauthorized to CREATE on topics ${unauthorized.join(', ')}.`;
    entry.statusDetail = entry.statusDetail ? `${entry.statusDetail}; ${why}` : why;
    return;
  }
  const creator = creatorOf(ctx);
  creator.create(ctx, topics, 2 * heartbeatIntervalMs);
  const errors = creator.errorsOf(topics);
  if (errors.length > 0 && status.some((s) => s.statusCode === StreamsStatus.MISSING_INTERNAL_TOPICS)) {
    const entry = missing();
    const listed = errors
      .slice(0, 3)
      .map(([t, e]) => `${t} (${e})`)
      .join(', ');
    const more = errors.length > 3 ? ` and ${errors.length - 3} more` : '';
    entry.statusDetail = `${entry.statusDetail}; Creation failed: ${listed}${more}.`;
  }
}
