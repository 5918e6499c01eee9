/**
 * KIP-966's clean-shutdown file: a broker that stops cleanly leaves `{"version":0,"brokerEpoch":N}` in its log
 * dir, and on its next start names that epoch as previousBrokerEpoch when it registers, so the controller knows
 * it lost nothing (it stays among a partition's eligible leader replicas). After a crash there is no file and it
 * sends -1. Three in-process KRaft nodes; the registration is seen by the active controller's fault hook.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { API_KEYS } from '../../protocol/generated';
import { takeCleanShutdownEpoch, writeCleanShutdownEpoch } from '../../storage';
import type { TestBroker } from '../../src/testing';
import { startKraftNodes, until } from './kraft-nodes';

const FILE = '.kafka_cleanshutdown';

describe('KRaft: the clean-shutdown file carries the broker epoch to the next registration (KIP-966)', function () {
  this.timeout(60_000);
  let nodes: TestBroker[] = [];

  after(async () => {
    // All at once: one by one, the last nodes would wait out their controlled shutdowns without a quorum.
    await Promise.all(nodes.map((n) => n.stop().catch(() => {})));
  });

  it('reads the epoch every log dir agrees on, else -1, and removes the files', () => {
    const dirs = [mkdtempSync(join(tmpdir(), 'brook-epoch-')), mkdtempSync(join(tmpdir(), 'brook-epoch-'))];
    try {
      writeCleanShutdownEpoch(dirs, 42n);
      assert.equal(readFileSync(join(dirs[0]!, FILE), 'utf8'), '{"version":0,"brokerEpoch":42}');
      assert.equal(takeCleanShutdownEpoch(dirs), 42n);
      assert.ok(!existsSync(join(dirs[0]!, FILE)) && !existsSync(join(dirs[1]!, FILE)), 'removed once read');
      assert.equal(takeCleanShutdownEpoch(dirs), -1n, 'no file: not a clean shutdown');
      writeCleanShutdownEpoch(dirs, 42n);
      writeFileSync(join(dirs[1]!, FILE), '{"version":0,"brokerEpoch":7}');
      assert.equal(takeCleanShutdownEpoch(dirs), -1n, 'dirs that disagree');
      writeFileSync(join(dirs[0]!, FILE), '');
      assert.equal(takeCleanShutdownEpoch([dirs[0]!]), -1n, 'an empty marker names no epoch');
    } finally {
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
    }
  });

  it('a clean restart registers with its previous epoch', async () => {
    nodes = await startKraftNodes(3);
    const leaderId = () => nodes[0]!.broker.quorum!.raft.leaderAndEpoch().leaderId;
    await until(() => leaderId() > 0, 'a quorum leader');
    // A node that is not the quorum leader, so its registration crosses the wire to the active controller.
    const restarted = nodes.find((n) => n.nodeId !== leaderId())!;
    const controller = nodes.find((n) => n.nodeId === leaderId())!;
    const epochBefore = controller.broker.kraft!.image!.brokers.get(restarted.nodeId)!.epoch;

    const registrations: bigint[] = [];
    const remove = controller.broker.faults.control(
      API_KEYS.BrokerRegistration,
      (request) => {
        const body = request.body as { brokerId: number; previousBrokerEpoch: bigint };
        if (body.brokerId === restarted.nodeId) registrations.push(body.previousBrokerEpoch);
        return undefined;
      },
      { keep: true },
    );
    try {
      await restarted.restart();
      await until(() => registrations.length > 0, 'the restarted node registered');
    } finally {
      remove();
    }
    assert.equal(registrations[0], epochBefore, 'previousBrokerEpoch is the epoch it had');
    assert.ok(!existsSync(join(restarted.dataDir, FILE)), 'the file is gone once read');
    await until(
      () => (controller.broker.kraft!.image!.brokers.get(restarted.nodeId)?.epoch ?? -1n) > epochBefore,
      'a new epoch for the restarted node',
    );
  });
});
