/**
 * The broker-wide budget for request bytes held in memory: `queued.max.request.bytes`, shared by every
 * connection. A connection charges what it buffers for requests, complete or partial (the frame splitter's
 * pending bytes plus every received request not yet answered), and its charge drops when a response is
 * written or the connection closes. Past the cap, connections stop reading their sockets (backpressure:
 * the bytes wait in the kernel and the client); nothing is dropped. Reading resumes as the budget frees.
 *
 * Three exceptions keep the broker live, each bounded, so memory stays within the cap plus a fixed overhead:
 * - A connection holding less than `smallAllowance` keeps reading, so small requests (metadata, commits,
 *   long polls) are served while large unfinished frames fill the budget. Bound: the allowance plus one
 *   socket read per connection.
 * - One connection at a time holds a pass to read on past the cap until its current frame is complete, so a
 *   frame larger than the whole budget (but within socket.request.max.bytes) is servable, and connections
 *   that all hold partial frames cannot wait on each other forever. It is Kafka's memory pool rule (one
 *   allocation may overdraw the pool) applied to the oldest waiting frame. Bound: one frame.
 * - A cap of -1 (Kafka's default) means no limit.
 */

/** A connection as the budget sees it. */
export interface BudgetMember {
  /** Called when the member may read again after `mayRead` said no. */
  budgetAvailable(): void;
  /** True while the member holds an unfinished frame (only those may take the pass). */
  readonly hasPartialFrame: boolean;
}

/** A connection holding less than this keeps reading past the cap (small requests stay served). */
export const SMALL_REQUEST_ALLOWANCE = 64 * 1024;

export class RequestMemoryBudget {
  private usedBytes = 0;
  private readonly charges = new Map<BudgetMember, number>();
  /** Members refused reading, oldest first. */
  private readonly waiting = new Set<BudgetMember>();
  private passHolder: BudgetMember | null = null;

  /** `capBytes` < 0 means unlimited. */
  constructor(
    readonly capBytes: number,
    private readonly smallAllowance = SMALL_REQUEST_ALLOWANCE,
  ) {}

  get limited(): boolean {
    return this.capBytes >= 0;
  }

  /** Bytes charged by all members. */
  get used(): number {
    return this.usedBytes;
  }

  /** The member allowed to read past the cap to finish its frame, if any. */
  get pass(): BudgetMember | null {
    return this.passHolder;
  }

  /** Sets a member's charge (its total request bytes held); wakes waiting members when bytes were freed. */
  setCharge(member: BudgetMember, bytes: number): void {
    const before = this.charges.get(member) ?? 0;
    if (bytes === before) return;
    if (bytes === 0) this.charges.delete(member);
    else this.charges.set(member, bytes);
    this.usedBytes += bytes - before;
    if (bytes < before) this.wake();
  }

  /** May the member read more from its socket now? When not, it is queued and called back later. */
  mayRead(member: BudgetMember): boolean {
    if (this.allowed(member)) {
      this.waiting.delete(member);
      return true;
    }
    this.waiting.add(member);
    const granted = this.grantPass();
    if (granted === member) {
      this.waiting.delete(member);
      return true;
    }
    if (granted) this.wake();
    return false;
  }

  /** The member completed a frame: a pass it held is used up (one frame per pass). */
  frameCompleted(member: BudgetMember): void {
    if (this.passHolder !== member) return;
    this.passHolder = null;
    this.wake();
  }

  /** Forgets a closed member and frees its charge. */
  remove(member: BudgetMember): void {
    this.waiting.delete(member);
    if (this.passHolder === member) this.passHolder = null;
    this.setCharge(member, 0);
    this.wake();
  }

  private allowed(member: BudgetMember): boolean {
    if (this.capBytes < 0 || this.usedBytes < this.capBytes || this.passHolder === member) return true;
    return (this.charges.get(member) ?? 0) < this.smallAllowance;
  }

  /** Over the cap with nobody finishing a frame: the oldest waiting member with a partial frame may. */
  private grantPass(): BudgetMember | null {
    if (this.passHolder !== null || this.usedBytes < this.capBytes) return null;
    for (const member of this.waiting) {
      if (member.hasPartialFrame) {
        this.passHolder = member;
        return member;
      }
    }
    return null;
  }

  private wake(): void {
    if (this.waiting.size === 0) return;
    this.grantPass();
    for (const member of [...this.waiting]) {
      if (!this.allowed(member)) continue;
      this.waiting.delete(member);
      member.budgetAvailable();
    }
  }
}
