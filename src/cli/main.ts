import { BROOK_VERSION } from '../version';

// Each command's module is required when that command runs: `brook serve` should not load the group tool's
// client, nor `brook groups` the broker (start-up time is measured by bench/startup.bench.ts).

const USAGE = `brook ${BROOK_VERSION}: a Kafka-compatible event streaming platform

Usage: brook <command>
  serve      start a broker (brook serve --help for its options)
  topic      create, list, describe, alter-config, add-partitions, delete topics
  produce    write records from stdin or a file to a topic
  consume    print a topic's records (from an offset, a time or a group's position)
  group      list, describe (lag), reset-offsets, delete consumer groups (alias: groups)
  transactions  list and describe transactional ids; a partition's producers
  cluster    cluster info and health
  config     get and set broker and topic configs
  sql        the SQL processor's command line (ksqlDB's CLI): interactive, -e or -f
  acl        list, create, delete ACLs (kafka-acls)
  user       list, describe, create, delete SCRAM users (kafka-configs --entity-type users)
  storage    format a node's data dirs (kafka-storage format: KIP-853 --standalone, --initial-controllers)
  sql-server run the SQL processor (ksqlDB's REST API) alone against a Kafka cluster
  version    print the version

Each client command takes --bootstrap HOST:PORT (default $BROOK_BOOTSTRAP or 127.0.0.1:9092) and
--output json; brook <command> --help for its options. Exit codes: 0 ok, 1 Kafka error or not found, 2 usage.
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
    case 'topic':
      return (require('./topic') as typeof import('./topic')).topicCommand(argv.slice(1));
    case 'produce':
      return (require('./produce') as typeof import('./produce')).produceCommand(argv.slice(1));
    case 'consume':
      return (require('./consume') as typeof import('./consume')).consumeCommand(argv.slice(1));
    case 'group':
    case 'groups':
      return (require('./group') as typeof import('./group')).groupCommand(argv.slice(1));
    case 'transactions':
      return (require('./transactions') as typeof import('./transactions')).transactionsCommand(argv.slice(1));
    case 'cluster':
      return (require('./cluster') as typeof import('./cluster')).clusterCommand(argv.slice(1));
    case 'config':
      return (require('./config') as typeof import('./config')).configCommand(argv.slice(1));
    case 'sql':
      return (require('./sql-shell') as typeof import('./sql-shell')).sqlCommand(argv.slice(1));
    case 'acl':
    case 'acls':
      return (require('./acl') as typeof import('./acl')).aclCommand(argv.slice(1));
    case 'user':
    case 'users':
      return (require('./user') as typeof import('./user')).userCommand(argv.slice(1));
    case 'storage':
      return (require('./storage') as typeof import('./storage')).storageCommand(argv.slice(1));
    case 'sql-server':
      return (require('./sql') as typeof import('./sql')).sqlServerCommand(argv.slice(1));
    case undefined:
    case 'help':
    case '--help':
      process.stdout.write(USAGE);
      return command === undefined ? 2 : 0;
    default:
      process.stderr.write(`brook: unknown command "${command}"\n${USAGE}`);
      return 2;
  }
}
