#!/usr/bin/env bash
# Load benchmark of the e-ID chip-data POST (benchmarks/README.md, "e-ID chip-data POST under load").
#
#   benchmarks/eid-load.sh [ChipPresentationLoad options, e.g. --rounds 30 --warmup 5 --face-delay-ms 0]
#
# Builds (offline; BAWABA_SKIP_BUILD=1 skips it when the build is there), makes a test PKI with the holder simulator,
# starts the assembled broker (kc.sh start-dev, in-memory H2, realms imported) trusting that PKI and calling the load
# program's face-service mock, waits for it, runs org.bawaba.benchmarks.eid.ChipPresentationLoad, stops the broker
# by its PID and prints the report (also in $BENCH_WORK_DIR/report.txt). Exits with the load program's status:
# 0 when every answer was 200.
#
# It takes ports 8080 (BAWABA_HTTP_PORT) and 18191 (BENCH_FACE_PORT): on a shared machine run it in a network
# namespace of its own (README).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
port="${BAWABA_HTTP_PORT:-8080}"
face_port="${BENCH_FACE_PORT:-18191}"
face_key="bench-only-face-key"
work="${BENCH_WORK_DIR:-${TMPDIR:-/tmp}/bawaba-eid-load}"
base_url="http://localhost:${port}"
version="$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' "$root/pom.xml" | head -n 1)"
server="$root/broker/target/keycloak-${version}"
simulator="$root/tools/eid-holder-simulator/target/bawaba-eid-holder-simulator.jar"
classpath_file="$root/benchmarks/target/classpath.txt"

say() { echo "eid-load: $*" >&2; }

if [[ "${BAWABA_SKIP_BUILD:-0}" != 1 || ! -x "$server/bin/kc.sh" || ! -f "$simulator" || ! -f "$classpath_file" ]]
then
  say "building (offline, tests skipped)..."
  (cd "$root" && mvn -B -o -q -DskipTests package)
fi

rm -rf "$work"
mkdir -p "$work"
say "test PKI in $work/pki"
java -jar "$simulator" pki --out "$work/pki" >/dev/null

# Bench-only credentials: an in-memory database that lives as long as this run.
export KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=bench-only-admin
# The e-ID realm's client bawaba-front-door redirects to this base (read at import).
export BAWABA_BASE_URL="$base_url"
say "starting the broker on port $port (log: $work/server.log)"
# Every presentation comes from 127.0.0.1 (or, with --addresses distinct, from the X-Forwarded-For address the load
# program gives it): the per-address limit is for real networks. start-dev re-reads and re-parses every template and
# message file on each page, which production does not: the theme options put that back.
"$server/bin/kc.sh" start-dev --import-realm --db=dev-mem --http-port="$port" \
  "--spi-document-trust-store--directory--directory=$work/pki/trust" \
  --spi-bawaba-face-match--provider=http \
  "--spi-bawaba-face-match--http--url=http://127.0.0.1:$face_port" \
  "--spi-bawaba-face-match--http--api-key=$face_key" \
  --spi-realm-restapi-extension--bawaba-eid--max-presentations-per-address-per-hour=1000000 \
  --spi-theme--cache-themes=true --spi-theme--cache-templates=true --proxy-headers=xforwarded \
  >"$work/server.log" 2>&1 &
server_pid=$!

# kc.sh forwards TERM to its java process and waits for it; the java process is killed only if that does not work.
stop_server() {
  kill -0 "$server_pid" 2>/dev/null || return 0
  say "stopping the broker (PID $server_pid)"
  local java_pid
  java_pid="$(pgrep -P "$server_pid" java || true)"
  kill -TERM "$server_pid" 2>/dev/null || true
  for _ in $(seq 60); do
    kill -0 "$server_pid" 2>/dev/null || return 0
    sleep 1
  done
  say "the broker did not stop in 60 s: killing PID ${java_pid:-$server_pid}"
  kill -KILL ${java_pid:+"$java_pid"} "$server_pid" 2>/dev/null || true
}
trap stop_server EXIT

ready="$base_url/realms/eid/.well-known/openid-configuration"
for waited in $(seq 0 2 600); do
  if curl -fsS -o /dev/null "$ready" 2>/dev/null; then
    say "broker ready after ${waited} s"
    break
  fi
  if ! kill -0 "$server_pid" 2>/dev/null || (( waited >= 600 )); then
    say "the broker did not start; the end of its log:"
    tail -n 40 "$work/server.log" >&2
    exit 1
  fi
  sleep 2
done

# kc.sh runs java as its child, or becomes it (exec) when start-dev re-augments the server first.
server_java="$(pgrep -P "$server_pid" java || echo "$server_pid")"
say "machine before the load: $(uptime)"
status=0
java -Xmx512m -cp "$root/benchmarks/target/classes:$(cat "$classpath_file")" \
  org.bawaba.benchmarks.eid.ChipPresentationLoad --base-url "$base_url" --pki "$work/pki" \
  --face-port "$face_port" --face-api-key "$face_key" --server-pid "$server_java" "$@" \
  | tee "$work/report.txt" || status=$?
say "machine after the load: $(uptime)"
if grep -q "face match unavailable" "$work/server.log"; then
  say "the server logged unavailable face matches: see $work/server.log"
fi
exit "$status"
