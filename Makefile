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

## test: vet and run every test with the race detector
test:
	$(GO) vet ./...
	$(GO) test -race ./...

## eval: precision, recall and F1 per type against the gold annotations
eval: build
	./$(BIN) eval --gold $(GOLD) $(CORPUS)

## eval-gate: like eval, but fails below the accuracy the project has reached
eval-gate: build
	./$(BIN) eval --gold $(GOLD) --min-f1 money=0.97 --min-f1 date=0.93 $(CORPUS)

## eval-holdout: the same scores on held-out texts no rule was tuned on
eval-holdout: build
	./$(BIN) eval --gold testdata/holdout/gold testdata/holdout/corpus

## golden: rewrite testdata/golden/ from the current code; review the diff before committing
golden:
	UPDATE_GOLDEN=1 $(GO) test ./pipeline/ -run TestGolden
	git --no-pager diff --stat -- testdata/golden

## fuzz: run every fuzz target for FUZZTIME each
fuzz:
	@for pkg in $$($(GO) list ./...); do \
	  for f in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz'); do \
	    echo "fuzz $$pkg $$f"; $(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) $$pkg || exit 1; \
	  done; \
	done

## fx: refresh the embedded ECB rates from a newer eurofxref-hist.csv (FX_CSV=path)
FX_CSV ?= ../shared/data/fx/eurofxref-hist.csv
fx:
	gzip -9 -n -c $(FX_CSV) > extractors/fx/eurofxref-hist.csv.gz
	$(GO) test ./extractors/fx/

clean:
	rm -rf bin $(OUT)/*.csv $(OUT)/*.parquet $(OUT)/*.xlsx $(OUT)/text
