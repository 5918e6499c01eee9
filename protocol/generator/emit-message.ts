/**
 * Emits the TypeScript of one message: interfaces, `default*`, `read*` and `write*` functions per struct,
 * helpers per array field, `isDefault*` tests, and the exported `MessageCodec`. Version checks are resolved at
 * generation time as far as the struct's possible versions allow, so the code is straight-line with a few
 * integer compares.
 */
import { EmitterBase, elementOf, quote, type RuntimeSymbol } from './emit-base';
import { emitReader } from './emit-read';
import { emitWriter } from './emit-write';
import { type FieldSpec, fieldFlexible, type MessageSpec, type StructSpec } from './schema';

export { quote, type RuntimeSymbol };

export class MessageEmitter extends EmitterBase {
  constructor(message: MessageSpec, used: Set<RuntimeSymbol>) {
    super(message, used);
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

  emit(): string {
    const m = this.message;
    for (const struct of m.structs) this.emitInterface(struct);
    for (const struct of m.structs) this.emitDefaults(struct);
    for (const struct of m.structs) emitReader(this, struct);
    for (const struct of m.structs) emitWriter(this, struct);
    this.emitCodec();
    this.emitIsDefaults();
    return this.out.join('\n');
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

  private emitDefaults(struct: StructSpec): void {
    this.line(`/** A fresh ${struct.tsType} with every field at its schema default. */`);
    this.line(`export function default${struct.tsType}(): ${struct.tsType} {`);
    this.line('  return {');
    for (const field of struct.fields) this.line(`    ${field.tsName}: ${this.defaultExpr(field)},`);
    this.line('  };');
    this.line('}');
    this.line();
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
