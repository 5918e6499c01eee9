/**
 * Build step (`npm run build` runs it after tsc): bundles the compiled CLI, `<dist>/src/cli/main.js` and
 * every Brook module it reaches, into one file, `<dist>/brook-cli.js`, which bin/brook.js runs.
 *
 * Why: start-up. Loading ~120 small modules cost `brook serve` about 25 ms of path resolution and file reads
 * before it could listen, as much again as Node's own boot; one file needs one read, and one compile-cache
 * entry (compile-cache.ts). npm packages stay outside the bundle (`packages: 'external'`), loaded from
 * node_modules as before, so native modules and winston keep loading only when used.
 *
 * Code running from the bundle has `__dirname` = `<dist>`: version.ts finds package.json from there as from
 * `<dist>/src`. Code that reads files beside its own module cannot be bundled: the SQL wing (its function
 * families are found by listing their folder) stays outside, required from `<dist>/src/sql` when a companion
 * (companions.ts) starts it; a worker script would have to be left out the same way.
 * bin/brook.js falls back to `<dist>/src/cli/main.js` when the bundle is missing or older than it.
 */
import { join, relative, resolve, sep } from 'node:path';

/**
 * Folders left outside the bundle, required from `<dist>` when first used. The codec modules: about 1 MB that
 * a broker loads a few of, on demand (protocol/generated/index.ts), with the runtime and primitives they
 * import, so the bundle and they share one copy of those (one `ProtocolEncodeError` class, not two). The SQL
 * wing: it lists its own folder (see above), and as a client of the broker it shares nothing with it.
 */
const OUTSIDE = ['protocol/generated', 'protocol/generator', 'protocol/primitives', 'src/sql'];

export async function bundleCli(distDir: string): Promise<void> {
  const dist = resolve(distDir);
  const esbuild = require('esbuild') as typeof import('esbuild');
  await esbuild.build({
    entryPoints: [join(dist, 'src', 'cli', 'main.js')],
    outfile: join(dist, 'brook-cli.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
    plugins: [
      {
        name: 'outside',
        setup(build) {
          const outside = OUTSIDE.map((dir) => join(dist, dir) + sep);
          // The codecs' index stays inside: it is what loads them on demand.
          const codecs = join(dist, 'protocol', 'generated');
          const inside = [codecs, join(codecs, 'index'), join(codecs, 'index.js')];
          build.onResolve({ filter: /^\./ }, (args) => {
            const path = resolve(args.resolveDir, args.path);
            if (inside.includes(path) || !outside.some((dir) => `${path}${sep}`.startsWith(dir))) return undefined;
            return { path: `./${relative(dist, path).split(sep).join('/')}`, external: true };
          });
        },
      },
    ],
  });
}

if (require.main === module) {
  const dist = process.argv[2] ?? join(__dirname, '..', '..');
  // the web console's page (src/console/page-bundle.ts) is bundled in the same step, into <dist>/console/
  const { writePage } = require('../console/page-bundle') as typeof import('../console/page-bundle');
  Promise.all([bundleCli(dist), writePage(dist)]).catch((error: Error) => {
    process.stderr.write(`bundle: ${error.message}\n`);
    process.exitCode = 1;
  });
}
