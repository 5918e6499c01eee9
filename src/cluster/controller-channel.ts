/**
 * A broker's way to the active controller (Kafka's NodeToControllerChannelManager): the local QuorumController
 * when it is active on this node, else the quorum leader's controller listener over the metadata quorum's
 * controller-channel connections.
 */
import { API_KEYS } from '../../protocol/generated';
import type { QuorumController } from '../../replication/metadata';
import type { BrokerConfig } from '../config';
import { ErrorCode, KafkaError } from '../errors';
import type { Logger } from '../log';
import type { MetadataQuorum } from './metadata-quorum';

export class ControllerChannel {
  constructor(
    private readonly nodeId: number,
    private readonly config: BrokerConfig,
    private readonly log: Logger,
    private readonly controller: QuorumController | null,
    /** The quorum once started, and whether this node stopped (no retry then). */
    private readonly state: () => { quorum: MetadataQuorum | null; stopped: boolean },
  ) {}

  /** Where a controller request goes now; NOT_CONTROLLER while no active controller is known. */
  target(): { local: QuorumController } | { remote: number } {
    if (this.controller?.isActive) return { local: this.controller };
    const leaderId = this.state().quorum?.raft.leaderAndEpoch().leaderId ?? -1;
    if (leaderId < 0) throw new KafkaError(ErrorCode.NotController, 'No active controller is known yet.');
    if (leaderId === this.nodeId) throw new KafkaError(ErrorCode.NotController, 'The controller is not active yet.');
    return { remote: leaderId };
  }

  /**
   * A request to the active controller on another voter. As Kafka's channel keeps a request queued across a
   * controller failover, one whose connection failed (the controller stopped or died) goes to whichever voter
   * leads next, for up to three election timeouts; then REQUEST_TIMED_OUT (NOT_CONTROLLER when this node took
   * over), which clients retry, rather than an UNKNOWN_SERVER_ERROR they would not.
   */
  async send<T>(voterId: number, api: keyof typeof API_KEYS, version: number, body: unknown): Promise<T> {
    const deadline = Date.now() + 3 * this.config.number('controller.quorum.election.timeout.ms');
    let target = voterId;
    for (;;) {
      const { quorum, stopped } = this.state();
      if (!quorum) throw new KafkaError(ErrorCode.NotController, 'The metadata quorum is not running.');
      try {
        return await quorum.send<T>(target, API_KEYS[api], version, body);
      } catch (error) {
        if (error instanceof KafkaError || stopped) throw error;
        this.log.debug('controller request failed; retrying', { api, controller: target, error: String(error) });
        do {
          if (Date.now() > deadline) {
            throw new KafkaError(ErrorCode.RequestTimedOut, `no answer from the active controller to ${api}`);
          }
          await new Promise((resolve) => setTimeout(resolve, 100));
          target = quorum.raft.leaderAndEpoch().leaderId;
        } while (target < 0);
        if (target === this.nodeId) throw new KafkaError(ErrorCode.NotController, 'The controller moved here.');
      }
    }
  }
}
