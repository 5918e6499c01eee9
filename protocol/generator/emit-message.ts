/**
 * Emits the TypeScript of one message: interfaces, `default*`, `read*` and `write*` functions per struct,
 * helpers per array field, and the exported `MessageCodec`. Version checks are resolved at generation time as
 * far as the struct's possible versions allow, so the code is straight-line with a few integer compares.
 */
import {
  type ElementType,
  FIXED_SIZE,
  type FieldSpec,
  fieldFlexible,
  type MessageSpec,
  type PrimitiveName,
  type StructSpec,
  Versions,
} from './schema';

/** Runtime helper names (from protocol/generator/runtime.ts) a file ends up using. */
export type RuntimeSymbol =
  | 'EMPTY_BYTES'
  | 'notInVersion'
  | 'nullNotAllowed'
  | 'unsupportedVersion'
  | 'writeTaggedField'
  | 'endTaggedField';

const ZERO_UUID_TEXT = 'AAAAAAAAAAAAAAAAAAAAAA';

/** A JavaScript condition on `version` that is true exactly for `set` within `ctx` ('true'/'false' if constant). */
export function cond(set: Versions, ctx: Versions): string {
  const inside = set.intersect(ctx);
  if (inside.empty) return 'false';
  if (inside.equals(ctx)) return 'true';
  const parts: string[] = [];
  if (inside.lo > ctx.lo) parts.push(`version >= ${inside.lo}`);
  if (inside.hi < ctx.hi) parts.push(`version <= ${inside.hi}`);
  return parts.join(' && ');
}

function tern(c: string, a: string, b: string): string {
  if (c === 'true') return a;
  if (c === 'false') return b;
  const wrap = (e: string) => (e.includes('?') || e.includes('&&') ? `(${e})` : e);
  return `${wrap(c)} ? ${wrap(a)} : ${wrap(b)}`;
}

function not(c: string): string {
  if (c === 'true') return 'false';
  if (c === 'false') return 'true';
  return `!(${c})`;
}

function and(a: string, b: string): string {
  if (a === 'false' || b === 'false') return 'false';
  if (a === 'true') return b;
  if (b === 'true') return a;
  return `${a} && ${b}`;
}

/** Single-quoted TypeScript string literal. */
export function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}

function parseInteger(text: string, field: string): bigint {
  const m = /^(-?)(0x[0-9a-fA-F]+|\d+)$/.exec(text.trim());
  if (!m) throw new Error(`invalid integer default ${JSON.stringify(text)} for ${field}`);
  const magnitude = BigInt(m[2]!);
  return m[1] ? -magnitude : magnitude;
}

const INT_RANGE: Partial<Record<PrimitiveName, [bigint, bigint]>> = {
  int8: [-128n, 127n],
  int16: [-32768n, 32767n],
  uint16: [0n, 65535n],
  int32: [-2147483648n, 2147483647n],
  uint32: [0n, 4294967295n],
  int64: [-(2n ** 63n), 2n ** 63n - 1n],
};

function elementOf(field: FieldSpec): ElementType {
  return field.type.kind === 'array' ? field.type.element : field.type;
}

export class MessageEmitter {
  private readonly out: string[] = [];
  private readonly isDefaultUsed = new Set<StructSpec>();

  constructor(
    private readonly message: MessageSpec,
    private readonly used: Set<RuntimeSymbol>,
  ) {
    for (const struct of message.structs) {
      for (const field of struct.fields) this.validate(field);
    }
  }

  private validate(field: FieldSpec): void {
    const element = elementOf(field);
    if (!field.nullableVersions.empty) {
      const ok =
        field.type.kind === 'array' ||
        element.kind === 'struct' ||
        ['string', 'bytes', 'records'].includes((element as { name: string }).name);
      if (!ok) throw new Error(`${this.message.name}.${field.path}: type cannot be nullable`);
    }
    if (field.defaultText === 'null' && !field.nullableVersions.intersect(field.versions).equals(field.versions)) {
      throw new Error(`${this.message.name}.${field.path}: default null but not nullable in every version`);
    }
    if (field.flexibleVersions && !(field.type.kind === 'primitive' && ['string', 'bytes'].includes(field.type.name))) {
      throw new Error(`${this.message.name}.${field.path}: flexibleVersions override only allowed on string/bytes`);
    }
    if (!field.taggedVersions.empty) {
      const tagged = field.taggedVersions.intersect(field.versions);
      if (!tagged.intersect(fieldFlexible(field, this.message)).equals(tagged)) {
        throw new Error(`${this.message.name}.${field.path}: tagged versions outside flexible versions`);
      }
      if (field.type.kind === 'primitive' && field.type.name === 'records') {
        throw new Error(`${this.message.name}.${field.path}: records cannot be tagged`);
      }
    }
    this.defaultExpr(field); // validates the default
  }

  private line(text = ''): void {
    this.out.push(text);
  }

  emit(): string {
    const m = this.message;
    for (const struct of m.structs) this.emitInterface(struct);
    for (const struct of m.structs) this.emitDefaults(struct);
    for (const struct of m.structs) this.emitReader(struct);
    for (const struct of m.structs) this.emitWriter(struct);
    this.emitCodec();
    this.emitIsDefaults();
    return this.out.join('\n');
  }

  // ---- types and defaults ------------------------------------------------------------------------------

  private elementTsType(element: ElementType): string {
    if (element.kind === 'struct') return element.struct.tsType;
    switch (element.name) {
      case 'int64':
        return 'bigint';
      case 'bool':
        return 'boolean';
      case 'string':
      case 'uuid':
        return 'string';
      case 'bytes':
        return 'Buffer';
      case 'records':
        return 'Buffer | null';
      default:
        return 'number';
    }
  }

  private fieldTsType(field: FieldSpec): string {
    const element = elementOf(field);
    let type = this.elementTsType(element);
    if (field.type.kind === 'array') type = `${type}[]`;
    if (!field.nullableVersions.empty && !type.endsWith('| null')) type += ' | null';
    return type;
  }

  private emitInterface(struct: StructSpec): void {
    const m = this.message;
    const doc =
      struct === m.root
        ? `${m.name} (${m.type}${m.apiKey === null ? '' : `, API key ${m.apiKey}`}), versions ${m.validVersions}.`
        : `${m.name} ${struct.name}, versions ${struct.versions}.`;
    this.line(`/** ${doc} */`);
    this.line(`export interface ${struct.tsType} {`);
    for (const field of struct.fields) {
      const facts = [`versions ${field.versions}`];
      if (!field.nullableVersions.empty) facts.push(`nullable ${field.nullableVersions}`);
      if (!field.taggedVersions.empty) facts.push(`tag ${field.tag} in ${field.taggedVersions}`);
      if (field.defaultText !== '') facts.push(`default ${field.defaultText}`);
      const about = field.about.replace(/\*\//g, '*\\/').replace(/\s+/g, ' ').trim();
      this.line(`  /** ${about}${about ? ' ' : ''}(${facts.join(', ')}) */`);
      this.line(`  ${field.tsName}: ${this.fieldTsType(field)};`);
    }
    this.line('}');
    this.line();
  }

  /** Expression for a fresh default value of a field. */
  defaultExpr(field: FieldSpec): string {
    const text = field.defaultText;
    const where = `${this.message.name}.${field.path}`;
    if (field.type.kind === 'array') {
      if (text === 'null') return 'null';
      if (text !== '') throw new Error(`${where}: arrays default to empty or null`);
      return '[]';
    }
    if (field.type.kind === 'struct') {
      if (text === 'null') return 'null';
      if (text !== '') throw new Error(`${where}: structs default to empty or null`);
      return `default${field.type.struct.tsType}()`;
    }
    const name = field.type.name;
    switch (name) {
      case 'bool':
        if (text === '' || text.toLowerCase() === 'false') return 'false';
        if (text.toLowerCase() === 'true') return 'true';
        throw new Error(`${where}: invalid bool default ${text}`);
      case 'string':
        return text === 'null' ? 'null' : quote(text);
      case 'bytes':
        if (text === 'null') return 'null';
        if (text !== '') throw new Error(`${where}: bytes default to empty or null`);
        this.used.add('EMPTY_BYTES');
        return 'EMPTY_BYTES';
      case 'records':
        return 'null';
      case 'uuid':
        if (text === '') return quote(ZERO_UUID_TEXT);
        if (Buffer.from(text, 'base64url').length !== 16) throw new Error(`${where}: invalid uuid default`);
        return quote(text);
      case 'float64': {
        if (text === '') return '0';
        const value = Number(text);
        if (Number.isNaN(value) && text !== 'NaN') throw new Error(`${where}: invalid float64 default`);
        return Number.isNaN(value) ? 'Number.NaN' : String(value);
      }
      default: {
        const value = text === '' ? 0n : parseInteger(text, where);
        const [lo, hi] = INT_RANGE[name]!;
        if (value < lo || value > hi) throw new Error(`${where}: default ${text} out of range for ${name}`);
        return name === 'int64' ? `${value}n` : String(value);
      }
    }
  }

  private emitDefaults(struct: StructSpec): void {
    this.line(`/** A fresh ${struct.tsType} with every field at its schema default. */`);
    this.line(`export function default${struct.tsType}(): ${struct.tsType} {`);
    this.line('  return {');
    for (const field of struct.fields) this.line(`    ${field.tsName}: ${this.defaultExpr(field)},`);
    this.line('  };');
    this.line('}');
    this.line();
  }

  /** Kafka's "non-default value" test (MessageDataGenerator/FieldSpec.generateNonDefaultValueCheck). */
  private nonDefault(field: FieldSpec, value: string): string {
    const isNullDefault = field.defaultText === 'null';
    const nullable = !field.nullableVersions.empty;
    const element = elementOf(field);
    if (field.type.kind === 'array' || (element.kind === 'primitive' && element.name === 'bytes')) {
      if (isNullDefault) return `${value} !== null`;
      return nullable ? `(${value} === null || ${value}.length !== 0)` : `${value}.length !== 0`;
    }
    if (field.type.kind === 'struct') {
      if (isNullDefault) return `${value} !== null`;
      const check = `!${this.isDefaultName(field.type.struct)}(${value})`;
      return nullable ? `(${value} === null || ${check})` : check;
    }
    if (field.type.name === 'records') return `${value} !== null`;
    return `${value} !== ${this.defaultExpr(field)}`;
  }

  /** Name of the generated "every field at its default" test of a struct; emitted at the end if used. */
  private isDefaultName(struct: StructSpec): string {
    this.isDefaultUsed.add(struct);
    return `isDefault${struct.tsType}`;
  }

  /** Straight-line test that a struct equals its defaults (no allocation, unlike comparing with default*()). */
  private emitIsDefaults(): void {
    const done = new Set<StructSpec>();
    for (
      let pending = [...this.isDefaultUsed];
      pending.length > 0;
      pending = [...this.isDefaultUsed].filter((x) => !done.has(x))
    ) {
      for (const struct of pending.sort((a, b) => this.message.structs.indexOf(a) - this.message.structs.indexOf(b))) {
        done.add(struct);
        const terms = struct.fields.map((f) => `!(${this.nonDefault(f, `v.${f.tsName}`)})`);
        const body = [`  return ${terms.length === 0 ? 'true' : terms.join(' &&\n    ')};`];
        this.pushFunction(`function isDefault${struct.tsType}(v: ${struct.tsType}): boolean {`, body);
      }
    }
  }

  // ---- sizes --------------------------------------------------------------------------------------------

  /** Smallest encoded size of a struct at a version (bounds array counts before allocating). */
  private minStructSize(struct: StructSpec, version: number, depth = 0): number {
    if (depth > 32) return 0;
    let size = this.message.flexibleVersions.contains(version) ? 1 : 0;
    for (const field of struct.fields) {
      if (!field.versions.contains(version) || field.taggedVersions.contains(version)) continue;
      const flexible = fieldFlexible(field, this.message).contains(version);
      if (field.type.kind === 'array') size += flexible ? 1 : 4;
      else if (field.type.kind === 'struct') {
        size += field.nullableVersions.contains(version)
          ? 1
          : this.minStructSize(field.type.struct, version, depth + 1);
      } else size += this.minPrimitiveSize(field.type.name, flexible);
    }
    return size;
  }

  private minPrimitiveSize(name: PrimitiveName, flexible: boolean): number {
    const fixed = FIXED_SIZE[name];
    if (fixed !== undefined) return fixed;
    if (name === 'string') return flexible ? 1 : 2;
    return flexible ? 1 : 4;
  }

  private minElementSize(field: FieldSpec, ctx: Versions): number {
    const element = elementOf(field);
    let min = Number.POSITIVE_INFINITY;
    for (let v = ctx.lo; v <= ctx.hi; v++) {
      const flexible = fieldFlexible(field, this.message).contains(v) || field.taggedVersions.contains(v);
      const size =
        element.kind === 'struct'
          ? this.minStructSize(element.struct, v)
          : this.minPrimitiveSize(element.name, flexible);
      min = Math.min(min, size);
    }
    return Math.max(1, Number.isFinite(min) ? min : 1);
  }

  // ---- decoding -----------------------------------------------------------------------------------------

  private flexCond(field: FieldSpec, sub: Versions, tagged: boolean): string {
    return tagged ? 'true' : cond(fieldFlexible(field, this.message), sub);
  }

  /** Expression reading one element (array element or non-array field value). */
  private readElement(field: FieldSpec, element: ElementType, sub: Versions, tagged: boolean, isItem: boolean): string {
    const nullC = isItem ? 'false' : cond(field.nullableVersions, sub);
    if (element.kind === 'struct') {
      const read = `read${element.struct.tsType}(r, version)`;
      const marker = tagged ? 'r.uvarint() === 0' : 'r.int8() < 0';
      return tern(nullC, `(${marker} ? null : ${read})`, read);
    }
    const flexC = this.flexCond(field, sub, tagged);
    switch (element.name) {
      case 'string':
        return tern(
          flexC,
          tern(nullC, 'r.compactNullableString()', 'r.compactString()'),
          tern(nullC, 'r.nullableString()', 'r.string()'),
        );
      case 'bytes':
      case 'records':
        return tern(
          flexC,
          tern(nullC, 'r.compactNullableBytes()', 'r.compactBytes()'),
          tern(nullC, 'r.nullableBytes()', 'r.bytes()'),
        );
      default:
        return `r.${element.name}()`;
    }
  }

  private arrayHelperName(kind: 'read' | 'write', struct: StructSpec, field: FieldSpec): string {
    return `${kind}${struct.tsType}_${field.name}`;
  }

  private readField(struct: StructSpec, field: FieldSpec, sub: Versions, tagged: boolean): string {
    if (field.type.kind === 'array') return `${this.arrayHelperName('read', struct, field)}(r, version)`;
    return this.readElement(field, field.type, sub, tagged, false);
  }

  private emitArrayReader(struct: StructSpec, field: FieldSpec): void {
    if (field.type.kind !== 'array') return;
    const ctx = field.versions.intersect(struct.versions);
    if (ctx.empty) return;
    const element = field.type.element;
    const itemType = this.elementTsType(element);
    const returnType = this.fieldTsType(field);
    const flexC = cond(fieldFlexible(field, this.message), ctx);
    const min = this.minElementSize(field, ctx);
    const nullC = cond(field.nullableVersions, ctx);
    const body: string[] = [];
    body.push(`  const n = ${tern(flexC, `r.compactArrayLength(${min})`, `r.arrayLength(${min})`)};`);
    body.push('  if (n < 0) {');
    if (nullC === 'true') body.push('    return null;');
    else {
      if (nullC !== 'false') body.push(`    if (${nullC}) return null;`);
      body.push("    r.fail('null where an array is required');");
      body.push('    return [];');
    }
    body.push('  }');
    body.push(`  const items: ${itemType}[] = [];`);
    body.push(
      `  for (let i = 0; i < n && !r.failed; i++) items.push(${this.readElement(field, element, ctx, false, true)});`,
    );
    body.push('  return items;');
    this.pushFunction(
      `function ${this.arrayHelperName('read', struct, field)}(r: Reader, version: number): ${returnType} {`,
      body,
    );
  }

  /** Emits a function, prefixing with `_` the parameters its body does not use (noUnusedParameters). */
  private pushFunction(signature: string, body: string[]): void {
    let head = signature;
    for (const param of ['r', 'w', 'v', 'version', 'items']) {
      // An identifier use: not a property access (`v.version`) nor an object-literal key (`version: ...`).
      const pattern = new RegExp(`(?<![.\\w])${param}\\b(?!\\s*:)`);
      if (head.includes(`(${param}: `) || head.includes(` ${param}: `)) {
        if (!body.some((l) => pattern.test(l.replace(/'[^']*'/g, '')))) {
          head = head.replace(`(${param}: `, `(_${param}: `).replace(` ${param}: `, ` _${param}: `);
        }
      }
    }
    this.line(head);
    for (const l of body) this.line(l);
    this.line('}');
    this.line();
  }

  private emitReader(struct: StructSpec): void {
    const m = this.message;
    const ctx = struct.versions;
    for (const field of struct.fields) this.emitArrayReader(struct, field);
    const flexCtx = ctx.intersect(m.flexibleVersions);
    const body: string[] = [];
    const taggedFields: FieldSpec[] = [];
    for (const field of struct.fields) {
      const present = field.versions.intersect(ctx);
      const taggedIn = field.taggedVersions.empty
        ? Versions.NONE
        : present.intersect(field.taggedVersions).intersect(flexCtx);
      const untagged = field.taggedVersions.empty ? present : present.below(field.taggedVersions.lo);
      const untagC = cond(untagged, ctx);
      const local = `f${field.name}`;
      const decl = taggedIn.empty ? 'const' : 'let';
      if (!taggedIn.empty) taggedFields.push(field);
      if (untagC === 'false') {
        body.push(`  ${decl} ${local}: ${this.fieldTsType(field)} = ${this.defaultExpr(field)};`);
        continue;
      }
      body.push(`  r.field = ${quote(field.path)};`);
      body.push(
        `  ${decl} ${local}: ${this.fieldTsType(field)} = ${tern(untagC, this.readField(struct, field, untagged, false), this.defaultExpr(field))};`,
      );
    }
    const flexC = cond(m.flexibleVersions, ctx);
    if (flexC !== 'false') {
      const lines: string[] = [];
      if (taggedFields.length === 0) {
        lines.push(`r.field = ${quote(`${struct.pathPrefix}_tagged_fields`)};`);
        lines.push('r.skipTaggedFields();');
      } else {
        this.used.add('endTaggedField');
        lines.push(`r.field = ${quote(`${struct.pathPrefix}_tagged_fields`)};`);
        lines.push('const tagCount = r.uvarint();');
        lines.push('for (let i = 0; i < tagCount && !r.failed; i++) {');
        lines.push('  const tag = r.uvarint();');
        lines.push('  const size = r.uvarint();');
        lines.push('  switch (tag) {');
        for (const field of [...taggedFields].sort((a, b) => a.tag! - b.tag!)) {
          const taggedIn = field.versions.intersect(ctx).intersect(field.taggedVersions).intersect(flexCtx);
          const taggedC = cond(taggedIn, flexCtx);
          lines.push(`    case ${field.tag}: {`);
          const inner = [
            `r.field = ${quote(field.path)};`,
            'const end = r.pos + size;',
            `f${field.name} = ${this.readField(struct, field, taggedIn, true)};`,
            'endTaggedField(r, end);',
          ];
          if (taggedC === 'true') for (const l of inner) lines.push(`      ${l}`);
          else {
            lines.push(`      if (${taggedC}) {`);
            for (const l of inner) lines.push(`        ${l}`);
            lines.push('      } else {');
            lines.push('        r.skip(size);');
            lines.push('      }');
          }
          lines.push('      break;');
          lines.push('    }');
        }
        lines.push('    default:');
        lines.push('      r.skip(size);');
        lines.push('  }');
        lines.push('}');
      }
      if (flexC === 'true') for (const l of lines) body.push(`  ${l}`);
      else {
        body.push(`  if (${flexC}) {`);
        for (const l of lines) body.push(`    ${l}`);
        body.push('  }');
      }
    }
    body.push('  return {');
    for (const field of struct.fields) body.push(`    ${field.tsName}: f${field.name},`);
    body.push('  };');
    this.pushFunction(`function read${struct.tsType}(r: Reader, version: number): ${struct.tsType} {`, body);
  }

  // ---- encoding -----------------------------------------------------------------------------------------

  private fail(kind: 'notInVersion' | 'nullNotAllowed', field: FieldSpec): string {
    this.used.add(kind);
    return `${kind}(${quote(this.message.name)}, version, ${quote(field.path)})`;
  }

  /** Statements writing one element or non-array field value `value` (known to be present in `sub`). */
  private writeElement(
    field: FieldSpec,
    element: ElementType,
    value: string,
    sub: Versions,
    tagged: boolean,
    isItem: boolean,
  ): string[] {
    const nullable = !isItem && !field.nullableVersions.empty;
    const nullC = isItem ? 'false' : cond(field.nullableVersions, sub);
    if (element.kind === 'struct') {
      const write = `write${element.struct.tsType}(w, version, ${value});`;
      if (!nullable) return [write];
      if (tagged) return ['w.uvarint(1);', `write${element.struct.tsType}(w, version, ${value}!);`];
      const out: string[] = [`if (${value} === null) {`];
      if (nullC === 'true') out.push('  w.int8(-1);');
      else if (nullC === 'false') out.push(`  ${this.fail('nullNotAllowed', field)};`);
      else out.push(`  if (${nullC}) w.int8(-1);`, `  else ${this.fail('nullNotAllowed', field)};`);
      out.push('} else {');
      if (nullC === 'true') out.push('  w.int8(1);');
      else if (nullC !== 'false') out.push(`  if (${nullC}) w.int8(1);`);
      out.push(`  ${write}`);
      out.push('}');
      return out;
    }
    const flexC = this.flexCond(field, sub, tagged);
    const name = element.name;
    if (name === 'string' || name === 'bytes' || name === 'records') {
      const suffix = name === 'string' ? 'String' : 'Bytes';
      const out: string[] = [];
      const mayBeNull = nullable || name === 'records';
      if (mayBeNull && nullC !== 'true') {
        const check = nullC === 'false' ? `${value} === null` : `${value} === null && ${not(nullC)}`;
        out.push(`if (${check}) ${this.fail('nullNotAllowed', field)};`);
      }
      const methods = mayBeNull
        ? [`compactNullable${suffix}`, `nullable${suffix}`]
        : [`compact${suffix}`, name === 'string' ? 'string' : 'bytes'];
      out.push(`${tern(flexC, `w.${methods[0]}(${value})`, `w.${methods[1]}(${value})`)};`);
      return out;
    }
    return [`w.${name}(${value});`];
  }

  private writeField(struct: StructSpec, field: FieldSpec, value: string, sub: Versions, tagged: boolean): string[] {
    if (field.type.kind === 'array') {
      const bang = tagged && !field.nullableVersions.empty ? '!' : '';
      return [`${this.arrayHelperName('write', struct, field)}(w, version, ${value}${bang});`];
    }
    return this.writeElement(field, field.type, value, sub, tagged, false);
  }

  private emitArrayWriter(struct: StructSpec, field: FieldSpec): void {
    if (field.type.kind !== 'array') return;
    const ctx = field.versions.intersect(struct.versions);
    if (ctx.empty) return;
    const element = field.type.element;
    const flexC = cond(fieldFlexible(field, this.message), ctx);
    const body: string[] = [];
    if (!field.nullableVersions.empty) {
      const nullC = cond(field.nullableVersions, ctx);
      body.push('  if (items === null) {');
      if (nullC === 'false') body.push(`    ${this.fail('nullNotAllowed', field)};`);
      else {
        if (nullC !== 'true') body.push(`    if (${not(nullC)}) ${this.fail('nullNotAllowed', field)};`);
        body.push(`    ${tern(flexC, 'w.uvarint(0)', 'w.int32(-1)')};`);
        body.push('    return;');
      }
      body.push('  }');
    }
    body.push(`  ${tern(flexC, 'w.uvarint(items.length + 1)', 'w.int32(items.length)')};`);
    const item = this.writeElement(field, element, 'item', ctx, false, true);
    if (item.length === 1) body.push(`  for (const item of items) ${item[0]}`);
    else {
      body.push('  for (const item of items) {');
      for (const l of item) body.push(`    ${l}`);
      body.push('  }');
    }
    this.pushFunction(
      `function ${this.arrayHelperName('write', struct, field)}(w: Writer, version: number, items: ${this.fieldTsType(field)}): void {`,
      body,
    );
  }

  private emitWriter(struct: StructSpec): void {
    const m = this.message;
    const ctx = struct.versions;
    for (const field of struct.fields) this.emitArrayWriter(struct, field);
    const flexCtx = ctx.intersect(m.flexibleVersions);
    const body: string[] = [];
    const taggedFields: FieldSpec[] = [];
    for (const field of struct.fields) {
      const value = `v.${field.tsName}`;
      const present = field.versions.intersect(ctx);
      const presentC = cond(present, ctx);
      const taggedIn = field.taggedVersions.empty
        ? Versions.NONE
        : present.intersect(field.taggedVersions).intersect(flexCtx);
      if (!taggedIn.empty) taggedFields.push(field);
      const untagged = field.taggedVersions.empty ? present : present.below(field.taggedVersions.lo);
      const untagC = cond(untagged, ctx);
      const check = !field.ignorable && presentC !== 'true';
      const writes = untagC === 'false' ? [] : this.writeField(struct, field, value, untagged, false);
      if (untagC === 'true') for (const l of writes) body.push(`  ${l}`);
      else if (untagC !== 'false') {
        body.push(`  if (${untagC}) {`);
        for (const l of writes) body.push(`    ${l}`);
        if (check && untagged.equals(present)) {
          body.push(`  } else if (${this.nonDefault(field, value)}) {`);
          body.push(`    ${this.fail('notInVersion', field)};`);
        }
        body.push('  }');
        if (!(check && untagged.equals(present)) && check) {
          body.push(`  if (${and(not(presentC), this.nonDefault(field, value))}) ${this.fail('notInVersion', field)};`);
        }
        continue;
      }
      if (check && untagC === 'false') {
        body.push(`  if (${and(not(presentC), this.nonDefault(field, value))}) ${this.fail('notInVersion', field)};`);
      }
    }
    const flexC = cond(m.flexibleVersions, ctx);
    if (flexC !== 'false') {
      const lines: string[] = [];
      if (taggedFields.length === 0) lines.push('w.uvarint(0);');
      else {
        const sorted = [...taggedFields].sort((a, b) => a.tag! - b.tag!);
        for (const field of sorted) {
          const value = `v.${field.tsName}`;
          const taggedIn = field.versions.intersect(ctx).intersect(field.taggedVersions).intersect(flexCtx);
          const taggedC = cond(taggedIn, flexCtx);
          const nullable = !field.nullableVersions.empty;
          let valueC: string;
          if (field.defaultText === 'null') valueC = `${value} !== null`;
          else if (nullable) valueC = `(${value} === null || ${this.nonDefault(field, value)})`;
          else valueC = this.nonDefault(field, value);
          lines.push(`const write${field.name} = ${and(taggedC, valueC)};`);
        }
        lines.push(`w.uvarint(${sorted.map((f) => `(write${f.name} ? 1 : 0)`).join(' + ')});`);
        for (const field of sorted) {
          const value = `v.${field.tsName}`;
          const taggedIn = field.versions.intersect(ctx).intersect(field.taggedVersions).intersect(flexCtx);
          lines.push(`if (write${field.name}) {`);
          const payload: string[] = [];
          const element = elementOf(field);
          const fixed =
            field.type.kind !== 'array' && element.kind === 'primitive' ? FIXED_SIZE[element.name] : undefined;
          if (fixed !== undefined) {
            payload.push(`w.uvarint(${field.tag}).uvarint(${fixed});`);
            payload.push(...this.writeField(struct, field, value, taggedIn, true));
          } else {
            this.used.add('writeTaggedField');
            payload.push(`writeTaggedField(w, ${field.tag}, (w) => {`);
            for (const l of this.writeField(struct, field, value, taggedIn, true)) payload.push(`  ${l}`);
            payload.push('});');
          }
          if (field.defaultText !== 'null' && !field.nullableVersions.empty) {
            lines.push(`  if (${value} === null) w.uvarint(${field.tag}).uvarint(1).uvarint(0);`);
            lines.push('  else {');
            for (const l of payload) lines.push(`    ${l}`);
            lines.push('  }');
          } else {
            for (const l of payload) lines.push(`  ${l}`);
          }
          lines.push('}');
        }
      }
      if (flexC === 'true') for (const l of lines) body.push(`  ${l}`);
      else {
        body.push(`  if (${flexC}) {`);
        for (const l of lines) body.push(`    ${l}`);
        body.push('  }');
      }
    }
    this.pushFunction(`function write${struct.tsType}(w: Writer, version: number, v: ${struct.tsType}): void {`, body);
  }

  // ---- codec --------------------------------------------------------------------------------------------

  private emitCodec(): void {
    const m = this.message;
    const t = m.root.tsType;
    const min = m.validVersions.lo;
    const max = m.validVersions.hi;
    this.used.add('unsupportedVersion');
    this.line(`export const ${t}Codec: MessageCodec<${t}> = {`);
    this.line(`  name: ${quote(m.name)},`);
    this.line(`  apiKey: ${m.apiKey ?? -1},`);
    this.line(`  minVersion: ${min},`);
    this.line(`  maxVersion: ${max},`);
    this.line(`  flexibleFrom: ${m.flexibleVersions.empty ? 'null' : m.flexibleVersions.lo},`);
    this.line(`  decode(r: Reader, version: number): ${t} {`);
    this.line(`    if (version < ${min} || version > ${max}) {`);
    this.line(`      r.fail(\`unsupported version \${version}\`);`);
    this.line(`      return default${t}();`);
    this.line('    }');
    this.line(`    return read${t}(r, version);`);
    this.line('  },');
    this.line(`  encode(w: Writer, version: number, value: ${t}): void {`);
    this.line(
      `    if (version < ${min} || version > ${max}) unsupportedVersion(${quote(m.name)}, version, ${min}, ${max});`,
    );
    this.line(`    write${t}(w, version, value);`);
    this.line('  },');
    this.line(`  defaults: default${t},`);
    this.line('};');
    this.line();
  }
}
