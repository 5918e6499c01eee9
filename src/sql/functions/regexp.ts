/** Regular-expression functions (Java pattern syntax): REGEXP_EXTRACT(_ALL), REGEXP_REPLACE, REGEXP_SPLIT_TO_ARRAY. */
import type { ScalarFunction } from './registry';
import { groupCount, javaRegex, javaReplaceAll } from './support/java-regex';

function extract(pattern: string, input: string, group: number): string | null {
  const re = javaRegex(pattern);
  if (group > groupCount(re)) return null;
  re.lastIndex = 0;
  const m = re.exec(input);
  return m ? (m[group] ?? null) : null;
}

function extractAll(pattern: string, input: string, group: number): (string | null)[] | null {
  const re = javaRegex(pattern);
  if (group > groupCount(re)) return null;
  const out: (string | null)[] = [];
  for (const m of input.matchAll(re)) out.push(m[group] ?? null);
  return out;
}

/**
 * ksqlDB: a pattern that matches the empty string uses Pattern.split (no leading empty piece for a zero-width
 * match at 0, trailing empty pieces dropped); any other uses Guava's Splitter (every match splits).
 */
function regexpSplit(s: string, pattern: string): string[] {
  const re = javaRegex(pattern);
  const matchesEmpty = new RegExp(`^(?:${re.source})$`, re.flags.replace('g', '')).test('');
  const pieces: string[] = [];
  let last = 0;
  for (const m of s.matchAll(re)) {
    const at = m.index!;
    if (m[0] === '' && (at === 0 || at === s.length)) continue;
    pieces.push(s.slice(last, at));
    last = at + m[0].length;
  }
  pieces.push(s.slice(last));
  if (matchesEmpty) {
    while (pieces.length > 1 && pieces[pieces.length - 1] === '') pieces.pop();
  }
  return pieces;
}

export const scalars: ScalarFunction[] = [
  {
    name: 'REGEXP_EXTRACT',
    description: 'The first match of a pattern (or one of its groups), NULL when none.',
    overloads: [
      { params: ['STRING', 'STRING'], returns: 'STRING', impl: (p: string, s: string) => extract(p, s, 0) },
      { params: ['STRING', 'STRING', 'INT'], returns: 'STRING', impl: extract },
    ],
  },
  {
    name: 'REGEXP_EXTRACT_ALL',
    description: 'All matches of a pattern (or of one of its groups).',
    overloads: [
      { params: ['STRING', 'STRING'], returns: 'ARRAY<STRING>', impl: (p: string, s: string) => extractAll(p, s, 0) },
      { params: ['STRING', 'STRING', 'INT'], returns: 'ARRAY<STRING>', impl: extractAll },
    ],
  },
  {
    name: 'REGEXP_REPLACE',
    description: 'Replaces every match of a pattern ($1 and named groups refer to groups, Java syntax).',
    overloads: [
      {
        params: ['STRING', 'STRING', 'STRING'],
        returns: 'STRING',
        impl: (s: string, p: string, r: string) => javaReplaceAll(s, javaRegex(p), r),
      },
    ],
  },
  {
    name: 'REGEXP_SPLIT_TO_ARRAY',
    description: 'Splits a string around matches of a pattern.',
    overloads: [{ params: ['STRING', 'STRING'], returns: 'ARRAY<STRING>', impl: regexpSplit }],
  },
];
