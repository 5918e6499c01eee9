"""Brook's security matrix driver for the PyPI clients: one JSON argument
{client, bootstrap, protocol, mechanism, user, password, ca, topic, create_scram_user}.
Produces one record and reads it back over the given listener; prints "OK <value>" or "ERROR <message>"
(exit 2). With create_scram_user, confluent-kafka's AdminClient first upserts the SCRAM credential
(AlterUserScramCredentials, KIP-554) over the same secured connection."""
import json
import sys
import time


def confluent(c):
    from confluent_kafka import Consumer, Producer
    from confluent_kafka.admin import AdminClient, ScramCredentialInfo, ScramMechanism, UserScramCredentialUpsertion

    conf = {
        "bootstrap.servers": c["bootstrap"],
        "security.protocol": c["protocol"],
        "sasl.mechanisms": c["mechanism"],
        "sasl.username": c["user"],
        "sasl.password": c["password"],
    }
    if c.get("ca"):
        conf["ssl.ca.location"] = c["ca"]
    if c.get("create_scram_user"):
        admin_conf = dict(conf, **c["create_scram_user"]["admin"])
        mechanism = ScramMechanism.SCRAM_SHA_512 if c["mechanism"] == "SCRAM-SHA-512" else ScramMechanism.SCRAM_SHA_256
        upsert = UserScramCredentialUpsertion(c["user"], ScramCredentialInfo(mechanism, 4096), c["password"].encode())
        admin = AdminClient(admin_conf)  # kept referenced: a collected client destroys its handle and futures
        for future in admin.alter_user_scram_credentials([upsert]).values():
            future.result(timeout=20)
    errors = []
    conf["error_cb"] = lambda error: errors.append(str(error))
    producer = Producer(conf)
    producer.produce(c["topic"], b"hello from confluent-kafka")
    deadline = time.time() + 15
    while producer.flush(0.5) != 0:
        if errors or time.time() > deadline:  # an authentication failure is reported through error_cb at once
            raise RuntimeError("produce did not complete: " + "; ".join(errors[:2]))
    consumer = Consumer(dict(conf, **{"group.id": "sec-" + c["topic"], "auto.offset.reset": "earliest"}))
    consumer.subscribe([c["topic"]])
    deadline = time.time() + 20
    try:
        while time.time() < deadline:
            msg = consumer.poll(0.5)
            if msg is None:
                continue
            if msg.error():
                raise RuntimeError(str(msg.error()))
            return msg.value().decode()
    finally:
        consumer.close()
    raise RuntimeError("no record consumed")


def kafka_python(c):
    import ssl

    from kafka import KafkaConsumer, KafkaProducer

    conf = dict(
        bootstrap_servers=c["bootstrap"],
        security_protocol=c["protocol"],
        sasl_mechanism=c["mechanism"],
        sasl_plain_username=c["user"],
        sasl_plain_password=c["password"],
    )
    if c.get("ca"):
        conf["ssl_context"] = ssl.create_default_context(cafile=c["ca"])
    producer = KafkaProducer(**conf)
    producer.send(c["topic"], b"hello from kafka-python").get(timeout=20)
    producer.close()
    consumer = KafkaConsumer(c["topic"], group_id="sec-" + c["topic"], auto_offset_reset="earliest",
                             consumer_timeout_ms=20000, **conf)
    for msg in consumer:
        consumer.close()
        return msg.value.decode()
    raise RuntimeError("no record consumed")


def main():
    c = json.loads(sys.argv[1])
    try:
        value = {"confluent-kafka": confluent, "kafka-python": kafka_python}[c["client"]](c)
        print("OK " + value)
    except Exception as e:  # noqa: BLE001 - the test reads the message
        print("ERROR " + type(e).__name__ + ": " + str(e))
        sys.exit(2)


main()
