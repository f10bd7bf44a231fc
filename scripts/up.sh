#!/usr/bin/env bash
# `make up`: the distributed mode. Nine services and the gateway as separate processes against the
# local MariaDB and RabbitMQ (start them with `make infra`). Idempotent: a running set is stopped
# first. Settings (environment; defaults in brackets):
#   K8SSHOP_GATEWAY_PORT [8080]  K8SSHOP_PORT_BASE [5100]: service i listens on base+i (users 5101 ... payments 5109)
#   K8SSHOP_DB_PREFIX [k8sshop_]  K8SSHOP_RABBITMQ_VHOST [k8sshop]  K8SSHOP_RUN_DIR [.run]: pids and logs
#   K8SSHOP_PUBLIC_ORIGIN [http://localhost:$K8SSHOP_GATEWAY_PORT]: the token issuer, as browsers see it
#   K8SSHOP_KEYS_DIR [.data/distributed-keys]: the issuer's generated key pair, kept across runs
#   K8SSHOP_CONFIGURATION [Release]  K8SSHOP_NO_BUILD [unset]: set to 1 to use what is built already
#   K8SSHOP_READY_SECONDS [120]: how long to wait for every service to be ready (longer on a busy machine)
#   K8SSHOP_ONLY [unset]: service names (space-separated) to restart alone in a running set, the others
#     untouched; e.g. K8SSHOP_ONLY=payments Payments__Provider=stripe ... restarts payments on Stripe
#     (every Payments__* variable in the environment reaches it, as with a full start)
# Email: notifications writes each message as an .eml file under $K8SSHOP_RUN_DIR/mail (a run's own
# mailbox, kept per run folder), listed at /api/notifications/dev/mail through the gateway.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
services=(users orders inventory stockcheck billing notifications discounts chat payments)
projects=(Users Orders Inventory Stockcheck Billing Notifications Discounts Chat Payments)
gateway_port=${K8SSHOP_GATEWAY_PORT:-8080}
base=${K8SSHOP_PORT_BASE:-5100}
prefix=${K8SSHOP_DB_PREFIX:-k8sshop_}
vhost=${K8SSHOP_RABBITMQ_VHOST:-k8sshop}
run_dir=${K8SSHOP_RUN_DIR:-$root/.run}
configuration=${K8SSHOP_CONFIGURATION:-Release}
mysql=${K8SSHOP_MYSQL:-Server=127.0.0.1;Port=3306;User=k8sshop;Password=k8sshop}
rabbit=${K8SSHOP_RABBITMQ:-amqp://k8sshop:k8sshop@127.0.0.1:5672}
public_origin=${K8SSHOP_PUBLIC_ORIGIN:-http://localhost:$gateway_port}
keys_dir=${K8SSHOP_KEYS_DIR:-$root/.data/distributed-keys}
# Only the users service gets the issuer's settings: key folder, demo accounts, every service client's secret.
users_env=("Identity__KeysFolder=$keys_dir" Identity__DemoPasswords__customer=Customer-demo-1
  Identity__DemoPasswords__support=Support-demo-1 Identity__DemoPasswords__admin=Admin-demo-1)
# Services that call others' internal APIs with client-credentials tokens; each also gets its own secret.
callers=(stockcheck billing orders)
for caller in "${callers[@]}"; do
  users_env+=("Identity__Clients__${caller}__Secret=distributed-$caller-secret")
done

only=${K8SSHOP_ONLY:-}
wanted() { [ -z "$only" ] || [[ " $only " == *" $1 "* ]]; }

K8SSHOP_RUN_DIR="$run_dir" K8SSHOP_ONLY="$only" bash "$root/scripts/down.sh" >/dev/null
mkdir -p "$run_dir"
if [ -z "${K8SSHOP_NO_BUILD:-}" ]; then
  dotnet build K8sShop.sln -c "$configuration" -nologo -clp:ErrorsOnly
fi

# Every process learns where every service is (service discovery by configuration).
discovery=()
for i in "${!services[@]}"; do
  discovery+=("Services__${services[$i]}__http__0=http://127.0.0.1:$((base + i + 1))")
done

start() { # name dll port extra-env...
  local name=$1 dll=$2 port=$3; shift 3
  env "${discovery[@]}" "$@" Identity__Authority="$public_origin" ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:$port" \
    OTEL_SERVICE_NAME="$name" nohup dotnet "$dll" >"$run_dir/$name.log" 2>&1 &
  echo $! >"$run_dir/$name.pid"
}

clusters=()
for i in "${!services[@]}"; do
  name=${services[$i]} port=$((base + i + 1))
  clusters+=("ReverseProxy__Clusters__${name}__Destinations__primary__Address=http://127.0.0.1:$port")
  wanted "$name" || continue
  dll="services/$name/bin/$configuration/net10.0/K8sShop.${projects[$i]}.dll"
  extra=()
  if [ "$name" = users ]; then extra=("${users_env[@]}"); fi
  if [ "$name" = notifications ]; then extra=(Notifications__Email__Mode=files "Notifications__Email__Folder=$run_dir/mail"); fi
  for caller in "${callers[@]}"; do
    if [ "$name" = "$caller" ]; then extra+=("Identity__Clients__${caller}__Secret=distributed-$caller-secret"); fi
  done
  start "$name" "$dll" "$port" "${extra[@]}" \
    "ConnectionStrings__$name=$mysql;Database=$prefix$name" \
    "ConnectionStrings__rabbitmq=$rabbit/$vhost" Bus__Transport=RabbitMq Inventory__Seed=true Discounts__Seed=true
done
if wanted gateway; then
  start gateway "services/gateway/bin/$configuration/net10.0/K8sShop.Gateway.dll" "$gateway_port" "${clusters[@]}"
fi

ready_seconds=${K8SSHOP_READY_SECONDS:-120}
deadline=$((SECONDS + ready_seconds))
for name in "${services[@]}"; do
  wanted "$name" || continue
  until curl -fsS "http://127.0.0.1:$gateway_port/api/$name/healthz/ready" >/dev/null 2>&1; do
    # A process that died (a port taken, a bad setting) will never answer: say so now, not at the deadline.
    if ! kill -0 "$(cat "$run_dir/$name.pid")" 2>/dev/null; then
      echo "up: $name exited while starting; the end of $run_dir/$name.log:" >&2
      tail -n 20 "$run_dir/$name.log" >&2
      exit 1
    fi
    if [ $SECONDS -gt $deadline ]; then
      echo "up: $name is not ready after $ready_seconds s; see $run_dir/$name.log" >&2
      exit 1
    fi
    sleep 0.5
  done
done
echo "K8sShop (distributed) is running at http://127.0.0.1:$gateway_port  (logs in $run_dir; stop with make down)"
