/**
 * Numeric functions (ksqlDB's udf/math and udf/geo): ABS, CEIL, FLOOR, ROUND, TRUNC, SIGN, SQRT, CBRT, EXP, LN,
 * LOG, POWER, trigonometry, DEGREES/RADIANS, PI, RANDOM, GREATEST/LEAST, GEO_DISTANCE. Return types follow
 * ksqlDB's Java signatures (ROUND(INT) is a BIGINT, CEIL(INT) an INT, ROUND(DOUBLE, n) a DOUBLE...).
 */
import { Decimal, type SqlType } from '../types';
import type { CallContext, ScalarFunction, ScalarOverload } from './registry';
import { compareValues, javaDouble } from './support/values';

/** Java BigDecimal.setScale with a rounding mode, on Brook's Decimal. */
export function rescale(
  d: Decimal,
  scale: number,
  mode: 'HALF_UP' | 'HALF_DOWN' | 'DOWN' | 'FLOOR' | 'CEILING',
): Decimal {
  if (scale >= d.scale) return new Decimal(d.unscaled * 10n ** BigInt(scale - d.scale), scale);
  const div = 10n ** BigInt(d.scale - scale);
  const q = d.unscaled / div; // truncated toward zero
  const r = d.unscaled % div;
  if (r === 0n) return scale < 0 ? new Decimal(q * 10n ** BigInt(-scale), 0) : new Decimal(q, scale);
  const neg = d.unscaled < 0n;
  const twice = (r < 0n ? -r : r) * 2n;
  let away = false;
  switch (mode) {
    case 'DOWN':
      away = false;
      break;
    case 'HALF_UP':
      away = twice >= div;
      break;
    case 'HALF_DOWN':
      away = twice > div;
      break;
    case 'FLOOR':
      away = neg;
      break;
    case 'CEILING':
      away = !neg;
      break;
  }
  const rounded = away ? (neg ? q - 1n : q + 1n) : q;
  // A negative scale (ROUND(x, -2)) rounds left of the point; keep Decimal's scale non-negative.
  return scale < 0 ? new Decimal(rounded * 10n ** BigInt(-scale), 0) : new Decimal(rounded, scale);
}

/** Back to the original scale after rounding (ksqlDB keeps the input's scale, see ksql#6235). */
function keepScale(d: Decimal, scale: number): Decimal {
  return d.setScale(scale);
}

/** BigDecimal.valueOf(double): the decimal of Double.toString. */
function decimalOfDouble(v: number): Decimal {
  return Decimal.parse(javaDouble(v));
}

/** Java's Math.round(double) -> long. */
function javaRound(v: number): bigint {
  if (Number.isNaN(v)) return 0n;
  if (v >= 9.223372036854776e18) return 9223372036854775807n;
  if (v <= -9.223372036854776e18) return -9223372036854775808n;
  // JS Math.round is Java's: floor(x + 0.5) computed exactly, so -2.5 -> -2.
  return BigInt(Math.round(v));
}

/** Java's (long) cast of a double: truncation, saturating, NaN -> 0. */
function javaLong(v: number): bigint {
  if (Number.isNaN(v)) return 0n;
  if (v >= 9.223372036854776e18) return 9223372036854775807n;
  if (v <= -9.223372036854776e18) return -9223372036854775808n;
  return BigInt(Math.trunc(v));
}

function integralDecimalType(ctx: CallContext): SqlType {
  const t = ctx.argTypes[0];
  if (t.base !== 'DECIMAL') return t;
  return { base: 'DECIMAL', precision: Math.max(1, t.precision - t.scale), scale: 0 };
}

const sameType = (ctx: CallContext) => ctx.argTypes[0];

function doubleFn(name: string, description: string, f: (x: number) => number): ScalarFunction {
  return { name, description, overloads: [{ params: ['DOUBLE'], returns: 'DOUBLE', impl: f }] };
}

function extremum(name: string, pick: 1 | -1): ScalarFunction {
  const overloads: ScalarOverload[] = ['INT', 'BIGINT', 'DOUBLE', 'STRING', 'BYTES', 'DATE', 'TIME', 'TIMESTAMP'].map(
    (t) => ({
      params: [t, `...${t}`],
      returns: t,
      nulls: 'pass' as const,
      impl: (...xs: unknown[]) => best(xs, pick),
    }),
  );
  overloads.push({
    params: ['DECIMAL', '...DECIMAL'],
    returns: (ctx) => widenDecimals(ctx.argTypes),
    nulls: 'pass',
    create: (ctx) => {
      const out = widenDecimals(ctx.argTypes);
      const scale = out.base === 'DECIMAL' ? out.scale : 0;
      return (...xs: (Decimal | null)[]) => {
        const b = best(xs, pick) as Decimal | null;
        return b === null ? null : b.setScale(scale);
      };
    },
  });
  return {
    name,
    description: `The ${pick > 0 ? 'largest' : 'smallest'} non-null argument.`,
    overloads,
  };
}

function best(xs: unknown[], pick: 1 | -1): unknown {
  let out: unknown = null;
  for (const x of xs) {
    if (x === null) continue;
    if (out === null || compareValues(x, out) * pick > 0) out = x;
  }
  return out;
}

/** DecimalUtil.widen over all argument types: enough integer digits and scale for every one. */
function widenDecimals(types: SqlType[]): SqlType {
  let intDigits = 0;
  let scale = 0;
  for (const t of types) {
    if (t.base !== 'DECIMAL') continue;
    intDigits = Math.max(intDigits, t.precision - t.scale);
    scale = Math.max(scale, t.scale);
  }
  return { base: 'DECIMAL', precision: intDigits + scale, scale };
}

const EARTH_RADIUS_KM = 6371;
const EARTH_RADIUS_MILES = 3959;

function geoDistance(lat1: number, lon1: number, lat2: number, lon2: number, units = 'km'): number {
  const u = units.trim().toLowerCase();
  let radius = EARTH_RADIUS_KM;
  if (['mi', 'mile', 'miles'].includes(u)) radius = EARTH_RADIUS_MILES;
  else if (u !== '' && !['km', 'kilometer', 'kilometers', 'kilometre', 'kilometres'].includes(u)) {
    throw new Error(
      'GeoDistance function units parameter must be one of mi, mile, miles, km, kilometer, kilometers, kilometre, or kilometres. Values are case-insensitive.',
    );
  }
  if (lat1 < -90 || lat2 < -90 || lat1 > 90 || lat2 > 90) {
    throw new Error('valid latitude values for GeoDistance function are in the range of -90 to 90 decimal degrees');
  }
  if (lon1 < -180 || lon2 < -180 || lon1 > 180 || lon2 > 180) {
    throw new Error('valid longitude values for GeoDistance function are in the range of -180 to +180 decimal degrees');
  }
  const rad = (d: number) => (d / 180) * Math.PI;
  const hav = (x: number) => Math.sin(x / 2) ** 2;
  const a = hav(rad(lat2 - lat1)) + hav(rad(lon2 - lon1)) * Math.cos(rad(lat1)) * Math.cos(rad(lat2));
  return 2 * Math.asin(Math.sqrt(a)) * radius;
}

export const scalars: ScalarFunction[] = [
  {
    name: 'ABS',
    description: 'The absolute value of a number.',
    overloads: [
      { params: ['INT'], returns: 'INT', impl: (x: number) => Math.abs(x) | 0 },
      { params: ['BIGINT'], returns: 'BIGINT', impl: (x: bigint) => BigInt.asIntN(64, x < 0n ? -x : x) },
      { params: ['DOUBLE'], returns: 'DOUBLE', impl: (x: number) => Math.abs(x) },
      { params: ['DECIMAL'], returns: sameType, impl: (x: Decimal) => (x.signum() < 0 ? x.negate() : x) },
    ],
  },
  {
    name: 'CEIL',
    description: 'The smallest integral value greater than or equal to a number.',
    overloads: [
      { params: ['INT'], returns: 'INT', impl: (x: number) => x },
      { params: ['BIGINT'], returns: 'BIGINT', impl: (x: bigint) => x },
      { params: ['DOUBLE'], returns: 'DOUBLE', impl: (x: number) => Math.ceil(x) },
      { params: ['DECIMAL'], returns: sameType, impl: (x: Decimal) => keepScale(rescale(x, 0, 'CEILING'), x.scale) },
    ],
  },
  {
    name: 'FLOOR',
    description: 'The largest integral value less than or equal to a number.',
    overloads: [
      { params: ['INT'], returns: 'INT', impl: (x: number) => x },
      { params: ['BIGINT'], returns: 'BIGINT', impl: (x: bigint) => x },
      { params: ['DOUBLE'], returns: 'DOUBLE', impl: (x: number) => Math.floor(x) },
      { params: ['DECIMAL'], returns: sameType, impl: (x: Decimal) => keepScale(rescale(x, 0, 'FLOOR'), x.scale) },
    ],
  },
  {
    name: 'ROUND',
    description: 'Rounds half up (half toward zero below zero) to a number of decimal places (default 0).',
    overloads: [
      { params: ['INT'], returns: 'BIGINT', impl: (x: number) => BigInt(x) },
      { params: ['BIGINT'], returns: 'BIGINT', impl: (x: bigint) => x },
      { params: ['DOUBLE'], returns: 'BIGINT', impl: javaRound },
      {
        params: ['DOUBLE', 'INT'],
        returns: 'DOUBLE',
        impl: (x: number, n: number) => {
          if (!Number.isFinite(x)) throw new Error(`Cannot round ${x}`);
          const d = decimalOfDouble(x);
          return rescale(d, n, d.signum() > 0 ? 'HALF_UP' : 'HALF_DOWN').toNumber();
        },
      },
      {
        params: ['DECIMAL'],
        returns: integralDecimalType,
        impl: (x: Decimal) => rescale(x, 0, x.signum() > 0 ? 'HALF_UP' : 'HALF_DOWN'),
      },
      {
        params: ['DECIMAL', 'INT'],
        returns: sameType,
        impl: (x: Decimal, n: number) => keepScale(rescale(x, n, x.signum() > 0 ? 'HALF_UP' : 'HALF_DOWN'), x.scale),
      },
    ],
  },
  {
    name: 'TRUNC',
    description: 'Truncates toward zero to a number of decimal places (default 0).',
    overloads: [
      { params: ['INT'], returns: 'BIGINT', impl: (x: number) => BigInt(x) },
      { params: ['BIGINT'], returns: 'BIGINT', impl: (x: bigint) => x },
      { params: ['DOUBLE'], returns: 'BIGINT', impl: javaLong },
      {
        params: ['DOUBLE', 'INT'],
        returns: 'DOUBLE',
        impl: (x: number, n: number) => {
          if (!Number.isFinite(x)) throw new Error(`Cannot truncate ${x}`);
          return rescale(decimalOfDouble(x), n, 'DOWN').toNumber();
        },
      },
      { params: ['DECIMAL'], returns: integralDecimalType, impl: (x: Decimal) => rescale(x, 0, 'DOWN') },
      {
        params: ['DECIMAL', 'INT'],
        returns: sameType,
        impl: (x: Decimal, n: number) => keepScale(rescale(x, n, 'DOWN'), x.scale),
      },
    ],
  },
  {
    name: 'SIGN',
    description: 'The sign of a number as an INT: -1, 0 or 1.',
    overloads: [
      { params: ['INT'], returns: 'INT', impl: (x: number) => Math.sign(x) },
      { params: ['BIGINT'], returns: 'INT', impl: (x: bigint) => (x < 0n ? -1 : x > 0n ? 1 : 0) },
      { params: ['DOUBLE'], returns: 'INT', impl: (x: number) => (Number.isNaN(x) ? 0 : Math.sign(x) | 0) },
    ],
  },
  doubleFn('SQRT', 'The square root.', Math.sqrt),
  doubleFn('CBRT', 'The cube root.', Math.cbrt),
  doubleFn('EXP', 'e raised to a power.', Math.exp),
  doubleFn('LN', 'The natural logarithm.', Math.log),
  {
    name: 'LOG',
    // ksqlDB's docs call LOG(x) base 10, but its implementation (and math.json) is the natural logarithm.
    description: 'The natural logarithm (as ksqlDB computes it), or the logarithm in a given base.',
    overloads: [
      { params: ['DOUBLE'], returns: 'DOUBLE', impl: Math.log },
      {
        params: ['DOUBLE', 'DOUBLE'],
        returns: 'DOUBLE',
        impl: (base: number, v: number) => (base <= 0 || base === 1 ? Number.NaN : Math.log(v) / Math.log(base)),
      },
    ],
  },
  {
    name: 'POWER',
    description: 'A base raised to an exponent.',
    overloads: [{ params: ['DOUBLE', 'DOUBLE'], returns: 'DOUBLE', impl: javaPow }],
  },
  doubleFn('SIN', 'The sine (radians).', Math.sin),
  doubleFn('COS', 'The cosine (radians).', Math.cos),
  doubleFn('TAN', 'The tangent (radians).', Math.tan),
  doubleFn('COT', 'The cotangent (radians).', (x) => 1 / Math.tan(x)),
  doubleFn('ASIN', 'The arc sine, in radians.', Math.asin),
  doubleFn('ACOS', 'The arc cosine, in radians.', Math.acos),
  doubleFn('ATAN', 'The arc tangent, in radians.', Math.atan),
  doubleFn('SINH', 'The hyperbolic sine.', Math.sinh),
  doubleFn('COSH', 'The hyperbolic cosine.', Math.cosh),
  doubleFn('TANH', 'The hyperbolic tangent.', Math.tanh),
  doubleFn('DEGREES', 'Radians to degrees.', (x) => x * (180 / Math.PI)),
  doubleFn('RADIANS', 'Degrees to radians.', (x) => (x / 180) * Math.PI),
  {
    name: 'ATAN2',
    description: 'The angle theta of the polar coordinates of (x, y), given as ATAN2(y, x).',
    overloads: [{ params: ['DOUBLE', 'DOUBLE'], returns: 'DOUBLE', impl: Math.atan2 }],
  },
  {
    name: 'PI',
    description: 'An approximation of pi.',
    overloads: [{ params: [], returns: 'DOUBLE', impl: () => Math.PI }],
  },
  {
    name: 'RANDOM',
    description: 'A random DOUBLE in [0, 1).',
    overloads: [{ params: [], returns: 'DOUBLE', impl: () => Math.random() }],
  },
  extremum('GREATEST', 1),
  extremum('LEAST', -1),
  {
    name: 'GEO_DISTANCE',
    description: 'Great-circle distance between two (lat, lon) points, in km (default) or miles.',
    overloads: [
      {
        params: ['DOUBLE', 'DOUBLE', 'DOUBLE', 'DOUBLE'],
        returns: 'DOUBLE',
        impl: (a: number, b: number, c: number, d: number) => geoDistance(a, b, c, d),
      },
      {
        params: ['DOUBLE', 'DOUBLE', 'DOUBLE', 'DOUBLE', 'STRING'],
        returns: 'DOUBLE',
        impl: geoDistance,
      },
    ],
  },
];

/** Java's Math.pow differs from JS on 1^NaN and (-1)^Infinity (NaN in Java, 1 in JS). */
function javaPow(b: number, e: number): number {
  if (Number.isNaN(e)) return Number.NaN;
  if (Math.abs(b) === 1 && !Number.isFinite(e)) return Number.NaN;
  return b ** e;
}
