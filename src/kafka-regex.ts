/**
 * The regular expressions clients send Kafka: a KIP-848 member's SubscribedTopicRegex and ListTransactions'
 * TransactionalIdPattern (KIP-1152). Kafka compiles them with RE2/J and matches whole names
 * (`Matcher.matches()`). Brook runs them as JavaScript RegExps, anchored to match the whole string the same way,
 * after translating the RE2 syntax JavaScript spells differently or lacks (leading flags such as `(?i)`,
 * `(?P<name>...)`, `\Q...\E` quoting, `\A` and `\z`, POSIX classes such as `[[:digit:]]`) and refusing what RE2
 * refuses although JavaScript accepts it (lookaround, backreferences). A pattern that does not compile throws
 * RegexSyntaxError carrying RE2's description of the problem, which Kafka's answers quote.
 */
export class RegexSyntaxError extends Error {
  /** RE2's words for the problem ("missing closing )"), as re2j's PatternSyntaxException.getDescription(). */
  constructor(readonly description: string) {
    super(description);
    this.name = 'RegexSyntaxError';
  }
}

export function wholeNameRegex(pattern: string): RegExp {
  const { source, flags } = fromRe2(pattern);
  try {
    return new RegExp(`^(?:${source})$`, flags);
  } catch (error) {
    throw new RegexSyntaxError(re2Description((error as Error).message));
  }
}

const POSIX_CLASSES: Record<string, string> = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  ascii: '\\x00-\\x7F',
  blank: '\\t ',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '!-~',
  lower: 'a-z',
  print: ' -~',
  punct: '!-\\/:-@\\[-`{-~',
  space: '\\t\\n\\v\\f\\r ',
  upper: 'A-Z',
  word: '0-9A-Za-z_',
  xdigit: '0-9A-Fa-f',
};

/** RE2 flags a leading `(?flags)` may set, and their JavaScript flags (RE2's U, ungreedy, has none: refused). */
const FLAGS: Record<string, string> = { i: 'i', m: 'm', s: 's' };

/** Rewrites RE2 syntax into the JavaScript RegExp that matches the same names. */
function fromRe2(pattern: string): { source: string; flags: string } {
  let flags = '';
  let at = 0;
  const leading = /^\(\?([a-zA-Z]+)\)/.exec(pattern);
  if (leading) {
    for (const f of leading[1]!) {
      if (!FLAGS[f]) throw new RegexSyntaxError('invalid or unsupported Perl syntax');
      if (!flags.includes(FLAGS[f]!)) flags += FLAGS[f];
    }
    at = leading[0].length;
  }
  let out = '';
  let inClass = false;
  while (at < pattern.length) {
    const c = pattern[at]!;
    if (c === '\\') {
      const next = pattern[at + 1];
      if (next === undefined) throw new RegexSyntaxError('trailing backslash at end of expression');
      if (next === 'Q') {
        const end = pattern.indexOf('\\E', at + 2);
        const literal = pattern.slice(at + 2, end < 0 ? pattern.length : end);
        out += literal.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
        at = end < 0 ? pattern.length : end + 2;
        continue;
      }
      if (/[1-9]/.test(next)) throw new RegexSyntaxError('invalid escape sequence');
      if (!inClass && next === 'A') out += '^';
      else if (!inClass && next === 'z') out += '$';
      else out += c + next;
      at += 2;
      continue;
    }
    if (inClass) {
      const posix = /^\[:(\^?)([a-z]+):\]/.exec(pattern.slice(at));
      if (posix) {
        const ranges = POSIX_CLASSES[posix[2]!];
        if (!ranges || posix[1]) throw new RegexSyntaxError('invalid character class range');
        out += ranges;
        at += posix[0].length;
        continue;
      }
      if (c === ']') inClass = false;
      out += c;
      at++;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      // A `]` right after `[` or `[^` is a literal in both syntaxes.
      const negated = pattern[at + 1] === '^';
      if (negated) out += '^';
      at += negated ? 2 : 1;
      if (pattern[at] === ']') {
        out += '\\]';
        at++;
      }
      continue;
    }
    if (c === '(' && pattern[at + 1] === '?') {
      const rest = pattern.slice(at + 2);
      if (rest.startsWith('P<')) {
        out += '(?<';
        at += 4;
        continue;
      }
      if (/^(=|!|<=|<!)/.test(rest)) throw new RegexSyntaxError('invalid or unsupported Perl syntax');
    }
    out += c;
    at++;
  }
  return { source: out, flags };
}

/** V8's message for a pattern it refuses, in RE2's words (re2j's ErrorCode descriptions). */
function re2Description(message: string): string {
  const reason = message.slice(message.lastIndexOf(': ') + 2);
  const words: [RegExp, string][] = [
    [/^Unterminated group/, 'missing closing )'],
    [/^Unmatched '\)'/, 'unexpected )'],
    [/^Nothing to repeat/, 'missing argument to repetition operator'],
    [/^Unterminated character class/, 'missing closing ]'],
    [/^Range out of order in character class/, 'invalid character class range'],
    [/^numbers out of order in \{\} quantifier/, 'invalid repeat count'],
    [/^\\ at end of pattern/, 'trailing backslash at end of expression'],
    [/^Invalid capture group name/, 'invalid named capture'],
    [/^Duplicate capture group name/, 'duplicate capture group name'],
    [/^Invalid group/, 'invalid or unsupported Perl syntax'],
  ];
  return words.find(([re]) => re.test(reason))?.[1] ?? reason;
}
