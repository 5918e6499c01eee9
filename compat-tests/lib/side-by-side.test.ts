import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadExpectations, oracleExpectations } from './expectations';
import { type Outcome, type Row, tabulate } from './side-by-side';

const row = (scenario: string, client: string, outcomes: [string, Outcome][]): Row => ({
  suite: 's',
  scenario,
  client,
  outcomes: new Map(outcomes.map(([t, outcome]) => [t as never, { outcome, note: `why ${scenario}` }])),
});

describe('compat side-by-side table', () => {
  it('counts cases run on two targets, same when both pass or both fail, and names the failing side', () => {
    const { lines, cases, same, differ } = tabulate(
      [
        row('a', 'x', [
          ['brook-process', 'pass'],
          ['kafka-process', 'pass'],
        ]),
        row('b', 'x', [
          ['brook-process', 'known failure'],
          ['kafka-process', 'pass'],
        ]),
        row('c', 'x', [
          ['brook-process', 'fail'],
          ['kafka-process', 'known failure'],
        ]),
        row('d', 'x', [
          ['brook-process', 'pass'],
          ['kafka-process', 'not run'],
        ]),
      ],
      ['brook-process', 'kafka-process'],
    );
    assert.deepEqual({ cases, same, differ }, { cases: 3, same: 2, differ: 1 });
    assert.match(lines.find((l) => l.startsWith('b '))!, /fails\*\s+pass\s+DIFFERS: why b/);
    assert.match(lines.find((l) => l.startsWith('d '))!, /pass\s+-$/);
  });
});

describe('compat expectations on the official Kafka', () => {
  it('a "BROOK ..." finding must pass on Kafka', () => {
    // A client of its own: the real clients' findings change as Brook catches up (none says BROOK today).
    const dir = mkdtempSync(join(tmpdir(), 'brook-expectations-'));
    try {
      mkdirSync(join(dir, 'some-client'));
      writeFileSync(join(dir, 'some-client', 'tests.allow'), 'produce\n');
      writeFileSync(
        join(dir, 'some-client', 'FINDINGS.md'),
        '- `roundtrip/none`: BROOK LACKS a feature\n- `oversize`: CLIENT limit\n',
      );
      const brook = loadExpectations('some-client', dir);
      const kafka = oracleExpectations('some-client', dir);
      assert.ok(
        !brook.allowed.has('roundtrip/none') && brook.findings.get('roundtrip/none')?.startsWith('BROOK LACKS'),
      );
      assert.ok(kafka.allowed.has('roundtrip/none') && !kafka.findings.has('roundtrip/none'));
      assert.ok(!kafka.allowed.has('oversize') && kafka.findings.has('oversize'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('"kafka:" lines apply to Kafka only and lift their cases out of tests.allow there', () => {
    assert.ok(loadExpectations('sarama-legacy').allowed.has('roundtrip/none'));
    assert.equal(loadExpectations('sarama-legacy').everyCase, undefined);
    const kafka = oracleExpectations('sarama-legacy');
    assert.equal(kafka.allowed.size, 0);
    assert.match(kafka.everyCase ?? '', /KIP-896/);
    const platformatic = oracleExpectations('platformatic');
    assert.ok(!platformatic.allowed.has('roundtrip/lz4') && platformatic.allowed.has('large-record'));
  });
});
