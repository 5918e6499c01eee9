/**
 * `brook sql`: the SQL processor's command line, as ksqlDB's CLI is: a REST client of the server (default
 * http://127.0.0.1:8088, `brook serve`'s SQL companion or `brook sql-server`), never a Kafka client itself.
 * Interactive with a prompt and history, or non-interactive with -e / -f.
 *
 * Exit codes: 0 ok, 1 a statement failed (-e / -f stop at the first), 2 usage or the server unreachable.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { runCommand, UsageError } from '../client/options';
import { ConnectionError, SqlRestClient } from './rest';
import { type Outcome, SqlSession } from './session';
import { splitStatements } from './statements';

export const SQL_USAGE = `Usage: brook sql [--server URL] [-e STATEMENTS | -f FILE] [--output json]

The SQL processor's command line (ksqlDB's CLI): a client of its REST API. Without -e or -f it is
interactive: statements end with ';' and may span lines; history in ~/.brook_sql_history.

  -s, --server URL        the SQL processor (default http://127.0.0.1:8088; also the first argument)
  -e, --execute TEXT      run these statements and exit
  -f, --file FILE         run the statements of FILE and exit
  -o, --output text|json  json: entities and rows as JSON, one document per line
  -u, --user USER         for a server with basic authentication (sql.authentication.method=BASIC)
  -p, --password PW       its password (or $BROOK_SQL_PASSWORD); https:// servers: NODE_EXTRA_CA_CERTS=ca.pem
  -h, --help              this help

Besides any statement of the server (CREATE, INSERT, SELECT ... EMIT CHANGES, SHOW, DESCRIBE, ...):
  SET 'key'='value';      a property sent with every following request (UNSET 'key'; drops it)
  RUN SCRIPT 'file';      the statements of a file
  PRINT topic [FROM BEGINNING] [INTERVAL n] [LIMIT n];   a topic's records as text
  EXIT;                   leave (or Ctrl-D)
Ctrl-C ends a running push query or PRINT and returns to the prompt.

Exit codes: 0 ok, 1 a statement failed (-e and -f stop at the first), 2 usage or server unreachable.
`;

const OPTIONS = {
  server: { type: 'string', short: 's' },
  execute: { type: 'string', short: 'e' },
  file: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  user: { type: 'string', short: 'u' },
  password: { type: 'string', short: 'p' },
  help: { type: 'boolean', short: 'h' },
} as const;

const PROMPT = 'ksql> ';
const CONTINUATION = '>';

export function sqlCommand(argv: string[]): Promise<number> {
  return runCommand('sql', SQL_USAGE, async () => {
    let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true }>>;
    try {
      parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const { values, positionals } = parsed;
    if (values.help) {
      process.stdout.write(SQL_USAGE);
      return 0;
    }
    const output = values.output ?? 'text';
    if (output !== 'text' && output !== 'json') throw new UsageError(`--output must be text or json, got "${output}"`);
    if (values.execute !== undefined && values.file !== undefined) throw new UsageError('-e and -f exclude each other');
    if (positionals.length > 1 || (positionals.length === 1 && values.server !== undefined)) {
      throw new UsageError(`unexpected argument "${positionals.at(-1)}"`);
    }
    const server = (values.server ?? positionals[0] ?? 'http://127.0.0.1:8088').replace(/\/+$/, '');
    if (!/^https?:\/\//.test(server)) {
      // RemoteServerSpecificCommand.validateClient's wording
      throw new UsageError('Server URL must begin with protocol (e.g., http:// or https://)');
    }
    let script: string | undefined = values.execute;
    if (values.file !== undefined) {
      try {
        script = readFileSync(values.file, 'utf8');
      } catch (error) {
        throw new UsageError(`cannot read ${values.file}: ${(error as Error).message}`);
      }
    }
    const password = values.password ?? process.env.BROOK_SQL_PASSWORD;
    if (values.user !== undefined && password === undefined) {
      throw new UsageError('--user needs --password (or $BROOK_SQL_PASSWORD)');
    }
    const client = new SqlRestClient(server, values.user !== undefined ? `${values.user}:${password}` : null);
    const session = new SqlSession(client, output === 'json');
    try {
      const info = await client.info();
      if (script !== undefined) return await scripted(session, script);
      return await interactive(session, server, info.version);
    } catch (error) {
      if (!(error instanceof ConnectionError)) throw error;
      process.stderr.write(unreachable(server, error.message));
      return 2;
    }
  });
}

/** RemoteServerSpecificCommand.validateClient's banner. */
function unreachable(server: string, cause: string): string {
  return [
    `${'*'.repeat(37)}ERROR${'*'.repeat(38)}`,
    `Remote server at ${server} does not appear to be a valid KSQL server. Please ensure that the URL provided is for an active KSQL server.`,
    '',
    'The server responded with the following error: ',
    cause,
    '*'.repeat(80),
    '',
  ].join('\n');
}

/** Ctrl-C while a query runs ends it; otherwise it leaves, as an uncaught SIGINT would. */
function onInterrupt(session: SqlSession): () => void {
  const handler = () => {
    if (!session.interrupt()) process.exit(130);
  };
  process.on('SIGINT', handler);
  return () => process.off('SIGINT', handler);
}

async function scripted(session: SqlSession, script: string): Promise<number> {
  const release = onInterrupt(session);
  try {
    const outcome = await session.runScript(script);
    return outcome === 'error' ? 1 : 0;
  } finally {
    release();
  }
}

const HISTORY_FILE = () => join(homedir(), '.brook_sql_history');

function loadHistory(): string[] {
  try {
    return readFileSync(HISTORY_FILE(), 'utf8').split('\n').filter(Boolean).reverse().slice(0, 500);
  } catch {
    return [];
  }
}

function remember(line: string): void {
  try {
    appendFileSync(HISTORY_FILE(), `${line}\n`);
  } catch {
    // JLineReader warns and goes on without history; so do we, quietly
  }
}

async function interactive(session: SqlSession, server: string, version: string): Promise<number> {
  const tty = process.stdin.isTTY === true;
  const rl = createInterface({
    input: process.stdin,
    output: tty ? process.stdout : undefined,
    terminal: tty,
    history: loadHistory(),
    historySize: 500,
    prompt: PROMPT,
  });
  if (tty)
    process.stdout.write(`Brook SQL CLI ${version}, server ${server}. Statements end with ';', EXIT; leaves.\n\n`);
  let pending = '';
  // a TTY's Ctrl-C reaches readline, not the process: it ends a running query, else clears the line
  rl.on('SIGINT', () => {
    if (session.interrupt()) return;
    pending = '';
    process.stdout.write('\n');
    rl.setPrompt(PROMPT);
    rl.prompt();
  });
  const release = onInterrupt(session);
  rl.prompt();
  try {
    for await (const line of rl) {
      if (line.trim()) remember(line);
      pending += `${line}\n`;
      const { statements, rest } = splitStatements(pending);
      pending = rest;
      let outcome: Outcome = 'ok';
      for (const statement of statements) {
        outcome = await session.run(statement);
        if (outcome === 'exit') break;
      }
      if (outcome === 'exit') break;
      rl.setPrompt(pending ? CONTINUATION : PROMPT);
      rl.prompt();
    }
  } finally {
    release();
    rl.close();
  }
  return 0;
}
