"""kafka-python driver, for two rows: Debian's python3-kafka 2.0.2 (pure Python; snappy/lz4/zstd through
python3-snappy, python3-lz4, python3-zstandard; run with /usr/bin/python3) and PyPI's kafka-python 3 (run with the
python of the virtual environment that ../python/venv.sh makes). Its default partitioner is Java-compatible
murmur2. The producer keeps the library's defaults (kafka-python 3: enable_idempotence=True).
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'python'))
from common import b64, run_driver, unb64  # noqa: E402

import kafka  # noqa: E402
from kafka import KafkaConsumer, KafkaProducer, TopicPartition  # noqa: E402
from kafka.admin import KafkaAdminClient, NewTopic  # noqa: E402


class ConsumerHandle:
    def __init__(self, consumer):
        self.consumer = consumer

    def poll(self, wait_ms):
        out = []
        for records in self.consumer.poll(timeout_ms=wait_ms, max_records=1000).values():
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
        self.consumer.close()


class Client:
    name = 'kafka-python'

    def __init__(self, bootstrap):
        self.bootstrap = bootstrap
        self.version = kafka.__version__
        self.admin = None
        self.producers = {}

    def producer(self, compression):
        if compression not in self.producers:
            self.producers[compression] = KafkaProducer(
                bootstrap_servers=self.bootstrap, client_id='brook-compat-kafka-python',
                compression_type=None if compression == 'none' else compression, acks='all', linger_ms=5,
                retries=5, max_request_size=10_000_000, request_timeout_ms=15000)
        return self.producers[compression]

    def create(self, topic, partitions):
        if self.admin is None:
            self.admin = KafkaAdminClient(bootstrap_servers=self.bootstrap, client_id='brook-compat-kafka-python')
        self.admin.create_topics([NewTopic(topic, num_partitions=partitions, replication_factor=1)], timeout_ms=15000)
        return None

    def partitions(self, topic):
        consumer = KafkaConsumer(bootstrap_servers=self.bootstrap, group_id=None)
        try:
            return len(consumer.partitions_for_topic(topic) or [])
        finally:
            consumer.close()

    def produce(self, topic, compression, records):
        producer = self.producer(compression)
        futures = []
        for r in records:
            futures.append(producer.send(topic, value=unb64(r['value']), key=unb64(r['key']),
                                         headers=[(k, unb64(v)) for k, v in r['headers']],
                                         partition=r.get('partition'), timestamp_ms=r.get('timestamp')))
        producer.flush(30)
        results = []
        for f in futures:
            meta = f.get(timeout=30)
            results.append({'partition': meta.partition, 'offset': meta.offset})
        return results

    def open_consumer(self, topic, partitions, start):
        consumer = KafkaConsumer(bootstrap_servers=self.bootstrap, group_id=None, enable_auto_commit=False,
                                 client_id='brook-compat-kafka-python', auto_offset_reset='earliest',
                                 fetch_max_wait_ms=100, max_partition_fetch_bytes=2 << 20, fetch_max_bytes=8 << 20)
        tps = [TopicPartition(topic, p) for p in range(partitions)]
        consumer.assign(tps)
        if start == 'earliest':
            consumer.seek_to_beginning(*tps)
        elif start == 'latest':
            consumer.seek_to_end(*tps)
        elif 'offsets' in start:
            for tp, offset in zip(tps, start['offsets']):
                consumer.seek(tp, offset)
        else:
            found = consumer.offsets_for_times({tp: start['timestamp'] for tp in tps})
            for tp in tps:
                if found.get(tp) is None:
                    consumer.seek_to_end(tp)
                else:
                    consumer.seek(tp, found[tp].offset)
        return ConsumerHandle(consumer)

    def close(self):
        for p in self.producers.values():
            p.close(timeout=5)
        if self.admin is not None:
            self.admin.close()


run_driver(Client)
