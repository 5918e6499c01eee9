/**
 * Reads Kafka's message schemas (`clients/src/main/resources/common/message/*.json`: JSON with `//` comments)
 * into a small model the emitter walks. Conventions: shared/kafka-protocol/SOURCE.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Highest version a range can hold (versions are int16 on the wire). */
export const MAX_VERSION = 0x7fff;

/** An inclusive version range; `lo > hi` is the empty range ("none"). */
export class Versions {
  static readonly NONE = new Versions(1, 0);
  static readonly ALL = new Versions(0, MAX_VERSION);

  constructor(
    readonly lo: number,
    readonly hi: number,
  ) {}

  /** Parses "3", "1-4", "9+" or "none". */
  static parse(text: string): Versions {
    const s = text.trim();
    if (s === 'none') return Versions.NONE;
    let m = /^(\d+)\+$/.exec(s);
    if (m) return new Versions(Number(m[1]), MAX_VERSION);
    m = /^(\d+)-(\d+)$/.exec(s);
    if (m) return new Versions(Number(m[1]), Number(m[2]));
    m = /^(\d+)$/.exec(s);
    if (m) return new Versions(Number(m[1]), Number(m[1]));
    throw new Error(`invalid version range ${JSON.stringify(text)}`);
  }

  get empty(): boolean {
    return this.lo > this.hi;
  }

  contains(version: number): boolean {
    return version >= this.lo && version <= this.hi;
  }

  intersect(other: Versions): Versions {
    const v = new Versions(Math.max(this.lo, other.lo), Math.min(this.hi, other.hi));
    return v.empty ? Versions.NONE : v;
  }

  /** The smallest range holding both (ranges here are contiguous, so a union is a hull). */
  hull(other: Versions): Versions {
    if (this.empty) return other;
    if (other.empty) return this;
    return new Versions(Math.min(this.lo, other.lo), Math.max(this.hi, other.hi));
  }

  /** This range minus an open-ended range `[from, MAX]` (tagged versions are always open-ended). */
  below(from: number): Versions {
    return this.intersect(new Versions(0, from - 1));
  }

  equals(other: Versions): boolean {
    return (this.empty && other.empty) || (this.lo === other.lo && this.hi === other.hi);
  }

  toString(): string {
    if (this.empty) return 'none';
    if (this.hi === MAX_VERSION) return `${this.lo}+`;
    return this.lo === this.hi ? `${this.lo}` : `${this.lo}-${this.hi}`;
  }
}

export type PrimitiveName =
  | 'bool'
  | 'int8'
  | 'int16'
  | 'uint16'
  | 'int32'
  | 'uint32'
  | 'int64'
  | 'float64'
  | 'string'
  | 'bytes'
  | 'uuid'
  | 'records';

const PRIMITIVES = new Set<string>([
  'bool',
  'int8',
  'int16',
  'uint16',
  'int32',
  'uint32',
  'int64',
  'float64',
  'string',
  'bytes',
  'uuid',
  'records',
]);

/** Encoded size of fixed-width types; undefined for variable-length ones. */
export const FIXED_SIZE: Partial<Record<PrimitiveName, number>> = {
  bool: 1,
  int8: 1,
  int16: 2,
  uint16: 2,
  int32: 4,
  uint32: 4,
  int64: 8,
  float64: 8,
  uuid: 16,
};

export type ElementType = { kind: 'primitive'; name: PrimitiveName } | { kind: 'struct'; struct: StructSpec };
export type FieldType = ElementType | { kind: 'array'; element: ElementType };

export interface FieldSpec {
  /** Schema name, e.g. `ThrottleTimeMs`. */
  name: string;
  /** TypeScript property name: the schema name with its first letter lower-cased. */
  tsName: string;
  type: FieldType;
  /** Versions in which the field exists (tagged or not). */
  versions: Versions;
  nullableVersions: Versions;
  /** Versions in which the field is a tagged field (empty when never tagged). */
  taggedVersions: Versions;
  tag: number | null;
  /** Field-level override of the message's flexible versions (only `RequestHeader.ClientId` uses it). */
  flexibleVersions: Versions | null;
  ignorable: boolean;
  /** Raw `default` text (bare JSON numbers/booleans converted to text); "" when absent. */
  defaultText: string;
  about: string;
  /** Readable path of the field inside its message, e.g. `TopicData.PartitionData.Records`. */
  path: string;
}

export interface StructSpec {
  /** Schema name of the struct (`TopicProduceData`), or the message name for the root. */
  name: string;
  /** TypeScript interface name: `<Message><Struct>` (clashes resolved with a numeric suffix). */
  tsType: string;
  fields: FieldSpec[];
  /** Versions in which the struct can appear: the hull of every place it is used. */
  versions: Versions;
  /** Path prefix for field names of this struct ('' for the root). */
  pathPrefix: string;
  isCommon: boolean;
}

export interface MessageSpec {
  /** File the schema came from, e.g. `ProduceRequest.json`. */
  file: string;
  name: string;
  type: 'request' | 'response' | 'header' | 'data';
  apiKey: number | null;
  validVersions: Versions;
  flexibleVersions: Versions;
  listeners: string[];
  latestVersionUnstable: boolean;
  root: StructSpec;
  /** Every struct of the message, root first, in a deterministic (definition) order. */
  structs: StructSpec[];
  /** Set when the schema came from a newer Kafka release's jar (overlay) instead of the base folder. */
  release?: string;
  /** Taken from the release as it is, no version of the base folder's kept (new in the release, or a preview's). */
  releaseOnly?: boolean;
}

/** Removes `//` line comments outside string literals. */
export function stripComments(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      out += c;
      if (c === '\\') {
        out += text[i + 1] ?? '';
        i++;
      } else if (c === '"') {
        inString = false;
      }
    } else if (c === '"') {
      inString = true;
      out += c;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else {
      out += c;
    }
  }
  return out;
}

interface RawField {
  name: string;
  type: string;
  versions?: string;
  nullableVersions?: string;
  taggedVersions?: string;
  tag?: number;
  flexibleVersions?: string;
  ignorable?: boolean;
  default?: string | number | boolean;
  about?: string;
  fields?: RawField[];
}

interface RawStruct {
  name: string;
  versions?: string;
  fields: RawField[];
}

interface RawMessage {
  name: string;
  type: MessageSpec['type'];
  apiKey?: number;
  validVersions: string;
  flexibleVersions: string;
  listeners?: string[];
  latestVersionUnstable?: boolean;
  commonStructs?: RawStruct[];
  fields: RawField[];
}

export function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/**
 * Parses one schema file. `claimName` reserves a TypeScript type name globally (returns the name to use), so
 * struct interfaces of different messages never clash in the index's `export *`.
 */
export function parseMessage(file: string, text: string, claimName: (wanted: string) => string): MessageSpec {
  const raw = JSON.parse(stripComments(text)) as RawMessage;
  const validVersions = Versions.parse(raw.validVersions);
  const flexibleVersions = Versions.parse(raw.flexibleVersions);
  const structsByName = new Map<string, StructSpec>();
  const ordered: StructSpec[] = [];
  const root: StructSpec = {
    name: raw.name,
    tsType: claimName(raw.name),
    fields: [],
    versions: Versions.NONE,
    pathPrefix: '',
    isCommon: false,
  };
  ordered.push(root);

  // Common structs first get shells so fields can refer to them before their own fields are parsed.
  const commonRaw = raw.commonStructs ?? [];
  for (const c of commonRaw) {
    const spec: StructSpec = {
      name: c.name,
      tsType: claimName(raw.name + c.name),
      fields: [],
      versions: Versions.NONE,
      pathPrefix: `${c.name}.`,
      isCommon: true,
    };
    if (structsByName.has(c.name)) throw new Error(`${file}: struct ${c.name} defined twice`);
    structsByName.set(c.name, spec);
  }

  const parseFields = (fields: RawField[], prefix: string): FieldSpec[] =>
    fields.map((f) => {
      const typeText = f.type;
      const isArray = typeText.startsWith('[]');
      const elementName = isArray ? typeText.slice(2) : typeText;
      let element: ElementType;
      if (PRIMITIVES.has(elementName)) {
        if (f.fields) throw new Error(`${file}: ${f.name} has fields but a primitive type`);
        element = { kind: 'primitive', name: elementName as PrimitiveName };
      } else if (f.fields) {
        if (structsByName.has(elementName)) throw new Error(`${file}: struct ${elementName} defined twice`);
        const spec: StructSpec = {
          name: elementName,
          tsType: claimName(raw.name + elementName),
          fields: [],
          versions: Versions.NONE,
          pathPrefix: `${prefix}${f.name}.`,
          isCommon: false,
        };
        structsByName.set(elementName, spec);
        ordered.push(spec);
        spec.fields = parseFields(f.fields, spec.pathPrefix);
        element = { kind: 'struct', struct: spec };
      } else {
        const spec = structsByName.get(elementName);
        if (!spec) throw new Error(`${file}: unknown type ${typeText} of field ${f.name}`);
        element = { kind: 'struct', struct: spec };
      }
      const type: FieldType = isArray ? { kind: 'array', element } : element;
      const taggedVersions = f.taggedVersions ? Versions.parse(f.taggedVersions) : Versions.NONE;
      const versionsText = f.versions ?? f.taggedVersions;
      if (!versionsText) throw new Error(`${file}: field ${f.name} has no versions`);
      if (!taggedVersions.empty && taggedVersions.hi !== MAX_VERSION) {
        throw new Error(`${file}: tagged versions of ${f.name} must be open-ended`);
      }
      if (!taggedVersions.empty && f.tag === undefined) throw new Error(`${file}: ${f.name} is tagged without a tag`);
      return {
        name: f.name,
        tsName: lowerFirst(f.name),
        type,
        versions: Versions.parse(versionsText),
        nullableVersions: f.nullableVersions ? Versions.parse(f.nullableVersions) : Versions.NONE,
        taggedVersions,
        tag: f.tag ?? null,
        flexibleVersions: f.flexibleVersions ? Versions.parse(f.flexibleVersions) : null,
        ignorable: f.ignorable ?? false,
        defaultText: f.default === undefined ? '' : String(f.default),
        about: f.about ?? '',
        path: prefix + f.name,
      };
    });

  root.fields = parseFields(raw.fields, '');
  for (const c of commonRaw) {
    const spec = structsByName.get(c.name)!;
    spec.fields = parseFields(c.fields, spec.pathPrefix);
    ordered.push(spec);
  }

  // Each struct's versions: the hull of the versions of every field that holds it, within its parent's.
  const visit = (struct: StructSpec, versions: Versions): void => {
    const widened = struct.versions.hull(versions);
    if (widened.equals(struct.versions)) return;
    struct.versions = widened;
    for (const field of struct.fields) {
      const element = field.type.kind === 'array' ? field.type.element : field.type;
      if (element.kind === 'struct') {
        const inner = field.versions.intersect(struct.versions);
        if (!inner.empty) visit(element.struct, inner);
      }
    }
  };
  visit(root, validVersions);

  return {
    file,
    name: raw.name,
    type: raw.type,
    apiKey: raw.apiKey ?? null,
    validVersions,
    flexibleVersions,
    listeners: raw.listeners ?? [],
    latestVersionUnstable: raw.latestVersionUnstable ?? false,
    root,
    structs: ordered.filter((s) => !s.versions.empty),
  };
}

/** Reads every `*.json` schema of a directory, in file-name order (so type-name claims are deterministic). */
/**
 * Schemas of a newer Kafka release that replace the base folder's (overlay.ts): file name -> text and the
 * highest version taken from it, and the release named in the generated files' header.
 */
export interface SchemaOverlay {
  release: string;
  /** `replaces`: the base file of a message the release renamed (overlay.ts's OVERLAY_RENAMED). */
  /** `added`: a message the base folder does not have (new in the release: overlay.ts's OVERLAY_ADDED). */
  texts: Map<string, { text: string; maxVersion: number; replaces?: string; added?: boolean }>;
}

/**
 * Every schema of `dir`, those named in `overlay` taken from the overlay instead. An overlay schema keeps the
 * base schema's lowest versions (Kafka 4 dropped Produce v0-2 from its schema, KIP-896, but Brook still serves
 * them to legacy clients): its valid range is widened down to the base's, and each version below its own range
 * must have the same fields as the base schema there (checked here, so a widening can never invent a layout).
 * Its range stops at the overlay's highest version; fields of no version left are dropped.
 */
export function loadSchemas(dir: string, overlay?: SchemaOverlay): MessageSpec[] {
  const claimed = new Set<string>();
  const claimName = (wanted: string): string => {
    let name = wanted;
    for (let i = 2; claimed.has(name); i++) name = `${wanted}${i}`;
    claimed.add(name);
    return name;
  };
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  // Base file -> the overlay schema taking its place (under its own name when the release renamed it).
  const replacing = new Map<string, { file: string; text: string; maxVersion: number }>();
  const added: { file: string; text: string; release: string | null; releaseOnly: boolean }[] = [];
  for (const [file, newer] of overlay?.texts ?? []) {
    if (newer.added) {
      if (files.includes(file)) throw new Error(`overlay schema ${file} is said to be new but ${dir} has it`);
      added.push({ file, text: cut(file, newer.text, newer.maxVersion), release: overlay!.release, releaseOnly: true });
      continue;
    }
    const base = newer.replaces ?? file;
    if (!files.includes(base)) throw new Error(`overlay schema ${file} has no base schema ${base} in ${dir}`);
    replacing.set(base, { file, ...newer });
  }
  // Root message names are claimed first so a struct can never take a message's own name.
  const texts = files.map((baseFile) => {
    const text = readFileSync(join(dir, baseFile), 'utf8');
    const newer = replacing.get(baseFile);
    if (newer === undefined) return { file: baseFile, text, release: null, releaseOnly: false };
    const renamed = newer.file !== baseFile;
    const merged = widened(newer.file, text, newer.text, newer.maxVersion, renamed);
    return {
      file: newer.file,
      text: merged,
      release: overlay!.release,
      releaseOnly: replacesPreview(text, newer.text),
    };
  });
  texts.push(...added);
  texts.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const { text } of texts) claimed.add((JSON.parse(stripComments(text)) as RawMessage).name);
  return texts.map(({ file, text, release, releaseOnly }) => {
    const name = (JSON.parse(stripComments(text)) as RawMessage).name;
    claimed.delete(name);
    const spec = parseMessage(file, text, claimName);
    return release === null ? spec : { ...spec, release, releaseOnly };
  });
}

/**
 * Whether the base's versions were an unreleased preview (its latest version unstable, all of them below the
 * release's range: KIP-932's share group APIs went from v0 to v1 at their release, Kafka 4.1), so the release's
 * range alone is taken.
 */
function replacesPreview(baseText: string, newerText: string): boolean {
  const base = JSON.parse(stripComments(baseText)) as RawMessage;
  const newer = JSON.parse(stripComments(newerText)) as RawMessage;
  return (
    base.latestVersionUnstable === true &&
    Versions.parse(base.validVersions).hi < Versions.parse(newer.validVersions).lo
  );
}

/** A release's schema taken as it is, its range cut at maxVersion (a message new in the release, or a preview's). */
function cut(file: string, text: string, maxVersion: number): string {
  const message = JSON.parse(stripComments(text)) as RawMessage;
  const range = Versions.parse(message.validVersions).intersect(new Versions(0, maxVersion));
  if (range.hi !== maxVersion) throw new Error(`overlay ${file} does not reach version ${maxVersion}`);
  message.validVersions = range.toString();
  message.fields = within(message.fields, range);
  for (const c of message.commonStructs ?? []) c.fields = within(c.fields, range);
  return JSON.stringify(message, null, 2);
}

/** The overlay schema with its valid versions widened down to the base's lowest (checked) and cut at maxVersion. */
function widened(file: string, baseText: string, newerText: string, maxVersion: number, renamed = false): string {
  const base = JSON.parse(stripComments(baseText)) as RawMessage;
  const newer = JSON.parse(stripComments(newerText)) as RawMessage;
  const newerRange = Versions.parse(newer.validVersions);
  if ((!renamed && base.name !== newer.name) || base.apiKey !== newer.apiKey || base.type !== newer.type)
    throw new Error(`overlay ${file} names another message`);
  if (replacesPreview(baseText, newerText)) return cut(file, newerText, maxVersion);
  const baseRange = Versions.parse(base.validVersions);
  // Kafka 4.0 dropped the oldest versions, and the fields only they had, from its schemas; Brook still serves them.
  newer.fields = withFieldsOfOlderVersions(base.fields, newer.fields, newerRange.lo);
  for (const c of newer.commonStructs ?? []) {
    const old = base.commonStructs?.find((b) => b.name === c.name);
    if (old) c.fields = withFieldsOfOlderVersions(old.fields, c.fields, newerRange.lo);
  }
  // A renamed message may rename its fields and structs, never move a byte at a version the base has.
  if (renamed) {
    if (base.flexibleVersions !== newer.flexibleVersions) throw new Error(`overlay ${file}: flexible versions differ`);
    for (let v = baseRange.lo; v <= baseRange.hi; v++) {
      const a = JSON.stringify(wireLayout(layoutAt(base.fields, base.commonStructs ?? [], v)));
      const b = JSON.stringify(wireLayout(layoutAt(newer.fields, newer.commonStructs ?? [], v)));
      if (a !== b) throw new Error(`overlay ${file}: version ${v} is not laid out as the base schema's`);
    }
  }
  for (let v = baseRange.lo; v < newerRange.lo; v++) {
    const a = JSON.stringify(layoutAt(base.fields, base.commonStructs ?? [], v));
    const b = JSON.stringify(layoutAt(newer.fields, newer.commonStructs ?? [], v));
    if (a !== b) throw new Error(`overlay ${file}: version ${v} differs from the base schema, cannot keep it`);
  }
  const range = baseRange.hull(newerRange).intersect(new Versions(0, maxVersion));
  if (range.hi !== maxVersion) throw new Error(`overlay ${file} does not reach version ${maxVersion}`);
  newer.validVersions = range.toString();
  newer.fields = within(newer.fields, range);
  for (const c of newer.commonStructs ?? []) c.fields = within(c.fields, range);
  return JSON.stringify(newer, null, 2);
}

/**
 * `newer`'s fields with the base's fields that only versions below `lo` have put back, each after the field it
 * followed in the base (nested structs alike). The layout check in widened() then proves every version below `lo`
 * the same as the base's; a field the newer schema changed for a version it still serves fails that check.
 */
function withFieldsOfOlderVersions(base: RawField[], newer: RawField[], lo: number): RawField[] {
  const result = newer.map((field) => {
    const old = base.find((b) => b.name === field.name);
    return old?.fields && field.fields
      ? { ...field, fields: withFieldsOfOlderVersions(old.fields, field.fields, lo) }
      : field;
  });
  let after = -1;
  for (const field of base) {
    const at = result.findIndex((f) => f.name === field.name);
    if (at >= 0) {
      after = at;
    } else if (Versions.parse(field.versions ?? field.taggedVersions ?? 'none').hi < lo) {
      result.splice(++after, 0, field);
    }
  }
  return result;
}

/** `fields` without those of no version in `range`, nested structs included. */
function within(fields: RawField[], range: Versions): RawField[] {
  return fields
    .filter((f) => !Versions.parse(f.versions ?? f.taggedVersions ?? 'none').intersect(range).empty)
    .map((f) => (f.fields ? { ...f, fields: within(f.fields, range) } : f));
}

/** The wire-relevant shape of `fields` at one version (names, types, nullability, tags), nested structs included. */
function layoutAt(fields: RawField[], common: RawStruct[], v: number): unknown[] {
  return fields
    .filter((f) => Versions.parse(f.versions ?? f.taggedVersions ?? 'none').contains(v))
    .map((f) => {
      const element = f.type.replace(/^\[\]/, '');
      const inner = f.fields ?? common.find((c) => c.name === element)?.fields;
      return [
        f.name,
        f.type,
        f.nullableVersions ? Versions.parse(f.nullableVersions).contains(v) : false,
        f.taggedVersions ? Versions.parse(f.taggedVersions).contains(v) : false,
        f.tag ?? null,
        inner ? layoutAt(inner, common, v) : null,
      ];
    });
}

/** layoutAt's answer without the names a rename may change: fields' names and their structs' type names. */
function wireLayout(layout: unknown[]): unknown[] {
  return layout.map((entry) => {
    const [, type, nullable, tagged, tag, inner] = entry as [
      string,
      string,
      boolean,
      boolean,
      number | null,
      unknown[] | null,
    ];
    return [inner ? type.replace(/\w+$/, 'struct') : type, nullable, tagged, tag, inner ? wireLayout(inner) : null];
  });
}

export function fieldFlexible(field: FieldSpec, message: MessageSpec): Versions {
  return field.flexibleVersions ?? message.flexibleVersions;
}
