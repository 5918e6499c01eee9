/**
 * Byte/string conversions: TO_BYTES, FROM_BYTES, ENCODE, INT_FROM_BYTES, BIGINT_FROM_BYTES, DOUBLE_FROM_BYTES.
 * Encodings are ksqlDB's: hex (upper case out, DatatypeConverter), utf8, ascii (non-ASCII becomes '?' or
 * U+FFFD like Java's US_ASCII charset) and base64 (java.util.Base64, strict).
 */
import type { ScalarFunction } from './registry';

type Encoding = 'hex' | 'utf8' | 'ascii' | 'base64';

function encodingOf(name: string): Encoding {
  const n = name.toLowerCase();
  if (n === 'hex' || n === 'utf8' || n === 'ascii' || n === 'base64') return n;
  throw new Error(`Unknown encoding type '${name}'. Supported formats are 'hex', 'utf8', 'ascii', and 'base64'.`);
}

function strictHex(s: string): Buffer {
  if (s.length % 2 !== 0) throw new Error(`hexBinary needs to be even-length: ${s}`);
  if (!/^[0-9a-fA-F]*$/.test(s)) throw new Error(`contains illegal character for hexBinary: ${s}`);
  return Buffer.from(s, 'hex');
}

function strictBase64(s: string): Buffer {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(s) || s.replace(/=+$/, '').length % 4 === 1) {
    throw new Error(`Illegal base64 input: ${s}`);
  }
  return Buffer.from(s, 'base64');
}

function asciiBytes(s: string): Buffer {
  const out: number[] = [];
  for (const c of s) {
    const code = c.codePointAt(0)!;
    out.push(code < 128 ? code : 63);
  }
  return Buffer.from(out);
}

function asciiString(b: Buffer): string {
  let out = '';
  for (const x of b) out += x < 128 ? String.fromCharCode(x) : '\uFFFD';
  return out;
}

export function decodeString(s: string, encoding: string): Buffer {
  switch (encodingOf(encoding)) {
    case 'hex':
      return strictHex(s);
    case 'utf8':
      return Buffer.from(s, 'utf8');
    case 'ascii':
      return asciiBytes(s);
    case 'base64':
      return strictBase64(s);
  }
}

export function encodeBytes(b: Buffer, encoding: string): string {
  switch (encodingOf(encoding)) {
    case 'hex':
      return b.toString('hex').toUpperCase();
    case 'utf8':
      return b.toString('utf8');
    case 'ascii':
      return asciiString(b);
    case 'base64':
      return b.toString('base64');
  }
}

/** ENCODE's hex input (commons-codec): optional 0x / X'..' wrapper, odd length refused. */
function hexInput(s: string): Buffer {
  let h = s;
  if (/^0x/.test(s)) h = s.length % 2 !== 0 ? `0${s.slice(2)}` : s.slice(2);
  else if (/^[xX]'.*'$/s.test(s)) h = s.slice(2, -1);
  if (h.length % 2 !== 0) throw new Error('Odd number of characters.');
  if (!/^[0-9a-fA-F]*$/.test(h)) throw new Error(`Illegal hexadecimal character in ${s}`);
  return Buffer.from(h, 'hex');
}

function encode(s: string, from: string, to: string): string {
  const f = from.toLowerCase();
  const t = to.toLowerCase();
  const known = ['hex', 'utf8', 'ascii', 'base64'];
  if (!known.includes(f) || !known.includes(t) || f === t) {
    throw new Error('Supported input and output encodings are: hex, utf8, ascii and base64');
  }
  let bytes: Buffer;
  if (f === 'hex') bytes = hexInput(s);
  else if (f === 'base64') bytes = Buffer.from(s, 'base64');
  else if (f === 'ascii') bytes = asciiBytes(s);
  else bytes = Buffer.from(s, 'utf8');
  if (t === 'hex') return bytes.toString('hex');
  if (t === 'base64') return bytes.toString('base64');
  if (t === 'ascii') return asciiString(bytes);
  return bytes.toString('utf8');
}

function byteOrder(order: string): 'BE' | 'LE' {
  if (order.toUpperCase() === 'BIG_ENDIAN') return 'BE';
  if (order.toUpperCase() === 'LITTLE_ENDIAN') return 'LE';
  throw new Error(`Byte order must be BIG_ENDIAN or LITTLE_ENDIAN. Unknown byte order '${order}'.`);
}

function checkSize(b: Buffer, size: number): void {
  if (b.length !== size) throw new Error(`Number of bytes must be equal to ${size}, but found ${b.length}`);
}

function fromBytes(
  name: string,
  size: number,
  returns: string,
  read: (b: Buffer, le: boolean) => unknown,
): ScalarFunction {
  const run = (b: Buffer, order: string) => {
    const o = byteOrder(order);
    checkSize(b, size);
    return read(b, o === 'LE');
  };
  return {
    name,
    description: `Reads a ${returns} from ${size} bytes (BIG_ENDIAN by default).`,
    overloads: [
      { params: ['BYTES'], returns, impl: (b: Buffer) => run(b, 'BIG_ENDIAN') },
      { params: ['BYTES', 'STRING'], returns, impl: run },
    ],
  };
}

export const scalars: ScalarFunction[] = [
  {
    name: 'TO_BYTES',
    description: "Converts a string in an encoding ('hex', 'utf8', 'ascii', 'base64') to BYTES.",
    overloads: [{ params: ['STRING', 'STRING'], returns: 'BYTES', impl: decodeString }],
  },
  {
    name: 'FROM_BYTES',
    description: "Converts BYTES to a string in an encoding ('hex', 'utf8', 'ascii', 'base64').",
    overloads: [{ params: ['BYTES', 'STRING'], returns: 'STRING', impl: encodeBytes }],
  },
  {
    name: 'ENCODE',
    description: 'Re-encodes a string from one encoding (hex, utf8, ascii, base64) to another.',
    overloads: [{ params: ['STRING', 'STRING', 'STRING'], returns: 'STRING', impl: encode }],
  },
  fromBytes('INT_FROM_BYTES', 4, 'INT', (b, le) => (le ? b.readInt32LE(0) : b.readInt32BE(0))),
  fromBytes('BIGINT_FROM_BYTES', 8, 'BIGINT', (b, le) => (le ? b.readBigInt64LE(0) : b.readBigInt64BE(0))),
  fromBytes('DOUBLE_FROM_BYTES', 8, 'DOUBLE', (b, le) => (le ? b.readDoubleLE(0) : b.readDoubleBE(0))),
];
