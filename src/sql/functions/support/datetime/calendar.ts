/**
 * Proleptic Gregorian calendar arithmetic (java.time's ISO chronology) on plain numbers: epoch days, civil
 * dates, and the ChronoField values a Java DateTimeFormatter prints and parses.
 */

export const MILLIS_PER_DAY = 86_400_000;
export const NANOS_PER_DAY = 86_400_000_000_000;
export const NANOS_PER_MILLI = 1_000_000;

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/** Days since 1970-01-01 of a civil date (H. Hinnant's days_from_civil). */
export function epochDayOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of an epoch day (H. Hinnant's civil_from_days). */
export function civilOf(epochDay: number): CivilDate {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function isLeapYear(year: number): boolean {
  return (year & 3) === 0 && (year % 100 !== 0 || year % 400 === 0);
}

export function monthLength(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** ISO day of week, Monday = 1 ... Sunday = 7. */
export function isoDayOfWeek(epochDay: number): number {
  return ((((epochDay + 3) % 7) + 7) % 7) + 1;
}

export function dayOfYear(epochDay: number): number {
  const { year } = civilOf(epochDay);
  return epochDay - epochDayOf(year, 1, 1) + 1;
}

export function floorDiv(a: number, b: number): number {
  return Math.floor(a / b);
}

export function floorMod(a: number, b: number): number {
  return ((a % b) + b) % b;
}

/** The fields java.time's ChronoField (and WeekFields for the US locale) define, as Brook supports them. */
export type Field =
  | 'Era'
  | 'YearOfEra'
  | 'Year'
  | 'MonthOfYear'
  | 'DayOfMonth'
  | 'DayOfYear'
  | 'DayOfWeek'
  | 'QuarterOfYear'
  | 'AlignedDayOfWeekInMonth'
  | 'WeekBasedYear'
  | 'WeekOfWeekBasedYear'
  | 'WeekOfMonth'
  | 'LocalizedDayOfWeek'
  | 'AmPmOfDay'
  | 'HourOfDay'
  | 'ClockHourOfDay'
  | 'HourOfAmPm'
  | 'ClockHourOfAmPm'
  | 'MinuteOfHour'
  | 'SecondOfMinute'
  | 'NanoOfSecond'
  | 'MilliOfDay'
  | 'NanoOfDay';

const DATE_FIELDS = new Set<Field>([
  'Era',
  'YearOfEra',
  'Year',
  'MonthOfYear',
  'DayOfMonth',
  'DayOfYear',
  'DayOfWeek',
  'QuarterOfYear',
  'AlignedDayOfWeekInMonth',
  'WeekBasedYear',
  'WeekOfWeekBasedYear',
  'WeekOfMonth',
  'LocalizedDayOfWeek',
]);

export function isDateField(f: Field): boolean {
  return DATE_FIELDS.has(f);
}

/** Valid ranges (java.time's ValueRange, outer bounds). */
export const FIELD_RANGE: Record<Field, [number, number]> = {
  Era: [0, 1],
  YearOfEra: [1, 1_000_000_000],
  Year: [-999_999_999, 999_999_999],
  MonthOfYear: [1, 12],
  DayOfMonth: [1, 31],
  DayOfYear: [1, 366],
  DayOfWeek: [1, 7],
  QuarterOfYear: [1, 4],
  AlignedDayOfWeekInMonth: [1, 7],
  WeekBasedYear: [-999_999_999, 999_999_999],
  WeekOfWeekBasedYear: [1, 53],
  WeekOfMonth: [0, 6],
  LocalizedDayOfWeek: [1, 7],
  AmPmOfDay: [0, 1],
  HourOfDay: [0, 23],
  ClockHourOfDay: [1, 24],
  HourOfAmPm: [0, 11],
  ClockHourOfAmPm: [1, 12],
  MinuteOfHour: [0, 59],
  SecondOfMinute: [0, 59],
  NanoOfSecond: [0, 999_999_999],
  MilliOfDay: [0, 86_399_999],
  NanoOfDay: [0, NANOS_PER_DAY - 1],
};

/** DateTimeException with java.time's wording. */
export class DateTimeError extends Error {}

export function checkRange(field: Field, value: number): number {
  const [lo, hi] = FIELD_RANGE[field];
  if (!Number.isInteger(value) || value < lo || value > hi) {
    throw new DateTimeError(`Invalid value for ${field} (valid values ${lo} - ${hi}): ${value}`);
  }
  return value;
}

/** US locale week definition: weeks start on Sunday, the first week needs one day. */
const FIRST_DAY_OF_WEEK = 7;
const MINIMAL_DAYS = 1;

function localizedDow(epochDay: number): number {
  return floorMod(isoDayOfWeek(epochDay) - FIRST_DAY_OF_WEEK, 7) + 1;
}

function startOfWeekOffset(day: number, dow: number): number {
  const weekStart = floorMod(day - dow, 7);
  let offset = -weekStart;
  if (weekStart + 1 > MINIMAL_DAYS) offset = 7 - weekStart;
  return offset;
}

function computeWeek(offset: number, day: number): number {
  return floorDiv(7 + offset + (day - 1), 7);
}

function weekOfWeekBasedYear(epochDay: number): number {
  const dow = localizedDow(epochDay);
  const doy = dayOfYear(epochDay);
  const offset = startOfWeekOffset(doy, dow);
  let week = computeWeek(offset, doy);
  if (week === 0) return weekOfWeekBasedYear(epochDay - doy);
  if (week > 50) {
    const yearLen = isLeapYear(civilOf(epochDay).year) ? 366 : 365;
    const newYearWeek = computeWeek(offset, yearLen + MINIMAL_DAYS);
    if (week >= newYearWeek) week = week - newYearWeek + 1;
  }
  return week;
}

function weekBasedYear(epochDay: number): number {
  const dow = localizedDow(epochDay);
  let year = civilOf(epochDay).year;
  const doy = dayOfYear(epochDay);
  const offset = startOfWeekOffset(doy, dow);
  const week = computeWeek(offset, doy);
  if (week === 0) return year - 1;
  const yearLen = isLeapYear(year) ? 366 : 365;
  if (week >= computeWeek(offset, yearLen + MINIMAL_DAYS)) year++;
  return year;
}

/** The value of a date-based field for an epoch day. */
export function dateFieldOf(epochDay: number, field: Field): number {
  const c = civilOf(epochDay);
  switch (field) {
    case 'Era':
      return c.year >= 1 ? 1 : 0;
    case 'YearOfEra':
      return c.year >= 1 ? c.year : 1 - c.year;
    case 'Year':
      return c.year;
    case 'MonthOfYear':
      return c.month;
    case 'DayOfMonth':
      return c.day;
    case 'DayOfYear':
      return dayOfYear(epochDay);
    case 'DayOfWeek':
      return isoDayOfWeek(epochDay);
    case 'QuarterOfYear':
      return Math.floor((c.month - 1) / 3) + 1;
    case 'AlignedDayOfWeekInMonth':
      return ((c.day - 1) % 7) + 1;
    case 'WeekBasedYear':
      return weekBasedYear(epochDay);
    case 'WeekOfWeekBasedYear':
      return weekOfWeekBasedYear(epochDay);
    case 'WeekOfMonth':
      return computeWeek(startOfWeekOffset(c.day, localizedDow(epochDay)), c.day);
    case 'LocalizedDayOfWeek':
      return localizedDow(epochDay);
    default:
      throw new DateTimeError(`Unsupported field: ${field}`);
  }
}

/** The value of a time-based field for a nano-of-day. */
export function timeFieldOf(nanoOfDay: number, field: Field): number {
  const hour = Math.floor(nanoOfDay / 3_600_000_000_000);
  switch (field) {
    case 'AmPmOfDay':
      return hour >= 12 ? 1 : 0;
    case 'HourOfDay':
      return hour;
    case 'ClockHourOfDay':
      return hour === 0 ? 24 : hour;
    case 'HourOfAmPm':
      return hour % 12;
    case 'ClockHourOfAmPm':
      return hour % 12 === 0 ? 12 : hour % 12;
    case 'MinuteOfHour':
      return Math.floor(nanoOfDay / 60_000_000_000) % 60;
    case 'SecondOfMinute':
      return Math.floor(nanoOfDay / 1_000_000_000) % 60;
    case 'NanoOfSecond':
      return nanoOfDay % 1_000_000_000;
    case 'MilliOfDay':
      return Math.floor(nanoOfDay / NANOS_PER_MILLI);
    case 'NanoOfDay':
      return nanoOfDay;
    default:
      throw new DateTimeError(`Unsupported field: ${field}`);
  }
}

export const MONTHS_FULL = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export const DAYS_FULL = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
