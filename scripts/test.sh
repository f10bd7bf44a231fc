#!/usr/bin/env bash
# `make test`: builds with warnings as errors, makes sure MariaDB and RabbitMQ answer (running
# scripts/infra.sh when they do not and no Docker engine can stand in), runs every suite, and ends
# with the line "N passed, N failed, N skipped" counted from the result files.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
results="$root/.test-results"
configuration=${CONFIGURATION:-Release}
rm -rf "$results" && mkdir -p "$results"

answers() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
if [ -z "${K8SSHOP_TEST_MYSQL:-}" ] && ! { answers 3306 && answers 5672 && answers 15672; }; then
  if [ -S /var/run/docker.sock ] || [ -n "${DOCKER_HOST:-}" ]; then
    echo "test: no local MariaDB/RabbitMQ; the tests will start them with Testcontainers"
  else
    bash "$root/scripts/infra.sh" || { echo "test: MariaDB and RabbitMQ are needed (scripts/infra.sh failed)"; echo "0 passed, 1 failed, 0 skipped"; exit 1; }
  fi
fi

status=0
if ! dotnet build K8sShop.sln -c "$configuration" -nologo -clp:ErrorsOnly; then
  echo "test: the build failed"
  echo "0 passed, 1 failed, 0 skipped"
  exit 1
fi

# The notifications tests send mail to a real SMTP server: maildev, from npm.
if [ -f tests/smtp/package.json ]; then
  (cd tests/smtp && npm ci --no-audit --no-fund >/dev/null) || { echo "test: npm ci in tests/smtp failed"; status=1; }
fi

dotnet test K8sShop.sln -c "$configuration" --no-build -nologo \
  --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results/dotnet" || status=1

if [ -f web/package.json ]; then
  (cd web && npm ci --no-audit --no-fund && npx vitest run --reporter=default --reporter=json --outputFile="$results/web/vitest.json") || status=1
fi

node scripts/test-summary.mjs "$results" || status=1
exit $status
