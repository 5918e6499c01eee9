/**
 * Which connections are a node's traffic with the other nodes of its cluster, for the link fault
 * (`Faults.isolate`, `/admin/faults/isolate`): every inter-node client (the Raft client, the
 * broker-to-controller channel, the replica fetchers, the transaction marker sender) names itself with
 * `interNodeClientId`, and an isolated node refuses the requests whose client id says so, while client
 * connections on the same listeners go on. Loopback clusters share one address, so the client id is what
 * tells a peer from a client here.
 */

/** The inter-node clients of a node (each has connections of its own). */
export type InterNodeRole = 'raft-client' | 'controller-channel' | 'replica-fetcher' | 'txn-marker-sender';

const INTER_NODE = /^(raft-client|controller-channel|replica-fetcher|txn-marker-sender)-\d+$/;

/** The client id a node's inter-node client sends (`raft-client-2`). */
export function interNodeClientId(role: InterNodeRole, nodeId: number): string {
  return `${role}-${nodeId}`;
}

/** Whether a request's client id is another node's inter-node client. */
export function isInterNodeClient(clientId: string | null): boolean {
  return clientId !== null && INTER_NODE.test(clientId);
}

/** The link fault as the inter-node clients see it: whether this node is cut off, and when that changes. */
export interface InterNodeLink {
  readonly isolated: boolean;
  /** Called with the new state on each change; returns a function that removes the listener. */
  onLinkChange(listener: (isolated: boolean) => void): () => void;
}
