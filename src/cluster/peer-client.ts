import { type LentResponse, WireClient } from '../groups/wire-client';
import type { ReadBuffers } from '../../storage/read-buffers';
import { saslLogin } from '../security/sasl-client';
import type { InterNodeLink } from './inter-node';
import type { PeerSecurity } from './inter-node-security';

/** A peer node's address (controller.quorum.voters' `id@host:port`, later a broker's inter-broker listener). */
export interface PeerAddress {
  id: number;
  host: string;
  port: number;
}

/**
 * Requests to other nodes of the cluster over Kafka's protocol: one lazily opened connection per peer
 * (WireClient: pipelined, matched by correlation id), dropped on any error and reopened by the next request,
 * every request bounded by a timeout. The KRaft transport uses it; the data-partition replica fetcher can too.
 */
export class PeerClients {
  private readonly connections = new Map<number, Promise<WireClient>>();
  private closed = false;

  private readonly unlisten: () => void;

  constructor(
    /** The peers' addresses, or how to find one (a KIP-853 quorum's voters move with its log). */
    private readonly peers: ReadonlyMap<number, PeerAddress> | ((peerId: number) => PeerAddress | undefined),
    private readonly options: {
      /** An inter-node client id (inter-node.ts): how the link fault tells these connections from clients'. */
      clientId: string;
      requestTimeoutMs: number;
      connectTimeoutMs?: number;
      /** The link fault: while this node is isolated nothing is sent and the connections are dropped. */
      link?: InterNodeLink;
      /** Where sendLending's responses are assembled (WireClient.lendFramesFrom). */
      frameBuffers?: ReadBuffers;
      /** TLS and SASL for the peers' listener (inter-node-security.ts); plaintext without. */
      security?: PeerSecurity;
    },
  ) {
    this.unlisten = options.link?.onLinkChange((isolated) => isolated && this.dropAll()) ?? (() => {});
  }

  send<T>(peerId: number, apiKey: number, apiVersion: number, body: unknown): Promise<T> {
    return this.request(peerId, apiKey, (client) => client.send<T>(apiKey, apiVersion, body));
  }

  /** send, with the response's byte fields in a lent buffer the caller releases (WireClient.sendLending). */
  sendLending<T>(peerId: number, apiKey: number, apiVersion: number, body: unknown): Promise<LentResponse<T>> {
    return this.request(peerId, apiKey, (client) => client.sendLending<T>(apiKey, apiVersion, body));
  }

  private async request<R>(peerId: number, apiKey: number, exchange: (client: WireClient) => Promise<R>): Promise<R> {
    if (this.closed) throw new Error('peer clients closed');
    if (this.options.link?.isolated) throw new Error(`link to node ${peerId} cut (fault injection)`);
    const client = await this.connection(peerId);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`request ${apiKey} to node ${peerId} timed out`)),
        this.options.requestTimeoutMs,
      );
    });
    try {
      return await Promise.race([exchange(client), timeout]);
    } catch (error) {
      this.drop(peerId, client);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  private connection(peerId: number): Promise<WireClient> {
    const existing = this.connections.get(peerId);
    if (existing) return existing;
    const peer = typeof this.peers === 'function' ? this.peers(peerId) : this.peers.get(peerId);
    if (!peer) return Promise.reject(new Error(`unknown peer ${peerId}`));
    const buffers = this.options.frameBuffers;
    const connecting = connectPeer(
      `${peer.host}:${peer.port}`,
      this.options.clientId,
      this.options.connectTimeoutMs ?? this.options.requestTimeoutMs,
      this.options.security,
    ).then((client) => (buffers ? client.lendFramesFrom(buffers) : client));
    this.connections.set(peerId, connecting);
    connecting.catch(() => {
      if (this.connections.get(peerId) === connecting) this.connections.delete(peerId);
    });
    return connecting;
  }

  private drop(peerId: number, client: WireClient): void {
    const current = this.connections.get(peerId);
    client.close();
    if (current) {
      current.then(
        (c) => {
          if (c === client && this.connections.get(peerId) === current) this.connections.delete(peerId);
        },
        () => {},
      );
    }
  }

  close(): void {
    this.closed = true;
    this.unlisten();
    this.dropAll();
  }

  /** Closes every connection (requests on them fail); the next request opens a new one. */
  private dropAll(): void {
    for (const c of this.connections.values())
      c.then(
        (client) => client.close(),
        () => {},
      );
    this.connections.clear();
  }
}

/** A connection to a peer node's listener: over TLS and logged in with SASL when `security` says so. */
export async function connectPeer(
  address: string,
  clientId: string,
  timeoutMs: number,
  security?: PeerSecurity,
): Promise<WireClient> {
  const client = await WireClient.connect(address, clientId, timeoutMs, security?.tls ?? null);
  if (!security?.sasl) return client;
  try {
    await saslLogin(client, security.sasl);
    return client;
  } catch (error) {
    client.close();
    throw new Error(`cannot log in to ${address}: ${(error as Error).message}`);
  }
}

/** Parses controller.quorum.voters: `id@host:port` entries (Kafka's QuorumConfig.parseVoterConnections). */
export function parseVoters(entries: readonly string[]): Map<number, PeerAddress> {
  const voters = new Map<number, PeerAddress>();
  for (const entry of entries) {
    const m = /^(\d+)@(\[[^\]]+\]|[^:@]*):(\d+)$/.exec(entry.trim());
    if (!m) throw new Error(`Invalid value ${entry} for configuration controller.quorum.voters: expected id@host:port`);
    const id = Number(m[1]);
    voters.set(id, { id, host: m[2]!.replace(/^\[|\]$/g, ''), port: Number(m[3]) });
  }
  return voters;
}
