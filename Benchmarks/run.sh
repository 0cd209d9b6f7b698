#!/usr/bin/env bash
# The load benchmark (docs/benchmarks.md): weft's JSONL import, open and memory per claim, and in
# the same run kuzu, pyoxigraph and DuckDB loading the same generated graphs. Not a test.
# Usage: Benchmarks/run.sh [CLAIMS...]   (default: 100000 1000000; results in Benchmarks/work/)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(100000 1000000)
command -v /usr/bin/time >/dev/null || { apt-get install -y -qq time >/dev/null; }
for product in weft weft-gen weft-bench; do swift build -c release --product "$product" >/dev/null; done
bin="$(swift build -c release --show-bin-path)"
Benchmarks/setup-venv.sh
work=Benchmarks/work
mkdir -p "$work"
for n in "${sizes[@]}"; do
    input="$work/gen-$n-s1.jsonl"
    [ -s "$input" ] || "$bin/weft-gen" --claims "$n" --seed 1 --stats -o "$input"
    graph="$work/gen-$n.weft"
    runs=()
    for run in 1 2 3; do
        rm -f "$graph"
        /usr/bin/time -f '%e %M' -o "$work/time.txt" "$bin/weft" import "$input" --into "$graph" --progress never 2>/dev/null
        runs+=("$(cat "$work/time.txt")")
    done
    printf '%s\n' "${runs[@]}" | python3 -c '
import json, sys
runs = [dict(seconds=float(a), peak_rss_bytes=int(b) * 1024) for a, b in (l.split() for l in sys.stdin if l.strip())]
json.dump({"claims": int(sys.argv[1]), "file_bytes": int(sys.argv[2]), "graph_bytes": int(sys.argv[3]), "runs": runs}, sys.stdout)
' "$n" "$(stat -c %s "$input")" "$(stat -c %s "$graph")" > "$work/weft-import-$n.json"
    "$bin/weft-bench" open "$graph" --runs 7 > "$work/weft-open-$n.json"
    timeout 1800 Benchmarks/.venv/bin/python Benchmarks/peers.py "$input" --json "$work/peers-$n.json" >/dev/null
done
python3 Benchmarks/report.py "$work" "${sizes[@]}" | tee "$work/report.md"
