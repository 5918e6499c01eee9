/**
 * The client side of the `brook` tool commands (topic, produce, consume, group, cluster, config, transactions, acl): a connection
 * to the bootstrap broker over the project's wire client (src/groups/wire-client.ts), the API versions to use
 * (the highest both sides know, capped by OURS: the versions whose request bodies these commands fill in), and
 * connections to other brokers by node id for requests that must reach a partition's leader.
 * It is a Kafka client over the wire, not broker internals, so every command works against any Kafka broker.
 */
import type { ApiVersionsResponse } from '../../../protocol/generated/api-versions';
import type { MetadataResponse } from '../../../protocol/generated/metadata';
import { errorName } from '../../errors';
import { WireClient } from '../../groups/wire-client';
import { type ClientSecurity, saslLogin } from './login';
import { CliError } from './options';

/**
 * The highest version each command sends. Fetch stays at 12 and Produce at 9: the last versions naming topics
 * (13+ carry topic ids only); OffsetCommit and OffsetFetch below the KIP-848 member-epoch versions.
 */
const OURS: Record<number, number> = {
  0: 9, // Produce
  1: 12, // Fetch
  2: 7, // ListOffsets
  3: 12, // Metadata
  8: 8, // OffsetCommit
  9: 7, // OffsetFetch
  10: 4, // FindCoordinator
  15: 5, // DescribeGroups
  16: 5, // ListGroups
  19: 7, // CreateTopics
  20: 6, // DeleteTopics
  29: 3, // DescribeAcls
  30: 3, // CreateAcls
  31: 3, // DeleteAcls
  32: 4, // DescribeConfigs
  37: 3, // CreatePartitions
  42: 2, // DeleteGroups
  44: 1, // IncrementalAlterConfigs
  50: 0, // DescribeUserScramCredentials
  51: 0, // AlterUserScramCredentials
  60: 1, // DescribeCluster
  61: 0, // DescribeProducers
  65: 0, // DescribeTransactions
  66: 1, // ListTransactions
  69: 0, // ConsumerGroupDescribe
};

export const API = {
  Produce: 0,
  Fetch: 1,
  ListOffsets: 2,
  Metadata: 3,
  OffsetCommit: 8,
  OffsetFetch: 9,
  FindCoordinator: 10,
  DescribeGroups: 15,
  ListGroups: 16,
  CreateTopics: 19,
  DeleteTopics: 20,
  DescribeAcls: 29,
  CreateAcls: 30,
  DeleteAcls: 31,
  DescribeConfigs: 32,
  CreatePartitions: 37,
  DeleteGroups: 42,
  IncrementalAlterConfigs: 44,
  DescribeUserScramCredentials: 50,
  AlterUserScramCredentials: 51,
  DescribeCluster: 60,
  DescribeProducers: 61,
  DescribeTransactions: 65,
  ListTransactions: 66,
  ConsumerGroupDescribe: 69,
} as const;

/**
 * LEADER_NOT_AVAILABLE, NOT_LEADER_OR_FOLLOWER, NOT_ENOUGH_REPLICAS (refused before the append),
 * FENCED_LEADER_EPOCH, UNKNOWN_LEADER_EPOCH: the request did nothing; ask who leads now and send it again,
 * for up to LEADERSHIP_PATIENCE_MS (an election takes seconds at most).
 */
export const LEADERSHIP_ERRORS = new Set([5, 6, 19, 74, 75]);
export const LEADERSHIP_PATIENCE_MS = 30000;

/** Throws a CliError (exit code 1) naming the Kafka error when `code` is not 0. */
export function check(code: number, what: string, message?: string | null): void {
  if (code !== 0) throw new CliError(`${what}: ${errorName(code)}${message ? ` (${message})` : ''}`);
}

/** A connection plus the version to use for each API; `leader(id)` opens (once) a connection to another node. */
export class Session {
  private readonly others = new Map<number, Promise<Session>>();
  private brokers: { nodeId: number; host: string; port: number }[] = [];

  private constructor(
    readonly address: string,
    readonly client: WireClient,
    private readonly ranges: Map<number, { min: number; max: number }>,
    private readonly security: ClientSecurity | null,
  ) {}

  /** Connects (over TLS and logged in over SASL when `security` says so) and learns the broker's API versions. */
  static async open(address: string, clientId = 'brook-cli', security: ClientSecurity | null = null): Promise<Session> {
    let client: WireClient;
    try {
      client = await WireClient.connect(address, clientId, 10000, security?.tls ?? null);
    } catch (error) {
      throw new CliError((error as Error).message);
    }
    try {
      const versions = await client.send<ApiVersionsResponse>(18, 0, {
        clientSoftwareName: '',
        clientSoftwareVersion: '',
      });
      const ranges = new Map(versions.apiKeys.map((k) => [k.apiKey, { min: k.minVersion, max: k.maxVersion }]));
      if (security?.sasl) await saslLogin(client, security.sasl);
      return new Session(address, client, ranges, security);
    } catch (error) {
      client.close();
      throw error;
    }
  }

  version(apiKey: number): number | null {
    const range = this.ranges.get(apiKey);
    if (!range) return null;
    const v = Math.min(range.max, OURS[apiKey] ?? range.max);
    return v >= range.min ? v : null;
  }

  send<T>(apiKey: number, body: unknown): Promise<T> {
    const v = this.version(apiKey);
    if (v === null) return Promise.reject(new CliError(`the broker does not support API key ${apiKey}`));
    return this.client.send<T>(apiKey, v, body);
  }

  /** Metadata for the topics (null: all), remembering the brokers for `leader`. */
  async metadata(topics: string[] | null): Promise<MetadataResponse> {
    const md = await this.send<MetadataResponse>(API.Metadata, {
      topics: topics?.map((name) => ({ topicId: 'AAAAAAAAAAAAAAAAAAAAAA', name })) ?? null,
      allowAutoTopicCreation: false,
      includeClusterAuthorizedOperations: false,
      includeTopicAuthorizedOperations: false,
    });
    this.brokers = md.brokers;
    return md;
  }

  /**
   * The session to reach node `nodeId`: this one when it is the only broker or the node's address is the
   * bootstrap's, else a new connection (kept until close). Call `metadata` first.
   */
  leader(nodeId: number): Promise<Session> {
    const node = this.brokers.find((b) => b.nodeId === nodeId);
    if (!node || this.brokers.length === 1 || `${node.host}:${node.port}` === this.address) {
      return Promise.resolve(this);
    }
    let other = this.others.get(nodeId);
    if (!other) {
      other = Session.open(`${node.host}:${node.port}`, this.client.clientId, this.security);
      this.others.set(nodeId, other);
    }
    return other;
  }

  close(): void {
    for (const other of this.others.values()) other.then((s) => s.close()).catch(() => {});
    this.client.close();
  }
}

/** Opens a session, runs `body`, closes the session (also on error). */
export async function withSession<T>(
  bootstrap: string,
  body: (session: Session) => Promise<T>,
  security: ClientSecurity | null = null,
): Promise<T> {
  const session = await Session.open(bootstrap, 'brook-cli', security);
  try {
    return await body(session);
  } finally {
    session.close();
  }
}
