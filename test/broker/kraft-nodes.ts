/**
 * N combined KRaft nodes (process.roles=broker,controller) in this process, for tests that need a real cluster
 * without spawning processes (one per test file: starting the quorum costs a second or two). Kafka's tools and
 * clients reach them over TCP like any cluster.
 */
import { startBroker, type TestBroker } from '../../src/testing';
import { freePort } from '../../src/cluster/free-port';

export { freePort };

export async function until(check: () => boolean | Promise<boolean>, what: string, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`${what} did not happen within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Starts `count` voters (node ids 1..count) and resolves once every node sees them all unfenced. */
export async function startKraftNodes(
  count: number,
  config: Record<string, string | number | boolean> = {},
  /** More client listeners on every node, bound to any free port (`SASL_PLAINTEXT://127.0.0.1:0`). */
  extraListeners = '',
): Promise<TestBroker[]> {
  const controllerPorts: number[] = [];
  const brokerPorts: number[] = [];
  for (let i = 0; i < count; i++) {
    controllerPorts.push(await freePort());
    brokerPorts.push(await freePort());
  }
  const voters = controllerPorts.map((p, i) => `${i + 1}@127.0.0.1:${p}`).join(',');
  const nodes = await Promise.all(
    controllerPorts.map((port, i) =>
      startBroker({
        nodeId: i + 1,
        // Followers warn while a stopped leader is unreachable: expected in these tests.
        logLevel: 'error',
        config: {
          'process.roles': 'broker,controller',
          listeners: `PLAINTEXT://127.0.0.1:${brokerPorts[i]},CONTROLLER://127.0.0.1:${port}${extraListeners ? `,${extraListeners}` : ''}`,
          'controller.listener.names': 'CONTROLLER',
          'controller.quorum.voters': voters,
          // The nodes share this process's event loop: shorter timeouts churn under load.
          'controller.quorum.election.timeout.ms': 1000,
          'controller.quorum.fetch.timeout.ms': 2000,
          'controller.quorum.election.backoff.max.ms': 500,
          'broker.session.timeout.ms': 1500,
          'broker.heartbeat.interval.ms': 200,
          'replica.lag.time.max.ms': 3000,
          ...config,
        },
      }),
    ),
  );
  await until(
    () => nodes.every((n) => n.broker.kraft?.image?.liveBrokers().length === count),
    `every node sees ${count} unfenced brokers`,
  ).catch(async (error) => {
    // not returned to the caller: nobody else would stop them, and a running node keeps the test run alive
    for (const n of nodes) await n.stop().catch(() => {});
    throw error;
  });
  return nodes;
}
