/**
 * The schemas Brook takes from a newer Kafka release than the base folder (`../shared/kafka-protocol/messages`,
 * a trunk snapshot from before Kafka 4.0): read out of that release's `kafka-clients` jar, which the compat
 * suites already install (`build/kafka-4.4.0/libs/`, compat-tests/java/prepare.ts). Only the messages listed
 * here: each one a version Brook serves needs, so the rest of the codecs stay on the reviewed base.
 */
import { join } from 'node:path';
import { readJarEntries } from './jar';
import type { SchemaOverlay } from './schema';

export const OVERLAY_RELEASE = '4.4.0';

/** Where `npm run generate` reads the release's schemas (relative to the repository). */
export const OVERLAY_JAR = join('build', `kafka-${OVERLAY_RELEASE}`, 'libs', `kafka-clients-${OVERLAY_RELEASE}.jar`);

/**
 * Schema file -> the highest version taken (each at Kafka 4.4's highest: the wire compare's ApiVersions case shows
 * none lower than Kafka's). KIP-890 transaction version 2: Produce v12 (adds the partition to the transaction),
 * TxnOffsetCommit v5 (adds the offsets partition) and EndTxn v5 (stable since 4.0, the epoch bump on every
 * transaction). Topic ids instead of names (src/handlers/topic-ids.ts): Produce v13 (KIP-516), OffsetCommit v10 and
 * OffsetFetch v10 (KIP-848), TxnOffsetCommit v6 (KIP-1319). KIP-996 pre-vote: Vote v2 (the PreVote flag; the
 * candidate's fields renamed replica, as the sender is a prospective voter or a candidate). Fetch v18 (KIP-1166:
 * the fetcher's high watermark, which only KRaft's own log uses). The other KRaft RPCs (BeginQuorumEpoch,
 * EndQuorumEpoch, FetchSnapshot, DescribeQuorum) have the same versions in 4.4 as in the base. Kafka 4.4's newest
 * versions of the admin answers Brook gives as Kafka does: Metadata v13 (a top-level error code), DescribeGroups v6
 * (GROUP_ID_NOT_FOUND with a message, KIP-1043), DeleteGroups v3 (a per-group message), DescribeCluster v2 (fenced
 * brokers, KIP-1073), ConsumerGroupDescribe v1 (member types, KIP-1099), DescribeLogDirs v5 (cordoned log dirs,
 * KIP-1066: none in Brook), ListTransactions v2 (a transactional id pattern, KIP-1152), AlterPartitionReassignments
 * v1 (whether the replication factor may change, KIP-860), ApiVersions v5 (the cluster and node the client means,
 * REBOOTSTRAP_REQUIRED otherwise, KIP-1242), ListOffsets v11 (earliest pending upload, KIP-1023: -1 without tiered
 * storage, as Kafka). KIP-932's share groups at their first stable versions and KIP-1206/1222's ShareFetch and
 * ShareAcknowledge v2 (the base holds only the v0 preview, which no release serves). Kafka 4.0 dropped the oldest versions from its schemas (KIP-896); Brook keeps serving them,
 * their fields taken from the base (schema.ts checks they are the same).
 */
export const OVERLAY_SCHEMAS: Readonly<Record<string, number>> = {
  'AlterPartitionReassignmentsRequest.json': 1,
  'AlterPartitionReassignmentsResponse.json': 1,
  'ApiVersionsRequest.json': 5,
  'ApiVersionsResponse.json': 5,
  'ConsumerGroupDescribeRequest.json': 1,
  'ConsumerGroupDescribeResponse.json': 1,
  'DeleteGroupsRequest.json': 3,
  'DeleteGroupsResponse.json': 3,
  'DescribeClusterRequest.json': 2,
  'DescribeClusterResponse.json': 2,
  'DescribeGroupsRequest.json': 6,
  'DescribeGroupsResponse.json': 6,
  'DescribeLogDirsRequest.json': 5,
  'DescribeLogDirsResponse.json': 5,
  'EndTxnRequest.json': 5,
  'EndTxnResponse.json': 5,
  'FetchRequest.json': 18,
  'FetchResponse.json': 18,
  'ListConfigResourcesRequest.json': 1,
  'ListConfigResourcesResponse.json': 1,
  'ListOffsetsRequest.json': 11,
  'ListOffsetsResponse.json': 11,
  'ListTransactionsRequest.json': 2,
  'ListTransactionsResponse.json': 2,
  'MetadataRequest.json': 13,
  'MetadataResponse.json': 13,
  'OffsetCommitRequest.json': 10,
  'OffsetCommitResponse.json': 10,
  'OffsetFetchRequest.json': 10,
  'OffsetFetchResponse.json': 10,
  'ProduceRequest.json': 13,
  'ProduceResponse.json': 13,
  'ShareAcknowledgeRequest.json': 2,
  'ShareAcknowledgeResponse.json': 2,
  'ShareFetchRequest.json': 2,
  'ShareFetchResponse.json': 2,
  'ShareGroupDescribeRequest.json': 1,
  'ShareGroupDescribeResponse.json': 1,
  'ShareGroupHeartbeatRequest.json': 1,
  'ShareGroupHeartbeatResponse.json': 1,
  'TxnOffsetCommitRequest.json': 6,
  'TxnOffsetCommitResponse.json': 6,
  'VoteRequest.json': 2,
  'VoteResponse.json': 2,
};

/**
 * Schemas the release renamed: its file -> the base file it replaces (the same API key; the base's versions must
 * keep their wire layout, which loadSchemas checks as for any overlay). KIP-1142 (Kafka 4.1) made
 * ListClientMetricsResources (74) v0 the first version of ListConfigResources, whose v1 lists topics, brokers,
 * broker loggers and groups too (`kafka-configs --describe --entity-type groups` asks it).
 */
export const OVERLAY_RENAMED: Readonly<Record<string, string>> = {
  'ListConfigResourcesRequest.json': 'ListClientMetricsResourcesRequest.json',
  'ListConfigResourcesResponse.json': 'ListClientMetricsResourcesResponse.json',
};

/**
 * Messages the base folder does not have, taken whole from the release (file -> highest version): the admin side of
 * KIP-932's share groups (Kafka 4.1), which `kafka-share-groups` uses to show and move a share group's offsets, and
 * KIP-1071's streams groups (Kafka 4.1, on by default from 4.2: a Kafka Streams application with
 * `group.protocol=streams`). StreamsGroupHeartbeat v1 adds TopologyDescriptionRequired, which Brook never sets, so it
 * does not serve StreamsGroupTopologyDescriptionUpdate (93) either.
 */
export const OVERLAY_ADDED: Readonly<Record<string, number>> = {
  'AlterShareGroupOffsetsRequest.json': 0,
  'AlterShareGroupOffsetsResponse.json': 0,
  'DeleteShareGroupOffsetsRequest.json': 0,
  'DeleteShareGroupOffsetsResponse.json': 0,
  'DescribeShareGroupOffsetsRequest.json': 1,
  'DescribeShareGroupOffsetsResponse.json': 1,
  'StreamsGroupDescribeRequest.json': 1,
  'StreamsGroupDescribeResponse.json': 1,
  'StreamsGroupHeartbeatRequest.json': 1,
  'StreamsGroupHeartbeatResponse.json': 1,
};

const PREFIX = 'common/message/';

/** The listed schemas out of the release's kafka-clients jar; throws, naming the jar, when it is missing. */
export function readOverlay(jarPath: string): SchemaOverlay {
  let entries: Map<string, string>;
  try {
    entries = readJarEntries(jarPath, PREFIX);
  } catch (error) {
    throw new Error(
      `cannot read Kafka ${OVERLAY_RELEASE}'s schemas from ${jarPath} (npx tsx compat-tests/java/prepare.ts ` +
        `installs it): ${(error as Error).message}`,
    );
  }
  const texts = new Map<string, { text: string; maxVersion: number; replaces?: string; added?: boolean }>();
  for (const [file, maxVersion] of Object.entries(OVERLAY_SCHEMAS)) {
    const text = entries.get(PREFIX + file);
    if (text === undefined) throw new Error(`${jarPath} has no ${PREFIX}${file}`);
    texts.set(file, { text, maxVersion, replaces: OVERLAY_RENAMED[file] });
  }
  for (const [file, maxVersion] of Object.entries(OVERLAY_ADDED)) {
    const text = entries.get(PREFIX + file);
    if (text === undefined) throw new Error(`${jarPath} has no ${PREFIX}${file}`);
    texts.set(file, { text, maxVersion, added: true });
  }
  return { release: OVERLAY_RELEASE, texts };
}
