/**
 * A JSON tree that keeps numbers as written, as ksqlDB's Jackson mapper does (exact BigDecimals, big ints):
 * `1.50` stays `1.50` and `12345678901234567890` loses nothing. Serialization is Jackson's compact form.
 * Parsing reads one value and ignores what follows (Jackson's default FAIL_ON_TRAILING_TOKENS=false); blank
 * text is the "missing" node.
 */

export type JsonNode =
  | { t: 'null' }
  | { t: 'bool'; v: boolean }
  | { t: 'num'; text: string; integral: boolean }
  | { t: 'str'; v: string }
  | { t: 'arr'; items: JsonNode[] }
  | { t: 'obj'; fields: Map<string, JsonNode> };

export class JsonSyntaxError extends Error {}

/** Parses JSON text; `null` for blank text (Jackson's MissingNode). Throws JsonSyntaxError. */
export function parseJsonTree(text: string): JsonNode | null {
  const p = new Parser(text);
  p.ws();
  if (p.pos >= text.length) return null;
  return p.value();
}

class Parser {
  pos = 0;
  constructor(private readonly s: string) {}

  fail(what: string): never {
    throw new JsonSyntaxError(`Invalid JSON at ${this.pos}: ${what}`);
  }

  ws(): void {
    while (this.pos < this.s.length && ' \t\n\r'.includes(this.s[this.pos])) this.pos++;
  }

  value(): JsonNode {
    this.ws();
    const c = this.s[this.pos];
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return { t: 'str', v: this.string() };
    if (c === '-' || (c >= '0' && c <= '9')) return this.number();
    for (const [word, node] of [
      ['true', { t: 'bool', v: true }],
      ['false', { t: 'bool', v: false }],
      ['null', { t: 'null' }],
    ] as [string, JsonNode][]) {
      if (this.s.startsWith(word, this.pos)) {
        this.pos += word.length;
        return node;
      }
    }
    return this.fail(`unexpected ${c === undefined ? 'end of input' : `'${c}'`}`);
  }

  object(): JsonNode {
    this.pos++;
    const fields = new Map<string, JsonNode>();
    this.ws();
    if (this.s[this.pos] === '}') {
      this.pos++;
      return { t: 'obj', fields };
    }
    for (;;) {
      this.ws();
      if (this.s[this.pos] !== '"') this.fail('expected a field name');
      const k = this.string();
      this.ws();
      if (this.s[this.pos] !== ':') this.fail("expected ':'");
      this.pos++;
      fields.set(k, this.value());
      this.ws();
      const c = this.s[this.pos++];
      if (c === '}') return { t: 'obj', fields };
      if (c !== ',') this.fail("expected ',' or '}'");
    }
  }

  array(): JsonNode {
    this.pos++;
    const items: JsonNode[] = [];
    this.ws();
    if (this.s[this.pos] === ']') {
      this.pos++;
      return { t: 'arr', items };
    }
    for (;;) {
      items.push(this.value());
      this.ws();
      const c = this.s[this.pos++];
      if (c === ']') return { t: 'arr', items };
      if (c !== ',') this.fail("expected ',' or ']'");
    }
  }

  string(): string {
    const start = ++this.pos;
    let out = '';
    let chunk = start;
    while (this.pos < this.s.length) {
      const c = this.s[this.pos];
      if (c === '"') {
        out += this.s.slice(chunk, this.pos);
        this.pos++;
        return out;
      }
      if (c === '\\') {
        out += this.s.slice(chunk, this.pos);
        const e = this.s[this.pos + 1];
        const simple: Record<string, string> = {
          '"': '"',
          '\\': '\\',
          '/': '/',
          b: '\b',
          f: '\f',
          n: '\n',
          r: '\r',
          t: '\t',
        };
        if (e in simple) {
          out += simple[e];
          this.pos += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(this.s.slice(this.pos + 2, this.pos + 6))) {
          out += String.fromCharCode(Number.parseInt(this.s.slice(this.pos + 2, this.pos + 6), 16));
          this.pos += 6;
        } else {
          this.fail('bad escape');
        }
        chunk = this.pos;
        continue;
      }
      if (c < ' ') this.fail('control character in string');
      this.pos++;
    }
    return this.fail('unterminated string');
  }

  number(): JsonNode {
    const m = /^-?(?:0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.s.slice(this.pos));
    if (!m) this.fail('bad number');
    this.pos += m[0].length;
    if (/^[0-9]/.test(this.s[this.pos] ?? '')) this.fail('leading zeroes are not allowed');
    return { t: 'num', text: m[0], integral: m[1] === undefined && m[2] === undefined };
  }
}

/** Jackson's compact serialization (JsonNode.toString). */
export function stringifyJsonTree(n: JsonNode): string {
  switch (n.t) {
    case 'null':
      return 'null';
    case 'bool':
      return String(n.v);
    case 'num':
      return n.text;
    case 'str':
      return JSON.stringify(n.v);
    case 'arr':
      return `[${n.items.map(stringifyJsonTree).join(',')}]`;
    case 'obj':
      return `{${[...n.fields].map(([k, v]) => `${JSON.stringify(k)}:${stringifyJsonTree(v)}`).join(',')}}`;
  }
}
