#!/usr/bin/env bash
# Creates (or refreshes) the virtual environment of the PyPI clients of compat-tests (requirements.txt beside
# this script) under the project's ignored build folder, and prints its python's path on stdout.
# Idempotent and fast when nothing changed: the venv records the hash of the requirements it was built from.
# Called by .ci/run and by the compat tests themselves (lib/clients.ts, groups/members.ts).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
venv="${BROOK_COMPAT_VENV:-$root/build/compat-clients/venv}"
# Debian's python3 (needs python3-venv), the interpreter the legacy rows use too; override with BROOK_VENV_PYTHON.
python="${BROOK_VENV_PYTHON:-/usr/bin/python3}"
want="$(sha256sum "$here/requirements.txt" | cut -d' ' -f1)"
mkdir -p "$(dirname "$venv")"
exec 9>"$venv.lock"
flock 9 # one builder at a time (two test processes may start together)
if [ "$(cat "$venv/requirements.sha256" 2>/dev/null)" != "$want" ]; then
  echo "compat venv: installing $here/requirements.txt into $venv" >&2
  rm -rf "$venv"
  "$python" -m venv "$venv" >&2
  "$venv/bin/pip" install --quiet --disable-pip-version-check --no-input -r "$here/requirements.txt" >&2
  echo "$want" >"$venv/requirements.sha256"
fi
echo "$venv/bin/python"
