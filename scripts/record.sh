#!/usr/bin/env bash
# Re-record the contract cassettes in tests/contract/cassettes/.
#
#   scripts/record.sh [PYTEST ARGS...]
#
# Without NOVU_API_KEY: against the local mock (scripts/with_mock.sh: Prism serving openapi/novu.yaml
# with its examples). A request that violates the spec gets Prism's 422 and fails its test, which
# prints the violation and the matching lines of .mock/prism.log; so does an example that violates
# a response schema (Prism's 500).
# With NOVU_API_KEY (and optionally NOVU_API_URL, default https://api.novu.co): against that Novu.
# Every facade method is called, deletions and API key regeneration included: use a throwaway
# environment. The value assertions are skipped for cassettes recorded this way.
#
# The tests run with NOVU_RECORD=1 and write into a fresh directory; only when every test passed do
# the new cassettes replace the old ones (all of them, or with PYTEST ARGS such as `-k TopicApi`
# just the ones recorded). The replayed suite then runs offline over the result.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
py="$root/.venv/bin/python"
[ -x "$py" ] || { echo "record: run 'make venv' first" >&2; exit 2; }
cassettes="$root/tests/contract/cassettes"
mkdir -p "$root/.mock" "$cassettes"
out=$(mktemp -d "$root/.mock/cassettes.XXXXXX")
trap 'rm -rf "$out"' EXIT

export NOVU_RECORD=1 NOVU_CASSETTE_DIR="$out"
tests=(tests/contract/test_facade_contract.py tests/contract/test_raw_client_contract.py tests/contract/test_modern_contract.py)
status=0
if [ -n "${NOVU_API_KEY:-}" ]; then
  export NOVU_RECORD_TARGET=live NOVU_API_URL="${NOVU_API_URL:-https://api.novu.co}"
  echo "record: against $NOVU_API_URL (live Novu)"
  "$py" -m pytest "${tests[@]}" "$@" || status=$?
else
  export NOVU_RECORD_TARGET=mock NOVU_MOCK_LOG="$root/.mock/prism.log"
  echo "record: against the local mock (Prism serving openapi/novu.yaml)"
  "$root/scripts/with_mock.sh" "$py" -m pytest "${tests[@]}" "$@" || status=$?
  violations=$(grep -c "Violation:" "$NOVU_MOCK_LOG" || true)
  echo "record: $violations violation(s) (requests or examples) in .mock/prism.log"
  [ "$violations" = 0 ] || { grep "Violation:" "$NOVU_MOCK_LOG" | sed 's/^/  /' >&2; status=1; }
fi
if [ "$status" != 0 ]; then
  echo "record: FAILED; tests/contract/cassettes/ left unchanged" >&2
  exit "$status"
fi

recorded=$(find "$out" -name '*.yaml' | wc -l)
[ "$recorded" -gt 0 ] || { echo "record: no cassette was written" >&2; exit 1; }
if [ $# -eq 0 ]; then
  find "$cassettes" -name '*.yaml' -delete  # a full run replaces every cassette; stale ones go
fi
cp "$out"/*.yaml "$cassettes"/
echo "record: $recorded cassette(s) written to tests/contract/cassettes/"

unset NOVU_RECORD NOVU_CASSETTE_DIR NOVU_RECORD_TARGET NOVU_MOCK_LOG
"$py" -m pytest tests/contract -q
