#!/usr/bin/env bash
# Growth of the anchored queries from 1M to 5M claims (issue #8's last target): weft-bench at both
# sizes back to back, many runs each, so the ratio is taken within minutes of itself. Needs the
# graphs and parameters Benchmarks/queries.sh leaves in Benchmarks/work/. Not a test.
# Usage: Benchmarks/growth.sh [--runs 200] [q1 q2 q3 q5a ...]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
runs=200
if [ "${1:-}" = "--runs" ]; then runs=$2; shift 2; fi
queries=("$@"); [ ${#queries[@]} -gt 0 ] || queries=(q1 q2 q3 q5a)
swift build -c release --product weft-bench >/dev/null
bin="$(swift build -c release --show-bin-path)"
work=Benchmarks/work
for n in 1000000 5000000; do
    [ -s "$work/gen-$n.weft" ] && [ -s "$work/params-$n.json" ] || { echo "growth.sh: run Benchmarks/queries.sh --sizes $n first" >&2; exit 1; }
done
printf '| query | rows 1M | rows 5M | rows × | 1M median / min (ms) | 5M median / min (ms) | time × (median / min) |\n|---|---:|---:|---:|---:|---:|---:|\n'
for q in "${queries[@]}"; do
    declare -A rows=() median=() least=()
    for n in 1000000 5000000; do
        # The query text with this size's parameters, filled in as queries.py does.
        text=$(python3 -c 'import json, sys; sys.path.insert(0, "Benchmarks"); import queries
print(queries.query_text("weft", sys.argv[1], json.load(open(sys.argv[2]))))' "$q" "$work/params-$n.json"
)
        read -r r m l < <("$bin/weft-bench" query "$work/gen-$n.weft" "$text" --runs "$runs" |
            python3 -c 'import json, sys; d = json.load(sys.stdin); print(d["rows"], d["median_ms"], d["min_ms"])')
        rows[$n]=$r; median[$n]=$m; least[$n]=$l
    done
    python3 - "$q" "${rows[1000000]}" "${rows[5000000]}" "${median[1000000]}" "${least[1000000]}" "${median[5000000]}" "${least[5000000]}" <<'PY'
import sys
q, r1, r5, m1, l1, m5, l5 = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), *map(float, sys.argv[4:])
grow = f"{r5 / r1:.2f}" if r1 else "–"
print(f"| {q.upper()} | {r1:,} | {r5:,} | {grow} | {m1:.3g} / {l1:.3g} | {m5:.3g} / {l5:.3g} | {m5 / m1:.2f} / {l5 / l1:.2f} |")
PY
done
