/**
 * Turns a directory of Kafka message schemas into the files of `protocol/generated/` (name -> content).
 * Pure: the same schemas always give byte-identical output (the reproducibility test relies on it).
 */
import { MessageEmitter, quote, type RuntimeSymbol } from './emit-message';
import { OVERLAY_JAR } from './overlay';
import { loadSchemas, type MessageSpec, type SchemaOverlay } from './schema';

export const KAFKA_COMMIT = '1eb7644349cb07139d6a3c1ad1986979647cac99';
export const GENERATE_COMMAND = `npm run generate (tsx protocol/generator/main.ts ../shared/kafka-protocol/messages ${OVERLAY_JAR} protocol/generated)`;

/** `ApiVersions` -> `api-versions`, `KRaftVersionRecord` -> `k-raft-version-record`. */
export function kebab(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
}

function header(sources: string[], release: string | undefined, releaseOnly: boolean): string[] {
  const origin =
    release === undefined
      ? [`// Source: apache/kafka commit ${KAFKA_COMMIT}, clients/src/main/resources/common/message/`]
      : releaseOnly
        ? [
            `// Source: Apache Kafka ${release} (kafka-clients-${release}.jar, common/message/), as released: no version`,
            `//   of apache/kafka commit ${KAFKA_COMMIT}'s kept (protocol/generator/overlay.ts)`,
          ]
        : [
            `// Source: Apache Kafka ${release} (kafka-clients-${release}.jar, common/message/), its lowest versions`,
            `//   checked equal to apache/kafka commit ${KAFKA_COMMIT}'s (protocol/generator/overlay.ts)`,
          ];
  return [
    "// Code generated from Apache Kafka's message schemas. DO NOT EDIT BY HAND.",
    ...origin,
    `//   ${sources.join(', ')}`,
    '//   (Apache License 2.0, Copyright The Apache Software Foundation).',
    `// Regenerate with: ${GENERATE_COMMAND}`,
    '',
  ];
}

function emitFile(messages: MessageSpec[]): string {
  const used = new Set<RuntimeSymbol>();
  const bodies = messages.map((m) => new MessageEmitter(m, used).emit());
  const runtime = ['type MessageCodec', ...[...used].sort()];
  return [
    ...header(
      messages.map((m) => m.file),
      messages.find((m) => m.release)?.release,
      messages.every((m) => m.releaseOnly === true),
    ),
    "import type { Reader, Writer } from '../primitives';",
    `import { ${runtime.join(', ')} } from '../generator/runtime';`,
    '',
    ...bodies,
  ]
    .join('\n')
    .replace(/\n+$/, '\n');
}

/** The names a generated module exports as values (its codecs and `default*` builders). */
function valueExports(content: string): string[] {
  return [...content.matchAll(/^export (?:const|function) (\w+)/gm)].map((m) => m[1]!);
}

/** The codecs of `schemaDir`'s schemas, those of `overlay` (a newer release, overlay.ts) replacing theirs. */
export function generate(schemaDir: string, overlay?: SchemaOverlay): Map<string, string> {
  const messages = loadSchemas(schemaDir, overlay);
  const files = new Map<string, string>();
  const apis = new Map<number, { request?: MessageSpec; response?: MessageSpec }>();
  const others: MessageSpec[] = [];
  for (const m of messages) {
    if ((m.type === 'request' || m.type === 'response') && m.apiKey !== null) {
      const entry = apis.get(m.apiKey) ?? {};
      entry[m.type] = m;
      apis.set(m.apiKey, entry);
    } else {
      others.push(m);
    }
  }
  const keys = [...apis.keys()].sort((a, b) => a - b);
  /** Every generated module, with the TS name its loader (`loadX`) and type alias (`XModule`) take. */
  const modules: { module: string; name: string }[] = [];
  const index: string[] = [];
  const descriptors: string[] = [];
  const names: string[] = [];
  const requestTypes: string[] = [];
  const responseTypes: string[] = [];
  for (const key of keys) {
    const { request, response } = apis.get(key)!;
    if (!request || !response) throw new Error(`API key ${key} lacks its request or response schema`);
    const name = request.name.replace(/Request$/, '');
    if (response.name !== `${name}Response`) throw new Error(`API key ${key}: ${request.name} / ${response.name}`);
    const module = kebab(name);
    files.set(`${module}.ts`, emitFile([request, response]));
    modules.push({ module, name });
    const [req, res] = [request.root.tsType, response.root.tsType];
    requestTypes.push(`  ${key}: ${name}Module.${req};`);
    responseTypes.push(`  ${key}: ${name}Module.${res};`);
    while (descriptors.length < key) descriptors.push('  undefined,');
    descriptors.push(
      [
        '  lazyApiDescriptor(',
        '    {',
        `      apiKey: ${key},`,
        `      name: ${quote(name)},`,
        `      minVersion: ${request.validVersions.lo},`,
        `      maxVersion: ${request.validVersions.hi},`,
        `      flexibleFrom: ${request.flexibleVersions.empty ? 'null' : request.flexibleVersions.lo},`,
        `      latestVersionUnstable: ${request.latestVersionUnstable},`,
        `      listeners: [${request.listeners.map(quote).join(', ')}],`,
        '    },',
        `    load${name},`,
        `    ${quote(`${req}Codec`)},`,
        `    ${quote(`${res}Codec`)},`,
        '  ),',
      ].join('\n'),
    );
    names.push(`  ${name}: ${key},`);
  }
  for (const m of others) {
    const module = kebab(m.name);
    files.set(`${module}.ts`, emitFile([m]));
    modules.push({ module, name: m.name });
  }
  index.push(...header(['*.json'], undefined, false));
  if (overlay) index.push(`// and Apache Kafka ${overlay.release}: ${[...overlay.texts.keys()].join(', ')}`, '');
  index.push('// Every module below loads on first use, not when this index is imported (start-up time): types are');
  index.push('// re-exported as usual, values through getters that require their module when first read (see');
  index.push("// lazyExports in ../generator/runtime.ts), and API_BY_KEY's codecs the same way. Each never-run");
  index.push("// `0 && (module.exports = {...})` names the getters for Node's ESM import of the compiled index, whose");
  index.push('// static export detection (cjs-module-lexer) cannot see them (esbuild writes the same hint).');
  index.push('');
  index.push("import { type ApiDescriptor, lazyApiDescriptor, lazyExports } from '../generator/runtime';");
  for (const { module, name } of modules) index.push(`import type * as ${name}Module from './${module}';`);
  index.push('');
  index.push("export type { ApiDescriptor, MessageCodec } from '../generator/runtime';");
  index.push("export { decodeVersionPrefixed, encodeVersionPrefixed } from '../generator/runtime';");
  index.push('');
  for (const { module, name } of modules) {
    index.push(`const load${name} = (): typeof ${name}Module => require('./${module}');`);
  }
  for (const { module, name } of modules) {
    const values = valueExports(files.get(`${module}.ts`)!);
    index.push('');
    index.push(`export type * from './${module}';`);
    for (const value of values) index.push(`export declare const ${value}: typeof ${name}Module.${value};`);
    index.push(`lazyExports(module.exports, load${name}, [${values.map(quote).join(', ')}]);`);
    index.push(`0 && (module.exports = { ${values.map((v) => `${v}: null`).join(', ')} });`);
  }
  index.push('');
  index.push('/** Every API of the schemas, indexed by API key (undefined where no API has that key). */');
  index.push('export const API_BY_KEY: ReadonlyArray<ApiDescriptor | undefined> = [');
  index.push(...descriptors);
  index.push('];');
  index.push('');
  index.push('/** API keys by name, e.g. `API_KEYS.Produce === 0`. */');
  index.push('export const API_KEYS = {');
  index.push(...names);
  index.push('} as const;');
  index.push('');
  index.push('/** Request body type by API key, e.g. `ApiRequestTypes[0]` is `ProduceRequest`. */');
  index.push('export interface ApiRequestTypes {');
  index.push(...requestTypes);
  index.push('}');
  index.push('');
  index.push('/** Response body type by API key. */');
  index.push('export interface ApiResponseTypes {');
  index.push(...responseTypes);
  index.push('}');
  files.set('index.ts', `${index.join('\n')}\n`);
  return new Map([...files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
