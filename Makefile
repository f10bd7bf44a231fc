# The two commands a newcomer needs: `make run` and `make test`. Everything else is for the other run modes.
CONFIGURATION ?= Release
REGISTRY ?= localhost:5000

.PHONY: run test build web infra up down images clean

## run: the whole shop in one process at http://localhost:8080 (SQLite under .data/, in-memory bus)
run: web
	dotnet build services/host/K8sShop.Host.csproj -c $(CONFIGURATION) -nologo -clp:ErrorsOnly
	cd services/host && DataFolder="$(CURDIR)/.data" dotnet bin/$(CONFIGURATION)/net10.0/K8sShop.Host.dll

## test: build with warnings as errors, run every suite, print "N passed, N failed, N skipped"
test:
	CONFIGURATION=$(CONFIGURATION) bash scripts/test.sh

build:
	dotnet build K8sShop.sln -c $(CONFIGURATION) -nologo

## web: build the storefront into web/dist when the web app exists
web:
	@if [ -f web/package.json ]; then cd web && npm ci --no-audit --no-fund && npm run build; fi

## infra: install (apt, when missing) and start MariaDB and RabbitMQ on 127.0.0.1
infra:
	bash scripts/infra.sh

## up / down: the distributed mode, nine services and the gateway as separate processes
up:
	K8SSHOP_CONFIGURATION=$(CONFIGURATION) bash scripts/up.sh

down:
	bash scripts/down.sh

clean:
	dotnet clean K8sShop.sln -nologo -v q
	rm -rf .test-results
