/**
 * Compiles a java.time DateTimeFormatter pattern (`yyyy-MM-dd'T'HH:mm:ss.SSSX`) into printer-parser elements,
 * following DateTimeFormatterBuilder.appendPattern letter by letter, including its errors for bad patterns.
 */
import { DateTimeError, type Field } from './calendar';

export type SignStyle = 'NORMAL' | 'NOT_NEGATIVE' | 'EXCEEDS_PAD';
export type TextStyle = 'SHORT' | 'FULL' | 'NARROW';

export type Element =
  | { kind: 'literal'; text: string }
  | { kind: 'number'; field: Field; min: number; max: number; sign: SignStyle }
  | { kind: 'reduced'; field: Field; width: number; base: number }
  | { kind: 'fraction'; min: number; max: number }
  | { kind: 'text'; field: Field; style: TextStyle }
  | { kind: 'offset'; pattern: string; noOffset: string }
  | { kind: 'localizedOffset'; full: boolean }
  | { kind: 'zoneId' }
  | { kind: 'zoneText'; full: boolean }
  | { kind: 'optional'; elements: Element[] };

const cache = new Map<string, Element[]>();

/** The compiled pattern (cached, like ksqlDB's formatter caches). Throws DateTimeError for an invalid pattern. */
export function compilePattern(pattern: string): Element[] {
  let els = cache.get(pattern);
  if (!els) {
    els = new PatternCompiler(pattern).compile();
    if (cache.size >= 1000) cache.clear();
    cache.set(pattern, els);
  }
  return els;
}

const FIELD_OF: Record<string, Field> = {
  G: 'Era',
  y: 'YearOfEra',
  u: 'Year',
  Q: 'QuarterOfYear',
  q: 'QuarterOfYear',
  M: 'MonthOfYear',
  L: 'MonthOfYear',
  D: 'DayOfYear',
  d: 'DayOfMonth',
  F: 'AlignedDayOfWeekInMonth',
  E: 'DayOfWeek',
  c: 'LocalizedDayOfWeek',
  e: 'LocalizedDayOfWeek',
  a: 'AmPmOfDay',
  H: 'HourOfDay',
  k: 'ClockHourOfDay',
  K: 'HourOfAmPm',
  h: 'ClockHourOfAmPm',
  m: 'MinuteOfHour',
  s: 'SecondOfMinute',
  S: 'NanoOfSecond',
  A: 'MilliOfDay',
  n: 'NanoOfSecond',
  N: 'NanoOfDay',
  Y: 'WeekBasedYear',
  w: 'WeekOfWeekBasedYear',
  W: 'WeekOfMonth',
};

const OFFSET_X = ['+HHmm', '+HHMM', '+HH:MM', '+HHMMss', '+HH:MM:ss'];
const NO_OFFSET_x = ['+00', '+0000', '+00:00', '+0000', '+00:00'];

class PatternCompiler {
  private readonly stack: Element[][] = [[]];

  constructor(private readonly pattern: string) {}

  private get out(): Element[] {
    return this.stack[this.stack.length - 1];
  }

  private fail(msg: string): never {
    throw new DateTimeError(msg);
  }

  compile(): Element[] {
    const p = this.pattern;
    for (let pos = 0; pos < p.length; pos++) {
      const cur = p[pos];
      if (/[A-Za-z]/.test(cur)) {
        let end = pos + 1;
        while (end < p.length && p[end] === cur) end++;
        let count = end - pos;
        // 'p' is the pad modifier: it pads the next field to a width.
        if (cur === 'p') this.fail('Pad letter "p" is not supported');
        this.letter(cur, count);
        pos = end - 1;
        count = 0;
      } else if (cur === "'") {
        const start = pos++;
        for (; pos < p.length; pos++) {
          if (p[pos] === "'") {
            if (pos + 1 < p.length && p[pos + 1] === "'") pos++;
            else break;
          }
        }
        if (pos >= p.length) this.fail(`Pattern ends with an incomplete string literal: ${p}`);
        const str = p.slice(start + 1, pos);
        this.out.push({ kind: 'literal', text: str === '' ? "'" : str.replace(/''/g, "'") });
      } else if (cur === '[') {
        this.stack.push([]);
      } else if (cur === ']') {
        if (this.stack.length === 1) this.fail('Pattern invalid as it contains ] without previous [');
        const els = this.stack.pop()!;
        this.out.push({ kind: 'optional', elements: els });
      } else if (cur === '{' || cur === '}' || cur === '#') {
        this.fail(`Pattern includes reserved character: '${cur}'`);
      } else {
        this.out.push({ kind: 'literal', text: cur });
      }
    }
    while (this.stack.length > 1) {
      const els = this.stack.pop()!;
      this.out.push({ kind: 'optional', elements: els });
    }
    return mergeLiterals(this.stack[0]);
  }

  private num(field: Field, min: number, max: number, sign: SignStyle): void {
    this.out.push({ kind: 'number', field, min, max, sign });
  }

  private letter(cur: string, count: number): void {
    const tooMany = () => this.fail(`Too many pattern letters: ${cur}`);
    switch (cur) {
      case 'V':
        if (count !== 2) this.fail('Pattern letter count must be 2: V');
        this.out.push({ kind: 'zoneId' });
        return;
      case 'z':
        if (count > 4) tooMany();
        this.out.push({ kind: 'zoneText', full: count === 4 });
        return;
      case 'Z':
        if (count < 4) this.out.push({ kind: 'offset', pattern: '+HHMM', noOffset: '+0000' });
        else if (count === 4) this.out.push({ kind: 'localizedOffset', full: true });
        else if (count === 5) this.out.push({ kind: 'offset', pattern: '+HH:MM:ss', noOffset: 'Z' });
        else tooMany();
        return;
      case 'O':
        if (count === 1) this.out.push({ kind: 'localizedOffset', full: false });
        else if (count === 4) this.out.push({ kind: 'localizedOffset', full: true });
        else this.fail(`Pattern letter count must be 1 or 4: ${cur}`);
        return;
      case 'X':
        if (count > 5) tooMany();
        this.out.push({ kind: 'offset', pattern: OFFSET_X[count - 1], noOffset: 'Z' });
        return;
      case 'x':
        if (count > 5) tooMany();
        this.out.push({ kind: 'offset', pattern: OFFSET_X[count - 1], noOffset: NO_OFFSET_x[count - 1] });
        return;
      case 'v':
      case 'B':
        this.fail(`Pattern letter '${cur}' is not supported`);
    }
    const field = FIELD_OF[cur];
    if (!field) this.fail(`Unknown pattern letter: ${cur}`);
    switch (cur) {
      case 'G':
        if (count > 5) tooMany();
        this.text(field, count);
        return;
      case 'u':
      case 'y':
      case 'Y':
        if (count === 2) this.out.push({ kind: 'reduced', field, width: 2, base: 2000 });
        else if (count < 4) this.num(field, count, 19, 'NORMAL');
        else this.num(field, count, 19, 'EXCEEDS_PAD');
        return;
      case 'c':
        if (count === 2) this.fail('Invalid pattern "cc"');
        if (count === 1) this.num(field, 1, 1, 'NOT_NEGATIVE');
        else if (count <= 5) this.text('DayOfWeek', count);
        else tooMany();
        return;
      case 'e':
        if (count <= 2) this.num(field, count, count, 'NOT_NEGATIVE');
        else if (count <= 5) this.text('DayOfWeek', count);
        else tooMany();
        return;
      case 'M':
      case 'L':
      case 'Q':
      case 'q':
        if (count === 1) this.num(field, 1, 19, 'NORMAL');
        else if (count === 2) this.num(field, 2, 2, 'NOT_NEGATIVE');
        else if (count <= 5) this.text(field, count);
        else tooMany();
        return;
      case 'E':
        if (count > 5) tooMany();
        this.text(field, count);
        return;
      case 'a':
        if (count !== 1) tooMany();
        this.out.push({ kind: 'text', field, style: 'SHORT' });
        return;
      case 'd':
      case 'h':
      case 'H':
      case 'k':
      case 'K':
      case 'm':
      case 's':
        if (count === 1) this.num(field, 1, 19, 'NORMAL');
        else if (count === 2) this.num(field, 2, 2, 'NOT_NEGATIVE');
        else tooMany();
        return;
      case 'D':
        if (count === 1) this.num(field, 1, 19, 'NORMAL');
        else if (count <= 3) this.num(field, count, 3, 'NOT_NEGATIVE');
        else tooMany();
        return;
      case 'F':
      case 'W':
        if (count !== 1) tooMany();
        this.num(field, 1, 19, 'NORMAL');
        return;
      case 'w':
        if (count > 2) tooMany();
        if (count === 1) this.num(field, 1, 19, 'NORMAL');
        else this.num(field, 2, 2, 'NOT_NEGATIVE');
        return;
      case 'S':
        if (count > 9) this.fail(`Maximum width must be from 1 to 9 inclusive but was ${count}`);
        this.out.push({ kind: 'fraction', min: count, max: count });
        return;
      default:
        if (count === 1) this.num(field, 1, 19, 'NORMAL');
        else if (count <= 19) this.num(field, count, count, 'NOT_NEGATIVE');
        else tooMany();
    }
  }

  private text(field: Field, count: number): void {
    const style: TextStyle = count <= 3 ? 'SHORT' : count === 4 ? 'FULL' : 'NARROW';
    this.out.push({ kind: 'text', field, style });
  }
}

function mergeLiterals(els: Element[]): Element[] {
  const out: Element[] = [];
  for (const e of els) {
    const prev = out[out.length - 1];
    if (e.kind === 'literal' && prev?.kind === 'literal')
      out[out.length - 1] = { kind: 'literal', text: prev.text + e.text };
    else out.push(e.kind === 'optional' ? { kind: 'optional', elements: mergeLiterals(e.elements) } : e);
  }
  return out;
}
