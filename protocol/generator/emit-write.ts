/** Emits the encoding half of a message: `write<Struct>` functions and per-array-field writers. */
import { and, cond, type EmitterBase, elementOf, not, tern } from './emit-base';
import { type ElementType, FIXED_SIZE, type FieldSpec, fieldFlexible, type StructSpec, Versions } from './schema';

/** Statements writing one element or non-array field value `value` (known to be present in `sub`). */
export function writeElement(
  e: EmitterBase,
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
    else if (nullC === 'false') out.push(`  ${e.fail('nullNotAllowed', field)};`);
    else out.push(`  if (${nullC}) w.int8(-1);`, `  else ${e.fail('nullNotAllowed', field)};`);
    out.push('} else {');
    if (nullC === 'true') out.push('  w.int8(1);');
    else if (nullC !== 'false') out.push(`  if (${nullC}) w.int8(1);`);
    out.push(`  ${write}`);
    out.push('}');
    return out;
  }
  const flexC = e.flexCond(field, sub, tagged);
  const name = element.name;
  if (name === 'string' || name === 'bytes' || name === 'records') {
    const suffix = name === 'string' ? 'String' : 'Bytes';
    const out: string[] = [];
    const mayBeNull = nullable || name === 'records';
    if (mayBeNull && nullC !== 'true') {
      const check = nullC === 'false' ? `${value} === null` : `${value} === null && ${not(nullC)}`;
      out.push(`if (${check}) ${e.fail('nullNotAllowed', field)};`);
    }
    const methods = mayBeNull
      ? [`compactNullable${suffix}`, `nullable${suffix}`]
      : [`compact${suffix}`, name === 'string' ? 'string' : 'bytes'];
    out.push(`${tern(flexC, `w.${methods[0]}(${value})`, `w.${methods[1]}(${value})`)};`);
    return out;
  }
  return [`w.${name}(${value});`];
}

export function writeField(
  e: EmitterBase,
  struct: StructSpec,
  field: FieldSpec,
  value: string,
  sub: Versions,
  tagged: boolean,
): string[] {
  if (field.type.kind === 'array') {
    const bang = tagged && !field.nullableVersions.empty ? '!' : '';
    return [`${e.arrayHelperName('write', struct, field)}(w, version, ${value}${bang});`];
  }
  return writeElement(e, field, field.type, value, sub, tagged, false);
}

export function emitArrayWriter(e: EmitterBase, struct: StructSpec, field: FieldSpec): void {
  if (field.type.kind !== 'array') return;
  const ctx = field.versions.intersect(struct.versions);
  if (ctx.empty) return;
  const element = field.type.element;
  const flexC = cond(fieldFlexible(field, e.message), ctx);
  const body: string[] = [];
  if (!field.nullableVersions.empty) {
    const nullC = cond(field.nullableVersions, ctx);
    body.push('  if (items === null) {');
    if (nullC === 'false') body.push(`    ${e.fail('nullNotAllowed', field)};`);
    else {
      if (nullC !== 'true') body.push(`    if (${not(nullC)}) ${e.fail('nullNotAllowed', field)};`);
      body.push(`    ${tern(flexC, 'w.uvarint(0)', 'w.int32(-1)')};`);
      body.push('    return;');
    }
    body.push('  }');
  }
  body.push(`  ${tern(flexC, 'w.uvarint(items.length + 1)', 'w.int32(items.length)')};`);
  const item = writeElement(e, field, element, 'item', ctx, false, true);
  if (item.length === 1) body.push(`  for (const item of items) ${item[0]}`);
  else {
    body.push('  for (const item of items) {');
    for (const l of item) body.push(`    ${l}`);
    body.push('  }');
  }
  e.pushFunction(
    `function ${e.arrayHelperName('write', struct, field)}(w: Writer, version: number, items: ${e.fieldTsType(field)}): void {`,
    body,
  );
}

export function emitWriter(e: EmitterBase, struct: StructSpec): void {
  const m = e.message;
  const ctx = struct.versions;
  for (const field of struct.fields) emitArrayWriter(e, struct, field);
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
    const writes = untagC === 'false' ? [] : writeField(e, struct, field, value, untagged, false);
    if (untagC === 'true') for (const l of writes) body.push(`  ${l}`);
    else if (untagC !== 'false') {
      body.push(`  if (${untagC}) {`);
      for (const l of writes) body.push(`    ${l}`);
      if (check && untagged.equals(present)) {
        body.push(`  } else if (${e.nonDefault(field, value)}) {`);
        body.push(`    ${e.fail('notInVersion', field)};`);
      }
      body.push('  }');
      if (!(check && untagged.equals(present)) && check) {
        body.push(`  if (${and(not(presentC), e.nonDefault(field, value))}) ${e.fail('notInVersion', field)};`);
      }
      continue;
    }
    if (check && untagC === 'false') {
      body.push(`  if (${and(not(presentC), e.nonDefault(field, value))}) ${e.fail('notInVersion', field)};`);
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
        else if (nullable) valueC = `(${value} === null || ${e.nonDefault(field, value)})`;
        else valueC = e.nonDefault(field, value);
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
          payload.push(...writeField(e, struct, field, value, taggedIn, true));
        } else {
          e.used.add('writeTaggedField');
          payload.push(`writeTaggedField(w, ${field.tag}, (w) => {`);
          for (const l of writeField(e, struct, field, value, taggedIn, true)) payload.push(`  ${l}`);
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
  e.pushFunction(`function write${struct.tsType}(w: Writer, version: number, v: ${struct.tsType}): void {`, body);
}
