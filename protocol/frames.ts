/**
 * Request/response framing around the generated message codecs: header versions (with Kafka's hard-coded
 * exceptions), header decoding that works for any API key and version, and whole-frame encode/decode.
 *
 * A frame on the wire is `int32 size` + header + body. The decode functions here take the frame WITHOUT its
 * size prefix (the network layer splits frames, see frame-splitter.ts); the encode functions return it WITH
 * the prefix. A broker encodes responses as chunks (`encodeResponseChunks`) so large record sets are
 * referenced, not copied; `encodeResponse` is the same encoding joined into one buffer.
 */
import { API_BY_KEY } from './generated';
import { RequestHeaderCodec } from './generated/request-header';
import { ResponseHeaderCodec } from './generated/response-header';
import { Reader } from './primitives/reader';
import { Writer } from './primitives/writer';

const API_VERSIONS_KEY = 18;
const CONTROLLED_SHUTDOWN_KEY = 7;

/** A request header as read off the wire (the generated `RequestHeader` type is the schema's raw form). */
export interface RequestFrameHeader {
  apiKey: number;
  apiVersion: number;
  correlationId: number;
  /** Null when the client sent a null client id, or in header v0 (which has none). */
  clientId: string | null;
  /** 0, 1 or 2: the layout the header was read with. */
  headerVersion: number;
}

/** The request's API key is unknown, or its version is outside the codec's range. */
export class UnsupportedApiError extends Error {
  override readonly name = 'UnsupportedApiError';
  constructor(
    readonly apiKey: number,
    readonly apiVersion: number,
    /** The decoded header (known whenever the header itself was well formed), so the caller can reply. */
    readonly header: RequestFrameHeader | null,
  ) {
    const api = API_BY_KEY[apiKey];
    super(
      api
        ? `${api.name} v${apiVersion} is not supported (versions ${api.minVersion}-${api.maxVersion})`
        : `unknown API key ${apiKey} (version ${apiVersion})`,
    );
  }
}

/**
 * Request header version for an API version: 2 in flexible versions, else 1; ControlledShutdown v0 uses 0.
 * Versions above the known range follow the open-ended flexible range (so ApiVersions v5 gets header v2);
 * an unknown API key gets 1, so its correlation id and client id can still be read (KIP-511).
 */
export function requestHeaderVersion(apiKey: number, apiVersion: number): number {
  if (apiKey === CONTROLLED_SHUTDOWN_KEY && apiVersion === 0) return 0;
  const api = API_BY_KEY[apiKey];
  if (!api) return 1;
  return api.flexibleFrom !== null && apiVersion >= api.flexibleFrom ? 2 : 1;
}

/** Response header version: 1 in flexible versions, else 0; ApiVersions responses always use 0 (KIP-511). */
export function responseHeaderVersion(apiKey: number, apiVersion: number): number {
  if (apiKey === API_VERSIONS_KEY) return 0;
  const api = API_BY_KEY[apiKey];
  if (!api) return 0;
  return api.flexibleFrom !== null && apiVersion >= api.flexibleFrom ? 1 : 0;
}

/**
 * Reads a request header for ANY API key and version. Never throws: a malformed header leaves the Reader
 * failed (check `r.failed` / `r.check('RequestHeader')`).
 */
export function decodeRequestHeader(r: Reader): RequestFrameHeader {
  const start = r.pos;
  r.field = 'RequestApiKey';
  const apiKey = r.int16();
  r.field = 'RequestApiVersion';
  const apiVersion = r.int16();
  const headerVersion = requestHeaderVersion(apiKey, apiVersion);
  if (r.failed) return { apiKey, apiVersion, correlationId: 0, clientId: null, headerVersion };
  r.pos = start;
  const header = RequestHeaderCodec.decode(r, headerVersion);
  return {
    apiKey: header.requestApiKey,
    apiVersion: header.requestApiVersion,
    correlationId: header.correlationId,
    clientId: header.clientId,
    headerVersion,
  };
}

/**
 * Decodes a whole request frame (without its size prefix). Throws UnsupportedApiError for an unknown API key
 * or a version outside the codec's range, and ProtocolDecodeError (subject e.g. `ProduceRequest v9`) for
 * malformed input, including trailing bytes.
 *
 * `allowTrailingBytes` is for brokers: Kafka's Java parser reads the fields it knows and ignores whatever
 * follows, and real clients rely on it (librdkafka 2.15 sends an all-topics Metadata v12 with 3 stray bytes
 * left from a placeholder it never shrinks). The count is returned so the caller can log it.
 */
export function decodeRequest(
  frame: Buffer,
  options: { allowTrailingBytes?: boolean } = {},
): { header: RequestFrameHeader; body: unknown; trailingBytes: number } {
  const r = new Reader(frame);
  const header = decodeRequestHeader(r);
  r.check('RequestHeader');
  const api = API_BY_KEY[header.apiKey];
  if (!api || header.apiVersion < api.minVersion || header.apiVersion > api.maxVersion) {
    throw new UnsupportedApiError(header.apiKey, header.apiVersion, header);
  }
  const body: unknown = api.request.decode(r, header.apiVersion);
  if (!options.allowTrailingBytes) r.expectEnd();
  r.check(`${api.request.name} v${header.apiVersion}`);
  return { header, body, trailingBytes: r.remaining };
}

/**
 * Initial Writer capacity per API key and direction: the size of the previous frame (capped), so encoding a
 * frame like the last one allocates once instead of growing by doubling and copying.
 */
const MAX_SIZE_HINT = 1024 * 1024;
const requestSizeHints: number[] = [];
const responseSizeHints: number[] = [];

/**
 * Byte fields (records) at least this long are referenced by a response's chunks instead of copied: below it,
 * a copy costs less than one more entry in the socket's writev.
 */
export const RESPONSE_REFERENCE_FROM = 8 * 1024;

function writerFor(hints: number[], apiKey: number, referenceFrom?: number): Writer {
  return new Writer(Math.max(256, hints[apiKey] ?? 0), { referenceFrom });
}

/** Fills in the size prefix; remembers how much the writer had to hold itself for the next frame's hint. */
function finishFrame(w: Writer, at: number, hints: number[], apiKey: number): void {
  w.fillInt32(at, w.pos - 4);
  hints[apiKey] = Math.min(MAX_SIZE_HINT, w.copiedBytes + 64);
}

function apiOrThrow(apiKey: number, apiVersion: number) {
  const api = API_BY_KEY[apiKey];
  if (!api || apiVersion < api.minVersion || apiVersion > api.maxVersion) {
    throw new UnsupportedApiError(apiKey, apiVersion, null);
  }
  return api;
}

/** Encodes a request (header + body) into a size-prefixed frame. */
export function encodeRequest(
  header: { apiKey: number; apiVersion: number; correlationId: number; clientId: string | null },
  body: unknown,
): Buffer {
  const api = apiOrThrow(header.apiKey, header.apiVersion);
  const w = writerFor(requestSizeHints, header.apiKey);
  const at = w.reserveInt32();
  RequestHeaderCodec.encode(w, requestHeaderVersion(header.apiKey, header.apiVersion), {
    requestApiKey: header.apiKey,
    requestApiVersion: header.apiVersion,
    correlationId: header.correlationId,
    clientId: header.clientId,
  });
  api.request.encode(w, header.apiVersion, body);
  finishFrame(w, at, requestSizeHints, header.apiKey);
  return w.finish();
}

/**
 * Encodes a response (header + body) into a size-prefixed frame given as chunks: their concatenation is the
 * frame. Byte fields of at least `referenceFrom` bytes (a Fetch response's records) are chunks of their own,
 * the caller's buffers themselves: write the list with one writev (cork/uncork) and they are never copied.
 * So the caller must not reuse or change those buffers until the chunks are written (storage's reads return
 * a fresh buffer each).
 */
export function encodeResponseChunks(
  apiKey: number,
  apiVersion: number,
  correlationId: number,
  body: unknown,
  referenceFrom = RESPONSE_REFERENCE_FROM,
): Buffer[] {
  const api = apiOrThrow(apiKey, apiVersion);
  const w = writerFor(responseSizeHints, apiKey, referenceFrom);
  const at = w.reserveInt32();
  ResponseHeaderCodec.encode(w, responseHeaderVersion(apiKey, apiVersion), { correlationId });
  api.response.encode(w, apiVersion, body);
  finishFrame(w, at, responseSizeHints, apiKey);
  return w.chunks();
}

/** Encodes a response (header + body) into one size-prefixed frame buffer (every byte copied into it). */
export function encodeResponse(apiKey: number, apiVersion: number, correlationId: number, body: unknown): Buffer {
  // Nothing is referenced, so the single chunk is the whole frame.
  return encodeResponseChunks(apiKey, apiVersion, correlationId, body, Number.POSITIVE_INFINITY)[0]!;
}

/**
 * Decodes a response frame (without its size prefix) of the given request's API key and version. Throws
 * ProtocolDecodeError on malformed input (including trailing bytes), UnsupportedApiError for unknown APIs.
 */
export function decodeResponse(
  apiKey: number,
  apiVersion: number,
  frame: Buffer,
): { correlationId: number; body: unknown } {
  const api = apiOrThrow(apiKey, apiVersion);
  const r = new Reader(frame);
  const header = ResponseHeaderCodec.decode(r, responseHeaderVersion(apiKey, apiVersion));
  r.check('ResponseHeader');
  const body: unknown = api.response.decode(r, apiVersion);
  r.expectEnd();
  r.check(`${api.response.name} v${apiVersion}`);
  return { correlationId: header.correlationId, body };
}
