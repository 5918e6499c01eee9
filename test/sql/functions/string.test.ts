import assert from 'node:assert/strict';
import { call, callError, callTyped } from './helpers';

describe('sql functions: strings', () => {
  it('LCASE, UCASE, TRIM and SUBSTRING as in string.json', () => {
    const rows: [string, string, string, string, string][] = [
      ['lower', 'lower', 'LOWER', 'lower', 'ower'],
      ['MiXeD', 'mixed', 'MIXED', 'MiXeD', 'iXeD'],
      [' \t with white space \t', ' \t with white space \t', ' \t WITH WHITE SPACE \t', 'with white space', '\t wit'],
      ['s', 's', 'S', 's', ''],
      ['long enough', 'long enough', 'LONG ENOUGH', 'long enough', 'ong e'],
    ];
    for (const [text, lc, uc, trim, sub] of rows) {
      assert.equal(call('LCASE', text), lc);
      assert.equal(call('UCASE', text), uc);
      assert.equal(call('TRIM', text), trim);
      assert.equal(call('SUBSTRING', text, 2, 5), sub);
    }
    assert.equal(call('UCASE', null), null);
  });

  it('SUBSTRING positions: negative from the end, out of range clamps, NULL args give NULL', () => {
    assert.equal(call('SUBSTRING', 'stream', 1, 4), 'stre');
    assert.equal(call('SUBSTRING', 'some_string', 6, 3), 'str');
    assert.equal(call('SUBSTRING', 'another', 6, 3), 'er');
    assert.equal(call('SUBSTRING', 'short', 6, 3), '');
    assert.equal(call('SUBSTRING', 'stream', -3), 'eam');
    assert.equal(call('SUBSTRING', 'stream', 0), 'stream');
    assert.equal(call('SUBSTRING', 'stream', -10, 2), 'st');
    assert.equal(call('SUBSTRING', 'stream', 2, -1), '');
    assert.equal(call('SUBSTRING', 'stream', null), null);
    assert.equal(call('SUBSTRING', 'stream', 6, null), null);
    const bytes = call('SUBSTRING', Buffer.from('some_string'), 6, 3) as Buffer;
    assert.equal(bytes.toString('base64'), 'c3Ry');
  });

  it('LPAD and RPAD as in string-lpad-rpad.json and the docs', () => {
    assert.equal(call('LPAD', 'foo', 7, 'Bar'), 'BarBfoo');
    assert.equal(call('LPAD', 'foo', 5, 'Bar'), 'Bafoo');
    assert.equal(call('LPAD', 'foo', 2, 'Bar'), 'fo');
    assert.equal(call('LPAD', 'foo', -1, 'Bar'), null);
    assert.equal(call('LPAD', 'foo', 5, null), null);
    assert.equal(call('LPAD', 'foo', null, 'Bar'), null);
    assert.equal(call('LPAD', null, -5, 'Bar'), null);
    assert.equal(call('LPAD', 'foo', 7, ''), null);
    assert.equal(call('LPAD', '', 2, 'Bar'), 'Ba');
    assert.equal(call('LPAD', '123', 5, '0'), '00123');
    assert.equal(call('RPAD', 'foo', 7, 'Bar'), 'fooBarB');
    assert.equal(call('RPAD', 'foo', 5, 'Bar'), 'fooBa');
    assert.equal(call('RPAD', 'foo', 2, 'Bar'), 'fo');
    assert.deepEqual(call('LPAD', Buffer.from('ab'), 5, Buffer.from('xy')), Buffer.from('xyxab'));
    assert.deepEqual(call('RPAD', Buffer.from('ab'), 5, Buffer.from('xy')), Buffer.from('abxyx'));
  });

  it('INSTR from the docs and instr.json', () => {
    assert.equal(call('INSTR', 'CORPORATE FLOOR', 'OR'), 2);
    assert.equal(call('INSTR', 'CORPORATE FLOOR', 'OR', 3), 5);
    assert.equal(call('INSTR', 'CORPORATE FLOOR', 'OR', 3, 2), 14);
    assert.equal(call('INSTR', 'CORPORATE FLOOR', 'OR', -3), 5);
    assert.equal(call('INSTR', 'CORPORATE FLOOR', 'OR', -3, 2), 2);
    assert.equal(call('INSTR', 'CORPORATE FLOOR', 'MISSING'), 0);
    assert.equal(call('INSTR', 'should I stay or should I go', 'or'), 15);
    assert.equal(call('INSTR', 'corporate floor', 'or', -4, 2), 2);
    assert.equal(call('INSTR', 'short', 'or', -4, 2), 0);
    assert.equal(call('INSTR', null, 'or'), 0);
  });

  it('CONCAT skips NULLs, CONCAT_WS joins with a separator', () => {
    assert.equal(call('CONCAT', '"', 'foo', '\\'), '"foo\\');
    assert.equal(call('CONCAT', 'a', null, 'b'), 'ab');
    assert.deepEqual(call('CONCAT', Buffer.from('yes'), null, Buffer.from('no')), Buffer.from('yesno'));
    assert.equal(call('CONCAT_WS', ', ', 'apple', 'banana', null, 'date'), 'apple, banana, date');
    assert.equal(call('CONCAT_WS', null, 'a', 'b'), null);
    assert.deepEqual(call('CONCAT_WS', Buffer.from('-'), Buffer.from('a'), null, Buffer.from('b')), Buffer.from('a-b'));
  });

  it('REPLACE, LEN, INITCAP', () => {
    assert.equal(call('REPLACE', 'anaconda', 'a', 'o'), 'onocondo');
    assert.equal(call('REPLACE', 'anaconda', null, 'o'), null);
    assert.equal(call('REPLACE', 'popcorn', 'a', 'o'), 'popcorn');
    assert.equal(call('REPLACE', 'abc', '', '-'), '-a-b-c-');
    assert.equal(call('LEN', 'hello'), 5);
    assert.equal(call('LEN', Buffer.from([1, 2, 3])), 3);
    assert.equal(call('INITCAP', 'the quick  BROWN fox'), 'The Quick  Brown Fox');
    assert.equal(call('INITCAP', ''), '');
    assert.equal(call('INITCAP', 'the Quick br0wn fOx'), 'The Quick Br0wn Fox');
    assert.equal(call('INITCAP', 'spacing   should  be preserved'), 'Spacing   Should  Be Preserved');
  });

  it('SPLIT and SPLIT_TO_MAP as in split.json and the docs', () => {
    assert.deepEqual(call('SPLIT', 'a.b.c', ''), ['a', '.', 'b', '.', 'c']);
    assert.deepEqual(call('SPLIT', '', ''), ['']);
    assert.deepEqual(call('SPLIT', '..a..', '.'), ['', '', 'a', '', '']);
    assert.deepEqual(call('SPLIT', 'abc', ','), ['abc']);
    assert.equal(call('SPLIT', null, ','), null);
    const bytes = call('SPLIT', Buffer.from('a.b'), Buffer.alloc(0)) as Buffer[];
    assert.deepEqual(
      bytes.map((b) => b.toString('base64')),
      ['YQ==', 'Lg==', 'Yg=='],
    );
    assert.deepEqual(call('SPLIT', Buffer.alloc(0), Buffer.alloc(0)), [Buffer.alloc(0)]);
    assert.deepEqual(
      call('SPLIT_TO_MAP', 'apple:=green/cherry:=red/apple:=pink', '/', ':='),
      new Map([
        ['apple', 'pink'],
        ['cherry', 'red'],
      ]),
    );
    assert.equal(call('SPLIT_TO_MAP', 'a=b', '', '='), null);
    assert.equal(call('SPLIT_TO_MAP', 'a=b', '=', '='), null);
    assert.deepEqual(
      call('SPLIT_TO_MAP', 'a=b;;noval;c=d=e', ';', '='),
      new Map([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    );
  });

  it('MASK family from the docs', () => {
    assert.equal(call('MASK', 'My Test $123'), 'Xx-Xxxx--nnn');
    assert.equal(call('MASK', 'My Test $123', '*', null, '1', null), '*y *est $111');
    assert.equal(call('MASK_KEEP_LEFT', 'My Test $123', 4), 'My Txxx--nnn');
    assert.equal(call('MASK_KEEP_RIGHT', 'My Test $123', 4), 'Xx-Xxxx-$123');
    assert.equal(call('MASK_LEFT', 'My Test $123', 4), 'Xx-Xest $123');
    assert.equal(call('MASK_RIGHT', 'My Test $123', 4), 'My Test -nnn');
    assert.equal(call('MASK_LEFT', 'ab', 10), 'xx');
    assert.equal(call('MASK_LEFT', 'ab', -1), null);
    assert.match(callError('MASK_LEFT', 'ab', -1) ?? '', /non-negative number of characters/);
    assert.match(callError('MASK', 'ab', 'XX', 'x', 'n', '-') ?? '', /Invalid mask character/);
  });

  it('CHR from codes and escape strings (chr.json)', () => {
    assert.equal(call('CHR', 75), 'K');
    assert.equal(call('CHR', 22909), '好');
    assert.equal(call('CHR', -1), null);
    assert.equal(call('CHR', '\\u004b'), 'K');
    assert.equal(call('CHR', '\\u597d'), '\u597d');
    assert.equal(call('CHR', '\\ud820\\udeb8'), '\ud820\udeb8');
    for (const bad of ['75', '004b', 'bogus', '', '\\u065']) assert.equal(call('CHR', bad), null);
    assert.equal((call('CHR', '\\ud800\\udc01') as string).codePointAt(0), 65537);
    assert.equal((call('CHR', 1_114_111) as string).codePointAt(0), 1_114_111);
    assert.equal(call('CHR', 1_114_112), null);
  });

  it('ELT and FIELD undo each other (elt-field.json)', () => {
    const eltField = (a: string | null, b: string | null) => call('ELT', call('FIELD', 'hello', a, b), a, b);
    assert.equal(eltField('hello', 'world'), 'hello');
    assert.equal(eltField(null, 'world'), null);
    assert.equal(eltField('world', 'hello'), 'hello');
    assert.equal(call('FIELD', null, 'a'), 0);
    assert.equal(call('ELT', 3, 'a', 'b'), null);
  });

  it('MD5 and UUID', () => {
    assert.equal(call('MD5', 'The quick brown fox jumps over the lazy dog'), '9e107d9d372bb6826bd81d3542a419d6');
    assert.equal(call('MD5', ''), 'd41d8cd98f00b204e9800998ecf8427e');
    assert.match(call('UUID') as string, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.equal(
      call('UUID', Buffer.from('237e9877e79b12d4a765321741963000', 'hex')),
      '237e9877-e79b-12d4-a765-321741963000',
    );
    assert.equal(call('UUID', Buffer.alloc(3)), null);
  });

  it('declares ksqlDB return types', () => {
    assert.equal(callTyped('LEN', 'x').type.base, 'INTEGER');
    assert.deepEqual(callTyped('SPLIT', 'a', ',').type, { base: 'ARRAY', item: { base: 'STRING' } });
    assert.equal(callTyped('INSTR', 'a', 'b').type.base, 'INTEGER');
  });
});
