#!/usr/bin/env python3
"""confluent-kafka-python transaction driver (compat-tests/transactions, txn-protocol.ts), one source for Debian's
1.7 (librdkafka 2.0.2, /usr/bin/python3) and PyPI's 2.16 (the venv's python). Producers: enable.idempotence=true,
transactional.id for the transactional ones (init_transactions on creation); each send waits for its delivery
reports (flush). Consumers read assigned partitions from OFFSET_BEGINNING at the step's isolation.level (a group id
is required by the API, nothing is committed). One job on stdin, one JSON line on stdout."""
import json
import sys
import time

import confluent_kafka
from confluent_kafka import OFFSET_BEGINNING, Consumer, KafkaException, Producer, TopicPartition

SEND_WAIT_S = 30
# txn-protocol.ts FAILED_JOB_CONSUME_MS: how long consumes wait once an unexpected step failure decided the job
FAILED_JOB_CONSUME_S = 3


def error_of(exc):
    """{name, message} from a KafkaException (its KafkaError names the code: _FENCED, INVALID_PRODUCER_EPOCH...)."""
    if isinstance(exc, KafkaException) and exc.args and hasattr(exc.args[0], 'name'):
        err = exc.args[0]
        return {'name': err.name(), 'message': f'{err.name()}: {err.str()}'}
    # confluent-kafka 2.x raises a pending fatal error as a SystemError out of the next Python callback it runs
    # (the delivery report): the real error is its cause.
    inner = exc.__cause__ or exc.__context__
    if inner is not None and inner is not exc:
        cause = error_of(inner)
        return {'name': cause['name'], 'message': f"{type(exc).__name__}: {exc}; caused by {cause['message']}"}
    return {'name': type(exc).__name__, 'message': str(exc)}


class TxnProducer:
    def __init__(self, bootstrap, name, step):
        conf = {
            'bootstrap.servers': bootstrap,
            'client.id': f'brook-compat-python-txn-{name}',
            'enable.idempotence': step.get('idempotent', True),
            'acks': 'all',
            # librdkafka doubles its reconnect backoff up to 10 s per quick disconnect: the fault proxy closes
            # connections often, and the scenario has seconds, not minutes.
            'reconnect.backoff.ms': 50,
            'reconnect.backoff.max.ms': 500,
        }
        self.transactional = bool(step.get('transactionalId'))
        if self.transactional:
            conf['transactional.id'] = step['transactionalId']
        self.producer = Producer(conf)
        if self.transactional:
            self.producer.init_transactions(SEND_WAIT_S)

    def send(self, topic, records):
        failures = []

        def report(err, _msg):
            if err is not None:
                failures.append(err)

        for r in records:
            self.producer.produce(topic, key=r['key'].encode(), value=r['value'].encode(),
                                  partition=r['partition'], on_delivery=report)
        remaining = self.producer.flush(SEND_WAIT_S)
        if failures:
            raise KafkaException(failures[0])
        if remaining:
            raise RuntimeError(f'{remaining} records not acknowledged within {SEND_WAIT_S} s')


def consume(bootstrap, step, failed):
    consumer = Consumer({
        'bootstrap.servers': bootstrap,
        'group.id': f'txn-read-{time.time_ns()}',
        'isolation.level': step['isolation'],
        'enable.auto.commit': False,
        'enable.partition.eof': False,
    })
    records = []
    timed_out = False
    try:
        consumer.assign([TopicPartition(step['topic'], p, OFFSET_BEGINNING) for p in range(step['partitions'])])
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
            msg = consumer.poll(0.2)
            if msg is None:
                continue
            if msg.error():
                continue  # transient (e.g. a partition's leader moving); the deadline bounds it
            records.append({
                'partition': msg.partition(),
                'offset': msg.offset(),
                'key': None if msg.key() is None else msg.key().decode(),
                'value': None if msg.value() is None else msg.value().decode(),
            })
    finally:
        consumer.close()
    return records, timed_out


def main():
    job = json.load(sys.stdin)
    bootstrap = job['bootstrap']
    producers = {}
    results = []
    failed = False
    for step in job['steps']:
        op = step['op']
        try:
            result = {'op': op, 'ok': True}
            name = step.get('name')
            if op == 'producer':
                producers[name] = TxnProducer(bootstrap, name, step)
            elif op == 'close':
                p = producers.pop(name, None)
                if p is not None:
                    p.producer.flush(2)
            elif op == 'consume':
                records, timed_out = consume(bootstrap, step, failed)
                result['records'] = records
                result['timedOut'] = timed_out
            else:
                if name not in producers:
                    raise RuntimeError(f'no producer named {name} (its creation failed?)')
                p = producers[name]
                if op == 'begin':
                    p.producer.begin_transaction()
                elif op == 'send':
                    p.send(step['topic'], step['records'])
                elif op == 'commit':
                    p.producer.commit_transaction(SEND_WAIT_S)
                elif op == 'abort':
                    p.producer.abort_transaction(SEND_WAIT_S)
                else:
                    raise ValueError(f'unknown op {op}')
        except Exception as exc:  # noqa: BLE001 - every failure is a step result
            result = {'op': op, 'ok': False, 'error': error_of(exc)}
            failed = failed or not step.get('mayFail', False)
        results.append(result)
    # version() is a (text, int) tuple in 1.x and the text alone in 2.x; __version__ is the same in both
    version = f'confluent-kafka {confluent_kafka.__version__}, librdkafka {confluent_kafka.libversion()[0]}'
    sys.stdout.write(json.dumps({'client': 'confluent-kafka-python', 'version': version, 'steps': results}) + '\n')
    sys.stdout.flush()


if __name__ == '__main__':
    main()
