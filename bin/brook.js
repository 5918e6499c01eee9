#!/usr/bin/env node

// Runs the compiled CLI (built by `npm install` through the `prepare` script): the one-file bundle of dist/
// (src/cli/bundle.ts; faster to start) unless it is missing or older than dist/src/cli/main.js (then that),
// with V8's compiled code cached between runs (src/cli/compile-cache.ts).
const { statSync } = require('node:fs');
const { join, sep } = require('node:path');

const dist = join(__dirname, '..', 'dist');
const unbundled = join(dist, 'src', 'cli', 'main.js');
const bundled = join(dist, 'brook-cli.js');
const mtime = (file) => statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? -1;
const entry = mtime(bundled) >= mtime(unbundled) ? bundled : unbundled;

require(join(dist, 'src', 'cli', 'compile-cache.js')).enableCompileCache(dist + sep);
const { main } = require(entry);
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`brook: ${error?.stack ?? error}\n`);
    process.exitCode = 1;
  },
);
