# aidextract: make extract (bundled corpus -> out/), make test, make eval.
GO      ?= go
BIN     := bin/aidextract
CORPUS  := testdata/corpus
GOLD    := testdata/gold
OUT     := out
FUZZTIME ?= 10s

.PHONY: build extract test eval eval-gate eval-holdout golden fuzz fx clean

build:
	$(GO) build -o $(BIN) ./cmd/aidextract

## extract: run the pipeline on the bundled corpus, writing every table to out/
extract: build
	./$(BIN) extract --out $(OUT) $(CORPUS)

## test: vet and run every test with the race detector (the money package's checks of its
## matcher against regexp take about 8 minutes under the detector on 2 cores: past go test's
## default 10-minute limit when the machine is busy)
test:
	$(GO) vet ./...
	$(GO) test -race -timeout 30m ./...

## eval: precision, recall and F1 per type against the gold annotations
eval: build
	./$(BIN) eval --gold $(GOLD) $(CORPUS)

## eval-gate: like eval, but fails below the accuracy the project has reached
EVAL_GATE := money=0.99 date=0.99 materiel=0.99 materiel+category=0.99 personnel=0.98 event=0.90
eval-gate: build
	./$(BIN) eval --gold $(GOLD) $(addprefix --min-f1 ,$(EVAL_GATE)) $(CORPUS)

## eval-holdout: the same scores on held-out texts no rule was tuned on
eval-holdout: build
	./$(BIN) eval --gold testdata/holdout/gold testdata/holdout/corpus

## golden: rewrite testdata/golden/ from the current code; review the diff before committing
golden:
	UPDATE_GOLDEN=1 $(GO) test ./pipeline/ -run TestGolden
	git --no-pager diff --stat -- testdata/golden

## fuzz: run every fuzz target for FUZZTIME each (scripts/fuzz.sh)
fuzz:
	FUZZTIME=$(FUZZTIME) GO="$(GO)" sh scripts/fuzz.sh

## fx: refresh the embedded ECB rates from a newer eurofxref-hist.csv (FX_CSV=path)
FX_CSV ?= ../shared/data/fx/eurofxref-hist.csv
fx:
	gzip -9 -n -c $(FX_CSV) > extractors/fx/eurofxref-hist.csv.gz
	$(GO) test ./extractors/fx/

clean:
	rm -rf bin $(OUT)/*.csv $(OUT)/*.parquet $(OUT)/*.xlsx $(OUT)/datapackage.json $(OUT)/text $(OUT)/beam $(OUT)/beam-merged

# --- checks: open the outputs in real tools (need make extract; install what they use) ---
CHECKS  := checks
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# Export every sheet to its own CSV file (token 12 = -1), quoting text cells
# only (token 7), with raw values rather than as shown (token 9).
XLSX_CSV_FILTER := csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,true,false,false,false,-1

.PHONY: checks check-duckdb check-xlsx check-datapackage checks-deps

## checks: every check below
checks: check-duckdb check-xlsx check-datapackage

## checks-deps: node and the npm packages of checks/ (npm ci from checks/package-lock.json)
checks-deps: $(CHECKS)/node_modules/.package-lock.json

$(CHECKS)/node_modules/.package-lock.json: $(CHECKS)/package.json $(CHECKS)/package-lock.json
	@command -v npm >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq --no-install-recommends nodejs npm; }
	cd $(CHECKS) && npm ci --no-audit --no-fund
	@touch $@

## check-duckdb: every Parquet file opens in DuckDB with the schema's types, the CSV's rows and values
check-duckdb: extract checks-deps
	node $(CHECKS)/duckdb.mjs $(OUT)

## check-xlsx: every sheet of aid.xlsx, exported by LibreOffice, equals its CSV (real numbers and dates)
check-xlsx: extract checks-deps
	@command -v soffice >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq --no-install-recommends libreoffice-calc; }
	@tmp=$$(mktemp -d) && \
	  soffice -env:UserInstallation=file://$$tmp/profile --headless --norestore \
	    --convert-to '$(XLSX_CSV_FILTER)' --outdir $$tmp/sheets $(OUT)/aid.xlsx >$$tmp/soffice.log 2>&1 || { cat $$tmp/soffice.log; rm -rf $$tmp; exit 1; }; \
	  node $(CHECKS)/xlsx.mjs $(OUT) $$tmp/sheets; rc=$$?; rm -rf $$tmp; exit $$rc

## check-datapackage: datapackage.json is a valid Frictionless package; rows cast, keys unique, foreign keys resolve
check-datapackage: extract checks-deps
	node $(CHECKS)/datapackage.mjs $(OUT)

# --- beam: the same extractors on Apache Beam (beam/ is a Go module of its own; see beam/README.md) ---
BEAM_BIN    := bin/aidextract-beam
BEAM_OUT    := $(OUT)/beam
BEAM_MERGED := $(OUT)/beam-merged
BEAM_SHARDS ?= 4

.PHONY: beam beam-test beam-extract

## beam: build bin/aidextract-beam (Apache Beam Go SDK: the first build takes minutes)
beam:
	cd beam && $(GO) build -o ../$(BEAM_BIN) ./cmd/aidextract-beam

## beam-test: vet the Beam module and run its tests (the pipeline on Prism, merged, equals extract)
beam-test:
	cd beam && $(GO) vet ./... && $(GO) test ./...

## beam-extract: the bundled corpus through Beam on Prism into out/beam, merged into out/beam-merged, compared with make extract
beam-extract: extract beam
	./$(BEAM_BIN) --output $(BEAM_OUT) --shards $(BEAM_SHARDS) $(CORPUS)
	./$(BIN) merge $(BEAM_OUT) --out $(BEAM_MERGED)
	./$(BIN) diff $(OUT) $(BEAM_MERGED)
	@for f in $(OUT)/*.csv $(OUT)/*.parquet $(OUT)/aid.xlsx $(OUT)/datapackage.json; do \
	  cmp "$$f" "$(BEAM_MERGED)/$$(basename "$$f")" || exit 1; \
	done; echo "beam-extract: $(BEAM_MERGED) is byte-identical to $(OUT)"

# --- bench: throughput and memory on generated corpora (scripts/bench.sh) ---
BENCH_SIZES ?= 100 1000
BENCH_GO_PKGS := ./extractors/money/ ./extractors/dates/ ./extractors/materiel/ ./extractors/personnel/ ./extractors/internal/cuewin/ ./pipeline/

.PHONY: bench bench-ab bench-go

## bench: generate 100 MB and 1 GB corpora into bench/ (BENCH_SIZES=100 for one), run the full extract, print MB/s, docs/s, rows/s, peak RSS
bench:
	BENCH_SIZES="$(BENCH_SIZES)" GO="$(GO)" sh scripts/bench.sh

## bench-ab: compare BASE (a git revision, default HEAD) with the working tree on the 100 MB corpus, runs alternating (scripts/bench-ab.sh)
BASE ?= HEAD
bench-ab:
	GO="$(GO)" sh scripts/bench-ab.sh $(BASE)

## bench-go: Go benchmarks of every extractor, writer and the linear-time cases, with allocations
bench-go:
	$(GO) test -run '^$$' -bench . -benchmem $(BENCH_GO_PKGS)
