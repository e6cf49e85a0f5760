#!/usr/bin/env bash
# Writes every user-visible output that a structural change must leave as it was, or compares against such a
# set: summaries (text and JSON) and cross-source reports (JSON) of examples/ and ../shared/seeds/, report JSON
# of DUC 2003, and the eval summaries (eval -o) of DUC 2003 and all of Multi-News validation.
#
# Usage: bench/golden.sh write DIR      record the outputs of this checkout in DIR
#        bench/golden.sh check DIR      record them in a temporary folder and diff against DIR (exit 1 on a difference)
# About 2 minutes on 2 cores. Benchmark data is read from ../shared and never copied into the project.
set -euo pipefail
root=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)
mode=${1:?usage: golden.sh write|check DIR}
dir=${2:?usage: golden.sh write|check DIR}
data="$root/../shared/data"
seeds="$root/../shared/seeds"
cd "$root"

record() {
  local out=$1
  mkdir -p "$out"
  for story in examples/*/; do
    local name
    name=$(basename "$story")
    ./precis summarize "$story" >"$out/$name.summary.txt"
    ./precis summarize "$story" --format json >"$out/$name.summary.json"
    ./precis report "$story" --format json >"$out/$name.report.json"
    ./precis report "$story" --format markdown >"$out/$name.report.md"
  done
  ./precis summarize "$seeds" >"$out/seeds.summary.txt"
  ./precis summarize "$seeds" --format json >"$out/seeds.summary.json"
  ./precis report "$seeds" --format json >"$out/seeds.report.json"
  ./precis report "$seeds" --format markdown >"$out/seeds.report.md"
  ./precis report "$data/duc2003.jsonl" --format json >"$out/duc.report.json"
  ./precis eval --dataset "$data/duc2003.jsonl" --preset duc -o "$out/duc.eval.jsonl" >"$out/duc.eval.txt"
  ./precis eval --dataset "$data/multinews-val.jsonl.gz" --preset multinews -o "$out/mn.eval.jsonl" >"$out/mn.eval.txt"
  # The eval table's last column is stories per second, which changes from run to run.
  sed -i -E 's/[[:space:]]+[0-9.]+$//; s/[[:space:]]+stories\/s$//' "$out"/*.eval.txt
}

case $mode in
  write) record "$dir" ;;
  check)
    tmp=$(mktemp -d)
    trap 'rm -rf -- "$tmp"' EXIT
    record "$tmp"
    if diff -r -q "$dir" "$tmp"; then echo "golden: identical ($(ls "$dir" | wc -l) files)"; else
      echo "golden: outputs differ (diff -r $dir <new>)" >&2; exit 1; fi ;;
  *) echo "usage: golden.sh write|check DIR" >&2; exit 2 ;;
esac
