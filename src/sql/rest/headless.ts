/**
 * Headless mode (`brook sql-server --queries-file FILE`, config `ksql.queries.file`): ksqlDB's StandaloneExecutor.
 * The file's statements run at start and nothing else can change them: as in ksqlDB, no REST API is served at
 * all (KsqlServerMain builds the StandaloneExecutor instead of the REST application), so the CLI and clients
 * cannot connect, and no command topic is written or read.
 *
 * A restart runs the same file again into a fresh engine: the persistent queries get the same ids (the engine
 * numbers them in statement order), so they resume from their stored positions and restore their state instead of
 * starting over, and nothing is duplicated.
 */
import { readFileSync } from 'node:fs';
import { SqlEngine } from '../engine/engine';
import { SqlError } from '../errors';
import { KafkaDriver } from '../io/kafka';
import { Parser } from '../parser/parser';

/** StandaloneExecutor's handlers by the names it lists (its sorted list, "CREAETE" spelled as ksqlDB spells it). */
const SUPPORTED: Record<string, string> = {
  set: 'SET',
  createSource: 'CREATE STREAM / CREATE TABLE',
  createType: 'REGISTER TYPE',
  createAs: 'CREATE STREAM AS SELECT / CREATE TABLE AS SELECT',
  insertInto: 'INSERT INTO',
};
const SUPPORTED_MESSAGE = [
  'CREAETE STREAM AS SELECT',
  'CREATE STREAM',
  'CREATE TABLE',
  'CREATE TABLE AS SELECT',
  'INSERT INTO',
  'REGISTER TYPE',
  'SET',
  'UNSET',
].join('\n');

export interface HeadlessOptions {
  bootstrap: string[];
  queriesFile: string;
  serviceId?: string;
  log?: { warn(message: string, meta?: object): void; debug(message: string, meta?: object): void };
}

export interface HeadlessService {
  engine: SqlEngine;
  /** Persistent queries the file started. */
  queries: string[];
  stop(): Promise<void>;
}

/** ksqlDB's KsqlStatementException text: the message, then the statement. */
class HeadlessError extends Error {}

function statementError(message: string, text: string): HeadlessError {
  return new HeadlessError(`${message}\nStatement: ${text}`);
}

/** Runs the queries file; rejects (everything it started stopped) when a statement fails or is not allowed. */
export async function startHeadless(options: HeadlessOptions): Promise<HeadlessService> {
  let script: string;
  try {
    script = readFileSync(options.queriesFile, 'utf8');
  } catch (error) {
    // StandaloneExecutor.readQueriesFile
    throw new HeadlessError(
      `Could not read the query file: ${options.queriesFile}. Details: ${(error as Error).message}`,
    );
  }
  const driver = new KafkaDriver({ brokers: options.bootstrap });
  const engine = new SqlEngine({ driver, serviceId: options.serviceId ?? 'default_', logger: options.log });
  const stop = async () => {
    await engine.close();
    await driver.close();
  };
  const queries: string[] = [];
  try {
    const parser = new Parser(script, (name) => engine.types.get(name));
    while (!parser.atEnd()) {
      let st: ReturnType<Parser['next']>;
      try {
        st = parser.next();
      } catch (error) {
        throw new HeadlessError((error as Error).message);
      }
      if (!(st.k in SUPPORTED)) {
        throw statementError(
          `Unsupported statement. Only the following statements are supporting in standalone mode:\n${SUPPORTED_MESSAGE}`,
          st.text,
        );
      }
      if (st.k === 'createSource' && !st.elements?.length) {
        // StandaloneExecutor.throwOnMissingSchema: no schema registry to infer it from
        throw statementError(
          'statement does not define the schema and the supplied format does not support schema inference',
          st.text,
        );
      }
      try {
        const result = await engine.executeStatement(st);
        if (result.queryId) queries.push(result.queryId);
      } catch (error) {
        if (error instanceof SqlError) throw statementError(error.message, st.text);
        throw error;
      }
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { engine, queries, stop };
}
