#!/usr/bin/env bash
# The peer side of weft's load benchmark, end to end: builds weft-gen (release), generates the
# graphs (default 100k and 1M claims, seed 1), sets up the venv and loads each graph into kuzu,
# pyoxigraph and DuckDB. Results: Benchmarks/work/peers-<N>.json and a markdown table on stderr.
# Usage: Benchmarks/run-peers.sh [CLAIMS...]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(100000 1000000)
swift build -c release --product weft-gen >/dev/null
bin="$(swift build -c release --show-bin-path)/weft-gen"
Benchmarks/setup-venv.sh
mkdir -p Benchmarks/work
for n in "${sizes[@]}"; do
    f="Benchmarks/work/gen-$n-s1.jsonl"
    [ -s "$f" ] || "$bin" --claims "$n" --seed 1 --stats -o "$f"
    timeout 900 Benchmarks/.venv/bin/python Benchmarks/peers.py "$f" --json "Benchmarks/work/peers-$n.json" >/dev/null
done
