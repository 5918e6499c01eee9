/**
 * Recursive-descent parser for the ksqlDB dialect. One statement at a time (`parseStatements` splits a
 * script), so CREATE TYPE takes effect for the statements after it. Errors name the problem and the
 * position as `line L:C` like ksqlDB's ANTLR parser does.
 */
import type {
  Duration,
  Expr,
  JoinClause,
  JoinType,
  Props,
  Relation,
  Select,
  SelectItem,
  Statement,
  StatementBody,
  TableElement,
  WindowSpec,
} from './ast';
import { ExpressionParser, type TypeLookup } from './expressions';
import { ParseError } from './lexer';

export type { TypeLookup } from './expressions';

/** Words that end an expression or a select item (never taken as an implicit alias). */
const RESERVED = new Set([
  'SELECT',
  'FROM',
  'WHERE',
  'GROUP',
  'BY',
  'HAVING',
  'WINDOW',
  'PARTITION',
  'EMIT',
  'LIMIT',
  'JOIN',
  'INNER',
  'LEFT',
  'RIGHT',
  'FULL',
  'OUTER',
  'ON',
  'WITHIN',
  'AND',
  'OR',
  'NOT',
  'AS',
  'IS',
  'NULL',
  'TRUE',
  'FALSE',
  'CASE',
  'WHEN',
  'THEN',
  'ELSE',
  'END',
  'IN',
  'BETWEEN',
  'LIKE',
  'CAST',
  'WITH',
  'INTO',
  'VALUES',
  'DISTINCT',
  'ESCAPE',
  'GRACE',
]);

const UNITS: Record<string, number> = {
  MILLISECOND: 1,
  MILLISECONDS: 1,
  SECOND: 1000,
  SECONDS: 1000,
  MINUTE: 60000,
  MINUTES: 60000,
  HOUR: 3600000,
  HOURS: 3600000,
  DAY: 86400000,
  DAYS: 86400000,
};

export class Parser extends ExpressionParser {
  constructor(src: string, lookupType?: TypeLookup) {
    super(src, lookupType);
  }

  /** True when only the end of input is left. */
  atEnd(): boolean {
    while (this.isOp(';')) this.i++;
    return this.peek().kind === 'eof';
  }

  private statementStart = 0;

  /** The text of the statement being parsed, up to its ';'. */
  private currentStatementText(): string {
    const from = this.toks[this.statementStart]?.offset ?? 0;
    let j = this.statementStart;
    while (j < this.toks.length - 1 && !(this.toks[j].kind === 'op' && this.toks[j].text === ';')) j++;
    const end = this.toks[j].kind === 'eof' ? this.src.length : this.toks[j].offset + 1;
    return this.src.slice(from, end);
  }

  /** Parses the next statement (up to and including its ';'). */
  next(): Statement {
    while (this.isOp(';')) this.i++;
    this.statementStart = this.i;
    const start = this.peek();
    const st = this.statement();
    // Input left after a whole statement: ANTLR reports "extraneous input 'X' expecting {...}", and ksqlDB's
    // SyntaxErrorValidator shows the expected tokens only when there are at most three of them; after a whole
    // statement there are more (';' or any clause that may still follow), so its detail line is empty.
    if (!this.isOp(';') && this.peek().kind !== 'eof') this.fail('Syntax Error\n');
    const endTok = this.peek();
    const text = this.src.slice(start.offset, endTok.kind === 'eof' ? this.src.length : endTok.offset + 1).trim();
    if (this.isOp(';')) this.i++;
    return { ...st, pos: this.posOf(start), text } as Statement;
  }

  // ---- statements

  private statement(): StatementBody {
    if (this.acceptKw('CREATE')) return this.create();
    if (this.acceptKw('INSERT')) return this.insert();
    if (this.acceptKw('DROP')) return this.drop();
    if (this.isKw('SELECT')) return { k: 'select', select: this.select() };
    if (this.isKw('SET', 'UNSET')) {
      const unset = this.peek().text === 'UNSET';
      this.i++;
      const name = this.stringLit();
      let value = '';
      if (!unset) {
        this.op('=');
        value = this.stringLit();
      }
      return { k: 'set', name, value, unset };
    }
    if (this.acceptKw('TERMINATE')) return { k: 'terminate', id: this.identifier() };
    if (this.isKw('SHOW', 'LIST')) {
      this.i++;
      const what = this.identifier('what to list').toUpperCase();
      const extended = this.acceptKw('EXTENDED');
      return { k: 'info', what, extended };
    }
    if (this.acceptKw('DESCRIBE')) {
      if (this.acceptKw('FUNCTION')) return { k: 'info', what: 'FUNCTION', name: this.identifier().toUpperCase() };
      const extended = this.acceptKw('EXTENDED');
      const name = this.identifier('source name');
      return { k: 'info', what: 'DESCRIBE', name, extended };
    }
    if (this.acceptKw('EXPLAIN')) {
      // ksqlDB's grammar: EXPLAIN (statement | identifier); a statement is explained without running it
      if (this.isKw('SELECT', 'CREATE', 'INSERT')) return { k: 'info', what: 'EXPLAIN', statement: this.statement() };
      return { k: 'info', what: 'EXPLAIN', name: this.identifier('query id') };
    }
    this.syntaxError();
  }

  private create(): StatementBody {
    let orReplace = false;
    if (this.acceptKw('OR')) {
      this.kw('REPLACE');
      orReplace = true;
    }
    const source = this.acceptKw('SOURCE');
    if (this.acceptKw('TYPE')) {
      const ifNotExists = this.ifNotExists();
      const name = this.identifier();
      this.kw('AS');
      return { k: 'createType', name, type: this.type(), ifNotExists };
    }
    let kind: 'STREAM' | 'TABLE';
    if (this.acceptKw('STREAM')) kind = 'STREAM';
    else if (this.acceptKw('TABLE')) kind = 'TABLE';
    else this.syntaxError();
    const ifNotExists = this.ifNotExists();
    const name = this.identifier('source name');
    let elements: TableElement[] | null = null;
    if (this.isOp('(')) elements = this.tableElements();
    const props = this.isKw('WITH') ? this.props() : new Map();
    if (this.acceptKw('AS')) {
      if (elements) this.syntaxError();
      return { k: 'createAs', kind, name, orReplace, ifNotExists, props, select: this.select() };
    }
    return { k: 'createSource', kind, name, orReplace, ifNotExists, source, elements, props };
  }

  private ifNotExists(): boolean {
    if (this.isKw('IF') && this.isKwAt(1, 'NOT')) {
      this.i += 2;
      this.kw('EXISTS');
      return true;
    }
    return false;
  }

  private tableElements(): TableElement[] {
    this.op('(');
    const out: TableElement[] = [];
    do {
      const pos = this.pos();
      const name = this.identifier('column name');
      const type = this.type();
      let key = false;
      let primaryKey = false;
      let headers: { key?: string } | undefined;
      if (this.acceptKw('KEY')) key = true;
      else if (this.acceptKw('PRIMARY')) {
        this.kw('KEY');
        key = true;
        primaryKey = true;
      } else if (this.acceptKw('HEADERS')) headers = {};
      else if (this.acceptKw('HEADER')) {
        this.op('(');
        headers = { key: this.stringLit() };
        this.op(')');
      }
      out.push({ name, type, key, primaryKey, headers, pos });
    } while (this.acceptOp(','));
    if (!this.isOp(')')) {
      const t = this.peek();
      if (this.isOp('(')) {
        const k = this.peek(1);
        throw new ParseError(
          `Syntax Error\nExpecting {'STRING', INTEGER_VALUE}\nStatement: ${this.currentStatementText()}`,
          k.line,
          k.col,
        );
      }
      this.fail(`Syntax Error\nmissing ')' at '${t.raw}'`);
    }
    this.op(')');
    return out;
  }

  private props(): Props {
    this.kw('WITH');
    this.op('(');
    const props: Props = new Map();
    do {
      const pos = this.pos();
      const name = this.identifier('property name').toUpperCase();
      this.op('=');
      const v = this.peek();
      let value: unknown;
      if (v.kind === 'string') value = v.text;
      else if (v.kind === 'int' || v.kind === 'decimal' || v.kind === 'double') value = Number(v.text);
      else if (v.kind === 'ident' && (v.text === 'TRUE' || v.text === 'FALSE')) value = v.text === 'TRUE';
      else if (v.kind === 'op' && v.text === '-' && this.peek(1).kind === 'int') {
        this.i++;
        value = -Number(this.peek().text);
      } else this.syntaxError();
      this.i++;
      props.set(name, { value, pos });
    } while (this.acceptOp(','));
    this.op(')');
    return props;
  }

  private insert(): StatementBody {
    this.kw('INTO');
    const namePos = this.pos();
    const name = this.identifier('source name');
    if (this.isOp('(') || this.isKw('VALUES')) {
      let columns: string[] | null = null;
      if (this.acceptOp('(')) {
        columns = [];
        do columns.push(this.identifier('column name'));
        while (this.acceptOp(','));
        this.op(')');
      }
      this.kw('VALUES');
      this.op('(');
      const values: Expr[] = [];
      if (!this.isOp(')')) {
        do values.push(this.expr());
        while (this.acceptOp(','));
      }
      this.op(')');
      return { k: 'insertValues', name, columns, values, namePos };
    }
    const props = this.isKw('WITH') ? this.props() : new Map();
    return { k: 'insertInto', name, props, select: this.select(), namePos };
  }

  private drop(): StatementBody {
    if (this.acceptKw('TYPE')) {
      const ifExists = this.ifExists();
      return { k: 'dropType', name: this.identifier(), ifExists };
    }
    let kind: 'STREAM' | 'TABLE';
    if (this.acceptKw('STREAM')) kind = 'STREAM';
    else if (this.acceptKw('TABLE')) kind = 'TABLE';
    else this.syntaxError();
    const ifExists = this.ifExists();
    const name = this.identifier('source name');
    let deleteTopic = false;
    if (this.acceptKw('DELETE')) {
      this.kw('TOPIC');
      deleteTopic = true;
    }
    return { k: 'drop', kind, name, ifExists, deleteTopic };
  }

  private ifExists(): boolean {
    if (this.isKw('IF') && this.isKwAt(1, 'EXISTS')) {
      this.i += 2;
      return true;
    }
    return false;
  }

  // ---- SELECT

  select(): Select {
    const pos = this.pos();
    this.kw('SELECT');
    const items: SelectItem[] = [];
    do items.push(this.selectItem());
    while (this.acceptOp(','));
    this.kw('FROM');
    const from = this.relation();
    const joins: JoinClause[] = [];
    for (;;) {
      const jpos = this.pos();
      let type: JoinType | undefined;
      if (this.acceptKw('JOIN')) type = 'INNER';
      else if (this.isKw('INNER') && this.isKwAt(1, 'JOIN')) {
        this.i += 2;
        type = 'INNER';
      } else if (this.isKw('LEFT', 'RIGHT', 'FULL')) {
        type = this.peek().text as JoinType;
        this.i++;
        this.acceptKw('OUTER');
        this.kw('JOIN');
      }
      if (!type) break;
      const right = this.relation();
      let within: JoinClause['within'];
      if (this.acceptKw('WITHIN')) {
        if (this.acceptOp('(')) {
          const before = this.duration();
          this.op(',');
          const after = this.duration();
          this.op(')');
          within = { before, after };
        } else {
          const d = this.duration();
          within = { before: d, after: d };
        }
        if (this.acceptKw('GRACE')) {
          this.kw('PERIOD');
          within.grace = this.duration();
        }
      }
      this.kw('ON');
      joins.push({ type, right, within, on: this.expr(), pos: jpos });
    }
    const select: Select = { items, from, joins, pos };
    if (this.acceptKw('WINDOW')) select.window = this.windowSpec();
    if (this.acceptKw('WHERE')) select.where = this.expr();
    if (this.isKw('GROUP')) {
      this.i++;
      this.kw('BY');
      select.groupBy = this.exprList();
    }
    if (this.isKw('PARTITION')) {
      this.i++;
      this.kw('BY');
      select.partitionBy = this.exprList();
    }
    if (this.acceptKw('HAVING')) select.having = this.expr();
    if (this.acceptKw('EMIT')) {
      if (this.acceptKw('CHANGES')) select.emit = 'CHANGES';
      else if (this.acceptKw('FINAL')) select.emit = 'FINAL';
      else this.syntaxError();
    }
    if (this.acceptKw('LIMIT')) {
      const t = this.peek();
      // the grammar takes any number after LIMIT; ksqlDB's AstBuilder then refuses one that is not an integer
      if (t.kind === 'decimal' || t.kind === 'double') {
        this.failAt('Failed to prepare statement: Value must be integer for command: LIMIT', this.posOf(t));
      }
      if (t.kind !== 'int') this.syntaxError();
      this.i++;
      select.limit = Number(t.text);
    }
    return select;
  }

  /** GROUP BY / PARTITION BY lists; `()` is an empty list; a parenthesised list is a syntax error. */
  private exprList(): Expr[] {
    if (this.isOp('(') && this.isOp(')', 1)) {
      this.i += 2;
      return [];
    }
    if (this.isOp('(')) {
      // a single grouping set: GROUP BY (a, b)
      const save = this.i;
      try {
        this.i++;
        const set: Expr[] = [];
        do set.push(this.expr());
        while (this.acceptOp(','));
        this.op(')');
        if (set.length > 1 && !this.isOp(',')) return set;
      } catch {
        // not a grouping set: parse as expressions
      }
      this.i = save;
    }
    const out: Expr[] = [];
    do out.push(this.valueExpr());
    while (this.acceptOp(','));
    return out;
  }

  /** ksqlDB's valueExpression: no boolean operators unless parenthesised. */
  private valueExpr(): Expr {
    return this.additive();
  }

  private selectItem(): SelectItem {
    const pos = this.pos();
    if (this.acceptOp('*')) return { k: 'star', pos };
    if ((this.peek().kind === 'ident' || this.peek().kind === 'qident') && this.isOp('.', 1) && this.isOp('*', 2)) {
      const qualifier = this.identifier();
      this.i += 2;
      return { k: 'star', qualifier, pos };
    }
    const expr = this.expr();
    if (this.isOp('->') && this.isOp('*', 1)) {
      this.i += 2;
      return { k: 'structStar', expr, pos };
    }
    let alias: string | undefined;
    if (this.acceptKw('AS')) alias = this.identifier('alias');
    else if (this.peek().kind === 'qident' || (this.peek().kind === 'ident' && !RESERVED.has(this.peek().text))) {
      alias = this.identifier();
    }
    return { k: 'expr', expr, alias, pos };
  }

  private relation(): Relation {
    const pos = this.pos();
    const name = this.identifier('source name');
    let alias: string | undefined;
    if (this.acceptKw('AS')) alias = this.identifier('alias');
    else if (this.peek().kind === 'qident' || (this.peek().kind === 'ident' && !RESERVED.has(this.peek().text))) {
      alias = this.identifier();
    }
    return { name, alias, pos };
  }

  private duration(): Duration {
    const t = this.peek();
    if (t.kind !== 'int') this.syntaxError();
    this.i++;
    const u = this.peek();
    if (u.kind !== 'ident' || !(u.text in UNITS)) this.syntaxError(u);
    this.i++;
    return { ms: Number(t.text) * UNITS[u.text], text: `${t.text} ${u.text}` };
  }

  private windowSpec(): WindowSpec {
    const t = this.peek();
    if (!this.isKw('TUMBLING', 'HOPPING', 'SESSION')) this.syntaxError();
    this.i++;
    const type = t.text as WindowSpec['type'];
    this.op('(');
    let size: Duration | undefined;
    const spec: Partial<WindowSpec> = { type };
    if (type === 'SESSION') size = this.duration();
    let first = type !== 'SESSION';
    while (first || this.acceptOp(',')) {
      first = false;
      if (this.acceptKw('SIZE')) size = this.duration();
      else if (this.acceptKw('ADVANCE')) {
        this.kw('BY');
        spec.advance = this.duration();
      } else if (this.acceptKw('RETENTION')) spec.retention = this.duration();
      else if (this.acceptKw('GRACE')) {
        this.kw('PERIOD');
        spec.grace = this.duration();
      } else this.syntaxError();
    }
    this.op(')');
    if (!size) this.fail('Syntax Error\nwindow SIZE missing', t);
    if (type === 'HOPPING' && !spec.advance) this.fail('Syntax Error\nHOPPING window requires ADVANCE BY', t);
    return { ...spec, type, size } as WindowSpec;
  }
}

/** Splits and parses a whole script; `onStatement` runs each before the next is parsed (CREATE TYPE). */
export function parseStatements(src: string, lookupType?: TypeLookup): Statement[] {
  const p = new Parser(src, lookupType);
  const out: Statement[] = [];
  while (!p.atEnd()) out.push(p.next());
  return out;
}

export function parseExpression(src: string): Expr {
  const p = new Parser(src);
  const e = p.expr();
  if (!p.atEnd()) throw new ParseError('Syntax Error\ntrailing input', 1, 0);
  return e;
}
