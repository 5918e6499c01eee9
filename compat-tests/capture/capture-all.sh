#!/usr/bin/env bash
# Re-records the client request fixtures in test/protocol/fixtures/captured/<client>/: starts a Brook broker
# (built from this tree) and, per client, a recording proxy in front of it, then runs the client's workload.
# Needs kcat and python3-kafka (see .ci/run). Usage: compat-tests/capture/capture-all.sh
set -eu
# Ports: PORT (default 19092) for the recording proxy the clients use, PORT+1 for the broker behind it.
port=${CAPTURE_PORT:-19092}
upstream=$((port + 1))
cd "$(dirname "$0")/../.."
npm run build >/dev/null
data=$(mktemp -d)
node bin/brook.js serve --port "$upstream" --advertised-listeners "PLAINTEXT://127.0.0.1:$port" --data-dir "$data" &
broker=$!
trap 'kill $broker 2>/dev/null; wait $broker 2>/dev/null; rm -rf "$data"' EXIT
sleep 1

record() { # client-name command...
  local out=test/protocol/fixtures/captured/$1
  shift
  rm -rf "$out"
  node --import tsx compat-tests/capture/record-frames.ts --listen "$port" --upstream "127.0.0.1:$upstream" --out "$out" &
  local proxy=$!
  until (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; do sleep 0.2; done
  timeout 120 "$@" || echo "workload exited with $?"
  kill $proxy
  wait $proxy 2>/dev/null || true
}

record kcat bash compat-tests/capture/kcat-workload.sh "127.0.0.1:$port"
record kafkajs node compat-tests/capture/kafkajs-workload.js "127.0.0.1:$port"
record kafka-python /usr/bin/python3 compat-tests/capture/kafka_python_workload.py "127.0.0.1:$port"
