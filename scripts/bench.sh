#!/bin/sh
# bench.sh: measure aidextract's throughput and peak memory on large
# generated corpora, against a reference that only reads the corpus.
#
#   scripts/bench.sh                 # 100 MB and 1 GB corpora
#   BENCH_SIZES=100 scripts/bench.sh # sizes in MB (10^6 bytes)
#
# Corpora are generated once, deterministically, from the bundled texts
# into BENCH_DIR (default bench/, git-ignored) and reused. Every run
# prints one table: MB/s, documents/s, rows/s (every row of every table),
# peak resident memory of the aidextract process, and the ratio of its
# MB/s to the reference's. Needs only Go; peak memory comes from the
# kernel's rusage of the finished process.
set -eu
cd "$(dirname "$0")/.."
GO=${GO:-go}
BENCH_DIR=${BENCH_DIR:-bench}
BENCH_SIZES=${BENCH_SIZES:-"100 1000"}
BENCH_FORMATS=${BENCH_FORMATS:-"csv,parquet csv,parquet,xlsx"}
BENCH_WORKERS=${BENCH_WORKERS:-0}

mkdir -p "$BENCH_DIR" bin
$GO build -o bin/aidextract ./cmd/aidextract
$GO build -o bin/benchcorpus ./cmd/benchcorpus

corpora=""
for size in $BENCH_SIZES; do
	f="$BENCH_DIR/corpus-${size}MB.jsonl"
	if [ ! -s "$f" ]; then
		echo "generating $f" >&2
		./bin/benchcorpus gen -size "$size" -o "$f"
	fi
	corpora="$corpora $f"
done

set --
for fs in $BENCH_FORMATS; do
	set -- "$@" -formats "$fs"
done
echo "load before: $(cat /proc/loadavg 2>/dev/null || uptime)"
# shellcheck disable=SC2086
./bin/benchcorpus bench -bin bin/aidextract -out "$BENCH_DIR/out" -workers "$BENCH_WORKERS" "$@" $corpora
echo "load after: $(cat /proc/loadavg 2>/dev/null || uptime)"
