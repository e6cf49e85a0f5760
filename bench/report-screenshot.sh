#!/usr/bin/env bash
# Checks the HTML cross-source report in a real browser: renders the report of examples/harbour-bridge, loads it
# from a file in headless Chromium, takes a screenshot (1280x2000) and fails when the page logs anything to the
# console (script errors, uncaught exceptions, Content-Security-Policy violations, console calls: the page itself
# logs nothing, so any console line is a fault). A second load opens the page at a citation's anchor and checks
# that the page's script lit the cited passage.
#
# Usage: bench/report-screenshot.sh [OUT.png]     (default: precis-cli/target/report-screenshot.png)
# Environment:
#   CHROMIUM           the browser (default: chromium, chromium-browser or google-chrome on the PATH)
#   PRECIS_ALGORITHM   summarizer for the report (default: the default algorithm)
# Exit status: 0 clean, 1 console errors or a failed check, 2 Chromium missing or the report not made.
set -euo pipefail

root=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd)
out=${1:-$root/precis-cli/target/report-screenshot.png}
chromium=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)}
if [[ -z $chromium ]]; then
  echo "report-screenshot: Chromium is not installed (apt-get install -y chromium)" >&2
  exit 2
fi
mkdir -p -- "$(dirname -- "$out")"
out=$(cd -- "$(dirname -- "$out")" && pwd)/$(basename -- "$out")
work=$(mktemp -d)
trap 'rm -rf -- "$work"' EXIT
page="$work/harbour-bridge.html"

echo "report-screenshot: rendering the report" >&2
if ! "$root/precis" report "$root/examples/harbour-bridge" --algorithm "${PRECIS_ALGORITHM:-default}" \
    --format html --out "$page"; then
  echo "report-screenshot: precis report failed" >&2
  exit 2
fi

# run_chromium NAME URL ARGS...: one headless run with its own profile; its log goes to $work/NAME.log.
run_chromium() {
  local name=$1 url=$2
  shift 2
  local status=0
  timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --disable-dev-shm-usage --user-data-dir="$(mktemp -d -p "$work")" \
    --enable-logging=stderr --v=0 --virtual-time-budget=3000 --window-size=1280,2000 "$@" "$url" \
    >"$work/$name.out" 2>"$work/$name.log" || status=$?
  if ((status != 0)); then
    echo "report-screenshot: chromium ($name) failed with status $status:" >&2
    tail -n 20 "$work/$name.log" >&2
    exit 1
  fi
}

echo "report-screenshot: screenshot with $("$chromium" --version 2>/dev/null | tail -n 1)" >&2
rm -f -- "$out"
run_chromium screenshot "file://$page" --screenshot="$out"
if [[ ! -s $out ]]; then
  echo "report-screenshot: no screenshot was written" >&2
  exit 1
fi

# Open the page at its first citation mark's passage: the script must light it (class "hl").
key=$(grep -o 'class="jump" href="#s0-d[0-9]*-[0-9]*-[0-9]*"' "$page" | head -n 1 | sed 's/.*href="#//; s/"$//')
if [[ -z $key ]]; then
  echo "report-screenshot: the summary has no citation marks" >&2
  exit 1
fi
run_chromium anchor "file://$page#$key" --dump-dom
if ! grep -q "id=\"$key\" data-k=\"$key\"" "$work/anchor.out" \
    || ! grep -Eq "<span class=\"m [^\"]*\bhl\b[^\"]*\" id=\"$key\"" "$work/anchor.out"; then
  echo "report-screenshot: opening #$key did not light the cited passage" >&2
  exit 1
fi

# Chromium logs each console message, uncaught exception and CSP violation as a "CONSOLE" line.
if grep -hE 'CONSOLE|Uncaught|Content Security Policy' "$work/screenshot.log" "$work/anchor.log" >"$work/console.txt"; then
  echo "report-screenshot: the page logged to the console:" >&2
  cat "$work/console.txt" >&2
  exit 1
fi
echo "report-screenshot: no console errors; screenshot in $out" >&2
