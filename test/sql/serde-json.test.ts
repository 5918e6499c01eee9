import assert from 'node:assert/strict';
import type { Column } from '../../src/sql/expr/row';
import { makeSerde } from '../../src/sql/serde/formats';
import { JsonNumber, parseJson } from '../../src/sql/serde/json';
import { Decimal, type SqlType } from '../../src/sql/types';

/** The exact JSON reader and the row writer, on the shapes their hand-written fast paths take apart. */

/** Parsed JSON with each number shown as `#<its text>`, or the error message. */
function parsed(text: string): string {
  try {
    return JSON.stringify(parseJson(text), (_k, x) => (x instanceof JsonNumber ? `#${x.raw}` : x));
  } catch (e) {
    return `ERR ${(e as Error).message}`;
  }
}

const t = (base: string, extra: object = {}) => ({ base, ...extra }) as SqlType;

describe('sql JSON serde', () => {
  it('reads numbers as written, and only complete fractions and exponents', () => {
    assert.equal(parsed('{"a":1,"b":-2.5e3,"c":[0.10,-0.5E-7]}'), '{"a":"#1","b":"#-2.5e3","c":["#0.10","#-0.5E-7"]}');
    assert.equal(parsed('12345678901234567890'), '"#12345678901234567890"');
    assert.equal(parsed('01'), '"#01"');
    assert.equal(parsed('1.'), 'ERR Invalid JSON at offset 1');
    assert.equal(parsed('1.e5'), 'ERR Invalid JSON at offset 1');
    assert.equal(parsed('1e+'), 'ERR Invalid JSON at offset 1');
    assert.equal(parsed('-'), 'ERR Invalid JSON at offset 0');
    assert.equal(parsed('{"a":-}'), 'ERR Invalid JSON at offset 5');
  });

  it('reads strings with and without escapes, the escape check bounded by the closing quote', () => {
    assert.equal(parsed('{"a":"plain","b":"x\\"y","c":"v\\u0041"}'), '{"a":"plain","b":"x\\"y","c":"vA"}');
    assert.equal(parsed('["a","b\\\\c"]'), '["a","b\\\\c"]');
    assert.equal(parsed('"abc'), 'ERR Invalid JSON at offset 4');
  });

  it('writes a row as an object with its columns in order, nested values exact', () => {
    const cols: Column[] = [
      { name: 'B', type: t('STRING') },
      { name: 'A', type: t('BIGINT') },
      { name: 'M', type: t('MAP', { key: t('STRING'), value: t('INTEGER') }) },
      { name: 'D', type: t('DECIMAL', { precision: 4, scale: 2 }) },
      { name: 'X', type: t('DOUBLE') },
      { name: 'N', type: t('INTEGER') },
    ];
    const serde = makeSerde({ format: 'JSON' }, cols, 'value');
    const out = serde.serialize([
      'x"y',
      12345678901234567890n,
      new Map([['k', 1]]),
      Decimal.parse('1.50'),
      Number.NaN,
      null,
    ]);
    assert.equal(out?.toString(), '{"B":"x\\"y","A":12345678901234567890,"M":{"k":1},"D":1.50,"X":"NaN","N":null}');
    assert.deepEqual(serde.deserialize(Buffer.from('{"b":"s","A":7,"N":3}'))?.slice(0, 2), ['s', 7n]);
  });
});
