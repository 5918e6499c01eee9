/**
 * One port for HTTP/1.1 and cleartext HTTP/2 (prior knowledge, as ksqlDB's Java client speaks to
 * /query-stream): each connection's first bytes pick the protocol, "PRI " being the HTTP/2 preface's start,
 * which no HTTP/1.1 method is. Both hand requests to one handler through node's HTTP/2 compatibility API,
 * whose request and response mirror http's IncomingMessage and ServerResponse.
 *
 * It imports node modules only: `brook serve` binds the SQL companion's port and the ops listener's
 * (ops-server.ts) with it at start without loading the SQL wing or node:http.
 */
import type { IncomingMessage, Server as Http1Server, ServerResponse } from 'node:http';
import type { Http2Server } from 'node:http2';
import { createServer as createNet, type Socket } from 'node:net';
import { Duplex } from 'node:stream';
import type { TlsOptions } from 'node:tls';

export type HttpHandler = (req: IncomingMessage, res: ServerResponse) => void;

export interface HttpListener {
  port: number;
  /** Stops listening and ends every connection. */
  close(): Promise<void>;
}

const H2_PREFACE_START = 'PRI ';

/** Listens on host:port; over TLS when `tls` is given (then each connection's decrypted bytes pick the protocol). */
export function listenHttp(
  handler: HttpHandler,
  host: string,
  port: number,
  tls: TlsOptions | null = null,
): Promise<HttpListener> {
  // node's http and http2 load with the first connection of each kind, not at start
  let http1: Http1Server | undefined;
  let http2: Http2Server | undefined;
  const h1 = () => {
    http1 ??= (require('node:http') as typeof import('node:http')).createServer(handler);
    return http1;
  };
  const h2 = () => {
    const { createServer } = require('node:http2') as typeof import('node:http2');
    http2 ??= createServer({}, handler as unknown as Parameters<typeof createServer>[1]);
    return http2;
  };
  const sockets = new Set<Socket>();
  const onSocket = (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    let head = Buffer.alloc(0);
    const sniff = (chunk: Buffer) => {
      head = Buffer.concat([head, chunk]);
      if (head.length < H2_PREFACE_START.length) return;
      socket.off('data', sniff);
      socket.pause();
      if (head.toString('latin1', 0, H2_PREFACE_START.length) === H2_PREFACE_START) {
        // HTTP/2 reads the socket's handle directly, past anything unshifted: it gets a stream that replays
        // the bytes already read, then the socket's
        h2().emit('connection', replaying(socket, head));
      } else {
        socket.unshift(head);
        h1().emit('connection', socket);
        socket.resume();
      }
    };
    socket.on('data', sniff);
    socket.on('error', () => socket.destroy());
  };
  const server = tls
    ? (require('node:tls') as typeof import('node:tls')).createServer(tls, onSocket)
    : createNet(onSocket);
  // A failed TLS handshake (a plain HTTP client, an untrusted certificate) ends that connection only.
  server.on('tlsClientError', (_error: Error, socket: Socket) => socket.destroy());
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve({
        port: (server.address() as { port: number }).port,
        close: () =>
          new Promise<void>((done) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}

/** A duplex stream over `socket` whose readable side starts with `head`. */
function replaying(socket: Socket, head: Buffer): Duplex {
  const duplex = new Duplex({
    read: () => {
      socket.resume();
    },
    write: (chunk, encoding, callback) => {
      socket.write(chunk, encoding, callback);
    },
    final: (callback) => {
      socket.end();
      callback();
    },
    destroy: (error, callback) => {
      socket.destroy(error ?? undefined);
      callback(error);
    },
  });
  duplex.push(head);
  socket.on('data', (chunk) => {
    if (!duplex.push(chunk)) socket.pause();
  });
  socket.on('end', () => duplex.push(null));
  socket.on('close', () => duplex.destroy());
  return duplex;
}
