import assert from 'node:assert/strict';
import { Kafka, logLevel } from 'kafkajs';
import { WireClient } from '../../src/groups/wire-client';
import { startBroker, type TestBroker } from '../../src/testing';

/** Fault injection over the ops HTTP listener (/admin/faults), driven by curl-like requests and seen by kafkajs. */
describe('brook/testing: fault injection over HTTP', () => {
  let broker: TestBroker;

  before(async () => {
    broker = await startBroker({ admin: true });
  });
  after(() => broker.stop());
  afterEach(() => broker.faults.clear());

  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${broker.httpUrl}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };

  const admin = async (clientId: string) => {
    const kafka = new Kafka({
      brokers: [broker.bootstrap],
      clientId,
      logLevel: logLevel.NOTHING,
      retry: { retries: 0 },
    });
    const client = kafka.admin();
    await client.connect();
    return client;
  };

  it('fails the next CreateTopics with the error code given, then lets the next one through', async () => {
    const installed = await call('POST', '/admin/faults', {
      api: 'CreateTopics',
      action: 'fail',
      errorCode: 29, // TOPIC_AUTHORIZATION_FAILED: not retriable, so kafkajs reports it at once
    });
    assert.equal(installed.status, 201);
    assert.deepEqual(
      { api: installed.body.api, apiKey: installed.body.apiKey, remaining: installed.body.remaining },
      { api: 'CreateTopics', apiKey: 19, remaining: 1 },
    );
    assert.equal(((await call('GET', '/admin/faults')).body.faults as unknown[]).length, 1);
    const client = await admin('http-faults');
    try {
      await assert.rejects(
        client.createTopics({ topics: [{ topic: 'faulted' }] }),
        (error: { errors?: { type: string }[] }) => {
          assert.equal(error.errors?.[0]?.type, 'TOPIC_AUTHORIZATION_FAILED');
          return true;
        },
      );
      assert.deepEqual((await call('GET', '/admin/faults')).body.faults, [], 'used once, then removed');
      assert.equal(await client.createTopics({ topics: [{ topic: 'faulted' }] }), true);
    } finally {
      await client.disconnect();
    }
  });

  it('closes the connection of one client id only while the fault is kept, until it is deleted by id', async () => {
    const installed = await call('POST', '/admin/faults', {
      api: 'Metadata',
      action: 'close',
      keep: true,
      clientId: 'doomed',
    });
    assert.equal(installed.body.remaining, null);
    const listed = (await call('GET', '/admin/faults')).body.faults as { id: number; description: string }[];
    assert.deepEqual(
      listed.map((f) => f.description),
      ['close on Metadata from doomed'],
    );
    const bystander = await admin('bystander');
    await bystander.listTopics(); // another client id is not affected
    await bystander.disconnect();
    const doomed = await admin('doomed').catch((error: Error) => error);
    if (doomed instanceof Error) assert.match(doomed.message, /closed|Connection/i);
    else {
      await assert.rejects(doomed.listTopics());
      await doomed.disconnect();
    }

    assert.equal((await call('DELETE', `/admin/faults?id=${listed[0]!.id}`)).status, 200);
    assert.equal((await call('DELETE', `/admin/faults?id=${listed[0]!.id}`)).status, 404);
    const recovered = await admin('doomed');
    await recovered.listTopics();
    await recovered.disconnect();
  });

  it('answers 400 with the reason for a bad fault, and DELETE clears every fault', async () => {
    const bad = async (body: unknown) => (await call('POST', '/admin/faults', body)).body.error as string;
    assert.match(await bad('{not json'), /JSON/);
    assert.match(await bad({ api: 'NoSuchApi', action: 'fail', errorCode: 1 }), /api must be an API name/);
    assert.match(await bad({ api: 3, action: 'explode' }), /action must be one of/);
    assert.match(await bad({ api: 3, action: 'fail' }), /errorCode must be an integer/);
    assert.match(await bad({ api: 3, action: 'delay', delayMs: 10, times: 0 }), /times must be an integer >= 1/);
    assert.equal(
      (await call('POST', '/admin/faults', { api: 1, action: 'delay', delayMs: 10, keep: true })).status,
      201,
    );
    assert.equal((await call('POST', '/admin/faults', { api: 0, action: 'drop' })).status, 201);
    assert.deepEqual((await call('DELETE', '/admin/faults')).body, { removed: 2 });
    assert.equal(broker.faults.active, false);
  });

  it('isolates the node from other nodes (their inter-node client ids refused) while clients go on, until healed', async () => {
    const apiVersions = async (clientId: string) => {
      const client = await WireClient.connect(broker.bootstrap, clientId, 2000);
      try {
        return await client.send<{ errorCode: number }>(18, 3, { clientSoftwareName: 'x', clientSoftwareVersion: '1' });
      } finally {
        client.close();
      }
    };
    assert.deepEqual((await call('POST', '/admin/faults/isolate')).body, { isolated: true });
    assert.equal((await call('GET', '/admin/faults')).body.isolated, true);
    for (const peer of ['replica-fetcher-2', 'raft-client-3', 'controller-channel-2', 'txn-marker-sender-3']) {
      await assert.rejects(apiVersions(peer), /connection closed/, `${peer} refused`);
    }
    assert.equal((await apiVersions('replica-fetcher-app')).errorCode, 0, 'a client whatever its name');
    assert.deepEqual((await call('DELETE', '/admin/faults/isolate')).body, { isolated: false });
    assert.equal((await apiVersions('replica-fetcher-2')).errorCode, 0, 'healed');
    await call('POST', '/admin/faults/isolate');
    await call('DELETE', '/admin/faults');
    assert.equal(broker.faults.isolated, false, 'DELETE /admin/faults heals the link too');
  });

  it('is not served unless enabled', async () => {
    const plain = await startBroker({ http: true });
    try {
      const res = await fetch(`${plain.httpUrl}/admin/faults`);
      assert.equal(res.status, 404);
      await res.body?.cancel();
    } finally {
      await plain.stop();
    }
  });
});
