/**
 * Statement text as the ksqlDB CLI reads it: statements end with `;` outside quotes and comments, so one
 * may span lines and one line may hold several; and the CLI's own commands (SET, UNSET, RUN SCRIPT, EXIT)
 * that never reach the server as statements.
 */

/** Splits `text` into complete statements (each without its `;`) and the unfinished rest. */
export function splitStatements(text: string): { statements: string[]; rest: string } {
  const statements: string[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === "'" || c === '"' || c === '`') {
      const close = text.indexOf(c, i + 1);
      if (close < 0) break; // an open quote: the statement goes on on the next line
      i = close + 1;
    } else if (c === '-' && text[i + 1] === '-') {
      const eol = text.indexOf('\n', i);
      if (eol < 0) break;
      i = eol + 1;
    } else if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      if (close < 0) break;
      i = close + 2;
    } else if (c === ';') {
      const statement = stripComments(text.slice(start, i)).trim();
      if (statement) statements.push(statement);
      start = ++i;
    } else i++;
  }
  const rest = text.slice(start);
  return { statements, rest: stripComments(rest).trim() === '' ? '' : rest };
}

/** Drops `--` and `/* *\/` comments outside quotes (the CLI's own commands are matched without them). */
function stripComments(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; ) {
    const c = text[i]!;
    if (c === "'" || c === '"' || c === '`') {
      const close = text.indexOf(c, i + 1);
      const end = close < 0 ? text.length : close + 1;
      out += text.slice(i, end);
      i = end;
    } else if (c === '-' && text[i + 1] === '-') {
      const eol = text.indexOf('\n', i);
      i = eol < 0 ? text.length : eol;
    } else if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? text.length : close + 2;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

const unquote = (s: string) => s.slice(1, -1).replace(/''/g, "'");

/** What the CLI does with one statement. */
export type CliStatement =
  | { k: 'set'; name: string; value: string }
  | { k: 'unset'; name: string }
  | { k: 'runScript'; file: string }
  | { k: 'exit' }
  | { k: 'print'; text: string }
  | { k: 'query'; text: string }
  | { k: 'ksql'; text: string };

const QUOTED = "'(?:[^']|'')*'";

/** Classifies a statement (without its `;`), as Cli.java's handlers do. */
export function classify(statement: string): CliStatement {
  let m = new RegExp(`^SET\\s+(${QUOTED})\\s*=\\s*(${QUOTED})$`, 'is').exec(statement);
  if (m) return { k: 'set', name: unquote(m[1]!), value: unquote(m[2]!) };
  m = new RegExp(`^UNSET\\s+(${QUOTED})$`, 'is').exec(statement);
  if (m) return { k: 'unset', name: unquote(m[1]!) };
  m = new RegExp(`^RUN\\s+SCRIPT\\s+(${QUOTED})$`, 'is').exec(statement);
  if (m) return { k: 'runScript', file: unquote(m[1]!) };
  if (/^(EXIT|QUIT)$/i.test(statement)) return { k: 'exit' };
  if (/^PRINT\b/i.test(statement)) return { k: 'print', text: `${statement};` };
  if (/^SELECT\b/i.test(statement)) return { k: 'query', text: `${statement};` };
  return { k: 'ksql', text: `${statement};` };
}
