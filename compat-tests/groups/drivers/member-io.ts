/**
 * What every Node.js group driver shares: the job it was started with (argv[2], JSON) and the JSON-lines
 * events it prints on stdout, each stamped with the wall-clock time (see ../members.ts).
 */

export interface GroupJob {
  bootstrap: string;
  group: string;
  topic: string;
  sessionTimeoutMs: number;
}

/** The job from argv[2]; `Extra` types the fields a driver's entry in members.ts adds. */
export function readJob<Extra extends object = object>(): GroupJob & Extra {
  return JSON.parse(process.argv[2]!) as GroupJob & Extra;
}

/**
 * Milliseconds since the epoch from the wall clock: events of different processes (Java, Go, Python, Node) are
 * merged by this, and the wall clock is the only one they share. (performance.timeOrigin + performance.now()
 * follows the monotonic clock from the process's start and drifts away from the wall clock.)
 */
export const now = (): number => Date.now();

/** Prints one event line; `t` defaults to now. */
export const emit = (event: object): void => {
  process.stdout.write(`${JSON.stringify({ t: now(), ...event })}\n`);
};
