# apkscan — make help lists the targets.
SHELL := /bin/bash
GO ?= go
BIN := bin/apkscan
PKGS := ./...
FUZZTIME ?= 8s
STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.7.0
# DEFLATE: pure Go by default; `make build LIBDEFLATE=1` links libdeflate
# (cgo), about 3x faster at inflating (see scripts/gotags.sh). Evaluated when
# used, so it sees what `tools` just installed.
GOTAGS = $(shell GO=$(GO) LIBDEFLATE=$(LIBDEFLATE) ./scripts/gotags.sh)
LIBDEFLATE ?= 0

.PHONY: help build demo test unit lint fuzz fuzz-short bench droidbench mutate samples tools golden

help: ## list targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-12s %s\n", $$1, $$2}'

build: ## build bin/apkscan
	$(GO) build -buildvcs=auto $(GOTAGS) -o $(BIN) ./cmd/apkscan

demo: build ## build, then scan a bundled sample app
	./$(BIN) scan --fail-on none samples/incognito-bypass.apk

tools: ## install libdeflate, the test oracles (dexdump, aapt) and headless Chromium from Debian when missing
	@./scripts/debian-tools.sh "test oracles" dexdump:dexdump aapt:aapt chromium:chromium pkg-config:pkg-config \
	  /usr/include/libdeflate.h:libdeflate-dev

test: tools ## vet, lint, unit and oracle tests, short fuzz runs
	$(GO) vet $(GOTAGS) $(PKGS)
	$(MAKE) --no-print-directory lint
	@echo "go test $(GOTAGS) -count=1 -v ./... and the libdeflate build of scanner/read/apk (full log in .test.log)"; \
	  { $(GO) test $(GOTAGS) -count=1 -v $(PKGS) && $(GO) test $$(LIBDEFLATE=1 ./scripts/gotags.sh) -count=1 -v ./scanner/read/apk/; } > .test.log 2>&1; rc=$$?; \
	  grep -E '^(ok|FAIL|panic:)|^\s*--- FAIL' .test.log; ./scripts/test-summary.sh .test.log; exit $$rc
	$(MAKE) --no-print-directory fuzz-short
	@./scripts/test-summary.sh .test.log

unit: ## go test only
	$(GO) test $(GOTAGS) $(PKGS)

lint: ## staticcheck (pinned) and gofmt
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); if [ -n "$$out" ]; then echo "gofmt needed: $$out"; exit 1; fi
	$(GO) run $(STATICCHECK) $(PKGS)
	$(GO) run $(STATICCHECK) $$(LIBDEFLATE=1 ./scripts/gotags.sh 2>/dev/null) ./scanner/read/apk/

fuzz-short: ## run every fuzz target for FUZZTIME (default 8s)
	@set -e; for pkg in $$($(GO) list ./...); do \
	  dir=$$($(GO) list -f '{{.Dir}}' $$pkg); \
	  for t in $$(grep -ho '^func Fuzz[A-Za-z0-9_]*' $$dir/*_test.go 2>/dev/null | sed 's/func //'); do \
	    echo "fuzz $$pkg $$t ($(FUZZTIME))"; \
	    if ! out=$$($(GO) test $(GOTAGS) -run '^$$' -fuzz "^$$t$$" -fuzztime $(FUZZTIME) -fuzzminimizetime 2s $$pkg 2>&1); then \
	      if echo "$$out" | grep -q 'context deadline exceeded' && ! echo "$$out" | grep -q 'Failing input'; then \
	        echo "  (no failing input: the fuzz coordinator's own deadline race, golang/go#75804, fixed in Go 1.27)"; continue; fi; \
	      echo "$$out" | tail -40; exit 1; fi; \
	  done; \
	done

fuzz: ## longer fuzzing: make fuzz FUZZTIME=5m
	$(MAKE) --no-print-directory fuzz-short FUZZTIME=$(FUZZTIME)

bench: ## Go benchmarks, then README's performance table (scripts/bench.sh); installs the Exodus baseline's tools
	@./scripts/debian-tools.sh "the Exodus-method baseline" python3:python3 perl:perl dexdump:dexdump
	$(GO) test $(GOTAGS) -run '^$$' -bench . -benchmem ./scanner/...
	./scripts/bench.sh

droidbench: ## score leak findings on ../shared/droidbench: precision, recall, time and memory per app
	./scripts/droidbench.sh

mutate: ## scan random mutants of corpus apps as cold processes: exit codes, time, memory (MUTANTS per app, default 50; SEED)
	./scripts/mutate.sh $(or $(MUTANTS),50) $(or $(SEED),1)

samples: ## rebuild samples/*.apk from smali (needs Debian's Android toolchain)
	bash samples/build.sh

golden: ## rewrite golden files after an intended output change
	$(GO) test $(GOTAGS) ./... -update
