import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/**
 * Keeps imports flowing down the layers of DESIGN.md: protocol <- storage <- replication <- src.
 * compat-tests may reach the product only through its CLI, ports and `brook/testing`.
 */
const root = resolve(__dirname, '..', '..');
const allowed: Record<string, string[]> = {
  protocol: ['protocol'],
  storage: ['protocol', 'storage'],
  replication: ['protocol', 'storage', 'replication'],
  src: ['protocol', 'storage', 'replication', 'src'],
  'compat-tests': ['compat-tests'],
};

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'fixtures') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|js|mjs|cjs)$/.test(name)) out.push(path);
  }
  return out;
}

const importPattern = /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/g;

describe('layering', () => {
  for (const [layer, mayImport] of Object.entries(allowed)) {
    it(`${layer}/ imports only ${mayImport.join(', ')}`, () => {
      const violations: string[] = [];
      for (const file of sourceFiles(join(root, layer))) {
        const text = readFileSync(file, 'utf8');
        for (const match of text.matchAll(importPattern)) {
          const spec = match[1] ?? match[2]!;
          if (!spec.startsWith('.')) continue;
          const target = relative(root, resolve(file, '..', spec)).split(sep)[0]!;
          if (!mayImport.includes(target)) violations.push(`${relative(root, file)} imports ${spec}`);
        }
        if (layer === 'compat-tests' && /from\s+['"]brook\/(?!testing)/.test(text)) {
          violations.push(`${relative(root, file)} imports brook internals`);
        }
      }
      assert.deepEqual(violations, []);
    });
  }
});
