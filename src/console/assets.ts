/**
 * The page's files as the ops listener serves them: `index.html` for `/` and every `/console/...` route (the
 * page routes on the client), `/console/app.js` and `/console/app.css`. Read once from `dist/console/`
 * (written by `npm run build`), or bundled from the sources when Brook runs from them (page-bundle.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PageFiles } from './page-bundle';

export const INDEX_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Brook console</title>
<link rel="stylesheet" href="/console/app.css">
<script src="/console/app.js" defer></script>
</head>
<body></body>
</html>
`;

let loading: Promise<PageFiles> | undefined;

export function pageFiles(): Promise<PageFiles> {
  loading ??= load();
  // a failed load (no build yet) is tried again on the next request
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

async function load(): Promise<PageFiles> {
  if (__filename.endsWith('.ts')) {
    return (require('./page-bundle') as typeof import('./page-bundle')).bundlePage();
  }
  // __dirname is dist/ inside the CLI bundle (src/cli/bundle.ts), dist/src/console when compiled alone
  for (const dist of [__dirname, join(__dirname, '..', '..')]) {
    const dir = join(dist, 'console');
    if (existsSync(join(dir, 'app.js'))) {
      return { js: readFileSync(join(dir, 'app.js'), 'utf8'), css: readFileSync(join(dir, 'app.css'), 'utf8') };
    }
  }
  throw new Error('the console page is not built (npm run build writes dist/console/)');
}
