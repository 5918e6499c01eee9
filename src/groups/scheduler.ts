/**
 * The coordinators' names for the broker clock (src/clock.ts): time and timers, substitutable so tests drive
 * session, rebalance and transaction timeouts.
 */
export type { Clock as Scheduler, Timer } from '../clock';
export { ManualClock as ManualScheduler, systemClock as realScheduler } from '../clock';
