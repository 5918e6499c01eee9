"""Drives kafka-python (Debian python3-kafka 2.0.2) through admin, produce and consume against a bootstrap
address so that record-frames.ts can save the request frames it sends. Run with /usr/bin/python3."""
import sys
import time

from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer, TopicPartition
from kafka.admin import NewTopic

bootstrap = sys.argv[1] if len(sys.argv) > 1 else "127.0.0.1:19092"
topic = "capture-kafka-python"


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
        producer.send(topic, key=b"k1", value=b"v1", headers=[("h", b"x")])
        producer.send(topic, key=None, value=b"unkeyed")
        producer.flush(10)
        producer.close()
    step(f"produce {codec}", produce)


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
