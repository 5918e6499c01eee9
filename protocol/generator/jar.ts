/**
 * Reads files out of a jar (a zip archive) without unzip on the machine: the central directory at the end of
 * the file names each entry and its offset; entries are stored (method 0) or deflated (method 8), which
 * `zlib.inflateRawSync` reads. Enough for `kafka-clients-<version>.jar`'s `common/message/*.json` (overlay.ts);
 * no zip64, no encryption (a jar built by Gradle needs neither below 4 GiB).
 */
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;

/** The entries of `jarPath` whose name starts with `prefix`, name -> text (UTF-8). */
export function readJarEntries(jarPath: string, prefix: string): Map<string, string> {
  const zip = readFileSync(jarPath);
  // The end record is the last 22 bytes plus a comment of at most 64 KiB.
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === END_OF_CENTRAL_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error(`${jarPath}: not a zip archive (no end of central directory)`);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const out = new Map<string, string>();
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(at) !== CENTRAL_FILE_HEADER) throw new Error(`${jarPath}: bad central directory entry`);
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localOffset = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (!name.startsWith(prefix) || name.endsWith('/')) continue;
    if (zip.readUInt32LE(localOffset) !== LOCAL_FILE_HEADER) throw new Error(`${jarPath}: bad local header of ${name}`);
    const dataAt = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    const data = zip.subarray(dataAt, dataAt + compressedSize);
    if (method === 0) out.set(name, data.toString('utf8'));
    else if (method === 8) out.set(name, inflateRawSync(data).toString('utf8'));
    else throw new Error(`${jarPath}: ${name} uses zip method ${method}`);
  }
  return out;
}
