import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Start-up's two mechanisms, checked in child processes (both change process-wide module loading): what a
 * started broker has loaded (only what serving needs), and the compile cache bin/brook.js turns on.
 * Start-up time itself is measured by bench/startup.bench.ts, not asserted here.
 */
const ROOT = resolve(__dirname, '..', '..');

function runTs(script: string, env: Record<string, string> = {}): string {
  return execFileSync(process.execPath, ['--import', 'tsx', '-e', script], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 50_000,
  });
}

describe('start-up', function () {
  this.timeout(60000);

  it('a started broker answering Metadata has loaded no logger, codec, client or SQL module it did not use', () => {
    const out = runTs(`
      const { connect } = require('node:net');
      const { encodeRequest } = require('./protocol/frames');
      const { startBroker } = require('./src/testing');
      (async () => {
        const broker = await startBroker();
        await new Promise((done) => {
          const socket = connect(broker.port, '127.0.0.1', () =>
            socket.write(encodeRequest({ apiKey: 3, apiVersion: 12, correlationId: 1, clientId: 't' },
              { topics: null, allowAutoTopicCreation: false, includeClusterAuthorizedOperations: false,
                includeTopicAuthorizedOperations: false })));
          socket.once('data', () => { socket.destroy(); done(); });
        });
        const loaded = Object.keys(require.cache);
        await broker.stop();
        process.stdout.write(JSON.stringify(loaded));
      })();
    `);
    const loaded = (JSON.parse(out) as string[]).map((f) => f.replaceAll('\\', '/'));
    const unexpected = [
      '/node_modules/winston/',
      '/node_modules/kafkajs/',
      '/node_modules/testcontainers/',
      '/node_modules/lz4-napi/',
      '/node_modules/@mongodb-js/zstd/',
      '/node_modules/@bokuweb/zstd-wasm/',
      '/node_modules/snappyjs/',
      '/node_modules/@node-rs/crc32/',
      '/src/sql/',
      '/src/cli/group',
      '/src/cli/client/',
      '/src/cli/transactions',
    ];
    for (const part of unexpected) {
      assert.deepEqual(
        loaded.filter((f) => f.includes(part)),
        [],
        `${part} was loaded by a broker that never needed it`,
      );
    }
    const codecs = loaded.filter((f) => f.includes('/protocol/generated/') && !f.endsWith('/index.ts'));
    // Headers, Metadata, and the consumer protocol the group coordinator reads: not the ~100 of the schemas.
    assert.ok(codecs.length <= 8, `codec modules loaded: ${codecs.map((f) => f.split('/').pop()).join(', ')}`);
    assert.ok(codecs.some((f) => f.endsWith('/metadata.ts')));
  });

  describe('compile cache (src/cli/compile-cache.ts)', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'brook-compile-cache-test-'));
      mkdirSync(join(dir, 'code', 'sub'), { recursive: true });
      writeFileSync(
        join(dir, 'code', 'a.js'),
        "const b = require('./sub/b');\n" +
          'exports.value = b.twice(21);\n' +
          'exports.dir = __dirname;\n' +
          'exports.file = __filename;\n' +
          "exports.resolved = require.resolve('./sub/b');\n" +
          'exports.stack = b.stack();\n' +
          'exports.text = b.text;\n',
      );
      writeFileSync(
        join(dir, 'code', 'sub', 'b.js'),
        "exports.twice = (x) => x * 2;\nexports.stack = () => new Error('where').stack;\nexports.text = 'naïve × ✓';\n",
      );
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    /** One process loading the code; `after` runs once it is loaded. */
    const run = (after = '') =>
      JSON.parse(
        runTs(
          `
          const { join, sep } = require('node:path');
          const { enableCompileCache, finishCompileCache, compileCacheStats } = require('./src/cli/compile-cache');
          const code = ${JSON.stringify(join(dir, 'code'))};
          const mode = enableCompileCache(code + sep);
          const a = require(join(code, 'a.js'));
          ${after}
          process.stdout.write(JSON.stringify({ mode, a, stats: compileCacheStats }));
        `,
          { BROOK_COMPILE_CACHE: join(dir, 'cache') },
        ),
      ) as {
        mode: string;
        a: { value: number; dir: string; file: string; resolved: string; stack: string; text: string };
        stats: { hits: number; misses: number };
      };

    it('runs modules as Node does, and a second start compiles them from the cache', function () {
      const first = run();
      if (first.mode === 'node') {
        // Node 22.1+ caches by itself (module.enableCompileCache); Brook's own cache is for Node 20.
        console.log(`      Node ${process.version} has its own compile cache: Brook's is not used here`);
        this.skip();
      }
      assert.equal(first.mode, 'brook');
      assert.equal(first.a.value, 42);
      assert.equal(first.a.dir, join(dir, 'code'));
      assert.equal(first.a.file, join(dir, 'code', 'a.js'));
      assert.equal(first.a.resolved, join(dir, 'code', 'sub', 'b.js'));
      assert.match(first.a.stack, /sub[/\\]b\.js:2:/, 'stack traces name the file and line');
      assert.equal(first.a.text, 'naïve × ✓', 'a module that is not all ASCII is read as UTF-8');
      assert.deepEqual(first.stats, { hits: 0, misses: 2 });

      const second = run();
      assert.equal(second.a.value, 42);
      assert.equal(second.a.text, 'naïve × ✓');
      assert.deepEqual(second.stats, { hits: 2, misses: 0 });
    });

    it("keeps hitting when a process changes V8's flags after finishCompileCache (brook serve's young generation)", function () {
      const flag = "require('node:v8').setFlagsFromString('--semi-space-growth-factor=1');";
      // Why it is needed: code written after a flag change is refused by the next start (V8 checks the flags).
      const unfinished = run(flag);
      if (unfinished.mode === 'node') this.skip();
      assert.deepEqual(unfinished.stats, { hits: 0, misses: 2 });
      assert.deepEqual(run(`finishCompileCache(); ${flag}`).stats, { hits: 0, misses: 2 });
      assert.deepEqual(run(`finishCompileCache(); ${flag}`).stats, { hits: 2, misses: 0 });
      assert.deepEqual(run(`finishCompileCache(); ${flag}`).stats, { hits: 2, misses: 0 });
    });

    it('never runs stale code: an edited file (same length) misses the cache', function () {
      if (run().mode === 'node') this.skip();
      const file = join(dir, 'code', 'a.js');
      writeFileSync(file, readFileSync(file, 'utf8').replace('twice(21)', 'twice(22)'));
      const edited = run();
      assert.equal(edited.a.value, 44);
      assert.deepEqual(edited.stats, { hits: 1, misses: 1 });
    });

    it('is off with BROOK_COMPILE_CACHE=0', () => {
      const out = runTs(
        `process.stdout.write(require('./src/cli/compile-cache').enableCompileCache(${JSON.stringify(dir)}))`,
        { BROOK_COMPILE_CACHE: '0' },
      );
      assert.equal(out, 'off');
    });
  });
});
