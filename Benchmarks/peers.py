#!/usr/bin/env python3
"""Peer side of weft's load benchmark (issue 2 part 7; reused by issue 8).

Loads the claims of a Graph JSON Lines file (as written by `weft-gen`) into kuzu (COPY FROM CSV),
pyoxigraph (Store.bulk_load of N-Triples, in memory and on disk) and DuckDB (COPY of a claims CSV), each in its own
subprocess, and reports for each: load seconds, claims/s, peak RSS (VmHWM), resident memory
after the load (VmRSS) and bytes per claim. Only the load itself is timed; the conversion of
the JSONL file into CSV / N-Triples happens once beforehand and is cached next to the data.

Usage:
    Benchmarks/setup-venv.sh
    Benchmarks/.venv/bin/python Benchmarks/peers.py FILE.jsonl [--systems kuzu,pyoxigraph,duckdb]
        [--work DIR] [--json OUT.json] [--timeout SECONDS]

Every system must report as many claims as the file has relationship lines, or the script
stops with exit status 1 before printing any figure. A JSON summary goes to stdout (and to
--json), a markdown table to stderr.
"""
import argparse
import csv
import json
import os
import platform
import shutil
import subprocess
import sys
import time

SYSTEMS = ("kuzu", "pyoxigraph", "pyoxigraph-disk", "duckdb")
DEFAULT_SYSTEMS = "kuzu,pyoxigraph,pyoxigraph-disk,duckdb"
CLAIM_COLUMNS = ["src", "dst", "eid", "type", "claim", "article", "sentence", "modality",
                 "negated", "evidence", "cameo", "speaker", "date"]
NS = "https://weft.example/"


# ---------------------------------------------------------------- memory ---

def proc_status():
    """VmRSS and VmHWM of this process in bytes (Linux /proc/self/status)."""
    out = {}
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(("VmRSS:", "VmHWM:")):
                key, value, unit = line.split()
                out[key[:-1]] = int(value) * 1024
    return out


# ------------------------------------------------------------ conversion ---

def clean(text):
    """Text for CSV: no tabs or line breaks (generated data has none; real data might)."""
    if text is None:
        return ""
    return str(text).replace("\t", " ").replace("\r", " ").replace("\n", " ")


def nt_literal(text):
    s = str(text).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return '"' + s + '"'


def convert(jsonl, outdir):
    """Writes nodes.csv, claims.csv and graph.nt from the JSONL file; returns the counts."""
    meta_path = os.path.join(outdir, "meta.json")
    if os.path.exists(meta_path) and os.path.getmtime(meta_path) >= os.path.getmtime(jsonl):
        with open(meta_path) as f:
            meta = json.load(f)
        if meta.get("source") == os.path.abspath(jsonl):
            return meta
    os.makedirs(outdir, exist_ok=True)
    started = time.time()
    nodes = claims = triples = 0
    kinds = {}
    with open(jsonl, encoding="utf-8") as src, \
            open(os.path.join(outdir, "nodes.csv"), "w", newline="", encoding="utf-8") as nf, \
            open(os.path.join(outdir, "claims.csv"), "w", newline="", encoding="utf-8") as cf, \
            open(os.path.join(outdir, "graph.nt"), "w", encoding="utf-8") as tf:
        # Quote every field ("" inside); kuzu and DuckDB both read RFC 4180 with escape '"'.
        nw = csv.writer(nf, quoting=csv.QUOTE_ALL, lineterminator="\n")
        cw = csv.writer(cf, quoting=csv.QUOTE_ALL, lineterminator="\n")
        nw.writerow(["id", "kind", "name"])
        cw.writerow(CLAIM_COLUMNS)
        kind_iri = f"<{NS}kind>"
        name_iri = "<http://www.w3.org/2000/01/rdf-schema#label>"
        rdf_type = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
        claim_class = f"<{NS}Claim>"
        xsd_int = "^^<http://www.w3.org/2001/XMLSchema#integer>"
        xsd_bool = "^^<http://www.w3.org/2001/XMLSchema#boolean>"
        xsd_date = "^^<http://www.w3.org/2001/XMLSchema#date>"
        p = {k: f"<{NS}{k}>" for k in ["start", "end", "claim", "article", "sentence", "modality",
                                       "negated", "evidence", "cameo", "speaker", "date", "alias"]}
        buf = []
        for line in src:
            obj = json.loads(line)
            props = obj.get("properties", {})
            if obj["type"] == "node":
                kind = obj["labels"][0]
                kinds[kind] = kinds.get(kind, 0) + 1
                name = props.get("name", "")
                nw.writerow([obj["id"], kind, clean(name)])
                n = f"<{NS}n/{obj['id']}>"
                buf.append(f"{n} {kind_iri} {nt_literal(kind)} .\n{n} {name_iri} {nt_literal(name)} .\n")
                triples += 2
                for alias in props.get("aliases", []):
                    buf.append(f"{n} {p['alias']} {nt_literal(alias)} .\n")
                    triples += 1
                nodes += 1
            else:
                claims += 1
                s, o = obj["start"]["id"], obj["end"]["id"]
                label = obj["label"]
                neg = props.get("negated", False)
                cw.writerow([s, o, obj["id"], label, props.get("claim", ""), props.get("article", ""),
                             props.get("sentence", ""), props.get("modality", ""),
                             "true" if neg else "false", clean(props.get("evidence")),
                             props.get("cameo", ""), clean(props.get("speaker")), props.get("date", "")])
                # RDF: the direct triple (a set: parallel claims collapse) plus a reified claim
                # node carrying the provenance, so that every claim is countable and queryable.
                sn, on, e = f"<{NS}n/{s}>", f"<{NS}n/{o}>", f"<{NS}e/{obj['id']}>"
                parts = [f"{sn} <{NS}r/{label}> {on} .\n",
                         f"{e} {rdf_type} {claim_class} .\n",
                         f"{e} <{NS}type> <{NS}r/{label}> .\n",
                         f"{e} {p['start']} {sn} .\n", f"{e} {p['end']} {on} .\n",
                         f"{e} {p['negated']} \"{'true' if neg else 'false'}\"{xsd_bool} .\n"]
                for key in ("claim", "modality", "evidence", "cameo", "speaker"):
                    if key in props:
                        parts.append(f"{e} {p[key]} {nt_literal(props[key])} .\n")
                if "article" in props:
                    parts.append(f"{e} {p['article']} <{NS}n/{props['article']}> .\n")
                if "sentence" in props:
                    parts.append(f"{e} {p['sentence']} \"{int(props['sentence'])}\"{xsd_int} .\n")
                if "date" in props:
                    parts.append(f"{e} {p['date']} \"{props['date']}\"{xsd_date} .\n")
                triples += len(parts)
                buf.append("".join(parts))
            if len(buf) >= 20000:
                tf.write("".join(buf))
                buf.clear()
        tf.write("".join(buf))
    meta = {"source": os.path.abspath(jsonl), "nodes": nodes, "claims": claims, "triples": triples,
            "kinds": kinds, "convert_seconds": round(time.time() - started, 2)}
    with open(meta_path, "w") as f:
        json.dump(meta, f)
    return meta


# ----------------------------------------------------------------- loads ---

def load_kuzu(data, db):
    import kuzu
    conn_db = kuzu.Database(db)
    conn = kuzu.Connection(conn_db)
    conn.execute("CREATE NODE TABLE Node(id STRING, kind STRING, name STRING, PRIMARY KEY(id))")
    conn.execute("CREATE REL TABLE Claim(FROM Node TO Node, eid STRING, type STRING, claim STRING, "
                 "article STRING, sentence INT64, modality STRING, negated BOOLEAN, evidence STRING, "
                 "cameo STRING, speaker STRING, date DATE)")
    # Fields never hold line breaks, so kuzu's parallel CSV reader (the default) is safe.
    opts = "(header=true, delim=',', quote='\"', escape='\"')"
    before = proc_status()
    t0 = time.perf_counter()
    conn.execute(f"COPY Node FROM '{data}/nodes.csv' {opts}")
    t1 = time.perf_counter()
    conn.execute(f"COPY Claim FROM '{data}/claims.csv' {opts}")
    t2 = time.perf_counter()
    after = proc_status()
    n = conn.execute("MATCH ()-[r:Claim]->() RETURN count(r)").get_next()[0]
    return {"load_seconds": t2 - t0, "node_seconds": t1 - t0, "claim_seconds": t2 - t1,
            "count": n, "before": before, "after": after, "keep": (conn_db, conn)}


def load_pyoxigraph(data, db, on_disk=False):
    """In memory (Store()) by default, so that RSS is the store; on disk with on_disk."""
    from pyoxigraph import RdfFormat, Store
    store = Store(db) if on_disk else Store()
    before = proc_status()
    t0 = time.perf_counter()
    store.bulk_load(path=f"{data}/graph.nt", format=RdfFormat.N_TRIPLES)
    t1 = time.perf_counter()
    after = proc_status()
    res = store.query(f"SELECT (COUNT(?e) AS ?n) WHERE {{ ?e a <{NS}Claim> }}")
    n = int(next(iter(res))["n"].value)
    return {"load_seconds": t1 - t0, "count": n, "before": before, "after": after, "keep": store}


def load_duckdb(data, db):
    import duckdb
    con = duckdb.connect(db)
    con.execute("CREATE TABLE nodes(id VARCHAR PRIMARY KEY, kind VARCHAR, name VARCHAR)")
    con.execute("CREATE TABLE claims(src VARCHAR, dst VARCHAR, eid VARCHAR, type VARCHAR, claim VARCHAR, "
                "article VARCHAR, sentence INTEGER, modality VARCHAR, negated BOOLEAN, evidence VARCHAR, "
                "cameo VARCHAR, speaker VARCHAR, date DATE)")
    opts = "(HEADER true, DELIMITER ',', QUOTE '\"', ESCAPE '\"')"
    before = proc_status()
    t0 = time.perf_counter()
    con.execute(f"COPY nodes FROM '{data}/nodes.csv' {opts}")
    t1 = time.perf_counter()
    con.execute(f"COPY claims FROM '{data}/claims.csv' {opts}")
    con.execute("CHECKPOINT")
    t2 = time.perf_counter()
    after = proc_status()
    n = con.execute("SELECT count(*) FROM claims").fetchone()[0]
    return {"load_seconds": t2 - t0, "node_seconds": t1 - t0, "claim_seconds": t2 - t1,
            "count": n, "before": before, "after": after, "keep": con}


def child(system, data, db, claims):
    """Runs in a fresh interpreter: loads one system, prints one JSON line."""
    if os.path.exists(db):
        shutil.rmtree(db) if os.path.isdir(db) else os.remove(db)
    base = proc_status()
    loaders = {"kuzu": load_kuzu, "pyoxigraph": load_pyoxigraph, "duckdb": load_duckdb,
               "pyoxigraph-disk": lambda d, b: load_pyoxigraph(d, b, on_disk=True)}
    result = loaders[system](data, db)
    after = result["after"]
    out = {
        "system": system,
        "claims": result["count"],
        "load_seconds": round(result["load_seconds"], 3),
        "claims_per_second": round(claims / result["load_seconds"]),
        "peak_rss_bytes": after["VmHWM"],
        "rss_after_load_bytes": after["VmRSS"],
        "rss_before_load_bytes": result["before"]["VmRSS"],
        "interpreter_rss_bytes": base["VmRSS"],
        "bytes_per_claim": round(after["VmRSS"] / claims, 1),
        "load_delta_bytes_per_claim": round((after["VmRSS"] - result["before"]["VmRSS"]) / claims, 1),
    }
    for k in ("node_seconds", "claim_seconds"):
        if k in result:
            out[k] = round(result[k], 3)
    du = subprocess.run(["du", "-sb", db], capture_output=True, text=True).stdout.split() if os.path.exists(db) else []
    out["disk_bytes"] = int(du[0]) if du else None
    print(json.dumps(out))


# ------------------------------------------------------------------ main ---

def machine():
    info = {"nproc": os.cpu_count(), "platform": platform.platform(), "python": platform.python_version()}
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    info["cpu"] = line.split(":", 1)[1].strip()
                    break
        info["free_h"] = subprocess.run(["free", "-h"], capture_output=True, text=True).stdout.strip()
    except OSError:
        pass
    return info


def versions():
    import importlib.metadata as md
    out = {}
    for p in ("kuzu", "pyoxigraph", "duckdb"):
        try:
            out[p] = md.version(p)
        except md.PackageNotFoundError:
            out[p] = None
    return out


def count_relationship_lines(path):
    n = 0
    with open(path, "rb") as f:
        for line in f:
            if line.startswith(b'{"type":"relationship"') or b'"type": "relationship"' in line[:40]:
                n += 1
    return n


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("jsonl", nargs="?")
    ap.add_argument("--systems", default=DEFAULT_SYSTEMS)
    ap.add_argument("--work", help="directory for converted files and databases (default: next to the file)")
    ap.add_argument("--json", help="also write the JSON summary here")
    ap.add_argument("--timeout", type=float, default=600, help="seconds allowed for one system's load")
    ap.add_argument("--child", choices=SYSTEMS, help=argparse.SUPPRESS)
    ap.add_argument("--data", help=argparse.SUPPRESS)
    ap.add_argument("--db", help=argparse.SUPPRESS)
    ap.add_argument("--claims", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child, args.data, args.db, args.claims)
        return
    if not args.jsonl:
        ap.error("a JSONL file is required")
    systems = [s for s in args.systems.split(",") if s]
    for s in systems:
        if s not in SYSTEMS:
            ap.error(f"unknown system {s}")
    stem = os.path.splitext(os.path.basename(args.jsonl))[0]
    work = os.path.abspath(args.work or os.path.join(os.path.dirname(os.path.abspath(args.jsonl)), stem + ".peers"))
    data = os.path.join(work, "data")
    expected = count_relationship_lines(args.jsonl)
    meta = convert(args.jsonl, data)
    if meta["claims"] != expected:
        sys.exit(f"peers.py: conversion saw {meta['claims']} claims, the file has {expected} relationship lines")
    results = []
    for s in systems:
        db = os.path.join(work, f"{s}.db")
        cmd = [sys.executable, os.path.abspath(__file__), "--child", s, "--data", data, "--db", db,
               "--claims", str(expected)]
        print(f"peers.py: loading {expected} claims into {s} ...", file=sys.stderr, flush=True)
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=args.timeout)
        if proc.returncode != 0:
            sys.exit(f"peers.py: {s} failed:\n{proc.stderr}")
        r = json.loads(proc.stdout.strip().splitlines()[-1])
        if r["claims"] != expected:
            sys.exit(f"peers.py: {s} reports {r['claims']} claims, the file has {expected} relationship lines")
        results.append(r)
        shutil.rmtree(db, ignore_errors=True) if os.path.isdir(db) else (os.path.exists(db) and os.remove(db))
    summary = {"file": os.path.abspath(args.jsonl), "file_bytes": os.path.getsize(args.jsonl),
               "claims": expected, "nodes": meta["nodes"], "triples": meta["triples"],
               "convert_seconds": meta["convert_seconds"], "versions": versions(), "machine": machine(),
               "results": results}
    text = json.dumps(summary, indent=2, ensure_ascii=False)
    print(text)
    if args.json:
        with open(args.json, "w") as f:
            f.write(text + "\n")
    mib = 1024 * 1024
    print(f"\n{expected:,} claims, {meta['nodes']:,} nodes ({os.path.basename(args.jsonl)})\n", file=sys.stderr)
    print("| system | version | load s | claims/s | peak RSS MiB | RSS after load MiB | bytes/claim (RSS) | bytes/claim (load delta) | disk MiB |",
          file=sys.stderr)
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|", file=sys.stderr)
    for r in results:
        print(f"| {r['system']} | {summary['versions'][r['system'].split('-')[0]]} | {r['load_seconds']:.2f} | "
              f"{r['claims_per_second']:,} | {r['peak_rss_bytes'] / mib:.0f} | {r['rss_after_load_bytes'] / mib:.0f} | "
              f"{r['bytes_per_claim']:.0f} | {r['load_delta_bytes_per_claim']:.0f} | "
              f"{(r['disk_bytes'] or 0) / mib:.0f} |", file=sys.stderr)


if __name__ == "__main__":
    main()
