/**
 * The expression and type half of the ksqlDB parser (with the token helpers both halves use); `Parser` in
 * parser.ts adds statements. Operator precedence: OR < AND < NOT < predicates < + - < * / % < unary < postfix.
 */
import { Decimal, primitiveType, type SqlType, type StructField, T } from '../types';
import type { BinaryOp, Expr, Pos } from './ast';
import { ParseError, type Token, tokenize } from './lexer';

export type TypeLookup = (name: string) => SqlType | undefined;

export class ExpressionParser {
  protected toks: Token[];
  protected i = 0;

  constructor(
    protected readonly src: string,
    protected readonly lookupType: TypeLookup = () => undefined,
  ) {
    this.toks = tokenize(src);
  }

  // ---- token helpers

  protected peek(n = 0): Token {
    return this.toks[Math.min(this.i + n, this.toks.length - 1)];
  }

  protected posOf(t: Token): Pos {
    return { line: t.line, col: t.col };
  }

  protected pos(): Pos {
    return this.posOf(this.peek());
  }

  protected fail(message: string, tok = this.peek()): never {
    throw new ParseError(message, tok.line, tok.col);
  }

  protected syntaxError(tok = this.peek()): never {
    const near = tok.kind === 'eof' ? '<EOF>' : tok.raw;
    this.fail(
      `Syntax Error at or near '${near}'\nSyntax error at or near '${near}' at line ${tok.line}:${tok.col + 1}`,
      tok,
    );
  }

  protected isKw(...words: string[]): boolean {
    const t = this.peek();
    return t.kind === 'ident' && words.includes(t.text);
  }

  protected isKwAt(n: number, word: string): boolean {
    const t = this.peek(n);
    return t.kind === 'ident' && t.text === word;
  }

  protected acceptKw(word: string): boolean {
    if (this.isKw(word)) {
      this.i++;
      return true;
    }
    return false;
  }

  protected kw(word: string): void {
    if (!this.acceptKw(word)) this.fail(`Syntax Error\nmissing '${word}' at '${this.peek().raw}'`);
  }

  protected isOp(op: string, n = 0): boolean {
    const t = this.peek(n);
    return t.kind === 'op' && t.text === op;
  }

  protected acceptOp(op: string): boolean {
    if (this.isOp(op)) {
      this.i++;
      return true;
    }
    return false;
  }

  protected op(op: string): void {
    if (!this.acceptOp(op)) this.fail(`Syntax Error\nmissing '${op}' at '${this.peek().raw}'`);
  }

  /** An identifier: unquoted ones are upper-cased, quoted ones keep their case. */
  protected identifier(what = 'identifier'): string {
    const t = this.peek();
    if (t.kind === 'ident' || t.kind === 'qident') {
      this.i++;
      return t.text;
    }
    this.fail(`Syntax Error\nexpected ${what} at '${t.raw}'`);
  }

  protected stringLit(): string {
    const t = this.peek();
    if (t.kind !== 'string') this.fail(`Syntax Error\nexpected a string at '${t.raw}'`);
    this.i++;
    return t.text;
  }

  // ---- types

  type(): SqlType {
    const t = this.peek();
    if (t.kind !== 'ident' && t.kind !== 'qident') this.syntaxError();
    this.i++;
    const primitive = t.kind === 'ident' ? primitiveType(t.text) : undefined;
    if (primitive) return primitive;
    switch (t.kind === 'ident' ? t.text : '') {
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
  protected closeAngle(): void {
    this.op('>');
  }

  protected intLit(): number {
    const t = this.peek();
    if (t.kind !== 'int') this.syntaxError();
    this.i++;
    return Number(t.text);
  }

  // ---- expressions (lowest precedence first)

  expr(): Expr {
    return this.or();
  }

  protected or(): Expr {
    let left = this.and();
    while (this.isKw('OR')) {
      const pos = this.pos();
      this.i++;
      left = { k: 'binary', op: 'OR', left, right: this.and(), pos };
    }
    return left;
  }

  protected and(): Expr {
    let left = this.notExpr();
    while (this.isKw('AND')) {
      const pos = this.pos();
      this.i++;
      left = { k: 'binary', op: 'AND', left, right: this.notExpr(), pos };
    }
    return left;
  }

  protected notExpr(): Expr {
    if (this.isKw('NOT')) {
      const pos = this.pos();
      this.i++;
      return { k: 'not', e: this.notExpr(), pos };
    }
    return this.predicate();
  }

  protected predicate(): Expr {
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

  protected additive(): Expr {
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

  protected multiplicative(): Expr {
    let left = this.unary();
    for (;;) {
      const t = this.peek();
      if (t.kind === 'op' && (t.text === '*' || t.text === '/' || t.text === '%')) {
        this.i++;
        left = { k: 'binary', op: t.text as BinaryOp, left, right: this.unary(), pos: this.posOf(t) };
      } else return left;
    }
  }

  protected unary(): Expr {
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

  protected postfix(e: Expr): Expr {
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

  protected primary(): Expr {
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

  protected isLambdaParams(): boolean {
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

  protected lambda(): Expr {
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

  protected identifierExpr(): Expr {
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

  protected caseExpr(): Expr {
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

function numericLiteral(text: string, pos: Pos, p: ExpressionParser): Expr {
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
