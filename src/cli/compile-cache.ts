/**
 * A compile cache for the `brook` command: V8 code for Brook's own modules is kept on disk, so a start after
 * the first skips parsing and compiling them (that was about a quarter of `brook serve`'s CPU time to its
 * first answer; bench/startup.bench.ts measures it).
 *
 * Node 22.1+ has this built in (`module.enableCompileCache()`), and it is used when present. On Node 20 the
 * same is done here for the files under one directory (the compiled `dist/`): each module is compiled through
 * `vm.Script` with the cached data of an earlier run, as the `v8-compile-cache` package does. One entry per
 * file path, holding the hash of the source it was made from: a rebuilt file never meets stale code (and
 * replaces its entry); V8 itself refuses data from another V8 version or other V8 flags. Data is written once the
 * process has run for a moment (so functions compiled lazily during start-up are in it), when it exits, or when
 * it is about to change V8's flags (finishCompileCache), whichever comes first.
 * `BROOK_COMPILE_CACHE=0` turns it off; `BROOK_COMPILE_CACHE=DIR` picks the directory (default under the OS
 * temporary directory, as Node's own).
 */
import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { constants, Script } from 'node:vm';

/** Node's loader internals this relies on (stable since Node 12; v8-compile-cache uses the same). */
interface LoaderModule {
  exports: unknown;
  require(id: string): unknown;
  _compile(content: string, filename: string): unknown;
}
interface LoaderStatics {
  _resolveFilename(request: string, parent: LoaderModule, isMain: boolean, options?: object): string;
  _extensions: Record<string, (module: LoaderModule, filename: string) => void>;
  _cache: object;
  enableCompileCache?: (directory?: string) => unknown;
  flushCompileCache?: () => void;
}

/** Modules compiled with cached data (hits) and without (misses) in this process, for tests and debugging. */
export const compileCacheStats = { hits: 0, misses: 0 };

/** SHA-1 of the module's source, at the start of its cache entry. */
const DIGEST_BYTES = 20;

/** After start-up, when the code of functions run so far is compiled too. */
const WRITE_AFTER_MS = 2000;

/**
 * Turns the compile cache on for modules under `root`; returns which one is in use: Node's own, Brook's
 * (Node 20), or none (turned off, or the cache directory is unusable).
 */
export function enableCompileCache(root: string): 'node' | 'brook' | 'off' {
  const setting = process.env.BROOK_COMPILE_CACHE;
  if (setting === '0') return 'off';
  const loader = Module as unknown as LoaderStatics;
  if (typeof loader.enableCompileCache === 'function') {
    loader.enableCompileCache(setting || undefined);
    return 'node';
  }
  const directory = setting || join(tmpdir(), `brook-compile-cache-${process.getuid?.() ?? 'user'}`, process.version);
  try {
    mkdirSync(directory, { recursive: true });
  } catch {
    return 'off';
  }
  installHook(root, directory, loader);
  return 'brook';
}

/**
 * The process's cache, where every copy of this module finds it (bin/brook.js loads dist's file, the CLI bundle
 * holds a copy of its own): its `finish`.
 */
const PROCESS_CACHE = Symbol.for('brook.compile-cache');
type ProcessCache = { finish(): void };

/**
 * Writes the code cached so far and ends the cache's writes in this process, for a process about to change V8's
 * flags (`brook serve`: young-generation.ts). Why: V8 refuses code cached under other flags, so code written after
 * the change would be refused by the next start, which loads under the default flags. Node's own cache (22.1+)
 * is flushed where it can be (22.10+).
 */
export function finishCompileCache(): void {
  (globalThis as { [PROCESS_CACHE]?: ProcessCache })[PROCESS_CACHE]?.finish();
  (Module as unknown as LoaderStatics).flushCompileCache?.();
}

function installHook(root: string, directory: string, loader: LoaderStatics): void {
  const proto = Module.prototype as unknown as LoaderModule;
  const compile = proto._compile;
  const unwritten: { script: Script; file: string; digest: Buffer }[] = [];
  let finished = false;
  const write = () => {
    if (finished) return;
    for (const { script, file, digest } of unwritten.splice(0)) {
      try {
        const tmp = `${file}.${process.pid}.tmp`;
        writeFileSync(tmp, Buffer.concat([digest, script.createCachedData()]));
        renameSync(tmp, file);
      } catch {
        // a cache that cannot be written only costs the next start its compile time
      }
    }
  };
  setTimeout(write, WRITE_AFTER_MS).unref();
  process.once('exit', write);
  (globalThis as { [PROCESS_CACHE]?: ProcessCache })[PROCESS_CACHE] = {
    finish() {
      write();
      finished = true;
    },
  };

  // Node reads a module as UTF-8 and the hook below would hash that string (encoding it back to UTF-8 first):
  // for the 1.7 MB bundle, 3 ms to read and 2 ms to hash. Read here instead, as bytes: hashed as they are
  // (0.9 ms) and decoded as Latin-1 when all ASCII (esbuild writes ASCII), which skips UTF-8 decoding. Files
  // under `root` are Brook's compiled CommonJS, so Node's check of the package's "type" is not needed for them.
  let read: { filename: string; digest: Buffer } | null = null;
  const loadJs = loader._extensions['.js']!;
  loader._extensions['.js'] = function (this: unknown, module: LoaderModule, filename: string): void {
    if (!filename.startsWith(root)) {
      loadJs.call(this, module, filename);
      return;
    }
    const bytes = readFileSync(filename);
    read = { filename, digest: createHash('sha1').update(bytes).digest() };
    module._compile(bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8'), filename);
  };

  proto._compile = function (this: LoaderModule, content: string, filename: string): unknown {
    if (!filename.startsWith(root) || !filename.endsWith('.js')) return compile.call(this, content, filename);
    // One entry per module (a rebuild overwrites it), starting with the digest of the source it was made from.
    const file = join(directory, createHash('sha1').update(filename).digest('hex'));
    const digest = read?.filename === filename ? read.digest : createHash('sha1').update(content).digest();
    read = null;
    let cachedData: Buffer | undefined;
    try {
      const entry = readFileSync(file);
      if (entry.subarray(0, DIGEST_BYTES).equals(digest)) cachedData = entry.subarray(DIGEST_BYTES);
    } catch {
      cachedData = undefined;
    }
    const script = new Script(`(function (exports, require, module, __filename, __dirname) { ${content}\n})`, {
      filename,
      cachedData,
      importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
    });
    if (cachedData === undefined || script.cachedDataRejected) {
      compileCacheStats.misses++;
      unwritten.push({ script, file, digest });
    } else {
      compileCacheStats.hits++;
    }
    const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    return wrapper.call(this.exports, this.exports, requireFor(this, loader), this, filename, dirname(filename));
  };
}

/** The `require` a module's code receives, as Node builds it. */
function requireFor(mod: LoaderModule, loader: LoaderStatics): NodeJS.Require {
  const require = ((id: string) => mod.require(id)) as NodeJS.Require;
  require.resolve = ((request: string, options?: { paths?: string[] }) =>
    loader._resolveFilename(request, mod, false, options)) as NodeJS.RequireResolve;
  require.main = process.mainModule;
  require.extensions = loader._extensions as unknown as NodeJS.RequireExtensions;
  require.cache = loader._cache as NodeJS.Dict<NodeModule>;
  return require;
}
