#!/usr/bin/env bash
# Run a command against the local spec-validating mock of Novu (Prism serving openapi/novu.yaml).
#
#   scripts/with_mock.sh CMD [ARGS...]
#
# Starts Prism on 127.0.0.1 (port $MOCK_PORT, by default a free one, so parallel runs do not collide),
# waits until it answers, runs CMD with NOVU_API_URL pointing at it, and stops Prism again (by its
# PID) whatever CMD's outcome. Prism's log, including every request it rejected as violating the
# spec, is left in .mock/prism.log.
#
# Prism runs in its default static mode: it answers with the response's example, else one it derives
# from the schema the same way every time, so the same request always gets the same answer. It serves
# the copy of the spec that scripts/mock_spec.py writes (multipart array properties get an explicit
# encoding, without which Prism cannot read them as arrays).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
port=${MOCK_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
prism="$root/node_modules/.bin/prism"
py="$root/.venv/bin/python"
[ -x "$prism" ] || { echo "with_mock: Prism is not installed; run 'make node'" >&2; exit 2; }
[ -x "$py" ] || { echo "with_mock: run 'make venv' first" >&2; exit 2; }
mkdir -p "$root/.mock"
log="$root/.mock/prism.log"
spec=$(mktemp "$root/.mock/novu.XXXXXX.json")
trap 'rm -f "$spec"' EXIT
(cd "$root" && "$py" -m scripts.mock_spec "$spec")

"$prism" mock --host 127.0.0.1 --port "$port" --errors "$spec" >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true; rm -f "$spec"' EXIT
for _ in $(seq 1 300); do
  if grep -q "Prism is listening" "$log"; then break; fi
  kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; echo "with_mock: Prism exited" >&2; exit 1; }
  sleep 0.2
done
grep -q "Prism is listening" "$log" || { echo "with_mock: Prism did not start within 60 s" >&2; exit 1; }

export NOVU_API_URL="http://127.0.0.1:$port"
export NOVU_API_KEY="${NOVU_API_KEY:-mock-api-key}"
"$@"
