import { API_BY_KEY, type ApiVersionsRequestCodec, ApiVersionsResponseCodec } from '../../protocol/generated';
import { bootstrapFeatureLevels, SUPPORTED_FEATURES } from '../../replication/metadata/features';
import { METADATA_VERSION_FEATURE } from '../../replication/metadata/image';
import { listenerServes } from '../cluster/quorum-config';
import { ErrorCode } from '../errors';
import type { HandlerRegistry } from './registry';
import type { ApiHandler, HandlerContext } from './types';

type Request = ReturnType<typeof ApiVersionsRequestCodec.defaults>;
type Response = ReturnType<typeof ApiVersionsResponseCodec.defaults>;

/** Kafka's check of v3+ client software names and versions (ApiVersionsRequest.isValid). */
const SOFTWARE_PATTERN = /^[a-zA-Z0-9](?:[a-zA-Z0-9\-.]*[a-zA-Z0-9])?$/;

/**
 * A single node's finalized features' epoch. Kafka's (and a Brook KRaft node's) is the offset of the last feature
 * record in the metadata log; a single node has no log, so it takes its start time: it only grows, so a client
 * that reconnects after a restart with another `transaction.version` takes the new level (the Java client keeps
 * the features of the highest epoch it saw, and ignores an epoch of -1).
 */
const FEATURES_EPOCH = BigInt(Date.now());

/**
 * ApiVersions (18): the list of API keys and version ranges, built from the handler registry. Versions above
 * the supported maximum never reach this handler: the dispatcher answers them with the KIP-511 v0-layout
 * UNSUPPORTED_VERSION reply.
 *
 * Features (v3+), as Kafka 4.4 answers them: supported, the ranges of replication/metadata/features.ts (those
 * from level 0, transaction.version and eligible.leader.replicas.version, listed from v4 only: Kafka drops them
 * below v4, old clients cannot read them); finalized, with min = max = the level and level 0 left out (Kafka's
 * finalized map has no level 0), a KRaft node's from its metadata log (UpdateFeatures moves them), a single
 * node's as a new cluster starts: metadata.version and group.version at 4.4's levels and transaction.version at
 * the `transaction.version` setting (default 2). The Java client 4.x and franz-go 1.22 turn KIP-890 part 2 on
 * (Produce v12, TxnOffsetCommit v5, EndTxn v5, no AddPartitionsToTxn / AddOffsetsToTxn) only when the finalized
 * level is >= 2; kafkajs, librdkafka, aiokafka and @platformatic/kafka do not read it and keep classic
 * transactions, which Brook serves at every level (compat-tests/transactions/FINDINGS.md). The epoch, the
 * versions and the feature lists were compared with a Kafka 4.4 broker's answer to ApiVersions v3 and v4.
 */
/**
 * On a KRaft voter the keys depend on the listener, as in Kafka: a controller listener lists the APIs whose
 * schema names the controller role, another listener the broker's (so Vote and its kin stay off it).
 */
function advertisedOn(ctx: HandlerContext): ReturnType<HandlerRegistry['advertised']> {
  const { broker, connection } = ctx;
  const all = broker.registry.advertised();
  if (!broker.quorum) return all;
  return all.filter((k) =>
    listenerServes(broker.config, true, connection.listenerName, API_BY_KEY[k.apiKey]?.listeners ?? []),
  );
}

/** The levels of `kraft.version` a KRaft node can run (Kafka 4.4: 0, and 1 for KIP-853 dynamic quorums). */
const KRAFT_VERSION_SUPPORTED = { name: 'kraft.version', minVersion: 0, maxVersion: 1 };

/**
 * A KRaft node lists kraft.version as Kafka's do (a leader about to add a voter checks it, KIP-853): supported
 * 0-1 from v4 (a minimum of 0 is left out below v4), finalized at 1 once the metadata log says so (a dynamic
 * quorum); at 0 it is left out like any feature.
 */
function addKRaftVersion(ctx: HandlerContext, response: Response): void {
  const quorum = ctx.broker.quorum;
  if (!quorum) return;
  if (ctx.version >= 4) response.supportedFeatures.push(KRAFT_VERSION_SUPPORTED);
  const level = quorum.raft.kraftVersion;
  if (level > 0)
    response.finalizedFeatures.push({ name: 'kraft.version', minVersionLevel: level, maxVersionLevel: level });
}

/** share.version as a new Kafka 4.4 cluster finalizes it (ShareVersion.LATEST_PRODUCTION: share groups, KIP-932). */
const SHARE_VERSION = { name: 'share.version', minVersion: 0, maxVersion: 2 };

/**
 * A node that serves share groups (a single node: src/handlers/share-groups.ts) lists share.version, supported
 * 0-2 from v4 and finalized at 2; a KRaft cluster does not serve them yet and leaves it out (level 0), as a Kafka
 * cluster with share groups disabled.
 */
function addShareVersion(ctx: HandlerContext, response: Response): void {
  if (!ctx.broker.shares) return;
  if (ctx.version >= 4) response.supportedFeatures.push(SHARE_VERSION);
  const level = SHARE_VERSION.maxVersion;
  response.finalizedFeatures.push({ name: SHARE_VERSION.name, minVersionLevel: level, maxVersionLevel: level });
}

export const apiVersionsHandler: ApiHandler<Request, Response> = {
  apiKey: 18,
  minVersion: 0,
  maxVersion: 5,
  handle(request, ctx) {
    const response = ApiVersionsResponseCodec.defaults();
    if (
      ctx.version >= 3 &&
      (!SOFTWARE_PATTERN.test(request.clientSoftwareName) || !SOFTWARE_PATTERN.test(request.clientSoftwareVersion))
    ) {
      // Kafka answers INVALID_REQUEST with an empty key list (ApiVersionsRequest.getErrorResponse; the wire
      // comparison with Kafka 4.4 shows it), and librdkafka retries with v0.
      response.errorCode = ErrorCode.InvalidRequest;
      return response;
    }
    if (ctx.version >= 5 && request.clusterId !== null) {
      // KIP-1242: a client that names the cluster and node it means to reach, and reached another (an address
      // reused by another cluster, a node replaced), is told to bootstrap again, with an empty key list as above.
      if (request.clusterId !== ctx.broker.clusterId || request.nodeId !== ctx.broker.nodeId) {
        response.errorCode = ErrorCode.RebootstrapRequired;
        return response;
      }
    }
    response.apiKeys = advertisedOn(ctx);
    if (ctx.version >= 3) {
      // Features supported from level 0 are listed from v4 only (old clients cannot read them).
      response.supportedFeatures = [...SUPPORTED_FEATURES]
        .filter(([, range]) => ctx.version >= 4 || range.min > 0)
        .map(([name, range]) => ({ name, minVersion: range.min, maxVersion: range.max }));
      const kraft = ctx.broker.kraft;
      const cluster = kraft?.finalizedFeatureLevel(METADATA_VERSION_FEATURE) !== undefined ? kraft.metadata : null;
      // A KRaft cluster: the levels its metadata log finalized (UpdateFeatures moves them), and as Kafka's epoch the
      // offset of the last feature record. A single node: the levels a new cluster starts with, from its settings.
      const finalized = cluster
        ? [...SUPPORTED_FEATURES.keys()].map((name) => ({ name, level: cluster.features.get(name) ?? 0 }))
        : bootstrapFeatureLevels(ctx.broker.config.number('transaction.version'));
      response.finalizedFeaturesEpoch = cluster ? BigInt(cluster.featuresOffset) : FEATURES_EPOCH;
      response.finalizedFeatures = finalized
        .filter((f) => f.level > 0)
        .map((f) => ({ name: f.name, minVersionLevel: f.level, maxVersionLevel: f.level }));
    }

    if (ctx.version >= 3) {
      addKRaftVersion(ctx, response);
      addShareVersion(ctx, response);
    }
    return response;
  },
  errorResponse(_request, errorCode) {
    const response = ApiVersionsResponseCodec.defaults();
    response.errorCode = errorCode;
    return response;
  },
};
