/**
 * Records the request frames a real Kafka client sends, for committing as decoder fixtures.
 *
 *   tsx compat-tests/capture/record-frames.ts --listen PORT --out DIR [--upstream HOST:PORT]
 *
 * Without --upstream it only listens: a client's first frame (its ApiVersions probe) is saved and the
 * connection is then closed. With --upstream it is a transparent TCP proxy in front of a broker (Brook), so
 * the client runs its whole workload and every request frame it sends is saved. Up to
 * MAX_PER_VERSION distinct frames per (api key, api version) are written as `<apiKey>-v<version>-<n>.bin`
 * (the frame without the int32 size prefix, i.e. request header + request body), exactly as the client sent
 * them. Fetch and Metadata polls repeat themselves, hence the cap.
 *
 * Note: the proxy does not rewrite Metadata responses, so the client must be pointed at the upstream's
 * advertised address for anything past bootstrap; run the broker with --advertised-listeners naming the
 * proxy's port (e.g. broker on 19093, advertised and proxied on 19092).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { connect, createServer, type Socket } from 'node:net';
import { join } from 'node:path';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const listenPort = Number(arg('listen') ?? 19092);
const outDir = arg('out') ?? 'captured';
const upstream = arg('upstream');
mkdirSync(outDir, { recursive: true });

/** Splits a byte stream into int32-size-prefixed frames. */
function frameSplitter(onFrame: (frame: Buffer) => void): (chunk: Buffer) => void {
  let pending = Buffer.alloc(0);
  return (chunk) => {
    pending = Buffer.concat([pending, chunk]);
    while (pending.length >= 4) {
      const size = pending.readInt32BE(0);
      if (size < 0 || pending.length < 4 + size) break;
      onFrame(pending.subarray(4, 4 + size));
      pending = pending.subarray(4 + size);
    }
  };
}

const MAX_PER_VERSION = 6;
const seen = new Map<string, Set<string>>();

function save(frame: Buffer): void {
  if (frame.length < 8) return;
  const apiKey = frame.readInt16BE(0);
  const apiVersion = frame.readInt16BE(2);
  // Frames differing only in correlation id are the same request: compare without bytes 4..8.
  const identity = Buffer.concat([frame.subarray(0, 4), frame.subarray(8)]).toString('base64');
  const key = `${apiKey}-v${apiVersion}`;
  const known = seen.get(key) ?? new Set<string>();
  seen.set(key, known);
  if (known.has(identity) || known.size >= MAX_PER_VERSION) return;
  known.add(identity);
  const file = join(outDir, `${key}-${known.size}.bin`);
  writeFileSync(file, frame);
  process.stdout.write(`saved ${file} (${frame.length} bytes)\n`);
}

createServer((client: Socket) => {
  const onFrame = frameSplitter(save);
  if (!upstream) {
    client.on('data', (chunk) => {
      onFrame(chunk);
      client.destroy();
    });
    return;
  }
  const [host, port] = upstream.split(':');
  const server = connect(Number(port), host!);
  client.on('data', (chunk) => {
    onFrame(chunk);
    server.write(chunk);
  });
  server.on('data', (chunk) => client.write(chunk));
  client.on('close', () => server.destroy());
  server.on('close', () => client.destroy());
  client.on('error', () => server.destroy());
  server.on('error', () => client.destroy());
}).listen(listenPort, '127.0.0.1', () => process.stdout.write(`capturing on 127.0.0.1:${listenPort} -> ${outDir}\n`));
