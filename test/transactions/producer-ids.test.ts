import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ErrorCode } from '../../src/errors';
import {
  BlockProducerIdManager,
  ControllerProducerIdManager,
  FileProducerIdBlockStore,
  MemoryProducerIdBlockStore,
} from '../../src/transactions/producer-ids';

describe('transactions: producer id blocks', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'brook-pid-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('claims a block of 1000 before handing out its first id, and the next block when it runs out', () => {
    const store = new MemoryProducerIdBlockStore();
    const ids = new BlockProducerIdManager(store);
    const first = Array.from({ length: 1000 }, () => ids.generateProducerId());
    assert.deepEqual([first[0], first[999], store.writes, store.nextBlockStart], [0n, 999n, 1, 1000n]);
    assert.equal(ids.generateProducerId(), 1000n);
    assert.deepEqual([store.writes, store.nextBlockStart], [2, 2000n]);
  });

  it('answers COORDINATOR_LOAD_IN_PROGRESS when a block cannot be claimed, and hands out nothing from it', () => {
    const store = new MemoryProducerIdBlockStore();
    store.failNext = true;
    const ids = new BlockProducerIdManager(store);
    assert.throws(
      () => ids.generateProducerId(),
      (e: { code?: number }) => e.code === ErrorCode.CoordinatorLoadInProgress,
    );
    assert.equal(ids.generateProducerId(), 0n);
  });

  it('never repeats an id across restarts (the next block start is in the data dir)', () => {
    const first = new BlockProducerIdManager(new FileProducerIdBlockStore(dir));
    const before = Array.from({ length: 1500 }, () => first.generateProducerId());
    assert.equal(JSON.parse(readFileSync(join(dir, 'producer-id-block.json'), 'utf8')).nextBlockStart, '2000');
    const second = new BlockProducerIdManager(new FileProducerIdBlockStore(dir));
    const after = second.generateProducerId();
    assert.equal(after, 2000n);
    assert.ok(before.every((id) => id < after));
  });

  it('never repeats an id after SIGKILL of the process handing them out', async function () {
    this.timeout(30000);
    const script = `
      const { BlockProducerIdManager, FileProducerIdBlockStore } = require(${JSON.stringify(resolve('src/transactions/producer-ids.ts'))});
      const ids = new BlockProducerIdManager(new FileProducerIdBlockStore(${JSON.stringify(dir)}));
      const tick = () => { let line = ''; for (let i = 0; i < 250; i++) line += ids.generateProducerId() + '\\n'; process.stdout.write(line); setImmediate(tick); };
      tick();`;
    const child = spawn(process.execPath, ['--import', 'tsx', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    await new Promise<void>((done, failed) => {
      // a child that stalls before 3000 ids is killed too: it would otherwise run on after the test
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        failed(new Error(`the child did not hand out 3000 ids within 20 s (${out.split('\n').length - 1} lines)`));
      }, 20_000);
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.split('\n').length > 3000 && !child.killed) child.kill('SIGKILL');
      });
      child.on('exit', () => {
        clearTimeout(timer);
        done();
      });
      child.on('error', failed);
    });
    const seen = out
      .split('\n')
      .filter((l) => /^\d+$/.test(l))
      .map((l) => BigInt(l));
    assert.ok(seen.length >= 2000, `the child handed out ids (${seen.length})`);
    const next = new BlockProducerIdManager(new FileProducerIdBlockStore(dir)).generateProducerId();
    const highest = seen.reduce((a, b) => (a > b ? a : b));
    assert.ok(next > highest, `first id after the kill ${next} is above every id handed out before (${highest})`);
  });
});

describe('producer ids from the controller (ControllerProducerIdManager, AllocateProducerIds)', () => {
  it('answers COORDINATOR_LOAD_IN_PROGRESS until a block arrives, then hands it out and fetches the next one early', async () => {
    const asked: bigint[] = [];
    let next = 0n;
    const manager = new ControllerProducerIdManager(async () => {
      asked.push(next);
      const block = { start: next, length: 1000 };
      next += 1000n;
      return block;
    });
    assert.throws(
      () => manager.generateProducerId(),
      (e: { code?: number }) => e.code === ErrorCode.CoordinatorLoadInProgress,
    );
    await manager.ready();
    const ids = Array.from({ length: 950 }, () => manager.generateProducerId());
    assert.deepEqual([ids[0], ids[949]], [0n, 949n]);
    await manager.ready();
    assert.equal(asked.length, 2, 'the second block was asked for before the first ran out');
    const rest = Array.from({ length: 60 }, () => manager.generateProducerId());
    assert.deepEqual([rest[49], rest[50]], [999n, 1000n], 'the next block follows without a refusal');
  });
});
