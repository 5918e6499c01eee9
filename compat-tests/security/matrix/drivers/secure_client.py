"""The security matrix driver of the PyPI clients (compat-tests/security/matrix/plan.ts describes the job).
stdin: {"client": "confluent-kafka" | "kafka-python", "checks": [...]}; runs every check at once (threads: the
waits overlap), prints one JSON line {"version", "results": [{"mode", "value" | "topics" | "error" | "unsupported"}]}.
confluent-kafka (its wheel bundles librdkafka) takes librdkafka's properties, OAUTHBEARER through librdkafka's
unsecured-JWT maker; kafka-python takes its own keyword arguments, OAUTHBEARER through a token provider handing
over an unsecured JWT (kafka-python makes no token itself). A check can first create its SCRAM user with
confluent-kafka's AdminClient (AlterUserScramCredentials, KIP-554) as the super user."""
import base64
import collections
import json
import logging
import ssl
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

DEADLINE_S = 30


def describe(e):
    return type(e).__name__ + ": " + str(e)


def unsecured_jwt(sub):
    def b64(o):
        return base64.urlsafe_b64encode(json.dumps(o).encode()).decode().rstrip("=")

    now = int(time.time())
    return b64({"alg": "none"}) + "." + b64({"sub": sub, "iat": now, "exp": now + 3600}) + "."


# --- confluent-kafka ---------------------------------------------------------------------------------------------


def rdkafka_conf(conn, errors):
    c = {"bootstrap.servers": conn["bootstrap"], "security.protocol": conn["protocol"]}
    for key, prop in (("ca", "ssl.ca.location"), ("cert", "ssl.certificate.location"), ("key", "ssl.key.location")):
        if conn.get(key):
            c[prop] = conn[key]
    mechanism = conn.get("mechanism")
    if mechanism == "OAUTHBEARER":
        c.update({"sasl.mechanisms": "OAUTHBEARER", "enable.sasl.oauthbearer.unsecure.jwt": True,
                  "sasl.oauthbearer.config": "principal=" + conn["user"]})
    elif mechanism:
        c.update({"sasl.mechanisms": mechanism, "sasl.username": conn["user"], "sasl.password": conn["password"]})
    # librdkafka retries a refused login and reports each failure here: the first one is the check's answer.
    c["error_cb"] = lambda error: errors.append(str(error))
    return c


def confluent_create_scram_user(conn, admin_conn):
    from confluent_kafka.admin import AdminClient, ScramCredentialInfo, ScramMechanism, UserScramCredentialUpsertion

    mechanism = ScramMechanism.SCRAM_SHA_512 if conn["mechanism"] == "SCRAM-SHA-512" else ScramMechanism.SCRAM_SHA_256
    upsert = UserScramCredentialUpsertion(conn["user"], ScramCredentialInfo(mechanism, 4096), conn["password"].encode())
    admin = AdminClient(rdkafka_conf(admin_conn, []))  # kept referenced: a collected client destroys its futures
    for future in admin.alter_user_scram_credentials([upsert]).values():
        future.result(timeout=DEADLINE_S)


def confluent_produce(conn, topic, value):
    from confluent_kafka import Producer

    errors, delivered = [], []
    producer = Producer(dict(rdkafka_conf(conn, errors), **{"message.timeout.ms": 25000}))
    producer.produce(topic, value.encode(), on_delivery=lambda err, _msg: delivered.append(err))
    deadline = time.time() + DEADLINE_S
    while not delivered and not errors and time.time() < deadline:
        producer.poll(0.2)
    if errors:
        raise RuntimeError(errors[0])
    if not delivered:
        raise RuntimeError("no delivery report")
    if delivered[0] is not None:
        raise RuntimeError(str(delivered[0]))


def confluent_consume(conn, topic, group):
    from confluent_kafka import Consumer

    errors = []
    consumer = Consumer(dict(rdkafka_conf(conn, errors), **{"group.id": group, "auto.offset.reset": "earliest"}))
    consumer.subscribe([topic])
    deadline = time.time() + DEADLINE_S
    try:
        while time.time() < deadline:
            msg = consumer.poll(0.2)
            if errors:
                raise RuntimeError(errors[0])
            if msg is None:
                continue
            if msg.error():
                raise RuntimeError(str(msg.error()))
            return msg.value().decode()
    finally:
        consumer.close()
    raise RuntimeError("no record within %d s" % DEADLINE_S)


def confluent_topics(conn, expect_refusal=False):  # noqa: ARG001 - error_cb tells a refusal at once
    from confluent_kafka.admin import AdminClient

    errors = []
    admin = AdminClient(rdkafka_conf(conn, errors))
    deadline = time.time() + DEADLINE_S
    while True:
        try:
            return list(admin.list_topics(timeout=1).topics)
        except Exception as e:  # noqa: BLE001 - the error callback holds why (a refused login)
            # list_topics serves no callbacks: poll() hands over the errors librdkafka queued.
            admin.poll(0.1)
            if errors or time.time() > deadline:
                raise RuntimeError(describe(e) + ("; error_cb: " + errors[0] if errors else "")) from e


# --- kafka-python ------------------------------------------------------------------------------------------------


def kp_conf(conn):
    c = {"bootstrap_servers": conn["bootstrap"], "security_protocol": conn["protocol"]}
    if conn["protocol"] != "SASL_PLAINTEXT":
        context = ssl.create_default_context(cafile=conn["ca"])
        if conn.get("cert"):
            context.load_cert_chain(conn["cert"], conn["key"])
        c["ssl_context"] = context
    mechanism = conn.get("mechanism")
    if mechanism == "OAUTHBEARER":
        from kafka.net.sasl.oauth import AbstractTokenProvider

        class UnsecuredJwt(AbstractTokenProvider):
            def token(self):
                return unsecured_jwt(conn["user"])

        c.update(sasl_mechanism="OAUTHBEARER", sasl_oauth_token_provider=UnsecuredJwt())
    elif mechanism:
        c.update(sasl_mechanism=mechanism, sasl_plain_username=conn["user"], sasl_plain_password=conn["password"])
    return c


def kp_produce(conn, topic, value):
    from kafka import KafkaProducer

    producer = KafkaProducer(retries=0, max_block_ms=DEADLINE_S * 1000, **kp_conf(conn))
    try:
        producer.send(topic, value.encode()).get(timeout=DEADLINE_S)
    finally:
        producer.close(timeout=2)


def kp_consume(conn, topic, group):
    from kafka import KafkaConsumer

    consumer = KafkaConsumer(group_id=group, auto_offset_reset="earliest", **kp_conf(conn))
    try:
        consumer.subscribe([topic])
        deadline = time.time() + DEADLINE_S
        while time.time() < deadline:
            for records in consumer.poll(timeout_ms=500).values():
                if records:
                    return records[0].value.decode()
    finally:
        consumer.close(autocommit=False)
    raise RuntimeError("no record within %d s" % DEADLINE_S)


class LoginFailures(logging.Handler):
    """kafka-python logs a refused login ("Bootstrap connection to ... failed: SaslAuthenticationFailedError ...")
    and retries until bootstrap_timeout_ms, then raises KafkaTimeoutError: its log is where it says why. Only the
    wrong-password check fails a login, so every such line is its own. The last few other warnings are kept too:
    a login that never got an answer says what kafka-python saw instead."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.lines = []
        self.others = collections.deque(maxlen=4)

    def emit(self, record):
        line = record.getMessage()
        if "Authentication failed" in line or "SaslAuthenticationFailed" in line:
            self.lines.append(line)
        else:
            self.others.append("%.1f s: %s" % (record.relativeCreated / 1000, line))


LOGIN_FAILURES = LoginFailures()
logging.getLogger("kafka").addHandler(LOGIN_FAILURES)


def kp_topics(conn, expect_refusal=False):
    """Every topic Metadata lists. For a login expected to be refused, kafka-python's constructor would only
    time out (bootstrap_timeout_ms) with no word of why: it runs in a daemon thread while this one watches the
    log, and returns the logged refusal at once (the abandoned thread dies with the process)."""
    from kafka import KafkaConsumer

    box, done = {}, threading.Event()

    def build():
        try:
            box["consumer"] = KafkaConsumer(bootstrap_timeout_ms=DEADLINE_S * 1000, **kp_conf(conn))
        except Exception as e:  # noqa: BLE001
            box["error"] = e
        done.set()

    threading.Thread(target=build, daemon=True).start()
    while not done.wait(0.1):
        if expect_refusal and LOGIN_FAILURES.lines:
            raise RuntimeError("kafka-python's log: " + LOGIN_FAILURES.lines[0])
    if "error" in box:
        if not expect_refusal:
            raise box["error"]
        logged = LOGIN_FAILURES.lines[:1] or list(LOGIN_FAILURES.others) or ["no warning"]
        raise RuntimeError(describe(box["error"]) + "; kafka-python's log: " + " | ".join(logged))
    consumer = box["consumer"]
    try:
        return sorted(consumer.topics())
    finally:
        consumer.close()


CLIENTS = {
    "confluent-kafka": (confluent_produce, confluent_consume, confluent_topics),
    "kafka-python": (kp_produce, kp_consume, kp_topics),
}


def run(client, check):
    produce, consume, topics = CLIENTS[client]
    conn, mode = check["conn"], check["mode"]
    try:
        if check.get("createScramUserAs"):
            confluent_create_scram_user(conn, check["createScramUserAs"])
        action = check["action"]
        if action == "roundtrip":
            produce(conn, check["topic"], check["value"])
            return {"mode": mode, "value": consume(conn, check["topic"], check["group"])}
        if action == "produce":
            produce(conn, check["topic"], check["value"])
            return {"mode": mode}
        if action == "consume":
            return {"mode": mode, "value": consume(conn, check["topic"], check["group"])}
        return {"mode": mode, "topics": topics(conn, expect_refusal=action == "login")}
    except Exception as e:  # noqa: BLE001 - the harness judges the message
        return {"mode": mode, "error": describe(e)}


def version(client):
    if client == "confluent-kafka":
        import confluent_kafka

        # version() is a string in 2.16 (a (string, int) tuple in 1.7); libversion() a (string, int) tuple
        v = confluent_kafka.version()
        return "confluent-kafka %s (librdkafka %s)" % (v[0] if isinstance(v, tuple) else v, confluent_kafka.libversion()[0])
    import kafka

    return "kafka-python " + kafka.__version__


def main():
    job = json.load(sys.stdin)
    client = job["client"]
    with ThreadPoolExecutor(max_workers=len(job["checks"]) or 1) as pool:
        results = list(pool.map(lambda check: run(client, check), job["checks"]))
    print(json.dumps({"version": version(client), "results": results}), flush=True)


main()
