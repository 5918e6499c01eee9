/**
 * Java regular expressions (java.util.regex) on JavaScript's RegExp: ksqlDB's REGEXP_* functions take Java
 * patterns and Java replacement strings. This translates the constructs that differ (inline flags at the
 * start, \A \Z \z, possessive quantifiers, POSIX classes) and interprets `$n` / `${name}` / `\x` in
 * replacements the way Matcher.replaceAll does.
 *
 * Lives under support/ so the family loader does not take it for a family.
 */

export class RegexError extends Error {}

const cache = new Map<string, RegExp>();

const POSIX: Record<string, string> = {
  Lower: 'a-z',
  Upper: 'A-Z',
  ASCII: '\\x00-\\x7F',
  Alpha: 'a-zA-Z',
  Digit: '0-9',
  Alnum: 'a-zA-Z0-9',
  Punct: '!-\\/:-@\\[-`{-~',
  Graph: '!-~',
  Print: ' -~',
  Blank: ' \\t',
  Cntrl: '\\x00-\\x1F\\x7F',
  XDigit: '0-9a-fA-F',
  Space: ' \\t\\n\\x0B\\f\\r',
};

/** A global RegExp for a Java pattern (cached). Throws RegexError for an invalid pattern. */
export function javaRegex(pattern: string): RegExp {
  let re = cache.get(pattern);
  if (!re) {
    re = compile(pattern);
    if (cache.size >= 1000) cache.clear();
    cache.set(pattern, re);
  }
  re.lastIndex = 0;
  return re;
}

function compile(pattern: string): RegExp {
  let flags = 'g';
  let src = pattern;
  const inline = /^\(\?([imsxu]+)\)/.exec(src);
  if (inline) {
    for (const f of inline[1]) if ('ims'.includes(f) && !flags.includes(f)) flags += f;
    src = src.slice(inline[0].length);
  }
  let out = '';
  let inClass = 0;
  // Whether the last token emitted outside a class was a quantifier: a '+' right after one makes it
  // possessive in Java (x*+, x++, x?+, x{2}+), which becomes the greedy form here (same matches for the
  // patterns users write).
  let afterQuantifier = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\' && i + 1 < src.length) {
      afterQuantifier = false;
      const n = src[i + 1];
      const posix = /^p\{(?:Is)?([A-Za-z]+)\}/.exec(src.slice(i + 1));
      if (posix && POSIX[posix[1]]) {
        out += inClass ? POSIX[posix[1]] : `[${POSIX[posix[1]]}]`;
        i += posix[0].length;
        continue;
      }
      if (n === 'A' && !inClass) out += '^';
      else if (n === 'z' && !inClass) out += '$(?![\\s\\S])';
      else if (n === 'Z' && !inClass) out += '(?=\\n?$(?![\\s\\S]))';
      else if (n === 'Q') {
        const end = src.indexOf('\\E', i + 2);
        const lit = src.slice(i + 2, end < 0 ? src.length : end);
        out += lit.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
        i = end < 0 ? src.length : end + 1;
        continue;
      } else out += c + n;
      i++;
      continue;
    }
    if (inClass) {
      if (c === '[') inClass++;
      else if (c === ']') inClass--;
      out += c;
      continue;
    }
    if (c === '+' && afterQuantifier) {
      afterQuantifier = false;
      continue;
    }
    if (c === '{') {
      const q = /^\{\d+(?:,\d*)?\}/.exec(src.slice(i));
      if (q) {
        out += q[0];
        i += q[0].length - 1;
        afterQuantifier = true;
        continue;
      }
    }
    if (c === '[') inClass++;
    out += c;
    afterQuantifier = c === '*' || c === '+' || c === '?';
  }
  try {
    return new RegExp(out, flags);
  } catch {
    try {
      return new RegExp(out, `${flags}u`);
    } catch (e) {
      throw new RegexError(`Invalid regular expression pattern: ${pattern} (${(e as Error).message})`);
    }
  }
}

/** Number of capturing groups of a RegExp (Matcher.groupCount). */
export function groupCount(re: RegExp): number {
  let n = groupCounts.get(re);
  if (n === undefined) {
    n = new RegExp(`${re.source}|`, re.flags.replace('g', '')).exec('')!.length - 1;
    groupCounts.set(re, n);
  }
  return n;
}

const groupCounts = new WeakMap<RegExp, number>();

/** Matcher.replaceAll(replacement) with Java's replacement syntax. */
export function javaReplaceAll(input: string, re: RegExp, replacement: string): string {
  const groups = groupCount(re);
  re.lastIndex = 0;
  return input.replace(re, (...args: unknown[]) => {
    const match = args[0] as string;
    const caps = args.slice(1, groups + 1) as (string | undefined)[];
    const named = typeof args[args.length - 1] === 'object' ? (args[args.length - 1] as Record<string, string>) : {};
    let out = '';
    for (let i = 0; i < replacement.length; i++) {
      const c = replacement[i];
      if (c === '\\') {
        i++;
        if (i >= replacement.length) throw new RegexError('character to be escaped is missing');
        out += replacement[i];
      } else if (c === '$') {
        i++;
        if (i >= replacement.length) throw new RegexError('Illegal group reference: group index is missing');
        if (replacement[i] === '{') {
          const end = replacement.indexOf('}', i);
          if (end < 0) throw new RegexError("named capturing group is missing trailing '}'");
          const name = replacement.slice(i + 1, end);
          if (!(name in named)) throw new RegexError(`No group with name {${name}}`);
          out += named[name] ?? '';
          i = end;
        } else {
          if (!/[0-9]/.test(replacement[i])) throw new RegexError('Illegal group reference');
          let ref = Number(replacement[i]);
          if (ref > groups) throw new RegexError(`No group ${ref}`);
          // Java takes further digits while the number still names a group.
          while (i + 1 < replacement.length && /[0-9]/.test(replacement[i + 1])) {
            const next = ref * 10 + Number(replacement[i + 1]);
            if (next > groups) break;
            ref = next;
            i++;
          }
          out += ref === 0 ? match : (caps[ref - 1] ?? '');
        }
      } else {
        out += c;
      }
    }
    return out;
  });
}
