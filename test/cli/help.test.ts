import assert from 'node:assert/strict';
import { brook } from './helpers';

/** `brook --help` names every command; each command's --help is exit 0; unknown commands are usage errors. */
describe('brook --help', () => {
  const commands = ['serve', 'topic', 'produce', 'consume', 'group', 'cluster', 'config', 'sql', 'version'];

  it('lists every command, the common options and the exit codes', async () => {
    const run = await brook(['--help']);
    assert.equal(run.code, 0);
    for (const c of commands) assert.match(run.stdout, new RegExp(`^  ${c} `, 'm'), c);
    assert.match(run.stdout, /--bootstrap HOST:PORT/);
    assert.match(run.stdout, /Exit codes: 0 ok, 1 Kafka error or not found, 2 usage/);
  });

  it("each client command's --help is its usage on stdout, exit 0", async () => {
    for (const c of ['topic', 'produce', 'consume', 'group', 'groups', 'cluster', 'config']) {
      const run = await brook([c, '--help']);
      assert.equal(run.code, 0, c);
      assert.match(run.stdout, new RegExp(`^Usage: brook ${c === 'groups' ? 'group' : c}`), c);
      assert.match(run.stdout, /--output text\|json/, c);
    }
  });

  it("brook sql's --help is its usage (exit 0); a bad option or server URL is exit 2", async () => {
    const help = await brook(['sql', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: brook sql /);
    assert.match(help.stdout, /--output text\|json/);
    assert.equal((await brook(['sql', '--frobnicate'])).code, 2);
    const bad = await brook(['sql', '--server', 'localhost:8088', '-e', 'SHOW STREAMS;']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /Server URL must begin with protocol/);
  });

  it('no command, an unknown command or option is exit 2', async () => {
    assert.equal((await brook([])).code, 2);
    assert.equal((await brook(['frobnicate'])).code, 2);
    assert.equal((await brook(['consume', 't', '--frobnicate'])).code, 2);
    assert.equal((await brook(['group', 'describe', 'g', '-o', 'yaml'])).code, 2);
  });
});
