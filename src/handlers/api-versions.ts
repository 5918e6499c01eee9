import { API_BY_KEY, type ApiVersionsRequestCodec, ApiVersionsResponseCodec } from '../../protocol/generated';
import { SUPPORTED_FEATURES } from '../../replication/metadata/features';
import { ELR_FEATURE, METADATA_VERSION_FEATURE, METADATA_VERSION_LEVEL } from '../../replication/metadata/image';
import { listenerServes } from '../cluster/quorum-config';
import { ErrorCode } from '../errors';
import type { HandlerRegistry } from './registry';
import type { ApiHandler, HandlerContext } from './types';

type Request = ReturnType<typeof ApiVersionsRequestCodec.defaults>;
type Response = ReturnType<typeof ApiVersionsResponseCodec.defaults>;

/** Kafka's check of v3+ client software names and versions (ApiVersionsRequest.isValid). */
const SOFTWARE_PATTERN = /^[a-zA-Z0-9](?:[a-zA-Z0-9\-.]*[a-zA-Z0-9])?$/;

/** The levels of `transaction.version` this broker can run (Kafka 4.4: 0-2). */
const TRANSACTION_VERSION_SUPPORTED = { name: 'transaction.version', minVersion: 0, maxVersion: 2 };

/** The levels of `eligible.leader.replicas.version` (KIP-966) a broker can run (Kafka 4.4: 0-1). */
const ELR_VERSION_SUPPORTED = { name: ELR_FEATURE, minVersion: 0, maxVersion: 1 };

// metadata.version is supported at METADATA_VERSION_LEVEL only (Kafka 4.4 lists 7-33: it can run a cluster at an
// older level, Brook cannot, and has no UpdateFeatures to move it).
/** `group.version` 1: the consumer group protocol of KIP-848 is served (Kafka 4.4 supports 0-1; Brook has no switch). */
const GROUP_VERSION = 1;
const FIXED_FEATURES = [
  { name: METADATA_VERSION_FEATURE, level: METADATA_VERSION_LEVEL },
  { name: 'group.version', level: GROUP_VERSION },
];

/**
 * The finalized features' epoch. Kafka's is the offset of the last feature record in the metadata log; Brook
 * has no metadata quorum yet, so it takes the broker's start time: it only grows, so a client that reconnects
 * after a restart with another `transaction.version` takes the new level (the Java client keeps the features
 * of the highest epoch it saw, and ignores an epoch of -1).
 */
const FEATURES_EPOCH = BigInt(Date.now());

/**
 * ApiVersions (18): the list of API keys and version ranges, built from the handler registry. Versions above
 * the supported maximum never reach this handler: the dispatcher answers them with the KIP-511 v0-layout
 * UNSUPPORTED_VERSION reply.
 *
 * Features (v3+), as Kafka 4.4 answers them: `metadata.version` and `group.version` at 4.4's levels (above);
 * `eligible.leader.replicas.version` supported 0-1 (v4+) and, in a
 * KRaft cluster, finalized at the metadata log's level (1: the controller keeps ELR); `transaction.version` finalized at the `transaction.version`
 * config level (default 2; a feature finalized at 0 is left out, as Kafka's finalized map has no level 0) with
 * min = max = the level, and supported 0-2, listed from v4 only (Kafka drops supported features whose minimum
 * is 0 below v4: old clients cannot read them). The Java client 4.x and franz-go 1.22 turn KIP-890 part 2 on
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

export const apiVersionsHandler: ApiHandler<Request, Response> = {
  apiKey: 18,
  minVersion: 0,
  maxVersion: 4,
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
    response.apiKeys = advertisedOn(ctx);
    if (ctx.version >= 3) {
      const transactionVersion = ctx.broker.config.number('transaction.version');
      response.supportedFeatures = FIXED_FEATURES.map((f) => ({
        name: f.name,
        minVersion: f.level,
        maxVersion: f.level,
      }));
      if (ctx.version >= 4) response.supportedFeatures.push(TRANSACTION_VERSION_SUPPORTED, ELR_VERSION_SUPPORTED);
      const cluster = ctx.broker.kraft?.metadata;
      if (cluster && ctx.broker.kraft?.finalizedFeatureLevel(METADATA_VERSION_FEATURE) !== undefined) {
        // A KRaft cluster: the levels its metadata log finalized (UpdateFeatures moves them), and as Kafka's epoch
        // the offset of the last feature record.
        response.finalizedFeaturesEpoch = BigInt(cluster.featuresOffset);
        response.finalizedFeatures = [...SUPPORTED_FEATURES.keys()]
          .map((name) => ({ name, level: cluster.features.get(name) ?? 0 }))
          .filter((f) => f.level > 0)
          .map((f) => ({ name: f.name, minVersionLevel: f.level, maxVersionLevel: f.level }));
      } else {
        response.finalizedFeaturesEpoch = FEATURES_EPOCH;
        response.finalizedFeatures = FIXED_FEATURES.map((f) => ({
          name: f.name,
          minVersionLevel: f.level,
          maxVersionLevel: f.level,
        }));
        if (transactionVersion > 0) {
          response.finalizedFeatures.push({
            name: 'transaction.version',
            minVersionLevel: transactionVersion,
            maxVersionLevel: transactionVersion,
          });
        }
      }
    }

    if (ctx.version >= 3) addKRaftVersion(ctx, response);
    return response;
  },
  errorResponse(_request, errorCode) {
    const response = ApiVersionsResponseCodec.defaults();
    response.errorCode = errorCode;
    return response;
  },
};
