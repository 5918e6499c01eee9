/**
 * `npm run generate`: tsx protocol/generator/main.ts <schema dir> <kafka-clients jar> <output dir>
 * Writes the codecs of every Kafka message schema into the output directory (the schemas overlay.ts lists taken
 * from the newer release's jar) and removes generated files whose schema disappeared.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from './generate';
import { readOverlay } from './overlay';

function main(argv: string[]): void {
  const [schemaDir, jar, outDir] = argv;
  if (!schemaDir || !jar || !outDir) {
    process.stderr.write('usage: tsx protocol/generator/main.ts <schema dir> <kafka-clients jar> <output dir>\n');
    process.exitCode = 2;
    return;
  }
  const files = generate(schemaDir, readOverlay(jar));
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

main(process.argv.slice(2));
