import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/**
 * A TCP port free on `host` now, for a listener that binds it a moment later (local clusters, tests, benches).
 *
 * Picked below the kernel's ephemeral range (Linux: /proc/sys/net/ipv4/ip_local_port_range, 32768-60999 by
 * default), where no outgoing connection takes its source port. The usual trick, listen(0) then close, hands
 * out a port from that very range, and any connection opened before the real bind can take it as its source
 * port (EADDRINUSE: seen in a local run of the KRaft tests, with many clusters' connections open). Above
 * 10000, clear of the ports Kafka and Brook use by default (9092, 8088, 9644, ...).
 */
export async function freePort(host = '127.0.0.1'): Promise<number> {
  const below = ephemeralLow();
  for (let attempt = 0; attempt < 100; attempt++) {
    const port = PORTS_FROM + Math.floor(Math.random() * (below - PORTS_FROM));
    if ((await bindable(port, host)) !== null) return port;
  }
  const port = await bindable(0, host); // a crowded range: the kernel's choice after all
  if (port === null) throw new Error(`no free port on ${host}`);
  return port;
}

const PORTS_FROM = 10000;

/** The lowest ephemeral port (Linux's setting; elsewhere IANA's dynamic range, which starts at 49152). */
function ephemeralLow(): number {
  try {
    const low = Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]);
    if (Number.isInteger(low) && low > PORTS_FROM + 1000) return low;
  } catch {
    // not Linux
  }
  return 49152;
}

/** Binds and releases `port` (0: any); the port bound, or null if it was taken. */
function bindable(port: number, host: string): Promise<number | null> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(null));
    server.listen(port, host, () => {
      const bound = (server.address() as { port: number }).port;
      server.close(() => resolve(bound));
    });
  });
}
