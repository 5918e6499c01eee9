/**
 * startCluster({ admin: true }): each member process serves /admin/faults on its own ops port, so a suite
 * injects faults into a broker it did not start in-process. One member keeps it quick; needs `npm run build`
 * (members run bin/brook.js).
 */
import assert from 'node:assert/strict';
import { Kafka, logLevel } from 'kafkajs';
import { assertBuilt } from '../broker/brook-process';
import { type LocalCluster, startCluster } from '../../src/testing';

describe('brook/testing: fault injection over HTTP into a startCluster member', function () {
  this.timeout(60_000);
  let cluster: LocalCluster | null = null;
  after(async () => {
    await cluster?.stop();
  });

  it('a fault posted to the member fails the client request it names, once', async () => {
    assertBuilt();
    cluster = await startCluster({ brokers: 1, admin: true });
    const member = cluster.member(1);
    assert.match(String(member.httpUrl), /^http:\/\/127\.0\.0\.1:\d+$/);
    const posted = await fetch(`${member.httpUrl}/admin/faults`, {
      method: 'POST',
      body: JSON.stringify({ api: 'CreateTopics', action: 'fail', errorCode: 29 }),
    });
    assert.equal(posted.status, 201);
    await posted.body?.cancel();

    const kafka = new Kafka({
      brokers: [cluster.bootstrap],
      clientId: 'cluster-faults',
      logLevel: logLevel.NOTHING,
      retry: { retries: 20, initialRetryTime: 100, maxRetryTime: 500 },
    });
    const admin = kafka.admin();
    await admin.connect();
    try {
      // the member answers before its quorum has elected a controller (a one-voter election, well under a second)
      for (let tries = 0; (await admin.describeCluster()).controller === null; tries++) {
        assert.ok(tries < 200, 'no controller elected within 20 s');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await assert.rejects(
        admin.createTopics({ topics: [{ topic: 'faulted' }] }),
        (error: { errors?: { type: string }[] }) => {
          assert.equal(error.errors?.[0]?.type, 'TOPIC_AUTHORIZATION_FAILED');
          return true;
        },
      );
      assert.equal(await admin.createTopics({ topics: [{ topic: 'faulted' }], waitForLeaders: true }), true);
    } finally {
      await admin.disconnect();
    }
  });
});
