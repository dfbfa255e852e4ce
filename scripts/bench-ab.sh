#!/bin/sh
# bench-ab.sh: compare the speed of an earlier tree (a git revision) with
# this one's, on one generated corpus, their runs alternating so that both
# meet the same load on a shared machine.
#
#   scripts/bench-ab.sh REV                     # 100 MB corpus, 3 rounds
#   BENCH_AB_SIZE=1000 BENCH_AB_ROUNDS=2 scripts/bench-ab.sh HEAD~3
#
# REV is built from `git archive` in a temporary folder (the working tree
# and .git are left alone); this tree is built as it is, uncommitted
# changes included. Every run prints a row of benchcorpus's table, named
# "base" or "this". Needs only Go and git.
set -eu
cd "$(dirname "$0")/.."
REV=${1:?usage: scripts/bench-ab.sh REV}
GO=${GO:-go}
BENCH_DIR=${BENCH_DIR:-bench}
SIZE=${BENCH_AB_SIZE:-100}
ROUNDS=${BENCH_AB_ROUNDS:-3}
BENCH_FORMATS=${BENCH_FORMATS:-"csv,parquet csv,parquet,xlsx"}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/tree"
git archive "$REV" | tar -x -C "$tmp/tree"
(cd "$tmp/tree" && $GO build -o "$tmp/aidextract-base" ./cmd/aidextract)
mkdir -p "$BENCH_DIR" bin
$GO build -o bin/aidextract ./cmd/aidextract
$GO build -o bin/benchcorpus ./cmd/benchcorpus

f="$BENCH_DIR/corpus-${SIZE}MB.jsonl"
if [ ! -s "$f" ]; then
	echo "generating $f" >&2
	./bin/benchcorpus gen -size "$SIZE" -o "$f"
fi
set --
for fs in $BENCH_FORMATS; do
	set -- "$@" -formats "$fs"
done
echo "base: $REV ($(git rev-parse --short "$REV")); this: the working tree"
./bin/benchcorpus bench -bin "base=$tmp/aidextract-base" -bin this=bin/aidextract -rounds "$ROUNDS" \
	-out "$BENCH_DIR/out" "$@" "$f"
