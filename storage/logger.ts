/**
 * The structural logger storage/ writes to (a winston Logger satisfies it). Layers below src/ never import
 * winston: the broker injects its logger, tests inject a recorder.
 */
export interface StorageLogger {
  info(msg: string, meta?: object): void;
  warn(msg: string, meta?: object): void;
  error(msg: string, meta?: object): void;
  debug(msg: string, meta?: object): void;
}

/** Discards everything; the default when no logger is given. */
export const silentLogger: StorageLogger = {
  info() {},
  warn() {},
  error() {},
  debug() {},
};
