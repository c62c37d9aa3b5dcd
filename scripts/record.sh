#!/usr/bin/env bash
# Re-record the contract cassettes in tests/contract/cassettes/.
#
#   scripts/record.sh [PYTEST ARGS...]
#   scripts/record.sh --missing
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
# the new cassettes replace the old ones (all the hand-written ones, or with PYTEST ARGS such as
# `-k TopicApi` just the ones recorded). The replayed suite then runs offline over the result.
#
# --missing records the `raw.auto.*` cassettes of tests/contract/test_auto_contract.py, always against
# the mock: one per operation of the spec that no hand-written cassette reaches, each called by rule
# (tests/contract/auto.py). It replaces every `raw.auto.*` cassette, so those of operations a
# hand-written test has since come to reach go; recording is deterministic, so an unchanged operation
# gets the same file again. A full run (no PYTEST ARGS) ends with it.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
py="$root/.venv/bin/python"
[ -x "$py" ] || { echo "record: run 'make venv' first" >&2; exit 2; }
cassettes="$root/tests/contract/cassettes"
mkdir -p "$root/.mock" "$cassettes"
out=$(mktemp -d "$root/.mock/cassettes.XXXXXX")
trap 'rm -rf "$out"' EXIT

# against_mock PYTEST ARGS...: run pytest against the mock; fail on any violation Prism logged.
against_mock() {
  local status=0 violations
  export NOVU_RECORD_TARGET=mock NOVU_MOCK_LOG="$root/.mock/prism.log"
  echo "record: against the local mock (Prism serving openapi/novu.yaml)"
  "$root/scripts/with_mock.sh" "$py" -m pytest "$@" || status=$?
  violations=$(grep -c "Violation:" "$NOVU_MOCK_LOG" || true)
  echo "record: $violations violation(s) (requests or examples) in .mock/prism.log"
  [ "$violations" = 0 ] || { grep "Violation:" "$NOVU_MOCK_LOG" | sed 's/^/  /' >&2; status=1; }
  return "$status"
}

# missing: record the raw.auto.* cassettes into $out/auto and put them in place of the old ones.
missing() {
  local status=0 recorded
  mkdir -p "$out/auto"
  (
    unset NOVU_API_KEY NOVU_API_URL  # the mock's key, never a real one
    export NOVU_RECORD=1 NOVU_CASSETTE_DIR="$out/auto"
    against_mock tests/contract/test_auto_contract.py
  ) || status=$?
  if [ "$status" != 0 ]; then
    echo "record --missing: FAILED (a request built by tests/contract/auto.py, or the spec, is wrong;" \
      "see above); tests/contract/cassettes/ left unchanged" >&2
    return "$status"
  fi
  recorded=$(find "$out/auto" -name 'raw.auto.*.yaml' | wc -l)
  find "$cassettes" -name 'raw.auto.*.yaml' -delete
  if [ "$recorded" -gt 0 ]; then cp "$out/auto"/raw.auto.*.yaml "$cassettes"/; fi
  echo "record --missing: $recorded cassette(s) of operations no hand-written test reaches written to tests/contract/cassettes/"
}

if [ "${1:-}" = "--missing" ]; then
  [ $# = 1 ] || { echo "record: --missing takes no other argument" >&2; exit 2; }
  missing
  "$py" -m pytest tests/contract/test_auto_contract.py tests/contract/test_operation_coverage.py -q
  exit
fi

tests=(tests/contract/test_facade_contract.py tests/contract/test_raw_client_contract.py tests/contract/test_modern_contract.py)
status=0
if [ -n "${NOVU_API_KEY:-}" ]; then
  echo "record: against ${NOVU_API_URL:-https://api.novu.co} (live Novu)"
  NOVU_RECORD=1 NOVU_CASSETTE_DIR="$out" NOVU_RECORD_TARGET=live NOVU_API_URL="${NOVU_API_URL:-https://api.novu.co}" \
    "$py" -m pytest "${tests[@]}" "$@" || status=$?
else
  (export NOVU_RECORD=1 NOVU_CASSETTE_DIR="$out"; against_mock "${tests[@]}" "$@") || status=$?
fi
if [ "$status" != 0 ]; then
  echo "record: FAILED; tests/contract/cassettes/ left unchanged" >&2
  exit "$status"
fi

recorded=$(find "$out" -maxdepth 1 -name '*.yaml' | wc -l)
[ "$recorded" -gt 0 ] || { echo "record: no cassette was written" >&2; exit 1; }
if [ $# -eq 0 ]; then
  # a full run replaces every hand-written cassette (stale ones go); --missing then replaces the others
  find "$cassettes" -name '*.yaml' ! -name 'raw.auto.*' -delete
fi
cp "$out"/*.yaml "$cassettes"/
echo "record: $recorded cassette(s) written to tests/contract/cassettes/"
if [ $# -eq 0 ]; then
  missing
fi

"$py" -m pytest tests/contract -q
