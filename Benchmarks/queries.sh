#!/usr/bin/env bash
# The query workload of issue #8 (docs/benchmarks.md, "Query workload"): weft against kuzu,
# pyoxigraph and DuckDB on the generated graphs. Not a test. Databases and results are kept in
# Benchmarks/work/ (the first run at a size generates and loads; later runs reuse them).
# Usage: Benchmarks/queries.sh [--sizes 1000000,5000000] [--runs 10] [--budget 10] [--queries q1,…,q7]
#        Benchmarks/queries.sh --sizes 100000          (smoke run, about a minute)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
command -v /usr/bin/time >/dev/null || { apt-get install -y -qq time >/dev/null; }
for product in weft weft-gen weft-bench; do swift build -c release --product "$product" >/dev/null; done
bin="$(swift build -c release --show-bin-path)"
Benchmarks/setup-venv.sh >/dev/null
mkdir -p Benchmarks/work
Benchmarks/.venv/bin/python Benchmarks/queries.py --bin "$bin" "$@" | tee Benchmarks/work/queries-report.md
