/**
 * kcat's balanced consumer (`kcat -G`, librdkafka) for compat-tests/groups (see ../README.md): runs kcat,
 * turns its "% Group ... rebalanced ... assigned/revoked: topic [p], ..." lines into assign/revoke events and
 * the values it prints into recs. "stop" sends SIGTERM: kcat closes the consumer (final commit, LeaveGroup);
 * "crash" sends SIGKILL to kcat only, so the lines it printed before dying still reach the scenario.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { emit, readJob } from './member-io';

const job = readJob();

const kcat = spawn(
  'kcat',
  [
    '-b',
    job.bootstrap,
    '-G',
    job.group,
    // No -o: in balanced mode an explicit start offset overrides the committed ones.
    '-X',
    'auto.offset.reset=earliest',
    '-u',
    '-f',
    process.env.GROUP_DEBUG ? '%s p%p o%o\\n' : '%s\\n',
    '-X',
    `session.timeout.ms=${job.sessionTimeoutMs}`,
    '-X',
    `heartbeat.interval.ms=${Math.max(100, Math.floor(job.sessionTimeoutMs / 6))}`,
    '-X',
    'auto.commit.interval.ms=500',
    '-X',
    'client.id=compat-kcat',
    job.topic,
  ],
  { stdio: ['ignore', 'pipe', 'pipe'] },
);
const partitionsOf = (text: string) =>
  [...text.matchAll(/(\S+) \[(\d+)\]/g)].filter((m) => m[1] === job.topic).map((m) => Number(m[2]));
createInterface({ input: kcat.stderr! }).on('line', (line) => {
  const assigned = /rebalanced.*: assigned: (.*)$/.exec(line);
  const revoked = /rebalanced.*: revoked: (.*)$/.exec(line);
  if (assigned) emit({ ev: 'assign', p: partitionsOf(assigned[1]!) });
  else if (revoked) emit({ ev: 'revoke', p: partitionsOf(revoked[1]!) });
  else if (line.trim()) emit({ ev: 'log', line });
});
createInterface({ input: kcat.stdout! }).on('line', (line) => {
  if (line === '') return;
  if (process.env.GROUP_DEBUG) emit({ ev: 'log', line: `got ${line}` });
  emit({ ev: 'recs', v: [line.split(' ')[0]!] });
});
// 'close' (not 'exit'): every line kcat printed has been read by then.
kcat.on('close', (code) => {
  emit({ ev: 'closed', code });
  process.stdout.write('', () => process.exit(0));
});
emit({ ev: 'ready' });
// "crash": SIGKILL kcat itself (no final commit, no LeaveGroup) and pass on what it had already printed.
createInterface({ input: process.stdin }).on('line', (line) => {
  if (line.trim() === 'stop') kcat.kill('SIGTERM');
  if (line.trim() === 'crash') kcat.kill('SIGKILL');
});
