/** Tokens of the ksqlDB dialect, with line:column positions for error messages. */

export type TokenKind = 'ident' | 'qident' | 'int' | 'decimal' | 'double' | 'string' | 'op' | 'eof';

export interface Token {
  kind: TokenKind;
  /** Upper-cased for unquoted identifiers/keywords, raw otherwise. */
  text: string;
  /** Original source text. */
  raw: string;
  offset: number;
  line: number;
  col: number;
}

/** A statement ksqlDB's parser would reject; the message carries `line L:C`. */
export class ParseError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly col: number,
  ) {
    super(`line ${line}:${col + 1}: ${message}`);
    this.name = 'ParseFailedException';
  }
}

const OPS = [
  '->',
  '=>',
  ':=',
  '<>',
  '!=',
  '<=',
  '>=',
  '||',
  '=',
  '<',
  '>',
  '+',
  '-',
  '*',
  '/',
  '%',
  '(',
  ')',
  '[',
  ']',
  ',',
  '.',
  ';',
  ':',
];

export function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const push = (kind: TokenKind, text: string, start: number, raw = src.slice(start, i)) =>
    out.push({ kind, text, raw, offset: start, line: lineAt(start), col: start - lineStartAt(start) });
  // line/col at a start offset: computed from the running counters captured before consuming the token
  let tokLine = 1;
  let tokLineStart = 0;
  const lineAt = (_s: number) => tokLine;
  const lineStartAt = (_s: number) => tokLineStart;
  while (i < src.length) {
    const c = src[i];
    if (c === '\n') {
      i++;
      line++;
      lineStart = i;
      continue;
    }
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '-' && src[i + 1] === '-') {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      const stop = end < 0 ? src.length : end + 2;
      for (let j = i; j < stop; j++) {
        if (src[j] === '\n') {
          line++;
          lineStart = j + 1;
        }
      }
      i = stop;
      continue;
    }
    tokLine = line;
    tokLineStart = lineStart;
    const start = i;
    if (/[A-Za-z_]/.test(c)) {
      while (i < src.length && /[A-Za-z0-9_@$]/.test(src[i])) i++;
      push('ident', src.slice(start, i).toUpperCase(), start);
      continue;
    }
    if (c === '`' || c === '"') {
      i++;
      let text = '';
      while (i < src.length) {
        if (src[i] === c) {
          if (src[i + 1] === c) {
            text += c;
            i += 2;
            continue;
          }
          break;
        }
        text += src[i++];
      }
      if (i >= src.length) throw new ParseError('Unterminated quoted identifier', tokLine, start - tokLineStart);
      i++;
      push('qident', text, start);
      continue;
    }
    if (c === "'") {
      i++;
      let text = '';
      while (i < src.length) {
        if (src[i] === "'") {
          if (src[i + 1] === "'") {
            text += "'";
            i += 2;
            continue;
          }
          break;
        }
        if (src[i] === '\n') {
          line++;
          lineStart = i + 1;
        }
        text += src[i++];
      }
      if (i >= src.length) throw new ParseError('Unterminated string literal', tokLine, start - tokLineStart);
      i++;
      push('string', text, start);
      continue;
    }
    if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(src[i + 1] ?? ''))) {
      while (i < src.length && /[0-9]/.test(src[i])) i++;
      let kind: TokenKind = 'int';
      if (src[i] === '.' && /[0-9]/.test(src[i + 1] ?? '')) {
        kind = 'decimal';
        i++;
        while (i < src.length && /[0-9]/.test(src[i])) i++;
      } else if (src[i] === '.' && !/[A-Za-z_]/.test(src[i + 1] ?? '')) {
        kind = 'decimal';
        i++;
      }
      if ((src[i] === 'E' || src[i] === 'e') && /[0-9+-]/.test(src[i + 1] ?? '')) {
        kind = 'double';
        i++;
        if (src[i] === '+' || src[i] === '-') i++;
        while (i < src.length && /[0-9]/.test(src[i])) i++;
      }
      if (i < src.length && /[A-Za-z_]/.test(src[i])) {
        // DIGIT_IDENTIFIER: digits followed by letters (e.g. an alias `1R`)
        while (i < src.length && /[A-Za-z0-9_@$]/.test(src[i])) i++;
        push('ident', src.slice(start, i).toUpperCase(), start);
        continue;
      }
      push(kind, src.slice(start, i), start);
      continue;
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (!op) throw new ParseError(`Syntax Error: unexpected character '${c}'`, tokLine, start - tokLineStart);
    i += op.length;
    push('op', op === '!=' ? '<>' : op, start);
  }
  tokLine = line;
  tokLineStart = lineStart;
  push('eof', '<EOF>', i, '<EOF>');
  return out;
}
