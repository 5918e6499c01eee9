/**
 * The console page: `web/main.ts` and what it imports bundled by esbuild into one script, plus `web/style.css`.
 * `npm run build` writes them to `dist/console/` (src/cli/bundle.ts calls `writePage`); the broker serves
 * those files (assets.ts). Run from the TypeScript sources (tests under tsx) it bundles them in memory on the
 * first request instead, so a page edit shows on reload without a build. No framework and nothing fetched at
 * run time: the page is ours and talks to /api only.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PageFiles {
  js: string;
  css: string;
}

/** The page's sources: beside this module in src/, or the repository's src/ seen from dist/src/console. */
function webDir(): string {
  const candidates = [join(__dirname, 'web'), join(__dirname, '..', '..', '..', 'src', 'console', 'web')];
  const found = candidates.find((dir) => existsSync(join(dir, 'main.ts')));
  if (!found) throw new Error(`the console's sources (src/console/web) are not beside ${__dirname}`);
  return found;
}

export async function bundlePage(): Promise<PageFiles> {
  const dir = webDir();
  const esbuild = require('esbuild') as typeof import('esbuild');
  const result = await esbuild.build({
    entryPoints: [join(dir, 'main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    minify: false,
    logLevel: 'warning',
  });
  return { js: result.outputFiles[0]!.text, css: readFileSync(join(dir, 'style.css'), 'utf8') };
}

/** Writes `<dist>/console/app.js` and `app.css`. */
export async function writePage(distDir: string): Promise<void> {
  const page = await bundlePage();
  const out = join(distDir, 'console');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'app.js'), page.js);
  writeFileSync(join(out, 'app.css'), page.css);
}
