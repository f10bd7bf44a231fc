#!/usr/bin/env bash
# Adds an EF Core migration to one service, once per relational engine (MySQL and SQLite keep
# separate migration sets in Migrations/MySql and Migrations/Sqlite; ProviderMigrationsAssembly
# picks the right one at run time).
# Usage: scripts/add-migration.sh <service> <MigrationName>     e.g. scripts/add-migration.sh inventory AddStockLedger
# Needs no database: the MySQL set is generated for the server version in Database:MySqlServerVersion.
set -euo pipefail
service=${1:?service folder name, e.g. inventory}
name=${2:?migration name}
root=$(cd "$(dirname "$0")/.." && pwd)
dir="$root/services/$service"
project=$(ls "$dir"/K8sShop.*.csproj)
namespace=$(basename "$project" .csproj)
cd "$root"
dotnet tool restore >/dev/null
tmp=$(mktemp -d)
# On any failure the other engine's set, moved aside below, goes back before the temporary folder is removed.
restore() {
  for set in MySql Sqlite; do
    if [ -d "$tmp/$set" ]; then mv "$tmp/$set" "$dir/Migrations/$set"; fi
  done
  rm -rf "$tmp"
}
trap restore EXIT

generate() { # engine other-engine connection-string
  local engine=$1 other=$2
  # EF finds "the" model snapshot by file name anywhere in the project, so the other engine's set
  # is moved aside while this one is generated.
  if [ -d "$dir/Migrations/$other" ]; then mv "$dir/Migrations/$other" "$tmp/$other"; fi
  env "ConnectionStrings__${service}=$3" Bus__Transport=InMemory \
    dotnet ef migrations add "$name" --project "$project" \
      --output-dir "Migrations/$engine" --namespace "$namespace.Migrations.$engine"
  # With --namespace, EF 9 writes a first snapshot into a folder named after the namespace.
  find "$dir" -name '*ModelSnapshot.cs' -not -path "$dir/Migrations/*" -exec mv {} "$dir/Migrations/$engine/" \;
  find "$dir" -depth -type d -empty -name "$namespace*" -not -path "*/bin/*" -not -path "*/obj/*" -delete
  if [ -d "$tmp/$other" ]; then mv "$tmp/$other" "$dir/Migrations/$other"; fi
}
generate Sqlite MySql "Data Source=$tmp/design.db"
generate MySql Sqlite "Server=127.0.0.1;Database=design;User=design;Password=design"
