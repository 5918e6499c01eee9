import assert from 'node:assert/strict';
import { call, callError } from './helpers';

describe('sql functions: regular expressions', () => {
  it('REGEXP_EXTRACT and nesting (regex.json, docs)', () => {
    assert.equal(call('REGEXP_EXTRACT', '(.*) (.*)', 'hello there', 2), 'there');
    const nested = (s: string | null) => call('REGEXP_EXTRACT', '.*', call('REGEXP_EXTRACT', '(.*) (.*)', s, 2));
    assert.equal(nested('steven zhang'), 'zhang');
    assert.equal(nested('agavra'), null);
    assert.equal(nested(null), null);
    assert.equal(call('REGEXP_EXTRACT', '(a)', 'abc', 2), null);
    assert.equal(call('REGEXP_EXTRACT', '[', 'abc'), null);
  });

  it('REGEXP_EXTRACT_ALL with a group (regex.json)', () => {
    const re = '(\\w+) (\\w*)';
    assert.deepEqual(call('REGEXP_EXTRACT_ALL', re, 'steven zhang andy coates', 2), ['zhang', 'coates']);
    assert.deepEqual(call('REGEXP_EXTRACT_ALL', re, 'apurva mehta agavra ', 2), ['mehta', '']);
    assert.deepEqual(call('REGEXP_EXTRACT_ALL', re, 'agavra', 2), []);
    assert.equal(call('REGEXP_EXTRACT_ALL', re, null, 2), null);
    assert.deepEqual(call('REGEXP_EXTRACT_ALL', '(\\w+) (\\w+)', 'hello there nice day', 2), ['there', 'day']);
  });

  it('REGEXP_REPLACE uses Java replacement syntax', () => {
    assert.equal(call('REGEXP_REPLACE', 'foobar', 'o+', '0'), 'f0bar');
    assert.equal(call('REGEXP_REPLACE', 'John Smith', '(\\w+) (\\w+)', '$2, $1'), 'Smith, John');
    assert.equal(call('REGEXP_REPLACE', 'a.b', '\\.', '\\$'), 'a$b');
    assert.equal(call('REGEXP_REPLACE', 'abc', '(?i)B', 'x'), 'axc');
    assert.equal(call('REGEXP_REPLACE', 'abc', 'b', null), null);
    assert.match(callError('REGEXP_REPLACE', 'abc', '(b)', '$2') ?? '', /No group 2/);
  });

  it('translates Java-only regex syntax', () => {
    assert.equal(call('REGEXP_REPLACE', 'ab12', '\\p{Alpha}+', '_'), '_12');
    assert.equal(call('REGEXP_REPLACE', 'a.b*c', '\\Q.b*\\E', '-'), 'a-c');
    assert.equal(call('REGEXP_EXTRACT', 'a++b', 'aaab'), 'aaab');
    assert.equal(call('REGEXP_EXTRACT', '\\Aline\\d', 'line1\nline2'), 'line1');
    assert.equal(call('REGEXP_EXTRACT', '(?<first>a)(b)', 'ab', 1), 'a');
    assert.equal(call('REGEXP_REPLACE', 'ab', '(?<first>a)(b)', `$${'{'}first}$2$2`), 'abb');
  });

  it('REGEXP_SPLIT_TO_ARRAY (split.json)', () => {
    assert.deepEqual(call('REGEXP_SPLIT_TO_ARRAY', 'aabcda', '(ab|cd)'), ['a', '', 'a']);
    assert.deepEqual(call('REGEXP_SPLIT_TO_ARRAY', 'aabdcda', '(ab|cd)'), ['a', 'd', 'a']);
    assert.deepEqual(call('REGEXP_SPLIT_TO_ARRAY', 'zxy', '(ab|cd)'), ['zxy']);
    assert.equal(call('REGEXP_SPLIT_TO_ARRAY', null, '(ab|cd)'), null);
    assert.equal(call('REGEXP_SPLIT_TO_ARRAY', 'zxy', null), null);
    assert.deepEqual(call('REGEXP_SPLIT_TO_ARRAY', 'abc', ''), ['a', 'b', 'c']);
    assert.deepEqual(call('REGEXP_SPLIT_TO_ARRAY', ',a,', ','), ['', 'a', '']);
  });
});

describe('sql functions: bytes', () => {
  it('TO_BYTES and FROM_BYTES in every encoding', () => {
    const b = call('TO_BYTES', 'Hello', 'utf8') as Buffer;
    assert.deepEqual(b, Buffer.from('Hello'));
    assert.equal(call('FROM_BYTES', b, 'hex'), '48656C6C6F');
    assert.equal(call('FROM_BYTES', b, 'base64'), 'SGVsbG8=');
    assert.equal(call('FROM_BYTES', b, 'ASCII'), 'Hello');
    assert.deepEqual(call('TO_BYTES', '48656c6c6f', 'hex'), b);
    assert.deepEqual(call('TO_BYTES', 'SGVsbG8=', 'base64'), b);
    assert.deepEqual(call('TO_BYTES', 'é', 'ascii'), Buffer.from('?'));
    assert.equal(call('FROM_BYTES', Buffer.from([0x41, 0xff]), 'ascii'), 'A\uFFFD');
    assert.equal(call('TO_BYTES', 'abc', 'hex'), null);
    assert.equal(call('TO_BYTES', 'a', 'klingon'), null);
    assert.match(callError('TO_BYTES', 'a', 'klingon') ?? '', /Unknown encoding type 'klingon'/);
  });

  it('ENCODE between hex, utf8, ascii and base64', () => {
    assert.equal(call('ENCODE', '4578616d706C6521', 'hex', 'utf8'), 'Example!');
    assert.equal(call('ENCODE', '0x4578', 'hex', 'ascii'), 'Ex');
    assert.equal(call('ENCODE', "X'4578'", 'hex', 'base64'), 'RXg=');
    assert.equal(call('ENCODE', 'Ex', 'utf8', 'hex'), '4578');
    assert.equal(call('ENCODE', 'RXg=', 'base64', 'utf8'), 'Ex');
    assert.equal(call('ENCODE', 'Ex', 'utf8', 'utf8'), null);
    assert.equal(call('ENCODE', 'abc', 'hex', 'utf8'), null);
  });

  it('INT_FROM_BYTES, BIGINT_FROM_BYTES, DOUBLE_FROM_BYTES (docs examples)', () => {
    assert.equal(call('BIGINT_FROM_BYTES', Buffer.from('AAAAASoF8gA=', 'base64'), 'BIG_ENDIAN'), 5000000000n);
    assert.equal(call('DOUBLE_FROM_BYTES', Buffer.from('QICm/ZvJ9YI=', 'base64')), 532.8738323);
    assert.equal(call('INT_FROM_BYTES', Buffer.from('AAAH5Q==', 'base64')), 2021);
    assert.equal(call('INT_FROM_BYTES', Buffer.from([0xe5, 0x07, 0, 0]), 'little_endian'), 2021);
    assert.equal(call('INT_FROM_BYTES', Buffer.from([1, 2, 3])), null);
    assert.equal(call('INT_FROM_BYTES', Buffer.from([1, 2, 3, 4]), 'MIDDLE_ENDIAN'), null);
  });
});
