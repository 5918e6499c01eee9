"""kafka-python group consumer for compat-tests/groups (see ../README.md): Debian's 2.0.2 (/usr/bin/python3) and
PyPI's 3.x (the venv's python, see ../../clients/python/venv.sh).

Job (argv[1], JSON): bootstrap, group, topic, sessionTimeoutMs. Reports assignments and revocations from its
ConsumerRebalanceListener, processed values, commits (auto-commit and on close), leaves on "stop".
"""
import json
import logging
import select
import sys
import time

import kafka
from kafka import ConsumerRebalanceListener, KafkaConsumer

logging.basicConfig(level=logging.CRITICAL)
job = json.loads(sys.argv[1])


def emit(**event):
    event["t"] = time.time() * 1000.0
    sys.stdout.write(json.dumps(event) + "\n")
    sys.stdout.flush()


class Listener(ConsumerRebalanceListener):
    def on_partitions_revoked(self, revoked):
        emit(ev="revoke", p=[tp.partition for tp in revoked if tp.topic == job["topic"]])

    def on_partitions_assigned(self, assigned):
        emit(ev="assign", p=[tp.partition for tp in assigned if tp.topic == job["topic"]])


consumer = KafkaConsumer(
    bootstrap_servers=job["bootstrap"],
    group_id=job["group"],
    client_id="compat-kafka-python",
    session_timeout_ms=job["sessionTimeoutMs"],
    heartbeat_interval_ms=max(100, job["sessionTimeoutMs"] // 6),
    auto_offset_reset="earliest",
    enable_auto_commit=True,
    auto_commit_interval_ms=500,
    # 2.0's broker-version probe needs more than its default 2 s on a loaded machine; 3.x has no such setting.
    **({"api_version_auto_timeout_ms": 10000} if kafka.__version__.startswith("2.") else {}),
)
# kafka-python 3.0 loses a rebalance when its first JoinGroup goes out before it knows the topic's partitions: it
# joins, assigns nothing, rejoins once the metadata arrives, and if poll()'s timeout ends while that second join is in
# flight its next poll sees nothing left to rejoin for and never completes the join (no assignment, no listener call;
# ../FINDINGS.md). Knowing the topic before subscribing makes the first join the only one, as it is on a real
# consumer that starts against an existing topic a moment after its metadata refresh.
consumer.partitions_for_topic(job["topic"])
consumer.subscribe([job["topic"]], listener=Listener())
emit(ev="ready")
while True:
    ready, _, _ = select.select([sys.stdin], [], [], 0)
    if ready and sys.stdin.readline().strip() == "stop":
        break
    batches = consumer.poll(timeout_ms=100, max_records=500)
    values = [r.value.decode() for records in batches.values() for r in records]
    if values:
        emit(ev="recs", v=values)
consumer.close()
emit(ev="closed")
