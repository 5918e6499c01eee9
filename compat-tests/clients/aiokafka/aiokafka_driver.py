"""aiokafka driver (PyPI aiokafka 0.14, asyncio; codecs through cramjam), run with the python of the virtual
environment that ../python/venv.sh makes. The shared loop of ../python/common.py is synchronous: this adapter
runs each call to completion on its own event loop.

AIOKafkaProducer with the library's defaults (acks=1, not idempotent, murmur2 partitioner like
the Java client) except max_request_size, lifted so the broker decides on the oversize record;
AIOKafkaAdminClient for topics; AIOKafkaConsumer with group_id=None, assign(), seek*() and offsets_for_times().
"""
import asyncio
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'python'))
from common import b64, run_driver, unb64  # noqa: E402

import aiokafka  # noqa: E402
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition  # noqa: E402
from aiokafka.admin import AIOKafkaAdminClient, NewTopic  # noqa: E402
from aiokafka.errors import for_code  # noqa: E402

CLIENT_ID = 'brook-compat-aiokafka'


class ConsumerHandle:
    def __init__(self, run, consumer):
        self.run = run
        self.consumer = consumer

    def poll(self, wait_ms):
        out = []
        batches = self.run(self.consumer.getmany(timeout_ms=wait_ms, max_records=1000))
        for records in batches.values():
            for m in records:
                out.append({
                    'partition': m.partition,
                    'offset': m.offset,
                    'key': b64(m.key),
                    'value': b64(m.value),
                    'headers': [[k, b64(v)] for k, v in (m.headers or [])],
                    'timestamp': m.timestamp,
                })
        return out

    def close(self):
        self.run(self.consumer.stop())


class Client:
    name = 'aiokafka'
    version = aiokafka.__version__

    def __init__(self, bootstrap):
        self.bootstrap = bootstrap
        self.loop = asyncio.new_event_loop()
        self.admin = None
        self.producers = {}

    def run(self, coroutine):
        return self.loop.run_until_complete(coroutine)

    def started(self, cls, **config):
        """An aiokafka client made and started on this loop (they must be created inside a running loop)."""
        async def make():
            client = cls(**config)
            await client.start()
            return client
        return self.run(make())

    def admin_client(self):
        if self.admin is None:
            self.admin = self.started(AIOKafkaAdminClient, bootstrap_servers=self.bootstrap, client_id=CLIENT_ID)
        return self.admin

    def create(self, topic, partitions):
        response = self.run(self.admin_client().create_topics(
            [NewTopic(topic, num_partitions=partitions, replication_factor=1)], timeout_ms=15000))
        for result in response.topic_errors:
            if result[1] != 0:
                raise for_code(result[1])(result[2] if len(result) > 2 else result[0])
        return None

    def partitions(self, topic):
        for t in self.run(self.admin_client().describe_topics([topic])):
            if t['topic'] == topic:
                if t['error_code'] != 0:
                    raise for_code(t['error_code'])(topic)
                return len(t['partitions'])
        raise RuntimeError(f'{topic} not in metadata')

    def producer(self, compression):
        if compression not in self.producers:
            self.producers[compression] = self.started(
                AIOKafkaProducer, bootstrap_servers=self.bootstrap, client_id=CLIENT_ID,
                compression_type=None if compression == 'none' else compression, max_request_size=10_000_000,
                linger_ms=5)
        return self.producers[compression]

    def produce(self, topic, compression, records):
        producer = self.producer(compression)

        async def send_all():
            futures = []
            for r in records:
                futures.append(await producer.send(topic, value=unb64(r['value']), key=unb64(r['key']),
                                                   headers=[(k, unb64(v)) for k, v in r['headers']],
                                                   partition=r.get('partition'), timestamp_ms=r.get('timestamp')))
            done = await asyncio.wait_for(asyncio.gather(*futures), timeout=30)
            return [{'partition': meta.partition, 'offset': meta.offset} for meta in done]

        return self.run(send_all())

    def open_consumer(self, topic, partitions, start):
        consumer = self.started(AIOKafkaConsumer, bootstrap_servers=self.bootstrap, group_id=None,
                                enable_auto_commit=False, client_id=CLIENT_ID, auto_offset_reset='earliest',
                                fetch_max_wait_ms=100, max_partition_fetch_bytes=2 << 20, fetch_max_bytes=8 << 20)

        async def position():
            tps = [TopicPartition(topic, p) for p in range(partitions)]
            consumer.assign(tps)
            if start == 'earliest':
                await consumer.seek_to_beginning(*tps)
            elif start == 'latest':
                await consumer.seek_to_end(*tps)
            elif 'offsets' in start:
                for tp, offset in zip(tps, start['offsets']):
                    consumer.seek(tp, offset)
            else:
                found = await consumer.offsets_for_times({tp: start['timestamp'] for tp in tps})
                for tp in tps:
                    if found.get(tp) is None:
                        await consumer.seek_to_end(tp)
                    else:
                        consumer.seek(tp, found[tp].offset)

        self.run(position())
        return ConsumerHandle(self.run, consumer)

    def close(self):
        for p in self.producers.values():
            self.run(p.stop())
        if self.admin is not None:
            self.run(self.admin.close())


run_driver(Client)
