/**
 * `brook storage format | random-uuid`: Kafka's `kafka-storage` (kafka.tools.StorageTool) for Brook's data dirs.
 * `format` writes meta.properties (with a directory.id) in every log dir and, for a KIP-853 dynamic quorum
 * (--standalone, --initial-controllers), the bootstrap checkpoint of the metadata log (src/server/format.ts), and
 * the SCRAM credentials the log starts with (--add-scram, src/server/bootstrap-metadata.ts).
 * A node configured with controller.quorum.voters needs no format (Brook formats on first start); one with
 * controller.quorum.bootstrap.servers alone does, as on Kafka.
 */
import { parseArgs } from 'node:util';
import { ConfigError, loadBrokerConfig, parseSetArgument } from '../config';
import { randomKafkaUuid } from '../topics/uuid';

export const STORAGE_USAGE = `Usage: brook storage <format|random-uuid> [options]

  brook storage random-uuid            prints a new cluster id (or directory id)
  brook storage format --config FILE --cluster-id ID [options]
      --config, -c FILE                the node's server.properties (node.id, process.roles, log.dirs,
                                       controller.listener.names, listeners...)
      --set key=value                  a config key on top of the file (repeatable)
      --cluster-id, -t ID              the cluster id (brook storage random-uuid)
      --standalone, -s                 this controller alone is the initial voter set (KIP-853)
      --initial-controllers, -I LIST   id@host:port:directory-id,... the initial voters, the same on every controller
      --no-initial-controllers, -N     a controller that joins later (kafka-metadata-quorum add-controller)
      --add-scram, -S MECH=[name=N,password=P]
                                       a SCRAM credential the metadata log starts with (repeatable), e.g. the
                                       brokers' own login for sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
      --ignore-formatted, -g           skip directories that are already formatted
`;

export function storageCommand(argv: string[]): number {
  const [sub, ...rest] = argv;
  try {
    if (sub === 'random-uuid') {
      process.stdout.write(`${randomKafkaUuid()}\n`);
      return 0;
    }
    if (sub === 'format') return format(rest);
    if (sub === undefined || sub === 'help' || sub === '--help' || sub === '-h') {
      process.stdout.write(STORAGE_USAGE);
      return sub === undefined ? 2 : 0;
    }
    process.stderr.write(`brook storage: unknown command "${sub}"\n${STORAGE_USAGE}`);
    return 2;
  } catch (error) {
    const e = error as Error;
    if (e instanceof ConfigError || e.name === 'FormatError') {
      process.stderr.write(`${e.message}\n`);
      return 1;
    }
    if (e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`${e.message}\n${STORAGE_USAGE}`);
      return 2;
    }
    throw error;
  }
}

function format(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      config: { type: 'string', short: 'c' },
      set: { type: 'string', multiple: true },
      'cluster-id': { type: 'string', short: 't' },
      standalone: { type: 'boolean', short: 's' },
      'initial-controllers': { type: 'string', short: 'I' },
      'no-initial-controllers': { type: 'boolean', short: 'N' },
      'ignore-formatted': { type: 'boolean', short: 'g' },
      'add-scram': { type: 'string', short: 'S', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: false,
    strict: true,
  });
  if (values.help) {
    process.stdout.write(STORAGE_USAGE);
    return 0;
  }
  if (!values['cluster-id']) {
    process.stderr.write(`brook storage format: --cluster-id is required\n${STORAGE_USAGE}`);
    return 2;
  }
  const config = loadBrokerConfig({ configFile: values.config, sets: (values.set ?? []).map(parseSetArgument) });
  const { formatStorage } = require('../server/format') as typeof import('../server/format');
  formatStorage(config, {
    clusterId: values['cluster-id'],
    standalone: values.standalone,
    initialControllers: values['initial-controllers'],
    noInitialControllers: values['no-initial-controllers'],
    ignoreFormatted: values['ignore-formatted'],
    addScram: values['add-scram'],
    print: (line) => process.stdout.write(`${line}\n`),
  });
  return 0;
}
