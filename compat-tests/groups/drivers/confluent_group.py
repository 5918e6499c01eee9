"""confluent-kafka-python (librdkafka) group consumer for compat-tests/groups (see ../README.md).

Job (argv[1], JSON): bootstrap, group, topic, sessionTimeoutMs, assignor (range | cooperative-sticky).
Reports assignments and revocations from its rebalance callbacks, processed values, commits (auto-commit and
on close), leaves on "stop" read from stdin.
"""
import json
import select
import sys
import time

from confluent_kafka import Consumer, KafkaException

job = json.loads(sys.argv[1])
DEBUG = bool(__import__("os").environ.get("GROUP_DEBUG"))


def emit(**event):
    event["t"] = time.time() * 1000.0
    sys.stdout.write(json.dumps(event) + "\n")
    sys.stdout.flush()


cooperative = job.get("assignor") == "cooperative-sticky"
extra = {}
if __import__("os").environ.get("GROUP_DEBUG_RDKAFKA"):
    # librdkafka's own fetch/group log, one file per member process
    log = open("%s/rdkafka-%d.log" % (__import__("os").environ["GROUP_DEBUG_RDKAFKA"], __import__("os").getpid()), "w")
    __import__("os").dup2(log.fileno(), 2)
    extra = {"debug": "fetch,cgrp,consumer"}
consumer = Consumer({
    **extra,
    "bootstrap.servers": job["bootstrap"],
    "group.id": job["group"],
    "client.id": "compat-confluent",
    "session.timeout.ms": job["sessionTimeoutMs"],
    "heartbeat.interval.ms": max(100, job["sessionTimeoutMs"] // 6),
    "auto.offset.reset": "earliest",
    "enable.auto.commit": True,
    # At-least-once: an offset is stored for the next auto-commit only after its value was reported.
    "enable.auto.offset.store": False,
    "auto.commit.interval.ms": 500,
    "partition.assignment.strategy": job.get("assignor") or "range",
})


def on_assign(c, partitions):
    emit(ev="assign", p=[tp.partition for tp in partitions if tp.topic == job["topic"]])
    if DEBUG:
        for tp in c.committed(partitions, timeout=5):
            emit(ev="log", line="assigned p%d committed %d" % (tp.partition, tp.offset))
    if cooperative:
        c.incremental_assign(partitions)


def on_revoke(c, partitions):
    if not cooperative:
        try:
            c.commit(asynchronous=False)
        except KafkaException:
            pass
    emit(ev="revoke", p=[tp.partition for tp in partitions if tp.topic == job["topic"]])
    if cooperative:
        c.incremental_unassign(partitions)


def on_lost(c, partitions):
    emit(ev="revoke", p=[tp.partition for tp in partitions if tp.topic == job["topic"]], lost=True)


consumer.subscribe([job["topic"]], on_assign=on_assign, on_revoke=on_revoke, on_lost=on_lost)
emit(ev="ready")
while True:
    ready, _, _ = select.select([sys.stdin], [], [], 0)
    if ready and sys.stdin.readline().strip() == "stop":
        break
    msgs = consumer.consume(num_messages=500, timeout=0.1)
    values = []
    done = []
    for m in msgs:
        if m.error():
            continue
        values.append(m.value().decode())
        done.append(m)
        if DEBUG:
            emit(ev="log", line="got %s p%d o%d" % (m.value().decode(), m.partition(), m.offset()))
    if values:
        emit(ev="recs", v=values)
        for m in done:
            try:
                consumer.store_offsets(message=m)
            except KafkaException:
                pass  # the partition was revoked meanwhile
consumer.close()
emit(ev="closed")
