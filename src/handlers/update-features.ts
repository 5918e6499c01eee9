import type { UpdateFeaturesRequest, UpdateFeaturesResponse } from '../../protocol/generated';
import { UpgradeType } from '../../replication/metadata/features';
import { errorCodeOf } from '../errors';
import { AclOperation } from '../security/acl';
import type { ApiHandler } from './types';

/**
 * UpdateFeatures (57), v0-1, in a KRaft cluster (`kafka-features upgrade / downgrade / disable`): forwarded to the
 * active controller, which checks every update as Kafka's FeatureControlManager and writes FeatureLevelRecords, all
 * or none (replication/metadata/features.ts). v0's allowDowngrade is a safe downgrade. Every node then finalizes
 * the new levels (ApiVersions), and the transaction coordinators follow transaction.version.
 */
export const updateFeaturesHandler: ApiHandler<UpdateFeaturesRequest, UpdateFeaturesResponse> = {
  apiKey: 57,
  minVersion: 0,
  maxVersion: 1,
  // Kafka: ALTER on the cluster.
  clusterOperation: AclOperation.ALTER,
  async handle(request, ctx) {
    const updates = request.featureUpdates.map((u) => ({
      feature: u.feature,
      level: u.maxVersionLevel,
      upgradeType:
        ctx.version === 0 ? (u.allowDowngrade ? UpgradeType.SAFE_DOWNGRADE : UpgradeType.UPGRADE) : u.upgradeType,
    }));
    let outcome: { errorCode: number; errorMessage: string | null };
    try {
      outcome = await ctx.broker.kraft!.updateFeatures(updates, request.validateOnly);
    } catch (error) {
      outcome = { errorCode: errorCodeOf(error), errorMessage: (error as Error).message };
    }
    // Per-feature results only when the whole update went through (Kafka's QuorumController.updateFeatures).
    const results =
      outcome.errorCode === 0
        ? request.featureUpdates.map((u) => ({ feature: u.feature, errorCode: 0, errorMessage: null }))
        : [];
    return { throttleTimeMs: 0, ...outcome, results };
  },
  errorResponse: (request, errorCode) => ({
    throttleTimeMs: 0,
    errorCode,
    errorMessage: null,
    results: request.featureUpdates.map((u) => ({ feature: u.feature, errorCode, errorMessage: null })),
  }),
};
