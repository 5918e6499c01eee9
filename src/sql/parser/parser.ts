/**
 * Recursive-descent parser for the ksqlDB dialect. One statement at a time (`parseStatements` splits a
 * script), so CREATE TYPE takes effect for the statements after it. Errors name the problem and the
 * position as `line L:C` like ksqlDB's ANTLR parser does.
 */
import { Decimal, type SqlType, type StructField, T } from '../types';
import type {
  BinaryOp,
  Duration,
  Expr,
  JoinClause,
  JoinType,
  Pos,
  Props,
  Relation,
  Select,
  SelectItem,
  Statement,
  StatementBody,
  TableElement,
  WindowSpec,
} from './ast';
import { ParseError, type Token, tokenize } from './lexer';

export type TypeLookup = (name: string) => SqlType | undefined;

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

export class Parser {
  private toks: Token[];
  private i = 0;

  constructor(
    private readonly src: string,
    private readonly lookupType: TypeLookup = () => undefined,
  ) {
    this.toks = tokenize(src);
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
    if (!this.isOp(';') && this.peek().kind !== 'eof') this.fail(`Syntax Error\nextraneous input '${this.peek().raw}'`);
    const endTok = this.peek();
    const text = this.src.slice(start.offset, endTok.kind === 'eof' ? this.src.length : endTok.offset + 1).trim();
    if (this.isOp(';')) this.i++;
    return { ...st, pos: this.posOf(start), text } as Statement;
  }

  // ---- token helpers

  private peek(n = 0): Token {
    return this.toks[Math.min(this.i + n, this.toks.length - 1)];
  }

  private posOf(t: Token): Pos {
    return { line: t.line, col: t.col };
  }

  private pos(): Pos {
    return this.posOf(this.peek());
  }

  private fail(message: string, tok = this.peek()): never {
    throw new ParseError(message, tok.line, tok.col);
  }

  private syntaxError(tok = this.peek()): never {
    const near = tok.kind === 'eof' ? '<EOF>' : tok.raw;
    this.fail(
      `Syntax Error at or near '${near}'\nSyntax error at or near '${near}' at line ${tok.line}:${tok.col + 1}`,
      tok,
    );
  }

  private isKw(...words: string[]): boolean {
    const t = this.peek();
    return t.kind === 'ident' && words.includes(t.text);
  }

  private isKwAt(n: number, word: string): boolean {
    const t = this.peek(n);
    return t.kind === 'ident' && t.text === word;
  }

  private acceptKw(word: string): boolean {
    if (this.isKw(word)) {
      this.i++;
      return true;
    }
    return false;
  }

  private kw(word: string): void {
    if (!this.acceptKw(word)) this.fail(`Syntax Error\nmissing '${word}' at '${this.peek().raw}'`);
  }

  private isOp(op: string, n = 0): boolean {
    const t = this.peek(n);
    return t.kind === 'op' && t.text === op;
  }

  private acceptOp(op: string): boolean {
    if (this.isOp(op)) {
      this.i++;
      return true;
    }
    return false;
  }

  private op(op: string): void {
    if (!this.acceptOp(op)) this.fail(`Syntax Error\nmissing '${op}' at '${this.peek().raw}'`);
  }

  /** An identifier: unquoted ones are upper-cased, quoted ones keep their case. */
  private identifier(what = 'identifier'): string {
    const t = this.peek();
    if (t.kind === 'ident' || t.kind === 'qident') {
      this.i++;
      return t.text;
    }
    this.fail(`Syntax Error\nexpected ${what} at '${t.raw}'`);
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
    if (this.acceptKw('EXPLAIN')) return { k: 'info', what: 'EXPLAIN', name: this.identifier('query id') };
    this.syntaxError();
  }

  private stringLit(): string {
    const t = this.peek();
    if (t.kind !== 'string') this.fail(`Syntax Error\nexpected a string at '${t.raw}'`);
    this.i++;
    return t.text;
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

  // ---- types

  type(): SqlType {
    const t = this.peek();
    if (t.kind !== 'ident' && t.kind !== 'qident') this.syntaxError();
    this.i++;
    switch (t.kind === 'ident' ? t.text : '') {
      case 'BOOLEAN':
        return T.BOOLEAN;
      case 'INT':
      case 'INTEGER':
        return T.INTEGER;
      case 'BIGINT':
        return T.BIGINT;
      case 'DOUBLE':
        return T.DOUBLE;
      case 'STRING':
      case 'VARCHAR':
        return T.STRING;
      case 'BYTES':
        return T.BYTES;
      case 'DATE':
        return T.DATE;
      case 'TIME':
        return T.TIME;
      case 'TIMESTAMP':
        return T.TIMESTAMP;
      case 'DECIMAL': {
        this.op('(');
        const p = this.intLit();
        let s = 0;
        if (this.acceptOp(',')) s = this.intLit();
        this.op(')');
        if (p < 1) this.fail(`DECIMAL precision must be >= 1: DECIMAL(${p}, ${s})`, t);
        if (s > p) this.fail(`DECIMAL precision must be >= scale: DECIMAL(${p}, ${s})`, t);
        return T.decimal(p, s);
      }
      case 'ARRAY': {
        this.op('<');
        const item = this.type();
        this.closeAngle();
        return T.array(item);
      }
      case 'MAP': {
        this.op('<');
        const k = this.type();
        this.op(',');
        const v = this.type();
        this.closeAngle();
        return T.map(k, v);
      }
      case 'STRUCT': {
        this.op('<');
        const fields: StructField[] = [];
        if (!this.isOp('>')) {
          do {
            const name = this.identifier('field name');
            fields.push({ name, type: this.type() });
          } while (this.acceptOp(','));
        }
        this.closeAngle();
        return T.struct(fields);
      }
      default: {
        const custom = this.lookupType(t.text.toUpperCase());
        if (custom) return custom;
        this.syntaxError(t);
      }
    }
  }

  /** `>>` never lexes as one token here, so nested generics close one '>' at a time. */
  private closeAngle(): void {
    this.op('>');
  }

  private intLit(): number {
    const t = this.peek();
    if (t.kind !== 'int') this.syntaxError();
    this.i++;
    return Number(t.text);
  }

  // ---- expressions (lowest precedence first)

  expr(): Expr {
    return this.or();
  }

  private or(): Expr {
    let left = this.and();
    while (this.isKw('OR')) {
      const pos = this.pos();
      this.i++;
      left = { k: 'binary', op: 'OR', left, right: this.and(), pos };
    }
    return left;
  }

  private and(): Expr {
    let left = this.notExpr();
    while (this.isKw('AND')) {
      const pos = this.pos();
      this.i++;
      left = { k: 'binary', op: 'AND', left, right: this.notExpr(), pos };
    }
    return left;
  }

  private notExpr(): Expr {
    if (this.isKw('NOT')) {
      const pos = this.pos();
      this.i++;
      return { k: 'not', e: this.notExpr(), pos };
    }
    return this.predicate();
  }

  private predicate(): Expr {
    const left = this.additive();
    const pos = this.pos();
    const t = this.peek();
    if (t.kind === 'op' && ['=', '<>', '<', '<=', '>', '>='].includes(t.text)) {
      this.i++;
      return { k: 'binary', op: t.text as BinaryOp, left, right: this.additive(), pos };
    }
    if (this.acceptKw('IS')) {
      const not = this.acceptKw('NOT');
      if (this.acceptKw('NULL')) return { k: 'isnull', e: left, not, pos };
      if (this.acceptKw('DISTINCT')) {
        this.kw('FROM');
        return { k: 'distinctfrom', left, right: this.additive(), not, pos };
      }
      this.syntaxError();
    }
    let not = false;
    if (this.isKw('NOT') && (this.isKwAt(1, 'BETWEEN') || this.isKwAt(1, 'LIKE') || this.isKwAt(1, 'IN'))) {
      this.i++;
      not = true;
    }
    if (this.acceptKw('BETWEEN')) {
      const lo = this.additive();
      this.kw('AND');
      return { k: 'between', e: left, lo, hi: this.additive(), not, pos };
    }
    if (this.acceptKw('LIKE')) {
      const pattern = this.additive();
      let escapeChar: string | undefined;
      if (this.acceptKw('ESCAPE')) escapeChar = this.stringLit();
      return { k: 'like', e: left, pattern, escape: escapeChar, not, pos };
    }
    if (this.acceptKw('IN')) {
      this.op('(');
      if (this.isOp(')')) this.fail("Syntax Error\nat or near ')'");
      const list: Expr[] = [];
      do list.push(this.expr());
      while (this.acceptOp(','));
      this.op(')');
      return { k: 'in', e: left, list, not, pos };
    }
    return left;
  }

  private additive(): Expr {
    let left = this.multiplicative();
    for (;;) {
      const t = this.peek();
      if (t.kind === 'op' && (t.text === '+' || t.text === '-' || t.text === '||')) {
        this.i++;
        const right = this.multiplicative();
        left =
          t.text === '||'
            ? { k: 'call', name: 'CONCAT', args: [left, right], pos: this.posOf(t) }
            : { k: 'binary', op: t.text as BinaryOp, left, right, pos: this.posOf(t) };
      } else return left;
    }
  }

  private multiplicative(): Expr {
    let left = this.unary();
    for (;;) {
      const t = this.peek();
      if (t.kind === 'op' && (t.text === '*' || t.text === '/' || t.text === '%')) {
        this.i++;
        left = { k: 'binary', op: t.text as BinaryOp, left, right: this.unary(), pos: this.posOf(t) };
      } else return left;
    }
  }

  private unary(): Expr {
    const pos = this.pos();
    if (this.acceptOp('-')) {
      const e = this.unary();
      // fold negative numeric literals so -2147483648 and -9223372036854775808 are representable
      if (e.k === 'lit' && /^\d/.test(e.text)) return numericLiteral(`-${e.text}`, pos, this);
      return { k: 'neg', e, pos };
    }
    if (this.acceptOp('+')) return this.unary();
    return this.postfix(this.primary());
  }

  private postfix(e: Expr): Expr {
    for (;;) {
      const pos = this.pos();
      if (this.acceptOp('[')) {
        const index = this.expr();
        this.op(']');
        e = { k: 'subscript', base: e, index, pos };
      } else if (this.isOp('->') && !this.isOp('*', 1)) {
        this.i++;
        e = { k: 'deref', base: e, field: this.identifier('field name'), pos };
      } else return e;
    }
  }

  /** Thrown from literal folding; kept public for `numericLiteral`. */
  failAt(message: string, pos: Pos): never {
    throw new ParseError(message, pos.line, pos.col);
  }

  private primary(): Expr {
    const t = this.peek();
    const pos = this.posOf(t);
    switch (t.kind) {
      case 'int':
      case 'decimal':
      case 'double':
        this.i++;
        return numericLiteral(t.text, pos, this);
      case 'string':
        this.i++;
        return { k: 'lit', type: T.STRING, value: t.text, text: `'${t.text.replace(/'/g, "''")}'`, pos };
      case 'op':
        if (t.text === '(') {
          if (this.isLambdaParams()) return this.lambda();
          this.i++;
          const e = this.expr();
          if (this.isOp(',')) this.fail(`Syntax Error\nmissing ')' at ','`);
          this.op(')');
          return e;
        }
        this.syntaxError();
        break;
      case 'qident':
        return this.identifierExpr();
      case 'ident':
        break;
      default:
        this.syntaxError();
    }
    // keywords with their own syntax
    switch (t.text) {
      case 'TRUE':
      case 'FALSE':
        this.i++;
        return { k: 'lit', type: T.BOOLEAN, value: t.text === 'TRUE', text: t.text.toLowerCase(), pos };
      case 'NULL':
        this.i++;
        return { k: 'lit', type: T.NULL, value: null, text: 'null', pos };
      case 'CASE':
        return this.caseExpr();
      case 'CAST': {
        if (!this.isOp('(', 1)) break;
        this.i += 2;
        const e = this.expr();
        this.kw('AS');
        if (this.isKw('NULL')) this.syntaxError();
        const type = this.type();
        this.op(')');
        return { k: 'cast', e, type, pos };
      }
      case 'ARRAY':
        if (this.isOp('[', 1)) {
          this.i += 2;
          const items: Expr[] = [];
          if (!this.isOp(']')) {
            do items.push(this.expr());
            while (this.acceptOp(','));
          }
          this.op(']');
          return { k: 'array', items, pos };
        }
        break;
      case 'MAP':
        if (this.isOp('(', 1)) {
          this.i += 2;
          const entries: { key: Expr; value: Expr }[] = [];
          if (!this.isOp(')')) {
            do {
              const key = this.expr();
              this.op(':=');
              entries.push({ key, value: this.expr() });
            } while (this.acceptOp(','));
          }
          this.op(')');
          return { k: 'map', entries, pos };
        }
        break;
      case 'STRUCT':
        if (this.isOp('(', 1)) {
          this.i += 2;
          const fields: { name: string; value: Expr }[] = [];
          if (!this.isOp(')')) {
            do {
              const name = this.identifier('field name');
              this.op(':=');
              fields.push({ name, value: this.expr() });
            } while (this.acceptOp(','));
          }
          this.op(')');
          return { k: 'struct', fields, pos };
        }
        break;
    }
    if (this.isOp('=>', 1)) return this.lambda();
    return this.identifierExpr();
  }

  private isLambdaParams(): boolean {
    // ( a , b ) =>
    let j = 1;
    for (;;) {
      const t = this.peek(j);
      if (t.kind !== 'ident' && t.kind !== 'qident') return false;
      j++;
      if (this.isOp(')', j)) return this.isOp('=>', j + 1);
      if (!this.isOp(',', j)) return false;
      j++;
    }
  }

  private lambda(): Expr {
    const pos = this.pos();
    const params: string[] = [];
    if (this.acceptOp('(')) {
      do params.push(this.identifier());
      while (this.acceptOp(','));
      this.op(')');
    } else params.push(this.identifier());
    this.op('=>');
    return { k: 'lambda', params, body: this.expr(), pos };
  }

  private identifierExpr(): Expr {
    const pos = this.pos();
    const first = this.identifier();
    if (this.isOp('(')) {
      this.i++;
      if (this.acceptOp('*')) {
        this.op(')');
        return { k: 'call', name: first.toUpperCase(), args: [], star: true, pos };
      }
      const args: Expr[] = [];
      if (!this.isOp(')')) {
        this.acceptKw('DISTINCT');
        do args.push(this.expr());
        while (this.acceptOp(','));
      }
      this.op(')');
      return { k: 'call', name: first.toUpperCase(), args, pos };
    }
    if (this.isOp('.') && (this.peek(1).kind === 'ident' || this.peek(1).kind === 'qident')) {
      this.i++;
      const name = this.identifier();
      return { k: 'col', qualifier: first, name, pos };
    }
    return { k: 'col', name: first, pos };
  }

  private caseExpr(): Expr {
    const pos = this.pos();
    this.kw('CASE');
    let operand: Expr | undefined;
    if (!this.isKw('WHEN')) operand = this.expr();
    const whens: { when: Expr; result: Expr }[] = [];
    while (this.acceptKw('WHEN')) {
      const when = this.expr();
      this.kw('THEN');
      whens.push({ when, result: this.expr() });
    }
    if (whens.length === 0) this.syntaxError();
    let elseExpr: Expr | undefined;
    if (this.acceptKw('ELSE')) elseExpr = this.expr();
    this.kw('END');
    return { k: 'case', operand, whens, else: elseExpr, pos };
  }
}

const INT_MAX = 2147483647;

function numericLiteral(text: string, pos: Pos, p: Parser): Expr {
  const neg = text.startsWith('-');
  const digits = neg ? text.slice(1) : text;
  if (/^\d+$/.test(digits)) {
    const v = BigInt(text);
    if (v >= -2147483648n && v <= BigInt(INT_MAX)) return { k: 'lit', type: T.INTEGER, value: Number(v), text, pos };
    if (v >= -(2n ** 63n) && v < 2n ** 63n) return { k: 'lit', type: T.BIGINT, value: v, text, pos };
    p.failAt(`Failed to prepare statement: line ${pos.line}:${pos.col + 2}: Invalid numeric literal: ${text}`, pos);
  }
  if (/[eE]/.test(digits)) return { k: 'lit', type: T.DOUBLE, value: Number(text), text, pos };
  const d = Decimal.parse(text);
  const precision = Math.max(d.precision(), d.scale);
  return { k: 'lit', type: T.decimal(precision, d.scale), value: d, text, pos };
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
