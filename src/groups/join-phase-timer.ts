/**
 * The timer of a classic group's join phase (PreparingRebalance), as Kafka's DelayedJoin and InitialDelayedJoin:
 * the phase ends when every member has rejoined or when the rebalance timeout fires. The first rebalance of an
 * empty group first waits `group.initial.rebalance.delay.ms` (so a starting consumer fleet lands in one
 * generation), once more each time new members arrived meanwhile, never beyond the rebalance timeout.
 */
import type { GroupConfig } from './config';
import type { Scheduler, Timer } from './scheduler';

export class JoinPhaseTimer {
  private timer: Timer | null = null;
  private initialDelay: { remainingMs: number } | null = null;
  private newMemberAdded = false;

  /**
   * @param enqueue runs the expiry in the group's queue
   * @param onFired the group's reaction (in its queue): it calls `extendInitialDelay()`, else ends the phase
   */
  constructor(
    private readonly scheduler: Scheduler,
    private readonly config: GroupConfig,
    private readonly enqueue: (task: () => void) => void,
    private readonly onFired: () => void,
  ) {}

  /** Starts the phase; from an empty group with an initial delay configured, that delay runs first. */
  start(rebalanceTimeoutMs: number, fromEmpty: boolean): void {
    this.timer?.cancel();
    if (fromEmpty && this.config.initialRebalanceDelayMs > 0) {
      const delay = Math.min(this.config.initialRebalanceDelayMs, rebalanceTimeoutMs);
      this.initialDelay = { remainingMs: Math.max(rebalanceTimeoutMs - delay, 0) };
      this.newMemberAdded = false;
      this.schedule(delay);
    } else {
      this.initialDelay = null;
      this.schedule(rebalanceTimeoutMs);
    }
  }

  /** True while the initial delay runs: the phase does not end early even when every member has joined. */
  get delaying(): boolean {
    return this.initialDelay !== null;
  }

  /** A new member joined during the phase (extends the initial delay once more). */
  memberAdded(): void {
    this.newMemberAdded = true;
  }

  /**
   * The timer fired while the phase still runs: true when new members arrived during the initial delay and
   * time remains, so it waits once more (bounded); false when the phase is due to end.
   */
  extendInitialDelay(): boolean {
    this.timer = null;
    const delay = this.initialDelay;
    if (!delay || !this.newMemberAdded || delay.remainingMs <= 0) return false;
    this.newMemberAdded = false;
    const next = Math.min(this.config.initialRebalanceDelayMs, delay.remainingMs);
    delay.remainingMs = Math.max(delay.remainingMs - next, 0);
    this.schedule(next);
    return true;
  }

  /** The phase ended. */
  stop(): void {
    this.timer?.cancel();
    this.timer = null;
    this.initialDelay = null;
  }

  /** Cancels the pending expiry (group deleted, broker shutdown). */
  cancel(): void {
    this.timer?.cancel();
  }

  private schedule(delayMs: number): void {
    this.timer = this.scheduler.schedule(delayMs, () => this.enqueue(() => this.onFired()));
  }
}
