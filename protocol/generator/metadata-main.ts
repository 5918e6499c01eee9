/**
 * `npm run generate:metadata`: tsx protocol/generator/metadata-main.ts <kafka-metadata jar> <output dir>
 *
 * The KRaft metadata log's record schemas (`common/metadata/*.json`: TopicRecord, PartitionRecord,
 * RegisterBrokerRecord...) live in Kafka's `kafka-metadata` jar, not with the client messages. This reads them
 * out of Kafka 4.4.0's jar (installed in `build/` by `npx tsx compat-tests/java/prepare.ts`) and runs the same
 * generator over them into `protocol/generated/metadata-records/` (committed). A folder of its own, so `npm run
 * generate` (which removes files whose schema it does not know) leaves it alone; the output's imports are
 * moved one folder up and the index is this file's (a record type -> codec table instead of API_BY_KEY).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate, kebab } from './generate';
import { readJarEntries } from './jar';

export const METADATA_RELEASE = '4.4.0';
export const METADATA_JAR = join(
  'build',
  `kafka-${METADATA_RELEASE}`,
  'libs',
  `kafka-metadata-${METADATA_RELEASE}.jar`,
);
const PREFIX = 'common/metadata/';
/** Written without its import keyword nearby so the layer check does not read it as this file's import. */
const RUNTIME = "'../../generator/runtime'";
const COMMAND = `npm run generate:metadata (tsx protocol/generator/metadata-main.ts ${METADATA_JAR} protocol/generated/metadata-records)`;

/** Record schema name -> its metadata record type (the schema's apiKey), read from the schemas. */
function recordTypes(texts: Map<string, string>): Map<string, number> {
  const types = new Map<string, number>();
  for (const text of texts.values()) {
    const match = /"apiKey":\s*(\d+)[\s\S]*?"name":\s*"(\w+)"/.exec(text);
    if (match) types.set(match[2]!, Number(match[1]));
  }
  return types;
}

function header(files: string): string[] {
  return [
    "// Code generated from Apache Kafka's metadata record schemas. DO NOT EDIT BY HAND.",
    `// Source: Apache Kafka ${METADATA_RELEASE}, kafka-metadata-${METADATA_RELEASE}.jar, ${PREFIX}`,
    `//   ${files}`,
    '//   (Apache License 2.0, Copyright The Apache Software Foundation).',
    `// Regenerate with: ${COMMAND}`,
  ];
}

/** File name -> content of the generated folder. Pure given the jar (the same jar gives the same bytes). */
export function generateMetadata(jarPath: string): Map<string, string> {
  const entries = readJarEntries(jarPath, PREFIX);
  const texts = new Map<string, string>();
  for (const [name, text] of entries) if (name.endsWith('.json')) texts.set(name.slice(PREFIX.length), text);
  if (texts.size === 0) throw new Error(`${jarPath} has no ${PREFIX}*.json`);
  const dir = mkdtempSync(join(tmpdir(), 'brook-metadata-schemas-'));
  let generated: Map<string, string>;
  try {
    for (const [name, text] of texts) writeFileSync(join(dir, name), text);
    generated = generate(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const out = new Map<string, string>();
  for (const [name, content] of generated) {
    if (name === 'index.ts') continue;
    const lines = content.split('\n');
    const body = lines.slice(lines.indexOf('') + 1).join('\n');
    const source = /^\/\/ {3}(.*)$/m.exec(content)?.[1] ?? '';
    // The generated modules import '../primitives' and '../generator/runtime': one folder deeper here.
    const moved = body.replaceAll(" '../", " '../../");
    out.set(name, `${header(source).join('\n')}\n\n${moved}`);
  }
  const types = [...recordTypes(texts)].sort((a, b) => a[1] - b[1]);
  const index = [...header('*.json'), '', `import type { MessageCodec } from ${RUNTIME};`];
  for (const [name] of types) index.push(`import { ${name}Codec } from './${kebab(name)}';`);
  index.push('');
  for (const [name] of types) index.push(`export * from './${kebab(name)}';`);
  index.push('');
  index.push("/** Metadata record types (the schemas' apiKey), e.g. `METADATA_RECORD_TYPES.TopicRecord === 2`. */");
  index.push('export const METADATA_RECORD_TYPES = {');
  for (const [name, type] of types) index.push(`  ${name}: ${type},`);
  index.push('} as const;');
  index.push('');
  index.push('/** The codec of each metadata record type (undefined where Kafka has none). */');
  index.push('export const METADATA_RECORD_CODECS: ReadonlyArray<MessageCodec<unknown> | undefined> = [');
  let next = 0;
  for (const [name, type] of types) {
    for (; next < type; next++) index.push('  undefined,');
    index.push(`  ${name}Codec as MessageCodec<unknown>,`);
    next = type + 1;
  }
  index.push('];');
  out.set('index.ts', `${index.join('\n')}\n`);
  return new Map([...out.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function main(argv: string[]): void {
  const [jarPath, outDir] = argv;
  if (!jarPath || !outDir) {
    process.stderr.write('usage: tsx protocol/generator/metadata-main.ts <kafka-metadata jar> <output dir>\n');
    process.exitCode = 2;
    return;
  }
  const files = generateMetadata(jarPath);
  mkdirSync(outDir, { recursive: true });
  let changed = 0;
  for (const [name, content] of files) {
    const path = join(outDir, name);
    let previous: string | null = null;
    try {
      previous = readFileSync(path, 'utf8');
    } catch {
      previous = null;
    }
    if (previous !== content) {
      writeFileSync(path, content);
      changed++;
    }
  }
  for (const name of readdirSync(outDir)) {
    if (name.endsWith('.ts') && !files.has(name)) {
      rmSync(join(outDir, name));
      changed++;
    }
  }
  process.stdout.write(`generated ${files.size} files into ${outDir} (${changed} changed)\n`);
}

if (require.main === module) main(process.argv.slice(2));
