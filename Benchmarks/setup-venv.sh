#!/usr/bin/env bash
# Creates Benchmarks/.venv with the peer engines of the load benchmark (kuzu, pyoxigraph, duckdb)
# from PyPI, and prints the installed versions. Idempotent: an existing venv is reused.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
venv="$here/.venv"
python="${PYTHON:-python3}"
if [ ! -x "$venv/bin/python" ]; then
    "$python" -m venv "$venv"
fi
"$venv/bin/python" -m pip install --quiet --upgrade pip >/dev/null 2>&1 || true
"$venv/bin/python" -m pip install --quiet kuzu pyoxigraph duckdb
"$venv/bin/python" - <<'PY'
import importlib.metadata as md
for p in ("kuzu", "pyoxigraph", "duckdb"):
    print(f"{p}=={md.version(p)}")
PY
