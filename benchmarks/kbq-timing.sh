#!/usr/bin/env bash
# Timing of account creation by questions: does the response time tell whether the registry knows the person?
# (benchmarks/README.md, "Knowledge questions: known vs unknown person").
#
#   benchmarks/kbq-timing.sh [BASE_URL] [AnswerTiming options, e.g. --rounds 600 --warmup 300]
#
# Runs org.bawaba.benchmarks.kbq.AnswerTiming against a broker that is already running (default
# http://localhost:8080; ./bawaba start, whose reference registry holds the demo people of
# broker/demo/cnops-demo-registry.csv, and whose administrator is admin/admin). For the run the driver raises the
# failure limits of the account-registration flow (and, with --captcha-max-number, lowers its captcha cost) through
# the admin REST API, and puts them back at the end (also on failure, TERM or Ctrl-C). The failures it recorded stay
# for the window: afterwards 127.0.0.1 and the demo people are locked out of it for an hour (restart the broker).
# Builds the class path first (offline, tests skipped; BAWABA_SKIP_BUILD=1 reuses it). Prints the report (also in
# $BENCH_WORK_DIR/report.txt) and exits with the driver's status: 0 when both POSTs pass the bound and every answer
# page was the same. Every measured attempt's times are in $BENCH_WORK_DIR/samples.csv.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
base_url="http://localhost:8080"
if [[ $# -gt 0 && "$1" != --* ]]; then
  base_url="${1%/}"
  shift
fi
work="${BENCH_WORK_DIR:-${TMPDIR:-/tmp}/bawaba-kbq-timing}"
classpath_file="$root/benchmarks/target/classpath.txt"

say() { echo "kbq-timing: $*" >&2; }

if [[ "${BAWABA_SKIP_BUILD:-0}" != 1 || ! -f "$classpath_file" || ! -d "$root/benchmarks/target/classes" ]]; then
  say "building the benchmarks (offline, tests skipped)..."
  (cd "$root" && mvn -B -o -q -pl benchmarks -am -DskipTests package)
fi

if ! curl -fsS -o /dev/null "$base_url/realms/account/.well-known/openid-configuration"; then
  say "no broker with realm account at $base_url: start one first (./bawaba start)"
  exit 1
fi

mkdir -p "$work"
say "machine before the run: $(uptime)"
status=0
java -cp "$root/benchmarks/target/classes:$(cat "$classpath_file")" org.bawaba.benchmarks.kbq.AnswerTiming \
  --base-url "$base_url" --registry-csv "$root/broker/demo/cnops-demo-registry.csv" --samples "$work/samples.csv" "$@" \
  | tee "$work/report.txt" || status=$?
say "machine after the run: $(uptime)"
exit "$status"
