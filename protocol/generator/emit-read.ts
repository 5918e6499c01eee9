/** Emits the decoding half of a message: `read<Struct>` functions and per-array-field readers. */
import { cond, type EmitterBase, quote, tern } from './emit-base';
import { type ElementType, type FieldSpec, fieldFlexible, type StructSpec, Versions } from './schema';

/** Expression reading one element (array element or non-array field value). */
export function readElement(
  e: EmitterBase,
  field: FieldSpec,
  element: ElementType,
  sub: Versions,
  tagged: boolean,
  isItem: boolean,
): string {
  const nullC = isItem ? 'false' : cond(field.nullableVersions, sub);
  if (element.kind === 'struct') {
    const read = `read${element.struct.tsType}(r, version)`;
    const marker = tagged ? 'r.uvarint() === 0' : 'r.int8() < 0';
    return tern(nullC, `(${marker} ? null : ${read})`, read);
  }
  const flexC = e.flexCond(field, sub, tagged);
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

export function readField(
  e: EmitterBase,
  struct: StructSpec,
  field: FieldSpec,
  sub: Versions,
  tagged: boolean,
): string {
  if (field.type.kind === 'array') return `${e.arrayHelperName('read', struct, field)}(r, version)`;
  return readElement(e, field, field.type, sub, tagged, false);
}

export function emitArrayReader(e: EmitterBase, struct: StructSpec, field: FieldSpec): void {
  if (field.type.kind !== 'array') return;
  const ctx = field.versions.intersect(struct.versions);
  if (ctx.empty) return;
  const element = field.type.element;
  const itemType = e.elementTsType(element);
  const returnType = e.fieldTsType(field);
  const flexC = cond(fieldFlexible(field, e.message), ctx);
  const min = e.minElementSize(field, ctx);
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
    `  for (let i = 0; i < n && !r.failed; i++) items.push(${readElement(e, field, element, ctx, false, true)});`,
  );
  body.push('  return items;');
  e.pushFunction(
    `function ${e.arrayHelperName('read', struct, field)}(r: Reader, version: number): ${returnType} {`,
    body,
  );
}

export function emitReader(e: EmitterBase, struct: StructSpec): void {
  const m = e.message;
  const ctx = struct.versions;
  for (const field of struct.fields) emitArrayReader(e, struct, field);
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
      body.push(`  ${decl} ${local}: ${e.fieldTsType(field)} = ${e.defaultExpr(field)};`);
      continue;
    }
    body.push(`  r.field = ${quote(field.path)};`);
    body.push(
      `  ${decl} ${local}: ${e.fieldTsType(field)} = ${tern(untagC, readField(e, struct, field, untagged, false), e.defaultExpr(field))};`,
    );
  }
  const flexC = cond(m.flexibleVersions, ctx);
  if (flexC !== 'false') {
    const lines: string[] = [];
    if (taggedFields.length === 0) {
      lines.push(`r.field = ${quote(`${struct.pathPrefix}_tagged_fields`)};`);
      lines.push('r.skipTaggedFields();');
    } else {
      e.used.add('endTaggedField');
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
          `f${field.name} = ${readField(e, struct, field, taggedIn, true)};`,
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
  e.pushFunction(`function read${struct.tsType}(r: Reader, version: number): ${struct.tsType} {`, body);
}
