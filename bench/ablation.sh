#!/usr/bin/env bash
# Ablation by commit: builds each given commit in a temporary worktree and scores its default summarizer on
# DUC 2003, all of Multi-News validation and TAC 2011 English, one Markdown table row per commit. Each row
# differs from the one before by the change its commit made, so switching one idea on is read row to row.
#
# Usage: bench/ablation.sh DATA_DIR REV:LABEL...    (about 1 minute per commit on 2 cores)
set -euo pipefail

root=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)
data=$(cd -- "$1" && pwd)
shift
work=$(mktemp -d)
trap 'git -C "$root" worktree remove --force "$work/tree" >/dev/null 2>&1 || true; rm -rf -- "$work"' EXIT

echo "| commit | change | DUC 2003 R-1 / R-2 (recall) | Multi-News val R-1 / R-2 / SU4 (F1) | TAC en R-1 / R-2 (F1) |"
echo "|---|---|---|---|---|"
for spec in "$@"; do
  rev=${spec%%:*}
  label=${spec#*:}
  echo "ablation: $rev ($label)" >&2
  git -C "$root" worktree add -f --detach "$work/tree" "$rev" >/dev/null 2>&1
  (cd "$work/tree" && mvn -B -q -DskipTests -pl precis-cli -am package >/dev/null)
  score() { (cd "$work/tree" && ./precis eval "$@" 2>/dev/null | awk '$1 == "coverage"'); }
  duc=$(score --dataset "$data/duc2003.jsonl" --preset duc | awk '{print $2 " / " $5}')
  mn=$(score --dataset "$data/multinews-val.jsonl.gz" --preset multinews | awk '{print $2 " / " $5 " / " $11}')
  tac=$(score --dataset "$data/tac2011-multiling.jsonl" --preset tac --language en | awk '{print $2 " / " $5}')
  echo "| \`$(git -C "$root" rev-parse --short "$rev")\` | $label | $duc | $mn | $tac |"
  git -C "$root" worktree remove --force "$work/tree"
done
