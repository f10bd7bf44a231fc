#!/usr/bin/env bash
# `make down`: stops what `make up` started (SIGTERM, then SIGKILL after 20 s); with K8SSHOP_ONLY
# (service names, space-separated) only those.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
run_dir=${K8SSHOP_RUN_DIR:-$root/.run}
[ -d "$run_dir" ] || exit 0
pids=()
files=("$run_dir"/*.pid)
if [ -n "${K8SSHOP_ONLY:-}" ]; then
  files=()
  for name in $K8SSHOP_ONLY; do files+=("$run_dir/$name.pid"); done
fi
for file in "${files[@]}"; do
  [ -e "$file" ] || continue
  pid=$(cat "$file")
  if kill -0 "$pid" 2>/dev/null; then kill -TERM "$pid" && pids+=("$pid"); fi
  rm -f "$file"
done
for _ in $(seq 1 40); do
  alive=0
  for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
  [ $alive -eq 0 ] && break
  sleep 0.5
done
for pid in "${pids[@]}"; do kill -KILL "$pid" 2>/dev/null; done
echo "down: stopped ${#pids[@]} processes"
