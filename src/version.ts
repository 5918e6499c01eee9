import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The package version, read once from package.json (two levels up from both src/ and dist/src/). */
function readVersion(): string {
  for (const up of ['..', join('..', '..')]) {
    try {
      return JSON.parse(readFileSync(join(__dirname, up, 'package.json'), 'utf8')).version;
    } catch {
      // try the next candidate location
    }
  }
  return '0.0.0';
}

export const BROOK_VERSION = readVersion();
