/**
 * Cluster-wide feature levels in the metadata log, as Kafka's FeatureControlManager keeps them: FeatureLevelRecords
 * (level 0 removes a feature), the first ones written when a log is bootstrapped, changed by UpdateFeatures
 * (`kafka-features upgrade / downgrade / disable`) through the active controller.
 */
import { ErrorCode } from '../../protocol/error-codes';
import type { MetadataRecord } from '../../protocol/metadata-record';
import { ELR_FEATURE, type MetadataImage, METADATA_VERSION_FEATURE, METADATA_VERSION_LEVEL } from './image';

export const TRANSACTION_VERSION_FEATURE = 'transaction.version';
export const GROUP_VERSION_FEATURE = 'group.version';
/** KIP-1071's streams groups: served from level 1 (Kafka 4.4's StreamsVersion.SV_1, its latest production level). */
export const STREAMS_VERSION_FEATURE = 'streams.version';

/**
 * The levels this build runs (Kafka's QuorumFeatures' local ranges; ApiVersions lists them as supported):
 * metadata.version at Kafka 4.4's level only, group.version 1 (KIP-848's protocol is always served),
 * transaction.version 0-2, eligible.leader.replicas.version 0-1, streams.version 0-1.
 */
export const SUPPORTED_FEATURES: ReadonlyMap<string, { min: number; max: number }> = new Map([
  [METADATA_VERSION_FEATURE, { min: METADATA_VERSION_LEVEL, max: METADATA_VERSION_LEVEL }],
  [GROUP_VERSION_FEATURE, { min: 1, max: 1 }],
  [TRANSACTION_VERSION_FEATURE, { min: 0, max: 2 }],
  [ELR_FEATURE, { min: 0, max: 1 }],
  [STREAMS_VERSION_FEATURE, { min: 0, max: 1 }],
]);

/** UpdateFeatures' upgrade types (FeatureUpdate.UpgradeType). */
export const UpgradeType = { UPGRADE: 1, SAFE_DOWNGRADE: 2, UNSAFE_DOWNGRADE: 3 } as const;
const UPGRADE_TYPES = new Set<number>(Object.values(UpgradeType));

export interface FeatureUpdate {
  feature: string;
  level: number;
  upgradeType: number;
}

/**
 * The levels a new cluster's log starts with (metadata.version first, group.version, transaction.version at
 * `transactionVersion` unless 0, streams.version 1 as a new Kafka 4.4 cluster), which a single node, without a
 * metadata log, finalizes as they are.
 */
export function bootstrapFeatureLevels(transactionVersion: number): { name: string; level: number }[] {
  return [
    { name: METADATA_VERSION_FEATURE, level: METADATA_VERSION_LEVEL },
    { name: GROUP_VERSION_FEATURE, level: 1 },
    { name: TRANSACTION_VERSION_FEATURE, level: transactionVersion },
    { name: STREAMS_VERSION_FEATURE, level: 1 },
  ].filter((f) => f.level > 0);
}

/** The FeatureLevelRecords of `bootstrapFeatureLevels`. */
export function bootstrapFeatureRecords(transactionVersion: number): MetadataRecord[] {
  return bootstrapFeatureLevels(transactionVersion).map(({ name, level }) => ({
    type: 'FeatureLevelRecord',
    version: 0,
    value: { name, featureLevel: level },
  }));
}

/**
 * UpdateFeatures as Kafka's FeatureControlManager.updateFeatures checks it, all or nothing: the first refused
 * update fails the request (INVALID_UPDATE_VERSION with Kafka's message); otherwise one FeatureLevelRecord per
 * update (none with `validateOnly`).
 */
export function updateFeatures(
  image: MetadataImage,
  nodeId: number,
  updates: readonly FeatureUpdate[],
  validateOnly: boolean,
): { records: MetadataRecord[]; errorCode: number; errorMessage: string | null } {
  const records: MetadataRecord[] = [];
  for (const { feature, level, upgradeType } of updates) {
    const refused = (why: string) => ({
      records: [],
      errorCode: ErrorCode.InvalidUpdateVersion,
      errorMessage: `The update failed for all features since the following feature had an error: Invalid update version ${level} for feature ${feature}. ${why}`,
    });
    if (!UPGRADE_TYPES.has(upgradeType)) {
      return refused('The controller does not support the given upgrade type.');
    }
    const current =
      feature === METADATA_VERSION_FEATURE
        ? (image.features.get(feature) ?? METADATA_VERSION_LEVEL)
        : (image.features.get(feature) ?? 0);
    if (level < 0) return refused('A feature version cannot be less than 0.');
    const range = SUPPORTED_FEATURES.get(feature) ?? { min: 0, max: 0 };
    if (level < range.min || level > range.max) {
      const what = `Local controller ${nodeId}`;
      return refused(
        range.max === 0
          ? `${what} does not support this feature.`
          : `${what} only supports versions ${range.min === range.max ? range.min : `${range.min}-${range.max}`}`,
      );
    }
    if (level < current && upgradeType === UpgradeType.UPGRADE) {
      return refused(
        "Can't downgrade the version of this feature without setting the upgrade type to either safe or unsafe downgrade.",
      );
    }
    if (level > current && upgradeType !== UpgradeType.UPGRADE) {
      return refused("Can't downgrade to a newer version.");
    }
    records.push({ type: 'FeatureLevelRecord', version: 0, value: { name: feature, featureLevel: level } });
  }
  return { records: validateOnly ? [] : records, errorCode: ErrorCode.None, errorMessage: null };
}
