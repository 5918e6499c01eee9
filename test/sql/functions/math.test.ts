import assert from 'node:assert/strict';
import { Decimal } from '../../../src/sql/types';
import { call, callTyped, typed } from './helpers';

const dec = (s: string, p: number, sc: number) => typed(`DECIMAL(${p}, ${sc})`, Decimal.parse(s).setScale(sc));
const dbl = (v: number) => typed('DOUBLE', v);

describe('sql functions: math', () => {
  it('ABS, CEIL, FLOOR keep their argument type', () => {
    assert.equal(call('ABS', -3), 3);
    assert.equal(call('ABS', -3n), 3n);
    assert.equal(call('ABS', -2.5), 2.5);
    assert.equal(String(call('ABS', dec('-1.50', 3, 2))), '1.50');
    assert.equal(call('CEIL', dbl(1.2)), 2);
    assert.equal(call('FLOOR', dbl(-1.2)), -2);
    assert.equal(String(call('CEIL', dec('1.20', 3, 2))), '2.00');
    assert.equal(String(call('FLOOR', dec('-1.20', 3, 2))), '-2.00');
    assert.equal(callTyped('CEIL', 5).type.base, 'INTEGER');
  });

  it('ROUND: BIGINT for whole rounding, half up / half toward zero when negative', () => {
    assert.equal(call('ROUND', dbl(1.5)), 2n);
    assert.equal(call('ROUND', dbl(-2.5)), -2n);
    assert.equal(call('ROUND', 7), 7n);
    assert.equal(callTyped('ROUND', dbl(1.5)).type.base, 'BIGINT');
    assert.equal(call('ROUND', dbl(1.25), 1), 1.3);
    assert.equal(call('ROUND', dbl(-1.25), 1), -1.2);
    assert.equal(call('ROUND', dbl(1234.5), -2), 1200);
    assert.equal(call('ROUND', dbl(0.5), 0), 1);
    assert.equal(Math.abs(call('ROUND', dbl(-0.4), 0) as number), 0);
    // math.json: round with large DECIMAL values
    const v = dec('12345678987654321.2345678987654321', 33, 16);
    const r0 = callTyped('ROUND', v);
    assert.equal(String(r0.value), '12345678987654321');
    assert.deepEqual(r0.type, { base: 'DECIMAL', precision: 17, scale: 0 });
    const r00 = callTyped('ROUND', v, 0);
    assert.equal(String(r00.value), '12345678987654321.0000000000000000');
    assert.deepEqual(r00.type, { base: 'DECIMAL', precision: 33, scale: 16 });
    assert.equal(String(call('ROUND', dec('-2.55', 3, 2), 1)), '-2.50');
  });

  it('TRUNC on doubles and decimals (math.json)', () => {
    const cases: [number, string, number, number, number, number, number, number][] = [
      [1.2, '1', 1.0, 1.2, 1.2, 1.2, 0, 0],
      [1.234567, '1', 1.0, 1.2, 1.23, 1.234567, 0, 0],
      [111, '111', 111.0, 111.0, 111.0, 111.0, 110.0, 100.0],
      [-1.5, '-1', -1.0, -1.5, -1.5, -1.5, 0, 0],
    ];
    for (const [v, r0, r00, r1, r2, r10, m1, m2] of cases) {
      assert.equal(call('TRUNC', dbl(v)), BigInt(r0));
      assert.equal(call('TRUNC', dbl(v), 0), r00);
      assert.equal(call('TRUNC', dbl(v), 1), r1);
      assert.equal(call('TRUNC', dbl(v), 2), r2);
      assert.equal(call('TRUNC', dbl(v), 10), r10);
      assert.equal(Math.abs(call('TRUNC', dbl(v), -1) as number), Math.abs(m1));
      assert.equal(call('TRUNC', dbl(v), -2), m2);
      const d = dec(String(v), 12, 7);
      assert.equal(String(call('TRUNC', d)), r0);
      assert.equal(Number(String(call('TRUNC', d, 2))), r2);
      assert.equal((call('TRUNC', d, 2) as Decimal).scale, 7);
      assert.equal(Number(String(call('TRUNC', d, -1))), m1);
      assert.equal(Number(String(call('TRUNC', d, 10))), r10);
    }
    assert.equal(call('TRUNC', dbl(1.2), null), null);
  });

  it('exp, sqrt, cbrt, log, ln, power, sign (math.json values)', () => {
    assert.equal(call('EXP', -1), 0.36787944117144233);
    assert.equal(call('EXP', 2n), 7.38905609893065);
    assert.ok(Number.isNaN(call('SQRT', -1) as number));
    assert.equal(call('SQRT', 2n), Math.SQRT2);
    assert.equal(call('CBRT', -8), -2);
    assert.equal(call('CBRT', 3n), 1.4422495703074083);
    assert.equal(call('LOG', 13), 2.5649493574615367);
    assert.equal(call('LOG', 0), Number.NEGATIVE_INFINITY);
    assert.ok(Number.isNaN(call('LOG', 1, 5) as number));
    assert.equal(call('LOG', 2, 8), 3);
    assert.equal(call('LN', dbl(Math.E)), 1);
    assert.equal(call('POWER', 2, 10), 1024);
    assert.equal(call('POWER', dbl(10), 400), Number.POSITIVE_INFINITY);
    assert.equal(call('SIGN', -5), -1);
    assert.equal(call('SIGN', 0n), 0);
    assert.equal(call('SIGN', dbl(2.5)), 1);
  });

  it('trigonometry (math.json values rounded to 13 places)', () => {
    const r13 = (v: unknown) => call('ROUND', dbl(v as number), 13);
    assert.equal(r13(call('ATAN', -2)), -1.1071487177941);
    assert.equal(r13(call('COS', -7)), 0.7539022543433);
    assert.equal(r13(call('TAN', dbl(9.1))), -0.3367005264329);
    assert.equal(r13(call('TANH', dbl(-0.43))), -0.4053213086895);
    assert.equal(call('COT', 0), Number.POSITIVE_INFINITY);
    assert.equal(call('PI'), Math.PI);
    assert.equal(call('DEGREES', dbl(Math.PI)), 180);
    assert.equal(call('RADIANS', 180), Math.PI);
    assert.equal(call('ATAN2', 1, 1), Math.PI / 4);
    const rnd = call('RANDOM') as number;
    assert.ok(rnd >= 0 && rnd < 1);
  });

  it('GREATEST and LEAST skip NULLs and keep types (greatest.json, least.json)', () => {
    assert.equal(call('GREATEST', 2147483647, -2147483648, null, null, 5), 2147483647);
    assert.equal(call('GREATEST', dbl(50000.555), dbl(-99999.555), null, null), 50000.555);
    assert.equal(call('GREATEST', 'apple', 'banana', 'aardvark', null, null, null, 'hello'), 'hello');
    assert.equal(call('LEAST', '!', 'Zebra', 'aardvark', null, null, null, 'hello'), '!');
    const d = callTyped('LEAST', dec('1234567.89', 9, 2), dec('0.123456', 7, 6));
    assert.equal(String(d.value), '0.123456');
    assert.deepEqual(d.type, { base: 'DECIMAL', precision: 13, scale: 6 });
    assert.equal(call('LEAST', typed('DATE', 19071), typed('DATE', -5883)), -5883);
    assert.equal(call('LEAST', 1, -1000000000000n, dec('-99999.99999', 30, 18), dbl(4)), -1000000000000);
    assert.throws(() => call('GREATEST', 1, 2n), /ambiguous method parameters \(INTEGER, BIGINT\)/);
    assert.throws(() => call('LEAST', 'a', 1), /does not accept parameters \(STRING, INTEGER\)/);
    assert.throws(() => call('LEAST'), /does not accept parameters \(\)/);
  });

  it('GEO_DISTANCE in km and miles', () => {
    const km = call('GEO_DISTANCE', dbl(37.4439), dbl(-122.1663), dbl(51.5257), dbl(-0.1122)) as number;
    assert.ok(Math.abs(km - 8634.6528) < 0.01, String(km));
    const mi = call('GEO_DISTANCE', dbl(37.4439), dbl(-122.1663), dbl(51.5257), dbl(-0.1122), 'MI') as number;
    assert.ok(Math.abs(mi - (km * 3959) / 6371) < 1e-6);
    assert.equal(call('GEO_DISTANCE', 91, 0, 0, 0), null);
    assert.equal(call('GEO_DISTANCE', 0, 0, 0, 0, 'parsecs'), null);
  });
});
