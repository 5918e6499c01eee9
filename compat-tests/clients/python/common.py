"""Shared skeleton of the Python drivers (see compat-tests/lib/driver-protocol.ts for the JSON contract).

A driver module implements an adapter with: name, version, create(topic, n) -> via|None, partitions(topic) -> int,
produce(topic, compression, records) -> [ {partition, offset} | None ], open_consumer(topic, n, start) -> handle
with poll(wait_ms) -> [record dict] and close(), and close(). `start` is 'earliest', 'latest',
{'offsets': [..]} or {'timestamp': ms}. run_driver() reads the job from stdin and prints the result on stdout.
"""
import base64
import json
import os
import sys
import time
import traceback

MARKER_VALUE_B64 = base64.b64encode(b'__compat_marker__').decode()


def b64(data):
    return None if data is None else base64.b64encode(bytes(data)).decode()


def unb64(text):
    return None if text is None else base64.b64decode(text)


def log(*args):
    print(*args, file=sys.stderr, flush=True)


def step_error(error):
    name = type(error).__name__
    message = str(error)
    args = getattr(error, 'args', ())
    # confluent_kafka.KafkaException wraps a KafkaError: expose its name (e.g. MSG_SIZE_TOO_LARGE)
    if args and hasattr(args[0], 'name') and callable(args[0].name):
        name = args[0].name()
        message = f'{args[0].str()} ({name})'
    return {'name': name, 'message': message}


def _consume(client, step, mark):
    start = step['from']
    if isinstance(start, dict) and 'timestamp' in start:
        ts = mark if start['timestamp'] == 'mark' else start['timestamp']
        if ts is None:
            raise RuntimeError('consume from mark without a preceding mark step')
        start = {'timestamp': ts}
    consumer = client.open_consumer(step['topic'], step['partitions'], start)
    records = []
    deadline = time.time() + step['timeoutMs'] / 1000
    real = lambda: [r for r in records if r['value'] != MARKER_VALUE_B64]
    try:
        if step['from'] == 'latest':
            # A marker to every partition until each came back: the consumer is then positioned everywhere.
            markers = [{'key': None, 'value': MARKER_VALUE_B64, 'headers': [], 'partition': p}
                       for p in range(step['partitions'])]
            seen = lambda: len({r['partition'] for r in records if r['value'] == MARKER_VALUE_B64})
            while seen() < step['partitions']:
                if time.time() > deadline:
                    return records, True
                client.produce(step['topic'], 'none', markers)
                records.extend(consumer.poll(500))
            probe = step.get('probe')
            if probe:
                client.produce(step['topic'], probe['compression'], probe['records'])
        while len(real()) < step['count']:
            if time.time() > deadline:
                return records, True
            records.extend(consumer.poll(max(50, min(1000, int((deadline - time.time()) * 1000)))))
        return records, False
    finally:
        try:
            consumer.close()
        except Exception:  # noqa: BLE001 - closing is best effort
            pass


def _run_step(client, step, state):
    op = step['op']
    if op == 'create':
        via = client.create(step['topic'], step['partitions'])
        return {'op': op, 'ok': True, **({'via': via} if via else {})}
    if op == 'partitions':
        return {'op': op, 'ok': True, 'count': client.partitions(step['topic'])}
    if op == 'produce':
        return {'op': op, 'ok': True, 'results': client.produce(step['topic'], step['compression'], step['records'])}
    if op == 'consume':
        records, timed_out = _consume(client, step, state.get('mark'))
        return {'op': op, 'ok': True, 'records': records, 'timedOut': timed_out}
    if op == 'sleep':
        time.sleep(step['ms'] / 1000)
        return {'op': op, 'ok': True}
    if op == 'mark':
        state['mark'] = int(time.time() * 1000)
        return {'op': op, 'ok': True, 'time': state['mark']}
    if op == 'touch':
        open(step['path'], 'w').close()
        return {'op': op, 'ok': True}
    if op == 'waitFor':
        deadline = time.time() + step['timeoutMs'] / 1000
        while not os.path.exists(step['path']):
            if time.time() > deadline:
                raise TimeoutError(f"timed out waiting for {step['path']}")
            time.sleep(0.05)
        return {'op': op, 'ok': True}
    raise ValueError(f'unknown op {op}')


def run_driver(make_client):
    job = json.loads(sys.stdin.read())
    client = make_client(job['bootstrap'])
    state = {}
    results = []
    for step in job['steps']:
        try:
            results.append(_run_step(client, step, state))
        except Exception as error:  # noqa: BLE001 - every failure is reported, the next step still runs
            log(traceback.format_exc())
            results.append({'op': step['op'], 'ok': False, 'error': step_error(error)})
    try:
        client.close()
    except Exception:  # noqa: BLE001
        log(traceback.format_exc())
    sys.stdout.write(json.dumps({'client': client.name, 'version': client.version, 'steps': results}) + '\n')
    sys.stdout.flush()
    os._exit(0)
