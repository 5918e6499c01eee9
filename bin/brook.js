#!/usr/bin/env node

// Runs the compiled CLI (built by `npm install` through the `prepare` script).
const { main } = require('../dist/src/cli/main.js');
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`brook: ${error?.stack ?? error}\n`);
    process.exitCode = 1;
  },
);
