#!/usr/bin/env python3
"""aiokafka transaction driver (compat-tests/transactions, txn-protocol.ts), from the PyPI venv. Producers:
AIOKafkaProducer with enable_idempotence (and transactional_id: start() runs InitProducerId, fencing older
producers), begin_transaction / commit_transaction / abort_transaction; each send waits for its acknowledgement
(send_and_wait). Readers: AIOKafkaConsumer without a group, assign + seek_to_beginning, at the step's
isolation_level. One job on stdin, one JSON line on stdout."""
import asyncio
import json
import sys
import time

import aiokafka
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

# txn-protocol.ts FAILED_JOB_CONSUME_MS: how long consumes wait once an unexpected step failure decided the job
FAILED_JOB_CONSUME_S = 3


def error_of(exc):
    return {'name': type(exc).__name__, 'message': f'{type(exc).__name__}: {exc}'}


async def consume(bootstrap, step, failed):
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None, enable_auto_commit=False,
                                isolation_level=step['isolation'])
    await consumer.start()
    records = []
    timed_out = False
    try:
        partitions = [TopicPartition(step['topic'], p) for p in range(step['partitions'])]
        consumer.assign(partitions)
        await consumer.seek_to_beginning(*partitions)
        timeout = step['timeoutMs'] / 1000
        deadline = time.time() + (min(timeout, FAILED_JOB_CONSUME_S) if failed else timeout)
        reached = None
        while True:
            if len(records) >= step['count'] and reached is None:
                reached = time.time()
            if reached is not None and time.time() - reached >= step['graceMs'] / 1000:
                break
            if time.time() > deadline:
                timed_out = reached is None
                break
            batches = await consumer.getmany(timeout_ms=200)
            for tp, msgs in batches.items():
                for m in msgs:
                    records.append({
                        'partition': tp.partition,
                        'offset': m.offset,
                        'key': None if m.key is None else m.key.decode(),
                        'value': None if m.value is None else m.value.decode(),
                    })
    finally:
        await consumer.stop()
    return records, timed_out


async def main():
    job = json.load(sys.stdin)
    bootstrap = job['bootstrap']
    producers = {}
    results = []
    failed = False
    for step in job['steps']:
        op = step['op']
        name = step.get('name')
        try:
            result = {'op': op, 'ok': True}
            if op == 'producer':
                kwargs = {'enable_idempotence': step.get('idempotent', True), 'acks': 'all'}
                if step.get('transactionalId'):
                    kwargs['transactional_id'] = step['transactionalId']
                producer = AIOKafkaProducer(bootstrap_servers=bootstrap, client_id=f'brook-compat-aiokafka-txn-{name}',
                                            **kwargs)
                await producer.start()
                producers[name] = producer
            elif op == 'close':
                p = producers.pop(name, None)
                if p is not None:
                    await asyncio.wait_for(p.stop(), 5)
            elif op == 'consume':
                records, timed_out = await consume(bootstrap, step, failed)
                result['records'] = records
                result['timedOut'] = timed_out
            else:
                if name not in producers:
                    raise RuntimeError(f'no producer named {name} (its creation failed?)')
                p = producers[name]
                if op == 'begin':
                    await p.begin_transaction()
                elif op == 'send':
                    futures = [await p.send(step['topic'], key=r['key'].encode(), value=r['value'].encode(),
                                            partition=r['partition']) for r in step['records']]
                    await asyncio.gather(*futures)
                elif op == 'commit':
                    await p.commit_transaction()
                elif op == 'abort':
                    await p.abort_transaction()
                else:
                    raise ValueError(f'unknown op {op}')
        except Exception as exc:  # noqa: BLE001 - every failure is a step result
            result = {'op': op, 'ok': False, 'error': error_of(exc)}
            failed = failed or not step.get('mayFail', False)
        results.append(result)
    for p in producers.values():
        try:
            await asyncio.wait_for(p.stop(), 5)
        except Exception:  # noqa: BLE001 - a fenced producer may refuse to stop cleanly
            pass
    sys.stdout.write(json.dumps({'client': 'aiokafka', 'version': f'aiokafka {aiokafka.__version__}',
                                 'steps': results}) + '\n')
    sys.stdout.flush()


if __name__ == '__main__':
    asyncio.run(main())
