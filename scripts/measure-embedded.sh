#!/usr/bin/env bash
# Measures the embedded host as README reports it: seconds from process start until all nine
# services answer /api/<service>/healthz/ready, and the resident memory (VmRSS) after 30 s idle.
# Usage: make build && scripts/measure-embedded.sh  [fresh|warm]  (fresh: empty data folder, the default)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
configuration=${CONFIGURATION:-Release}
data=$(mktemp -d)
port=${PORT:-18080}
trap 'kill -TERM $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"' EXIT
services=(users orders inventory stockcheck billing notifications discounts chat payments)

cd "$root/services/host"
start=$(date +%s%N)
ASPNETCORE_ENVIRONMENT=Production DataFolder="$data" urls="http://127.0.0.1:$port" \
  dotnet "bin/$configuration/net10.0/K8sShop.Host.dll" >/dev/null 2>&1 &
pid=$!
for s in "${services[@]}"; do
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/$s/healthz/ready")" = 200 ]; do sleep 0.05; done
done
ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
sleep 30
rss_kb=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status")
echo "start to nine ready: ${ready_ms} ms; idle RSS after 30 s: $((rss_kb / 1024)) MiB"
