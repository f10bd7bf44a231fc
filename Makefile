# The two commands a newcomer needs: `make run` and `make test`. Everything else is for the other run modes.
CONFIGURATION ?= Release
REGISTRY ?= localhost:5000

SERVICES := users orders inventory stockcheck billing notifications discounts chat payments gateway

.PHONY: run test build web infra up down images crd clean

## run: the whole shop in one process at http://localhost:8080 (SQLite under .data/, in-memory bus)
run: web
	dotnet build services/host/K8sShop.Host.csproj -c $(CONFIGURATION) -nologo -clp:ErrorsOnly
	cd services/host && ASPNETCORE_ENVIRONMENT=$${ASPNETCORE_ENVIRONMENT:-Development} DataFolder="$(CURDIR)/.data" \
		dotnet bin/$(CONFIGURATION)/net10.0/K8sShop.Host.dll

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

## images: every service, the gateway (with the built web app) and the operator as container images.
## Needs network access to the base-image registry and to REGISTRY; neither is reachable on the CI machines.
images: web
	@for service in $(SERVICES); do \
		project=$$(ls services/$$service/K8sShop.*.csproj) && \
		dotnet publish $$project -c $(CONFIGURATION) -t:PublishContainer -p:ContainerRegistry=$(REGISTRY) || exit 1; \
	done
	dotnet publish operator/K8sShop.Operator.csproj -c $(CONFIGURATION) -t:PublishContainer -p:ContainerRegistry=$(REGISTRY)

## crd: regenerate crds/ and the chart's copy from the operator's C# model
crd:
	UPDATE_GOLDEN=1 dotnet test tests/K8sShop.Operator.Tests/K8sShop.Operator.Tests.csproj --filter FullyQualifiedName~CommittedCrdTests

clean:
	dotnet clean K8sShop.sln -nologo -v q
	rm -rf .test-results
