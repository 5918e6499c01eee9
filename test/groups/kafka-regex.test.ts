/**
 * The patterns clients send (SubscribedTopicRegex, TransactionalIdPattern) are RE2 patterns, which Kafka compiles
 * with RE2/J: src/kafka-regex.ts runs them as JavaScript RegExps over whole names and refuses what RE2 refuses,
 * with RE2's description (what Kafka's INVALID_REGULAR_EXPRESSION messages quote).
 */
import assert from 'node:assert/strict';
import { RegexSyntaxError, wholeNameRegex } from '../../src/kafka-regex';

const matches = (pattern: string, names: string[]) => names.filter((n) => wholeNameRegex(pattern).test(n));
const refusal = (pattern: string) => {
  try {
    wholeNameRegex(pattern);
  } catch (error) {
    assert.ok(error instanceof RegexSyntaxError, `${pattern}: ${error}`);
    return error.description;
  }
  return 'compiled';
};

describe('RE2 patterns over whole names (src/kafka-regex.ts)', () => {
  it('matches whole names only, as Matcher.matches()', () => {
    assert.deepEqual(matches('orders', ['orders', 'orders-eu', 'old-orders']), ['orders']);
    assert.deepEqual(matches('orders|payments', ['orders', 'payments', 'orders|payments']), ['orders', 'payments']);
  });

  it("takes RE2's spellings JavaScript lacks: leading flags, (?P<name>), \\Q...\\E, \\A and \\z, POSIX classes", () => {
    assert.deepEqual(matches('(?i)orders-.*', ['Orders-EU', 'orders-us', 'payments']), ['Orders-EU', 'orders-us']);
    assert.deepEqual(matches('(?P<kind>orders|payments)-eu', ['orders-eu', 'refunds-eu']), ['orders-eu']);
    assert.deepEqual(matches('\\Qa.b+\\E.*', ['a.b+c', 'axb+c', 'a.bb']), ['a.b+c']);
    assert.deepEqual(matches('\\Atopic\\z', ['topic', 'topic2']), ['topic']);
    assert.deepEqual(matches('t-[[:digit:]]+', ['t-12', 't-x']), ['t-12']);
    assert.deepEqual(matches('[]x]', [']', 'x', 'y']), [']', 'x']);
  });

  it("refuses what RE2 refuses, in RE2's words", () => {
    assert.equal(refusal('wire-('), 'missing closing )');
    assert.equal(refusal('a)'), 'unexpected )');
    assert.equal(refusal('*a'), 'missing argument to repetition operator');
    assert.equal(refusal('[a'), 'missing closing ]');
    assert.equal(refusal('[z-a]'), 'invalid character class range');
    assert.equal(refusal('a{3,1}'), 'invalid repeat count');
    assert.equal(refusal('a\\'), 'trailing backslash at end of expression');
    // JavaScript takes these; RE2 does not.
    assert.equal(refusal('(?=orders)o.*'), 'invalid or unsupported Perl syntax');
    assert.equal(refusal('(?<!x)y'), 'invalid or unsupported Perl syntax');
    assert.equal(refusal('(a)\\1'), 'invalid escape sequence');
    assert.equal(refusal('(?x)a'), 'invalid or unsupported Perl syntax');
  });
});
