import { BROOK_VERSION } from '../version';

// Each command's module is required when that command runs: `brook serve` should not load the group tool's
// client, nor `brook groups` the broker (start-up time is measured by bench/startup.bench.ts).

const USAGE = `brook ${BROOK_VERSION}: a Kafka-compatible event streaming platform

Usage: brook <command>
  serve      start a broker (brook serve --help for its options)
  groups     list and describe consumer groups (members, offsets, lag)
  transactions  list and describe transactional ids (state, producer, partitions)
  version    print the version
`;

/** Entry point of the `brook` command; returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command] = argv;
  switch (command) {
    case 'version':
    case '--version':
      process.stdout.write(`${BROOK_VERSION}\n`);
      return 0;
    case 'serve':
      return (require('./serve') as typeof import('./serve')).serve(argv.slice(1));
    case 'groups':
      return (require('./groups') as typeof import('./groups')).groupsCommand(argv.slice(1));
    case 'transactions':
      return (require('./transactions') as typeof import('./transactions')).transactionsCommand(argv.slice(1));
    case undefined:
    case 'help':
    case '--help':
      process.stdout.write(USAGE);
      return command === undefined ? 1 : 0;
    default:
      process.stderr.write(`brook: unknown command "${command}"\n${USAGE}`);
      return 2;
  }
}
