#!/usr/bin/env python3
"""Merges one run of Benchmarks/run.sh into the markdown tables of docs/benchmarks.md.

usage: report.py WORK_DIR CLAIMS...
"""
import json
import os
import statistics
import sys


def load(work, name):
    with open(os.path.join(work, name), encoding="utf-8") as handle:
        return json.load(handle)


def mib(n):
    return f"{n / 1048576:,.0f}"


def main():
    work, sizes = sys.argv[1], [int(s) for s in sys.argv[2:]]
    print("| claims | system | load (s) | claims/s | peak RSS MiB | bytes/claim after load |")
    print("|---:|---|---:|---:|---:|---:|")
    ratios = []
    for n in sizes:
        imp = load(work, f"weft-import-{n}.json")
        opened = load(work, f"weft-open-{n}.json")
        peers = load(work, f"peers-{n}.json")
        seconds = statistics.median(r["seconds"] for r in imp["runs"])
        spread = f"{min(r['seconds'] for r in imp['runs']):.2f}–{max(r['seconds'] for r in imp['runs']):.2f}"
        peak = max(r["peak_rss_bytes"] for r in imp["runs"])
        print(f"| {n:,} | weft import (JSONL → .weft; median of 3, {spread}) | {seconds:.2f} | {n / seconds:,.0f} | {mib(peak)} | – |")
        print(f"| {n:,} | weft open (.weft → memory; median of {opened['runs']}) | {opened['open_seconds_median']:.3f} "
              f"| {opened['claims_per_second']:,} | – | {opened['resident_bytes_per_claim']:.0f} |")
        by = {r["system"]: r for r in peers["results"]}
        for r in peers["results"]:
            print(f"| {n:,} | {r['system']} | {r['load_seconds']:.2f} | {r['claims_per_second']:,} "
                  f"| {mib(r['peak_rss_bytes'])} | {r['bytes_per_claim']:.0f} |")
        if "kuzu" in by:
            ratios.append(f"{n:,}: weft import {by['kuzu']['load_seconds'] / seconds:.1f}× kuzu COPY")
        if "duckdb" in by:
            ratios.append(f"{n:,}: weft open {by['duckdb']['load_seconds'] / opened['open_seconds_median']:.1f}× DuckDB CSV load")
        ratios.append(f"{n:,}: .weft file {imp['graph_bytes'] / 1048576:,.0f} MiB for a {imp['file_bytes'] / 1048576:,.0f} MiB JSONL file")
    print()
    for line in ratios:
        print(f"- {line}")
    versions = load(work, f"peers-{sizes[-1]}.json")["versions"]
    print()
    print("Peers: " + ", ".join(f"{k} {v}" for k, v in versions.items()))


if __name__ == "__main__":
    main()
