import { createServer, type Server, type Socket } from 'node:net';
import { createServer as createTlsServer, type TLSSocket, type TlsOptions } from 'node:tls';
import type { ListenerSpec } from '../config';
import type { Logger } from '../log';

/** A bound TCP listener: its spec and the port actually bound (the spec's port may be 0). */
export interface BoundListener {
  spec: ListenerSpec;
  host: string;
  port: number;
  server: Server;
}

export class ListenError extends Error {
  override readonly name = 'ListenError';
}

export interface ListenOptions {
  backlog: number;
  logger: Logger;
  /** TLS server options (SSL and SASL_SSL listeners): sockets are handed over once their handshake is done. */
  tls?: TlsOptions | null;
  /** A TLS handshake failed (never fatal: that connection is dropped). */
  onTlsError?: (error: Error, socket: TLSSocket) => void;
}

/**
 * Binds one listener. Connections are handed to `onSocket` (TLS ones after their handshake); the caller
 * enforces limits. Errors while binding (port taken, address not available) become a one-line ListenError.
 */
export function listen(
  spec: ListenerSpec,
  options: ListenOptions,
  onSocket: (socket: Socket, listener: ListenerSpec) => void,
): Promise<BoundListener> {
  let server: Server;
  if (options.tls) {
    const tlsServer = createTlsServer({ ...options.tls, noDelay: true }, (socket) => onSocket(socket, spec));
    tlsServer.on('tlsClientError', (error, socket) => {
      options.onTlsError?.(error, socket);
      socket.destroy();
    });
    server = tlsServer;
  } else {
    server = createServer({ noDelay: true, pauseOnConnect: false }, (socket) => onSocket(socket, spec));
  }
  const host = spec.host === '' ? '0.0.0.0' : spec.host;
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      const why =
        error.code === 'EADDRINUSE'
          ? 'address already in use'
          : error.code === 'EADDRNOTAVAIL'
            ? 'address not available on this machine'
            : error.code === 'EACCES'
              ? 'permission denied'
              : error.message;
      reject(new ListenError(`cannot listen on ${spec.name}://${host}:${spec.port}: ${why}`));
    };
    server.once('error', onError);
    server.listen({ host, port: spec.port, backlog: options.backlog }, () => {
      server.off('error', onError);
      server.on('error', (error) =>
        options.logger.error('listener error', { listener: spec.name, error: error.message }),
      );
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : spec.port;
      resolve({ spec, host, port, server });
    });
  });
}

export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}
