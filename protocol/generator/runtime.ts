/**
 * The small hand-written support the generated codecs in `protocol/generated/` call into. Everything
 * message-specific is generated straight-line code; only what is shared (types, error raising, tagged-field
 * framing, version-prefixed payloads) lives here.
 */
import { ProtocolEncodeError } from '../primitives/errors';
import { Reader } from '../primitives/reader';
import { Writer } from '../primitives/writer';

/** Encoder/decoder of one message (request, response, header or data schema) over all its versions. */
export interface MessageCodec<T> {
  /** Schema name, e.g. `ProduceRequest`. */
  name: string;
  /** API key, or -1 for headers and data schemas. */
  apiKey: number;
  minVersion: number;
  maxVersion: number;
  /** First flexible version (compact encodings + tagged fields), or null if never flexible. */
  flexibleFrom: number | null;
  /**
   * Reads one value. Never throws on bad input: failures are recorded in the sticky Reader (check `r.failed`
   * or `r.toError(...)` afterwards). A version outside [minVersion, maxVersion] is such a failure.
   */
  decode(r: Reader, version: number): T;
  /** Writes one value; throws ProtocolEncodeError if the value cannot be represented in `version`. */
  encode(w: Writer, version: number, value: T): void;
  /** A fresh value with every field at its schema default (arrays empty). */
  defaults(): T;
}

/** One API key: its request/response codecs and the facts ApiVersions and routing need. */
export interface ApiDescriptor {
  apiKey: number;
  /** e.g. `Produce` (the schema names without Request/Response). */
  name: string;
  // biome-ignore lint/suspicious/noExplicitAny: a registry holds codecs of every message type
  request: MessageCodec<any>;
  // biome-ignore lint/suspicious/noExplicitAny: a registry holds codecs of every message type
  response: MessageCodec<any>;
  minVersion: number;
  maxVersion: number;
  flexibleFrom: number | null;
  /** The highest version is still in development upstream (hidden from ApiVersions by default). */
  latestVersionUnstable: boolean;
  /** Server roles answering the request upstream: `zkBroker`, `broker`, `controller`. */
  listeners: string[];
}

/** Shared empty byte string used as the default of `bytes` fields (never written to). */
export const EMPTY_BYTES: Buffer = Buffer.alloc(0);

/** A non-default value in a version where a non-ignorable field does not exist (Kafka refuses to lose it). */
export function notInVersion(message: string, version: number, field: string): never {
  throw new ProtocolEncodeError(
    `${message} v${version}: field ${field} holds a non-default value but does not exist in version ${version}`,
    `${message} v${version}`,
    field,
  );
}

/** A null value in a version where the field is not nullable. */
export function nullNotAllowed(message: string, version: number, field: string): never {
  throw new ProtocolEncodeError(
    `${message} v${version}: field ${field} is null but not nullable in version ${version}`,
    `${message} v${version}`,
    field,
  );
}

export function unsupportedVersion(message: string, version: number, min: number, max: number): never {
  throw new ProtocolEncodeError(
    `${message} v${version}: unsupported version (valid ${min}-${max})`,
    `${message} v${version}`,
    '',
  );
}

/** Writes one tagged field (tag, byte size, payload) whose payload size is only known once written. */
export function writeTaggedField(w: Writer, tag: number, write: (w: Writer) => void): void {
  const payload = new Writer(64);
  write(payload);
  w.uvarint(tag).uvarint(payload.pos).raw(payload.finish());
}

/** A known tagged field must fill exactly the size its header announced. */
export function endTaggedField(r: Reader, end: number): void {
  if (!r.failed && r.pos !== end) r.fail(`tagged field payload ends at byte ${r.pos}, its size says ${end}`);
}

/**
 * Reads a version-prefixed payload (int16 version, then the body), as the consumer protocol's
 * Subscription/Assignment, KRaft control records and DefaultPrincipalData are stored. A version newer than
 * the codec knows is parsed as the newest known one (newer versions only append), and trailing bytes are
 * accepted, as Kafka's ConsumerProtocol does. Throws ProtocolDecodeError on malformed input.
 */
export function decodeVersionPrefixed<T>(codec: MessageCodec<T>, bytes: Buffer): { version: number; value: T } {
  const r = new Reader(bytes);
  r.field = 'Version';
  const version = r.int16();
  if (!r.failed && version < codec.minVersion) r.fail(`unsupported version ${version}`);
  const readAs = Math.min(version, codec.maxVersion);
  const value = r.failed ? codec.defaults() : codec.decode(r, readAs);
  const error = r.toError(`${codec.name} v${version}`);
  if (error) throw error;
  return { version, value };
}

/** Writes `version` as an int16 and then the body in that version. */
export function encodeVersionPrefixed<T>(codec: MessageCodec<T>, version: number, value: T): Buffer {
  const w = new Writer(128);
  w.int16(version);
  codec.encode(w, version, value);
  return Buffer.from(w.finish());
}

/**
 * The generated index loads each codec module on first use instead of all of them at import: requiring the
 * ~100 modules took about 40 ms of a broker's start-up, and a broker only ever touches the few APIs its
 * clients call. These two helpers are how the index does it.
 *
 * `lazyExports` defines `names` on a CommonJS module's exports as getters that require the module behind them
 * (`load`) the first time any of them is read, so `import { ProduceRequestCodec } from '.../generated'` keeps
 * working unchanged: compiled imports read the property when used, not when imported.
 */
export function lazyExports(exports: object, load: () => object, names: readonly string[]): void {
  let loaded: Record<string, unknown> | null = null;
  for (const name of names) {
    Object.defineProperty(exports, name, {
      enumerable: true,
      get: () => {
        loaded ??= load() as Record<string, unknown>;
        return loaded[name];
      },
    });
  }
}

/** An ApiDescriptor whose `request` / `response` codecs load their module (`load`) when first read. */
export function lazyApiDescriptor(
  facts: Omit<ApiDescriptor, 'request' | 'response'>,
  load: () => object,
  requestCodec: string,
  responseCodec: string,
): ApiDescriptor {
  let loaded: Record<string, MessageCodec<unknown>> | null = null;
  const codec = (name: string) => {
    loaded ??= load() as Record<string, MessageCodec<unknown>>;
    return loaded[name]!;
  };
  return {
    ...facts,
    get request() {
      return codec(requestCodec);
    },
    get response() {
      return codec(responseCodec);
    },
  };
}
