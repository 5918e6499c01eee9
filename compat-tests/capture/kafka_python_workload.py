"""Drives kafka-python (Debian python3-kafka 2.0.2) through admin, produce and consume against a bootstrap
address so that record-frames.ts can save the request frames it sends. Run with /usr/bin/python3."""
import sys
import time

from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer, TopicPartition
from kafka.admin import NewTopic

bootstrap = sys.argv[1] if len(sys.argv) > 1 else "127.0.0.1:19092"
topic = "capture-kafka-python"
# Values long and repetitive enough that compression pays: kafka-python (like librdkafka) sends a v2 batch
# uncompressed when compressing would not make it smaller, and a capture should hold real compressed batches.
LOREM = b" lorem ipsum dolor sit amet" * 8


def step(name, fn):
    try:
        fn()
        print("ok", name)
    except Exception as error:  # a capture wants the requests, whatever the broker answered
        print("failed", name, repr(error))


admin = KafkaAdminClient(bootstrap_servers=bootstrap, client_id="capture-kafka-python")
step("create topic", lambda: admin.create_topics([NewTopic(topic, num_partitions=2, replication_factor=1)]))

for codec in (None, "gzip", "snappy", "lz4"):
    def produce(codec=codec):
        producer = KafkaProducer(bootstrap_servers=bootstrap, compression_type=codec, acks="all")
        producer.send(topic, key=b"k1", value=b"v1" + LOREM, headers=[("h", b"x")])
        producer.send(topic, key=None, value=b"unkeyed" + LOREM)
        producer.flush(10)
        producer.close()
    step(f"produce {codec}", produce)

# Older protocol versions, as kafka-python speaks them when told the broker's version: Produce v0-v1 carry
# magic 0 message sets, v2 magic 1, v3-v6 record batches. Three records in one batch (linger), named as
# test/protocol/records/ expects them. No lz4 with magic 0: kafka-python 2.0.2's encoder for it
# (lz4_encode_old_kafka) fails an assertion with the lz4 module Debian ships, so nothing is ever sent.
LEGACY = ((0, 8, 2), (0, 9), (0, 10), (0, 11), (1, 0), (1, 1), (2, 0))
for api_version in LEGACY:
    for codec in (None, "gzip", "snappy", "lz4")[: 3 if api_version < (0, 10) else 4]:
        def produce_legacy(api_version=api_version, codec=codec):
            producer = KafkaProducer(bootstrap_servers=bootstrap, api_version=api_version, compression_type=codec,
                                     acks=1, linger_ms=200)
            for i in range(3):
                producer.send(topic, key=b"key-%d" % i, value=b"some-value-%d" % i + LOREM, partition=0)
            producer.flush(10)
            producer.close()
        step(f"produce api_version={api_version} {codec}", produce_legacy)


def consume():
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, consumer_timeout_ms=3000, auto_offset_reset="earliest")
    partition = TopicPartition(topic, 0)
    consumer.assign([partition])
    consumer.seek_to_beginning(partition)
    seen = sum(1 for _ in consumer)
    consumer.offsets_for_times({partition: int(time.time() * 1000) - 60000})
    consumer.end_offsets([partition])
    consumer.close()
    print("consumed", seen)


step("consume", consume)
step("delete topic", lambda: admin.delete_topics([topic]))
admin.close()
