/**
 * Runs the CLI from source (`node --import tsx src/cli/run.ts serve ...`), as bin/brook.js does from dist/.
 * Tests and the benchmark use it so they need no build step.
 */
import { main } from './main';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    process.stderr.write(`brook: ${error?.stack ?? error}\n`);
    process.exitCode = 1;
  },
);
