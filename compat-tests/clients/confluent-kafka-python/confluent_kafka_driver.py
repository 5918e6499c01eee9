"""confluent-kafka-python driver, for two rows: Debian's python3-confluent-kafka on the system's librdkafka 2.0.2
(run with /usr/bin/python3) and PyPI's confluent-kafka 2.16 with its bundled librdkafka (run with the python of
the virtual environment that ../python/venv.sh makes). The version it reports comes from the library.

Producer with librdkafka defaults (partitioner consistent_random = CRC32 of the key), AdminClient for topics,
Consumer with assign() (no group membership).
"""
import sys
import os

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'python'))
from common import b64, log, run_driver, unb64  # noqa: E402

import confluent_kafka  # noqa: E402
from confluent_kafka import Consumer, KafkaException, Producer, TopicPartition  # noqa: E402
from confluent_kafka.admin import AdminClient, NewTopic  # noqa: E402


class ConsumerHandle:
    def __init__(self, consumer):
        self.consumer = consumer

    def poll(self, wait_ms):
        out = []
        for m in self.consumer.consume(num_messages=1000, timeout=wait_ms / 1000):
            if m.error():
                if m.error().code() == confluent_kafka.KafkaError._PARTITION_EOF:
                    continue
                raise KafkaException(m.error())
            out.append({
                'partition': m.partition(),
                'offset': m.offset(),
                'key': b64(m.key()),
                'value': b64(m.value()),
                'headers': [[k, b64(v)] for k, v in (m.headers() or [])],
                'timestamp': m.timestamp()[1],
            })
        return out

    def close(self):
        self.consumer.close()


class Client:
    name = 'confluent-kafka-python'

    def __init__(self, bootstrap):
        self.common = {'bootstrap.servers': bootstrap, 'client.id': 'brook-compat-confluent-python',
                       'message.max.bytes': 10000000}
        self.version = f'{confluent_kafka.version()[0]} (librdkafka {confluent_kafka.libversion()[0]})'
        self.admin = AdminClient(self.common)
        self.producers = {}

    def producer(self, compression):
        if compression not in self.producers:
            self.producers[compression] = Producer({**self.common, 'compression.codec': compression, 'acks': 'all',
                                                    'enable.idempotence': False, 'linger.ms': 5,
                                                    'error_cb': lambda e: log('producer error', e)})
        return self.producers[compression]

    def create(self, topic, partitions):
        for future in self.admin.create_topics([NewTopic(topic, num_partitions=partitions, replication_factor=1)],
                                               operation_timeout=15).values():
            future.result(timeout=20)
        return None

    def partitions(self, topic):
        return len(self.admin.list_topics(topic, timeout=10).topics[topic].partitions)

    def produce(self, topic, compression, records):
        producer = self.producer(compression)
        results = [None] * len(records)
        errors = []

        def report(index):
            def on_delivery(err, msg):
                if err is not None:
                    errors.append(err)
                else:
                    results[index] = {'partition': msg.partition(), 'offset': msg.offset()}
            return on_delivery

        for i, r in enumerate(records):
            kwargs = {'value': unb64(r['value']), 'key': unb64(r['key']), 'on_delivery': report(i),
                      'headers': [(k, unb64(v)) for k, v in r['headers']]}
            if r.get('partition') is not None:
                kwargs['partition'] = r['partition']
            if r.get('timestamp') is not None:
                kwargs['timestamp'] = r['timestamp']
            producer.produce(topic, **kwargs)
            producer.poll(0)
        remaining = producer.flush(30)
        if errors:
            raise KafkaException(errors[0])
        if remaining:
            raise TimeoutError(f'{remaining} records not delivered within 30 s')
        return results

    def open_consumer(self, topic, partitions, start):
        consumer = Consumer({**self.common, 'group.id': 'brook-compat-confluent-python', 'enable.auto.commit': False,
                             'fetch.wait.max.ms': 100, 'error_cb': lambda e: log('consumer error', e)})
        if start == 'earliest':
            tps = [TopicPartition(topic, p, confluent_kafka.OFFSET_BEGINNING) for p in range(partitions)]
        elif start == 'latest':
            tps = [TopicPartition(topic, p, confluent_kafka.OFFSET_END) for p in range(partitions)]
        elif 'offsets' in start:
            tps = [TopicPartition(topic, p, o) for p, o in enumerate(start['offsets'])]
        else:
            tps = consumer.offsets_for_times([TopicPartition(topic, p, start['timestamp']) for p in range(partitions)],
                                             timeout=10)
        consumer.assign(tps)
        return ConsumerHandle(consumer)

    def close(self):
        for p in self.producers.values():
            p.flush(5)


run_driver(Client)
