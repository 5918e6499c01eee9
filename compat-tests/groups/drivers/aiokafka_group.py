"""aiokafka group consumer for compat-tests/groups (see ../README.md), run with the venv's python (see
../../clients/python/venv.sh).

Job (argv[1], JSON): bootstrap, group, topic, sessionTimeoutMs. Reports assignments and revocations from its
ConsumerRebalanceListener, processed values, commits (auto-commit every 500 ms, and on stop), leaves on "stop".
aiokafka's default assignor (round-robin, eager).
"""
import asyncio
import json
import select
import sys
import time

from aiokafka import AIOKafkaConsumer, ConsumerRebalanceListener

job = json.loads(sys.argv[1])


def emit(**event):
    event["t"] = time.time() * 1000.0
    sys.stdout.write(json.dumps(event) + "\n")
    sys.stdout.flush()


class Listener(ConsumerRebalanceListener):
    async def on_partitions_revoked(self, revoked):
        emit(ev="revoke", p=[tp.partition for tp in revoked if tp.topic == job["topic"]])

    async def on_partitions_assigned(self, assigned):
        emit(ev="assign", p=[tp.partition for tp in assigned if tp.topic == job["topic"]])


async def main():
    consumer = AIOKafkaConsumer(
        bootstrap_servers=job["bootstrap"],
        group_id=job["group"],
        client_id="compat-aiokafka",
        session_timeout_ms=job["sessionTimeoutMs"],
        heartbeat_interval_ms=max(100, job["sessionTimeoutMs"] // 6),
        auto_offset_reset="earliest",
        enable_auto_commit=True,
        auto_commit_interval_ms=500,
        fetch_max_wait_ms=100,
    )
    await consumer.start()
    consumer.subscribe([job["topic"]], listener=Listener())
    emit(ev="ready")
    while True:
        ready, _, _ = select.select([sys.stdin], [], [], 0)
        if ready and sys.stdin.readline().strip() == "stop":
            break
        batches = await consumer.getmany(timeout_ms=100, max_records=500)
        values = [r.value.decode() for records in batches.values() for r in records]
        if values:
            emit(ev="recs", v=values)
    await consumer.stop()  # commits (auto-commit on) and leaves the group
    emit(ev="closed")


asyncio.run(main())
