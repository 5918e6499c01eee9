import assert from 'node:assert/strict';
import { createLogger, type LogEntry } from '../../src/log';

describe('broker logging', () => {
  it('is quiet by default, structured, per component, and never prints secrets', () => {
    const entries: LogEntry[] = [];
    const previous = process.env.BROOK_LOG_LEVEL;
    delete process.env.BROOK_LOG_LEVEL;
    try {
      const log = createLogger({ sink: (e) => entries.push(e) });
      log.info('not shown at the default level');
      const network = log.child({ component: 'network' });
      network.warn('rejected connection', {
        remote: '127.0.0.1:1',
        password: 'hunter2',
        saslAuthBytes: 'AAAA',
        token: 't',
      });
      assert.equal(entries.length, 1);
      const [entry] = entries;
      assert.equal(entry!.component, 'network');
      assert.equal(entry!.remote, '127.0.0.1:1');
      for (const key of ['password', 'saslAuthBytes', 'token']) assert.equal(entry![key], '[redacted]');
      assert.ok(!JSON.stringify(entry).includes('hunter2'));
    } finally {
      if (previous !== undefined) process.env.BROOK_LOG_LEVEL = previous;
    }
  });

  it('takes its level from BROOK_LOG_LEVEL', () => {
    const entries: LogEntry[] = [];
    const previous = process.env.BROOK_LOG_LEVEL;
    process.env.BROOK_LOG_LEVEL = 'debug';
    try {
      createLogger({ sink: (e) => entries.push(e) }).debug('shown');
      assert.equal(entries.length, 1);
    } finally {
      if (previous === undefined) delete process.env.BROOK_LOG_LEVEL;
      else process.env.BROOK_LOG_LEVEL = previous;
    }
  });
});
