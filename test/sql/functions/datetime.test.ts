import assert from 'node:assert/strict';
import {
  checkPattern,
  formatDate,
  formatTime,
  formatTimestamp,
  parseDate,
  parseLocalDate,
  parseTime,
  parseTimestamp,
} from '../../../src/sql/functions/support/datetime/java-time';
import { call, typed } from './helpers';

const date = (d: number) => typed('DATE', d);
const time = (t: number) => typed('TIME', t);
const ts = (t: number) => typed('TIMESTAMP', t);

describe('sql functions: Java DateTimeFormatter patterns', () => {
  it('formats dates as datestring.json / format-date.json expect', () => {
    assert.equal(formatDate(17662, 'yyyy-MM-dd'), '2018-05-11');
    assert.equal(formatDate(18027, 'dd/MM/yyyy'), '11/05/2019');
    assert.equal(formatDate(18993, 'dd-MMM-yyyy'), '01-Jan-2022');
    assert.equal(formatDate(0, 'dd-MM-yyyy'), '01-01-1970');
    assert.equal(formatDate(-1, "dd-MM-yyyy'Sophia'"), '31-12-1969Sophia');
  });

  it('formats every common letter', () => {
    const t = 1526075913123; // 2018-05-11T21:58:33.123Z, a Friday
    assert.equal(formatTimestamp(t, "yyyy-MM-dd'T'HH:mm:ss.SSSXXX"), '2018-05-11T21:58:33.123Z');
    assert.equal(
      formatTimestamp(t, 'EEE EEEE MMM MMMM d D a h K k H m s', 'UTC'),
      'Fri Friday May May 11 131 PM 9 9 21 21 58 33',
    );
    assert.equal(formatTimestamp(t, 'yy uuuu G QQQ Q SSSSSS n A'), '18 2018 AD Q2 2 123000 123000000 79113123');
    assert.equal(
      formatTimestamp(t, "yyyy-MM-dd HH:mm:ss.SSS Z xxx '['VV']' z", 'America/Los_Angeles'),
      '2018-05-11 14:58:33.123 -0700 -07:00 [America/Los_Angeles] PDT',
    );
    assert.equal(formatTimestamp(t, 'HH:mm O OOOO X', '+05:30'), '03:28 GMT+5:30 GMT+05:30 +0530');
    assert.equal(formatTimestamp(t, "yyyy''MM"), "2018'05");
    assert.equal(formatTimestamp(t, 'z', 'Europe/London'), 'BST');
    assert.equal(formatTimestamp(t, 'z', 'Europe/Paris'), 'CEST');
    assert.equal(formatTimestamp(0, 'z', 'Asia/Tokyo'), 'JST');
    assert.equal(formatTimestamp(0, 'zzzz', 'Asia/Tokyo'), 'Japan Standard Time');
    assert.equal(formatTimestamp(t, 'yyyy[ HH:mm]'), '2018 21:58');
    assert.equal(formatDate(17662, 'yyyy[ HH:mm]'), '2018');
    assert.equal(formatTime(3723004, 'HH:mm:ss.SSS a hh'), '01:02:03.004 AM 01');
    assert.equal(formatDate(0, 'yyyy-ww-e Y'), '1970-01-5 1970');
  });

  it('refuses bad patterns and fields the value lacks, as java.time does', () => {
    assert.throws(() => checkPattern('yyyy-bb'), /Unknown pattern letter: b/);
    assert.throws(() => checkPattern("yyyy'T"), /incomplete string literal/);
    assert.throws(() => checkPattern('HHH'), /Too many pattern letters: H/);
    assert.throws(() => checkPattern('yyyy]'), /\] without previous \[/);
    assert.throws(() => formatDate(0, 'HH'), /Unsupported field: HourOfDay/);
    assert.throws(() => formatTime(0, 'yyyy'), /Unsupported field: YearOfEra/);
    assert.throws(() => formatTimestamp(0, 'yyyy', 'PST'), /Unknown time-zone ID: PST/);
  });

  it('parses times as parse-time.json expects', () => {
    assert.equal(parseTime('00:01:05Lit', "HH:mm:ss'Lit'"), 65000);
    assert.equal(parseTime('11/05/19', 'HH/mm/ss'), 39919000);
    assert.equal(parseTime('01:00:00 PM', 'hh:mm:ss a'), 46800000);
    assert.equal(parseTime('01:00:00 Pm', 'hh:mm:ss a'), 46800000);
    assert.equal(parseTime('12:00:00 AM', 'hh:mm:ss a'), 0);
    assert.throws(() => parseTime('01:00:00', 'hh:mm:ss'), /Unable to obtain LocalTime/);
    assert.throws(() => parseTime('2020-01-01 10:00', 'yyyy-MM-dd HH:mm'), /contains date field/);
    assert.throws(() => parseTime('1:00', 'HH:mm'), /could not be parsed/);
    assert.throws(() => parseTime('10:00:00x', 'HH:mm:ss'), /unparsed text found at index 8/);
  });

  it('parses timestamps like ksqlDB StringToTimestampParser (stringtimestamp.json)', () => {
    const p = "yyyy-MM-dd'T'HH:mm:ssX";
    assert.equal(parseTimestamp('2018-05-11T21:58:33Z', p), 1526075913000);
    assert.equal(parseTimestamp('2019-05-11T21:58:33Z', p), 1557611913000);
    assert.equal(parseTimestamp('2020-05-11T21:58:33z', p), 1589234313000);
    assert.equal(parseTimestamp('2020-05-11T21:58:33+02', p), 1589227113000);
    assert.equal(parseTimestamp('2020-05-11T21:58:33+0230', p), 1589225313000);
    assert.throws(() => parseTimestamp('not a timestamp', p));
    // Missing fields default to 1970-01-01T00:00:00 in the given zone.
    assert.equal(parseTimestamp('1970-01-02', 'yyyy-MM-dd'), 86400000);
    assert.equal(parseTimestamp('10:00', 'HH:mm'), 36000000);
    assert.equal(parseTimestamp('2018-05-11 14:58', 'yyyy-MM-dd HH:mm', 'America/Los_Angeles'), 1526075880000);
    assert.equal(parseTimestamp('20180511215833', 'yyyyMMddHHmmss'), 1526075913000);
    assert.equal(
      parseTimestamp('2021-06-31 12:18:39.446', 'yyyy-MM-dd HH:mm:ss.SSS'),
      Date.UTC(2021, 5, 30, 12, 18, 39, 446),
    );
    assert.equal(
      parseTimestamp('2021-02-03 04:05:06.123456789', 'yyyy-MM-dd HH:mm:ss.SSSSSSSSS'),
      Date.UTC(2021, 1, 3, 4, 5, 6, 123),
    );
    assert.equal(parseTimestamp('2018-05-11 america/los_angeles', 'yyyy-MM-dd VV'), Date.UTC(2018, 4, 11, 7));
    assert.throws(() => parseTimestamp('2018-13-11', 'yyyy-MM-dd'), /MonthOfYear/);
    // DST: 02:30 does not exist on 2021-03-14 in Los Angeles, java moves it later by the gap.
    assert.equal(
      parseTimestamp('2021-03-14 02:30', 'yyyy-MM-dd HH:mm', 'America/Los_Angeles'),
      Date.UTC(2021, 2, 14, 10, 30),
    );
    // Overlap: 01:30 on 2021-11-07 happens twice, java takes the earlier offset (PDT).
    assert.equal(
      parseTimestamp('2021-11-07 01:30', 'yyyy-MM-dd HH:mm', 'America/Los_Angeles'),
      Date.UTC(2021, 10, 7, 8, 30),
    );
  });

  it('parses dates: PARSE_DATE leniently (null.json), STRINGTODATE strictly', () => {
    assert.equal(parseDate('2003-12-24', 'yyyy-MM-dd'), 12410);
    assert.equal(parseDate('2003-12-24-01-01', 'yyyy-MM-dd'), 12410);
    assert.equal(parseDate('2004-01-01', 'yyyy-MM-dd'), 12418);
    assert.equal(parseDate('2012-01-01', 'yyyy-MM-dd'), 15340);
    assert.throws(() => parseDate('2004', 'yyyy-MM-dd'));
    assert.throws(() => parseDate('2004-01-01 10', 'yyyy-MM-dd HH'), /contains time field/);
    assert.equal(parseLocalDate('2018-05-11', 'yyyy-MM-dd'), 17662);
    assert.equal(parseLocalDate('11-may-2018', 'dd-MMM-yyyy'), 17662);
    assert.throws(() => parseLocalDate('2018-05', 'yyyy-MM'), /Unable to obtain LocalDate/);
  });
});

describe('sql functions: date and time', () => {
  it('FORMAT_* and PARSE_* as SQL functions, NULL on bad input', () => {
    assert.equal(call('FORMAT_DATE', date(18993), 'dd-MMM-yyyy'), '01-Jan-2022');
    assert.equal(call('FORMAT_DATE', date(1), 'HH'), null);
    assert.equal(call('FORMAT_TIME', time(46800000), 'hh:mm a'), '01:00 PM');
    assert.equal(call('FORMAT_TIMESTAMP', ts(1526075913000), 'yyyy-MM-dd HH:mm:ss'), '2018-05-11 21:58:33');
    assert.equal(call('FORMAT_TIMESTAMP', ts(1526075913000), 'HH:mm z'), '21:58 GMT');
    assert.equal(call('FORMAT_TIMESTAMP', ts(1526075913000), 'HH:mm', 'Europe/London'), '22:58');
    assert.equal(call('FORMAT_TIMESTAMP', null, 'HH:mm'), null);
    assert.equal(call('PARSE_DATE', '2021-10-11', 'yyyy-MM-dd'), 18911);
    assert.equal(call('PARSE_TIME', '13:25', 'HH:mm'), 48300000);
    assert.equal(call('PARSE_TIME', 'nope', 'HH:mm'), null);
    assert.equal(call('PARSE_TIMESTAMP', '2021-06-31 12:18:39.446', 'yyyy-MM-dd HH:mm:ss.SSS'), 1625055519446);
    assert.equal(call('PARSE_TIMESTAMP', '2021-06-30 12:18', 'yyyy-MM-dd HH:mm', 'America/New_York'), 1625069880000);
  });

  it('deprecated DATETOSTRING, STRINGTODATE, TIMESTAMPTOSTRING, STRINGTOTIMESTAMP', () => {
    assert.equal(call('DATETOSTRING', 17662, 'yyyy-MM-dd'), '2018-05-11');
    assert.equal(call('STRINGTODATE', '2018-05-11', 'yyyy-MM-dd'), 17662);
    assert.equal(call('TIMESTAMPTOSTRING', 1526075913000n, 'yyyy-MM-dd HH:mm:ss'), '2018-05-11 21:58:33');
    assert.equal(call('TIMESTAMPTOSTRING', 1526075913000n, 'HH:mm', 'America/Los_Angeles'), '14:58');
    assert.equal(call('STRINGTOTIMESTAMP', '2018-05-11T21:58:33Z', "yyyy-MM-dd'T'HH:mm:ssX"), 1526075913000n);
    assert.equal(
      call('STRINGTOTIMESTAMP', '2018-05-11 14:58:33', 'yyyy-MM-dd HH:mm:ss', 'America/Los_Angeles'),
      1526075913000n,
    );
  });

  it('UNIX_TIMESTAMP, UNIX_DATE, FROM_UNIXTIME, FROM_DAYS', () => {
    assert.equal(call('UNIX_TIMESTAMP', ts(1589234313000)), 1589234313000n);
    const now = call('UNIX_TIMESTAMP') as bigint;
    assert.ok(typeof now === 'bigint' && Math.abs(Number(now) - Date.now()) < 5000);
    assert.equal(call('UNIX_DATE', date(17662)), 17662);
    assert.equal(call('UNIX_DATE'), Math.floor(Date.now() / 86400000));
    assert.equal(call('FROM_UNIXTIME', 1589234313000n), 1589234313000);
    assert.equal(call('FROM_UNIXTIME', null), null);
    assert.equal(call('FROM_DAYS', 17662), 17662);
  });

  it('CONVERT_TZ shifts by the zone difference (convert-tz.json)', () => {
    assert.equal(call('CONVERT_TZ', ts(100), 'America/Los_Angeles', 'America/New_York'), 10800100);
    assert.equal(call('CONVERT_TZ', ts(1589234313000), 'America/Los_Angeles', 'America/New_York'), 1589245113000);
    assert.equal(call('CONVERT_TZ', ts(0), 'UTC', '+05:30'), 19800000);
    assert.equal(call('CONVERT_TZ', ts(0), 'UTC', 'Not/AZone'), null);
  });

  it('DATEADD, DATESUB, TIMEADD, TIMESUB, TIMESTAMPADD, TIMESTAMPSUB (timeadd.json, timestampsub.json)', () => {
    assert.equal(call('DATEADD', 'DAYS', 5, date(17662)), 17667);
    assert.equal(call('DATESUB', 'DAY', 5, date(17662)), 17657);
    assert.equal(call('DATEADD', 'HOURS', 48, date(0)), 2);
    assert.equal(call('TIMEADD', 'MILLISECONDS', 10, time(10)), 20);
    assert.equal(call('TIMEADD', 'MILLISECONDS', 10, time(86399995)), 5);
    assert.equal(call('TIMESUB', 'MINUTES', 1, time(0)), 86340000);
    assert.equal(call('TIMESTAMPADD', 'SECONDS', 2, ts(1000)), 3000);
    assert.equal(call('TIMESTAMPSUB', 'MILLISECONDS', 10, ts(20)), 10);
    assert.equal(call('TIMESTAMPADD', 'MICROSECONDS', 1500, ts(0)), 1);
    assert.equal(call('TIMESTAMPADD', 'FORTNIGHTS', 1, ts(0)), null);
    assert.equal(call('DATEADD', 'DAYS', null, date(1)), null);
    assert.throws(
      () => call('DATEADD', date(1), 5, date(1)),
      /Function 'dateadd' does not accept parameters \(DATE, INTEGER, DATE\)/,
    );
  });
});
