/**
 * A TCP proxy in front of a target that loses Produce responses, the same way on Brook and on the official Kafka:
 * the target is started with `advertised.listeners` naming the proxy's port, so every client connection (bootstrap
 * and the ones Metadata hands out; on Kafka also the broker's own inter-broker connections) passes through it.
 * Transparent until armed; armed, it answers the n-th Produce request (every `every`-th) with a fault:
 *
 *   'lost-response'  the request reaches the broker (the records are written), its response is thrown away and
 *                    both sockets are closed: the client never learns the write happened and must retry it;
 *                    an idempotent producer's retry must be recognised as a duplicate, not written twice.
 *   'lost-request'   the connection is closed before the request reaches the broker: the retry is the only write.
 *
 * The faults alternate, starting with 'lost-response'. Brook's in-process fault hooks (src/server/faults.ts,
 * `broker.faults` of brook/testing) act before the handler runs, so they cannot lose a response after the write:
 * this proxy can, and works on every target.
 */
import { connect, createServer, type Server, type Socket } from 'node:net';
import { freePort } from '../lib/broker';

const PRODUCE = 0;

/** Splits a byte stream into int32-size-prefixed frames (size prefix included). */
function frames(onFrame: (frame: Buffer) => void): (chunk: Buffer) => void {
  let pending: Buffer = Buffer.alloc(0);
  return (chunk) => {
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    while (pending.length >= 4) {
      const size = pending.readInt32BE(0);
      if (pending.length < 4 + size) break;
      onFrame(pending.subarray(0, 4 + size));
      pending = pending.subarray(4 + size);
    }
  };
}

export class FaultProxy {
  private upstream: { host: string; port: number } | undefined;
  private every = 0;
  private produceCount = 0;
  private readonly sockets = new Set<Socket>();
  readonly injected = { lostResponse: 0, lostRequest: 0 };
  /** called (not awaited) each time a response was thrown away, with the count so far: the test may crash the broker */
  onLostResponse: ((count: number) => void) | undefined;

  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  static async start(): Promise<FaultProxy> {
    const port = await freePort();
    const server = createServer();
    const proxy = new FaultProxy(server, port);
    server.on('connection', (client) => proxy.accept(client));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', resolve);
    });
    return proxy;
  }

  /** The `advertised.listeners` value that sends clients through this proxy. */
  get advertised(): string {
    return `PLAINTEXT://127.0.0.1:${this.port}`;
  }

  get bootstrap(): string {
    return `127.0.0.1:${this.port}`;
  }

  /** Where connections go: the target's real listener (its bootstrap). */
  forwardTo(bootstrap: string): void {
    const [host, port] = bootstrap.split(',')[0]!.split(':');
    this.upstream = { host: host!, port: Number(port) };
  }

  /** Faults every `every`-th Produce request from now on; 0 disarms. */
  arm(every: number): void {
    this.every = every;
    this.produceCount = 0;
    this.injected.lostRequest = 0;
    this.injected.lostResponse = 0;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(client: Socket): void {
    if (!this.upstream) {
      client.destroy();
      return;
    }
    const broker = connect(this.upstream.port, this.upstream.host);
    this.sockets.add(client);
    this.sockets.add(broker);
    const cut = () => {
      client.destroy();
      broker.destroy();
    };
    client.on('close', () => {
      this.sockets.delete(client);
      broker.destroy();
    });
    broker.on('close', () => {
      this.sockets.delete(broker);
      client.destroy();
    });
    client.on('error', cut);
    broker.on('error', cut);
    const doomed = new Set<number>(); // correlation ids whose response is to be lost
    client.on(
      'data',
      frames((frame) => {
        if (frame.length >= 12 && frame.readInt16BE(4) === PRODUCE && this.every > 0) {
          this.produceCount++;
          if (this.produceCount % this.every === 0) {
            const fault = (this.injected.lostRequest + this.injected.lostResponse) % 2 === 0 ? 'response' : 'request';
            if (fault === 'request') {
              this.injected.lostRequest++;
              cut();
              return;
            }
            this.injected.lostResponse++;
            doomed.add(frame.readInt32BE(8));
          }
        }
        broker.write(frame);
      }),
    );
    broker.on(
      'data',
      frames((frame) => {
        if (frame.length >= 8 && doomed.has(frame.readInt32BE(4))) {
          cut();
          this.onLostResponse?.(this.injected.lostResponse);
          return;
        }
        client.write(frame);
      }),
    );
  }
}
