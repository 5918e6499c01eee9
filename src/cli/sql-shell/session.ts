/**
 * One `brook sql` session: the client-side properties (SET / UNSET, sent with every request as
 * streamsProperties, as ksqlDB's CLI keeps them), and each statement run the way Cli.java runs it: SET,
 * UNSET, RUN SCRIPT and EXIT in the client; SELECT and PRINT over /query, streamed until they end or are
 * interrupted; everything else over /ksql.
 */
import { readFileSync } from 'node:fs';
import { toJson } from '../client/options';
import { RowTable, renderEntity, schemaColumns } from './render';
import { ConnectionError, ServerError, type SqlRestClient, type StreamedQuery, parseStreamedRow } from './rest';
import { classify, splitStatements } from './statements';

export type Outcome = 'ok' | 'error' | 'exit';

export class SqlSession {
  readonly properties: Record<string, string> = {};
  private running?: StreamedQuery;

  constructor(
    private readonly client: SqlRestClient,
    private readonly json: boolean,
  ) {}

  private out(text: string): void {
    process.stdout.write(`${text}\n`);
  }

  /** ksqlDB's CLI prints the server's message (Console.printErrorMessage); here on stderr, for scripts. */
  private error(message: string): void {
    process.stderr.write(`${message}\n`);
  }

  /** Ctrl-C: ends the running query or PRINT (true), or there is none (false). */
  interrupt(): boolean {
    if (!this.running) return false;
    void this.running.close();
    return true;
  }

  /** Runs a script's statements in order; stops at the first that fails. */
  async runScript(text: string): Promise<Outcome> {
    const { statements, rest } = splitStatements(text);
    if (rest.trim()) statements.push(rest.trim());
    for (const statement of statements) {
      const outcome = await this.run(statement);
      if (outcome !== 'ok') return outcome;
    }
    return 'ok';
  }

  /** Runs one statement (without its `;`). ConnectionError goes up: the caller decides the exit code. */
  async run(statement: string): Promise<Outcome> {
    const st = classify(statement);
    try {
      switch (st.k) {
        case 'exit':
          return 'exit';
        case 'set': {
          const prior = this.properties[st.name];
          this.properties[st.name] = st.value;
          if (this.json) this.out(toJson({ property: st.name, value: st.value, prior: prior ?? null }));
          else {
            // Cli.setProperty's wording
            this.out(
              `Successfully changed local property '${st.name}'${prior === undefined ? '' : ` from '${prior}'`} to '${st.value}'.${prior === undefined ? ' Use the UNSET command to revert your change.' : ''}`,
            );
          }
          return 'ok';
        }
        case 'unset': {
          const prior = this.properties[st.name];
          if (prior === undefined) {
            this.error(`Cannot unset local property '${st.name}' which was never set in the first place`);
            return 'error';
          }
          delete this.properties[st.name];
          if (this.json) this.out(toJson({ property: st.name, value: null, prior }));
          else this.out(`Successfully unset local property '${st.name}' (value was '${prior}').`);
          return 'ok';
        }
        case 'runScript': {
          let text: string;
          try {
            text = readFileSync(st.file, 'utf8');
          } catch (error) {
            this.error(`Failed to read file: ${st.file}: ${(error as Error).message}`);
            return 'error';
          }
          return this.runScript(text);
        }
        case 'print':
          return await this.print(st.text);
        case 'query':
          return await this.query(st.text);
        case 'ksql': {
          const entities = await this.client.ksql(st.text, this.properties);
          if (this.json) this.out(toJson(entities));
          // Console.printKsqlEntityList: a blank line before each entity
          else for (const e of entities) this.out(`\n${renderEntity(e)}`);
          return 'ok';
        }
      }
    } catch (error) {
      if (error instanceof ServerError) {
        this.error(error.body.message);
        return 'error';
      }
      throw error;
    }
  }

  private async query(sql: string): Promise<Outcome> {
    let queryId: string | undefined;
    let table: RowTable | undefined;
    let columns: string[] = [];
    let finalMessage: string | undefined;
    let failed = false;
    const onLine = (line: string) => {
      const item = parseStreamedRow(line);
      if (!item) return;
      if (item.header) {
        const header = item.header as { queryId?: string; schema: string };
        queryId = header.queryId;
        columns = schemaColumns(header.schema);
        table = new RowTable(columns, process.stdout.columns || 80);
        if (!this.json) this.out(table.header());
      } else if (item.row) {
        const values = (item.row as { columns: unknown[] }).columns;
        if (this.json) this.out(toJson(Object.fromEntries(columns.map((c, i) => [c, values[i]]))));
        else this.out(table?.row(values) ?? toJson(values));
      } else if (typeof item.finalMessage === 'string') finalMessage = item.finalMessage;
      else if (item.errorMessage) {
        failed = true;
        this.error((item.errorMessage as { message: string }).message);
      }
    };
    const running = await this.client.stream(sql, this.properties, onLine, () => queryId);
    await this.follow(running);
    if (!this.json) {
      // the server's final message answers our /close-query after Ctrl-C: ksqlDB's CLI has hung up by then
      if (finalMessage && !running.closed) this.out(finalMessage);
      this.out('Query terminated');
    }
    return failed ? 'error' : 'ok';
  }

  private async print(sql: string): Promise<Outcome> {
    const running = await this.client.stream(
      sql,
      this.properties,
      (line) => {
        if (line.trim()) this.out(line);
      },
      () => undefined,
    );
    await this.follow(running);
    if (!this.json) this.out('Topic printing ceased');
    return 'ok';
  }

  private async follow(running: StreamedQuery): Promise<void> {
    this.running = running;
    try {
      await running.done;
    } catch (error) {
      throw new ConnectionError((error as Error).message);
    } finally {
      this.running = undefined;
    }
  }
}
