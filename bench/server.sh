#!/usr/bin/env bash
# The news-desk server under load: sustained ingest of a story stream, then wrk against story URLs.
#
# Usage: bench/server.sh [STORIES] [PER_STORY] [SHARED_DATA_DIR]
#   STORIES          clusters of Multi-News train to post as stories (default 10000)
#   PER_STORY        articles per story (default 10: 100,000 articles); clusters with fewer (Multi-News holds 2-10)
#                    are filled up with articles made of their own paragraphs in another order
#   SHARED_DATA_DIR  default ../shared/data (multinews-train.jsonl.gz is read there, never copied)
# Environment:
#   URLS             space-separated path templates for wrk, {id} a shown story's id
#                    (default "/stories/{id}.json"; add "/stories/{id}" for the page once it exists)
#   WRK_SECONDS      duration of each wrk run (default 20)
#   WRK_CONNECTIONS  open connections (default 16)
#   SERVER_HEAP      the server's -Xmx (default 768m)
#   SUMMARY_THREADS  the server's stories.summary_threads (default 2)
#
# Prints: the ingest figures (articles/s acknowledged, articles/s sustained until the story updater's backlog is
# drained), the server's resident memory (now and peak), and for each URL template wrk's requests/s, latency
# percentiles and errors. The store is made in a temporary directory and deleted afterwards.
set -euo pipefail

root=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)
stories=${1:-10000}
per_story=${2:-10}
data=$(cd -- "${3:-$root/../shared/data}" && pwd)
default_urls='/stories/{id}.json'
urls=${URLS:-$default_urls}
seconds=${WRK_SECONDS:-20}
connections=${WRK_CONNECTIONS:-16}
heap=${SERVER_HEAP:-768m}
threads=${SUMMARY_THREADS:-2}
command -v wrk >/dev/null || { echo "bench/server.sh: wrk is missing (apt-get install -y wrk)" >&2; exit 1; }
work=$(mktemp -d)
server=
cleanup() {
  if [[ -n $server ]]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf -- "$work"
}
trap cleanup EXIT
cd "$root"

echo "bench: building" >&2
./precis --version >/dev/null
mvn -B -q -o -pl precis-bench -am compile dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >&2
cp="$root/precis-bench/target/classes:$root/precis-core/target/classes:$(cat "$work/cp.txt")"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
echo "{\"stories\": {\"summary_threads\": $threads}}" >"$work/precis.json"
PRECIS_JAVA_OPTS="-Xmx$heap" ./precis serve --config "$work/precis.json" --data "$work/data" --port "$port" \
  --no-auth >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 300); do
  curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
  sleep 0.2
done
rss() { awk -v k="$1:" '$1 == k {print int($2 / 1024) " MB"}' "/proc/$server/status"; }

echo "== ingest: $stories Multi-News train clusters as stories of $per_story articles, 40 outlets, server -Xmx$heap, $threads summary threads"
java -Xmx1g -cp "$cp" dev.precis.bench.ServerIngestBenchmark --url "http://127.0.0.1:$port" \
  --data "$data/multinews-train.jsonl.gz" --stories "$stories" --per-story "$per_story" --ids "$work/ids.txt"
echo "server RSS after ingest: $(rss VmRSS) (peak $(rss VmHWM))"
echo "store: $(du -sh "$work/data" | cut -f1), $(sqlite3 "$work/data/precis.db" 'SELECT COUNT(*) FROM story_versions' 2>/dev/null || echo '?') story versions"

echo "== listing (median of 5 requests, seconds)"
for q in '/api/stories?limit=50' '/api/stories?limit=50&offset=1000' '/api/stories?q=police+said&limit=50' \
  '/api/stories?outlet=Outlet%207&limit=50' '/api/stories?since=1&limit=1000' '/feed.atom'; do
  median=$(for _ in 1 2 3 4 5; do curl -s -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$port$q"; done |
    sort -n | sed -n 3p)
  printf '%s  %s\n' "$median" "$q"
done

cat >"$work/paths.lua" <<'LUA'
local ids, template = {}, os.getenv("URL_TEMPLATE")
for line in io.lines(os.getenv("IDS_FILE")) do ids[#ids + 1] = line end
math.randomseed(1)
request = function()
  return wrk.format("GET", (template:gsub("{id}", ids[math.random(#ids)])))
end
LUA
for template in $urls; do
  echo "== wrk -t2 -c$connections -d${seconds}s, $template over $(wc -l <"$work/ids.txt") shown stories at random"
  URL_TEMPLATE=$template IDS_FILE="$work/ids.txt" wrk -t2 -c"$connections" -d"${seconds}s" --latency \
    -s "$work/paths.lua" "http://127.0.0.1:$port" | grep -E 'Latency|50%|90%|99%|requests in|Requests/sec|Non-2xx|Socket errors'
done
echo "server RSS at the end: $(rss VmRSS) (peak $(rss VmHWM))"
