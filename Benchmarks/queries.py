#!/usr/bin/env python3
"""The query workload of issue #8: weft against kuzu (Cypher), pyoxigraph (SPARQL) and DuckDB (SQL).

Per size: makes sure the generated graph, the .weft file and the three peer databases exist
(each loaded once through its bulk path and kept on disk under Benchmarks/work), picks the
query parameters from the data, runs every query of Benchmarks/queries/<language>/ in every
system, each (system, query) in a fresh process, warm medians of repeated runs, then Q7 (a
fresh process: open the stored database, answer Q1). Row counts and an order-free digest of
the rows are compared across the four systems before any time is printed; a mismatch stops
the run with exit status 1.

Usage (Benchmarks/queries.sh builds, installs the peers and calls this):
    Benchmarks/.venv/bin/python Benchmarks/queries.py --bin BIN_DIR [--sizes 1000000,5000000]
        [--runs 10] [--budget 10] [--cold-runs 5] [--systems weft,kuzu,pyoxigraph,duckdb]
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import peers  # noqa: E402  (the load benchmark's conversion and loaders)

QUERIES = ["q1", "q2", "q3", "q4", "q5a", "q5b", "q6"]
LANGUAGE = {"weft": ("weft", "wq"), "kuzu": ("cypher", "cypher"),
            "pyoxigraph": ("sparql", "rq"), "duckdb": ("sql", "sql")}
PEERS = ["kuzu", "pyoxigraph", "duckdb"]
NS = peers.NS


# ------------------------------------------------------------- digests ---

def fnv(lines):
    """FNV-1a 64 over the sorted lines joined by newlines; weft-bench computes the same."""
    h = 0xcbf29ce484222325
    for byte in "\n".join(sorted(lines)).encode("utf-8"):
        h = ((h ^ byte) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return format(h, "x")


def plain(value):
    """A peer's value as weft prints it: relation type IRIs by their local name."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    return text[len(NS) + 2:] if text.startswith(NS + "r/") else text


# --------------------------------------------------- peers, in a child ---

def open_peer(system, db):
    if system == "kuzu":
        import kuzu
        database = kuzu.Database(db, read_only=True)
        conn = kuzu.Connection(database)
        return (database, conn), lambda q: conn.execute(q).get_all()
    if system == "duckdb":
        import duckdb
        con = duckdb.connect(db, read_only=True)
        return con, lambda q: con.execute(q).fetchall()
    if system == "pyoxigraph":
        from pyoxigraph import Store
        store = Store.read_only(db)

        def run(q):
            result = store.query(q)
            width = len(result.variables)
            return [[None if s[i] is None else s[i].value for i in range(width)] for s in result]
        return store, run
    raise ValueError(system)


def child_query(system, db, text, runs, budget):
    """Warm runs of one query: two warm-ups (one when the first is slow), then up to `runs`
    runs or until `budget` seconds were spent (at least three, or one when a single run takes
    longer than the budget)."""
    keep, run = open_peer(system, db)
    times, rows = [], None
    t = time.perf_counter()
    rows = run(text)
    first = time.perf_counter() - t
    if first < 2:
        rows = run(text)
    spent = 0.0
    least = 1 if first > budget else 3   # a query slower than the whole budget is run once more
    while len(times) < runs and (len(times) < least or spent < budget):
        t = time.perf_counter()
        rows = run(text)
        times.append(time.perf_counter() - t)
        spent += times[-1]
    del keep
    return summary(times, rows)


def summary(times, rows):
    lines = ["\t".join(plain(v) for v in row) for row in rows]
    out = {"rows": len(rows), "runs": len(times), "median_ms": statistics.median(times) * 1000,
           "min_ms": min(times) * 1000, "max_ms": max(times) * 1000, "digest": fnv(lines)}
    if len(rows) <= 40:
        out["sample"] = [[plain(v) for v in row] for row in rows]
    return out


def child_cold(system, db, text):
    """Q7 for a peer: import the module, open the stored database, answer the query."""
    t0 = time.perf_counter()
    keep, run = open_peer(system, db)
    t1 = time.perf_counter()
    rows = run(text)
    t2 = time.perf_counter()
    return {"rows": len(rows), "open_ms": (t1 - t0) * 1000, "open_to_rows_ms": (t2 - t0) * 1000}


def child_load(system, data, db):
    """Loads one peer through peers.py's bulk path and keeps the database on disk."""
    if os.path.exists(db):
        shutil.rmtree(db) if os.path.isdir(db) else os.remove(db)
    if system == "kuzu":
        r = peers.load_kuzu(data, db)
        database, conn = r.pop("keep")
        conn.close()
        database.close()
    elif system == "duckdb":
        r = peers.load_duckdb(data, db)
        r.pop("keep").close()
    else:
        r = peers.load_pyoxigraph(data, db, on_disk=True)
        store = r.pop("keep")
        store.flush()
        del store
    du = subprocess.run(["du", "-sb", db], capture_output=True, text=True).stdout.split()
    return {"system": system, "claims": r["count"], "load_seconds": r["load_seconds"],
            "peak_rss_bytes": r["after"]["VmHWM"], "rss_after_load_bytes": r["after"]["VmRSS"],
            "disk_bytes": int(du[0]) if du else None}


# --------------------------------------------------------------- parent ---

def log(*args):
    print("queries.py:", *args, file=sys.stderr, flush=True)


def die(message):
    print(f"\nqueries.py: ERROR: {message}\n", file=sys.stderr, flush=True)
    sys.exit(1)


def run_json(cmd, timeout):
    """Runs a child, returns its last stdout line as JSON, or {"error": …}."""
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"error": f"timeout after {timeout:.0f} s"}
    if proc.returncode != 0 or not proc.stdout.strip():
        return {"error": (proc.stderr.strip() or f"exit {proc.returncode}")[-800:]}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def me(*args):
    return [sys.executable, os.path.abspath(__file__), *args]


def ensure_data(args, n):
    """The JSONL file, the .weft file (imported once, timed), the peers' data and databases."""
    work = args.work
    jsonl = os.path.join(work, f"gen-{n}-s1.jsonl")
    if not os.path.exists(jsonl):
        log(f"generating {n} claims")
        subprocess.run([f"{args.bin}/weft-gen", "--claims", str(n), "--seed", "1", "-o", jsonl], check=True)
    graph = os.path.join(work, f"gen-{n}.weft")
    imported = os.path.join(work, f"weft-import-{n}.json")
    if not os.path.exists(graph) or not os.path.exists(imported):
        log(f"weft import of {n} claims")
        if os.path.exists(graph):
            os.remove(graph)
        timing = os.path.join(work, "time.txt")
        subprocess.run(["/usr/bin/time", "-f", "%e %M", "-o", timing, f"{args.bin}/weft", "import", jsonl,
                        "--into", graph, "--progress", "never"], check=True, stderr=subprocess.DEVNULL)
        seconds, kib = open(timing).read().split()
        with open(imported, "w") as f:
            json.dump({"claims": n, "runs": [{"seconds": float(seconds), "peak_rss_bytes": int(kib) * 1024}],
                       "graph_bytes": os.path.getsize(graph)}, f)
    peerdir = os.path.join(work, f"gen-{n}-s1.peers")
    data = os.path.join(peerdir, "data")
    meta = peers.convert(jsonl, data)
    dbs = {}
    for s in PEERS:
        if s not in args.systems:
            continue
        db = os.path.join(peerdir, f"query-{s}.db")
        loaded = os.path.join(work, f"peer-load-{s}-{n}.json")
        if not os.path.exists(db) or not os.path.exists(loaded):
            log(f"loading {n} claims into {s} (kept on disk for the queries)")
            r = run_json(me("--child-load", s, "--data", data, "--db", db), args.load_timeout)
            if "error" in r:
                die(f"{s} load failed: {r['error']}")
            if r["claims"] != meta["claims"]:
                die(f"{s} loaded {r['claims']} claims, the file has {meta['claims']}")
            with open(loaded, "w") as f:
                json.dump(r, f)
        dbs[s] = db
    return jsonl, graph, dbs, meta


def pick_parameters(args, n, duck_db, graph):
    """Deterministic parameters from the data (DuckDB over the loaded claims), each anchor
    checked to match exactly one node in weft (whose anchors also match aliases) and in SQL."""
    path = os.path.join(args.work, f"params-{n}.json")
    if os.path.exists(path):
        with open(path) as f:
            return json.load(f)
    import duckdb
    con = duckdb.connect(duck_db, read_only=True)
    q = con.execute
    unique = "name IN (SELECT name FROM nodes GROUP BY name HAVING count(*) = 1)"
    num = "CAST(substr(id, 2) AS INTEGER)"
    top = q("SELECT n.name FROM claims c JOIN nodes n ON n.id = c.src GROUP BY n.name ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    obj = q(f"""SELECT n.name FROM claims c JOIN nodes n ON n.id = c.dst
               WHERE n.kind = 'Topic' AND c.type = 'SUPPORTS' AND NOT c.negated AND n.{unique}
               GROUP BY n.name ORDER BY count(*) DESC, n.name LIMIT 1""").fetchone()[0]
    q("CREATE TEMP TABLE deg AS SELECT n.id, n.name, count(*) AS d FROM nodes n JOIN "
      "(SELECT src AS id FROM claims UNION ALL SELECT dst FROM claims) USING (id) "
      f"WHERE n.kind = 'Person' AND n.{unique} GROUP BY ALL")
    # The island chain: the generator's last persons, linked only to each other.
    island_id, island = q(f"SELECT id, name FROM deg ORDER BY {num} DESC LIMIT 1").fetchone()
    a_id, a = q(f"SELECT id, name FROM deg WHERE d = 3 ORDER BY {num} LIMIT 1").fetchone()
    q("CREATE TEMP TABLE e AS SELECT src AS x, dst AS y FROM claims UNION ALL SELECT dst, src FROM claims")
    q("CREATE TEMP TABLE seen(node VARCHAR, d INTEGER)")
    q("INSERT INTO seen VALUES (?, 0)", [a_id])
    for k in range(1, 5):
        q(f"INSERT INTO seen SELECT DISTINCT e.y, {k} FROM seen JOIN e ON e.x = seen.node "
          f"WHERE seen.d = {k - 1} AND e.y NOT IN (SELECT node FROM seen)")
    far = q(f"SELECT max(seen.d) FROM seen JOIN deg ON deg.id = seen.node").fetchone()[0]
    b = q(f"SELECT deg.name FROM seen JOIN deg ON deg.id = seen.node WHERE seen.d = {far} "
          f"ORDER BY CAST(substr(deg.id, 2) AS INTEGER) LIMIT 1").fetchone()[0]
    if q("SELECT count(*) FROM seen WHERE node = ?", [island_id]).fetchone()[0]:
        die(f"the island person {island} is within 4 hops of {a}")
    types = [r[0] for r in q("SELECT DISTINCT type FROM claims ORDER BY type").fetchall()]
    con.close()
    params = {"TOP": top, "OBJECT": obj, "PATH_A": a, "PATH_B": b, "PATH_B_DISTANCE": far,
              "ISLAND": island, "TYPES": types}
    for key in ("TOP", "OBJECT", "PATH_A", "PATH_B", "ISLAND"):
        r = run_json([f"{args.bin}/weft-bench", "query", graph, f'MATCH (n "{params[key]}") RETURN n.name;', "--runs", "1"], 300)
        if r.get("rows") != 1:
            die(f"weft's anchor \"{params[key]}\" matches {r.get('rows', r)} nodes, not one")
    with open(path, "w") as f:
        json.dump(params, f, ensure_ascii=False, indent=1)
    return params


def query_text(system, name, params):
    language, ext = LANGUAGE[system]
    with open(os.path.join(HERE, "queries", language, f"{name}.{ext}"), encoding="utf-8") as f:
        text = f.read().strip()
    hop = "(" + "|".join([f"r:{t}" for t in params["TYPES"]] + [f"^r:{t}" for t in params["TYPES"]]) + ")"
    for key, value in params.items():
        if key == "TYPES" or not isinstance(value, str):
            continue
        if system == "weft" or system == "pyoxigraph":
            value = value.replace("\\", "\\\\").replace('"', '\\"')
        else:
            value = value.replace("'", "''") if system == "duckdb" else value.replace("\\", "\\\\").replace("'", "\\'")
        text = text.replace("{{" + key + "}}", value)
    return text.replace("{{P}}", hop)


def run_query(args, system, name, text, graph, dbs):
    if system == "weft":
        cmd = [f"{args.bin}/weft-bench", "query", graph, text, "--runs", str(args.runs), "--budget", str(args.budget)]
    else:
        cmd = me("--child-query", system, "--db", dbs[system], "--text", text,
                 "--runs", str(args.runs), "--budget", str(args.budget))
    return run_json(cmd, args.query_timeout)


def cold(args, system, text, graph, dbs):
    """Q7: wall time of fresh processes that open the stored graph and answer Q1."""
    walls, inner, rows = [], [], None
    for _ in range(args.cold_runs):
        t = time.perf_counter()
        if system == "weft":
            proc = subprocess.run([f"{args.bin}/weft", graph, "--no-init", "--mode", "tsv", "-c", text],
                                  capture_output=True, text=True, timeout=args.query_timeout)
            walls.append(time.perf_counter() - t)
            if proc.returncode != 0:
                return {"error": proc.stderr[-800:]}
            rows = len(proc.stdout.splitlines()) - 1   # the header line
        else:
            r = run_json(me("--child-cold", system, "--db", dbs[system], "--text", text), args.query_timeout)
            walls.append(time.perf_counter() - t)
            if "error" in r:
                return r
            rows = r["rows"]
            inner.append(r["open_to_rows_ms"])
        if walls[0] > args.budget:   # one fresh process already took the whole budget
            break
    out = {"rows": rows, "runs": len(walls), "median_ms": statistics.median(walls) * 1000,
           "min_ms": min(walls) * 1000, "max_ms": max(walls) * 1000}
    if inner:
        out["in_process_median_ms"] = statistics.median(inner)
    return out


def check(name, results):
    """Row counts and digests must agree across the systems that answered; returns the
    mismatches and failures (a timeout is reported in the table, not as a failure)."""
    ok = {s: r for s, r in results.items() if "error" not in r}
    problems = []
    counts = {s: r["rows"] for s, r in ok.items()}
    if len(set(counts.values())) > 1:
        problems.append(f"{name}: row counts differ: {counts}")
    digests = {s: r.get("digest") for s, r in ok.items() if r.get("digest")}
    if len(set(digests.values())) > 1:
        samples = {s: ok[s].get("sample") for s in digests}
        problems.append(f"{name}: rows differ (digests {digests}); samples {json.dumps(samples, ensure_ascii=False)[:1500]}")
    for s, r in results.items():
        if "error" in r and not r["error"].startswith("timeout"):
            problems.append(f"{name}: {s} failed: {r['error']}")
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bin", help="directory of the release weft, weft-gen and weft-bench")
    ap.add_argument("--work", default=os.path.join(HERE, "work"))
    ap.add_argument("--sizes", default="1000000,5000000")
    ap.add_argument("--systems", default="weft,kuzu,pyoxigraph,duckdb")
    ap.add_argument("--queries", default=",".join(QUERIES + ["q7"]))
    ap.add_argument("--runs", type=int, default=10, help="warm runs per query (after warm-ups)")
    ap.add_argument("--budget", type=float, default=10, help="seconds of warm runs per query before stopping early (≥ 3 runs)")
    ap.add_argument("--cold-runs", type=int, default=5)
    ap.add_argument("--query-timeout", type=float, default=300, help="seconds for one system's runs of one query")
    ap.add_argument("--load-timeout", type=float, default=1800)
    ap.add_argument("--report", action="store_true", help="only print the tables of the last run")
    ap.add_argument("--child-query", choices=PEERS, help=argparse.SUPPRESS)
    ap.add_argument("--child-cold", choices=PEERS, help=argparse.SUPPRESS)
    ap.add_argument("--child-load", choices=PEERS, help=argparse.SUPPRESS)
    ap.add_argument("--db", help=argparse.SUPPRESS)
    ap.add_argument("--data", help=argparse.SUPPRESS)
    ap.add_argument("--text", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child_query:
        print(json.dumps(child_query(args.child_query, args.db, args.text, args.runs, args.budget)))
        return
    if args.child_cold:
        print(json.dumps(child_cold(args.child_cold, args.db, args.text)))
        return
    if args.child_load:
        print(json.dumps(child_load(args.child_load, args.data, args.db)))
        return
    args.systems = [s for s in args.systems.split(",") if s]
    sizes = [int(s) for s in args.sizes.split(",") if s]
    if args.report:
        print(report(args.work, sizes, args.systems))
        return
    if not args.bin:
        ap.error("--bin is required")
    wanted = [q for q in args.queries.split(",") if q]
    os.makedirs(args.work, exist_ok=True)
    for n in sizes:
        started = time.time()
        jsonl, graph, dbs, meta = ensure_data(args, n)
        if "duckdb" not in dbs:
            dbs["duckdb"] = os.path.join(args.work, f"gen-{n}-s1.peers", "query-duckdb.db")
        params = pick_parameters(args, n, dbs["duckdb"], graph)
        log(f"{n} claims; parameters: " + json.dumps({k: v for k, v in params.items() if k != "TYPES"}, ensure_ascii=False))
        opened = run_json([f"{args.bin}/weft-bench", "open", graph, "--runs", "5"], args.query_timeout)
        out = {"claims": n, "nodes": meta["nodes"], "params": params, "weft_open": opened,
               "queries": {}, "texts": {}, "versions": peers.versions(), "machine": peers.machine()}
        problems = []
        previous = os.path.join(args.work, f"queries-{n}.json")
        if set(wanted) != set(QUERIES + ["q7"]) and os.path.exists(previous):
            # A run of some queries only: keep the others' figures from the last run.
            with open(previous) as f:
                last = json.load(f)
            if last.get("params") == params:
                out["queries"], out["texts"] = last["queries"], last.get("texts", {})
        for name in [q for q in QUERIES if q in wanted]:
            results = {}
            for s in args.systems:
                text = query_text(s, name, params)
                out["texts"].setdefault(name, {})[s] = text
                log(f"{n} {name} {s} ...")
                results[s] = run_query(args, s, name, text, graph, dbs)
                r = results[s]
                log(f"    rows {r.get('rows')}, median {r.get('median_ms', float('nan')):.2f} ms" if "error" not in r else f"    {r['error'][:300]}")
            problems += check(name, results)
            out["queries"][name] = results
        if "q7" in wanted:
            results = {}
            for s in args.systems:
                log(f"{n} q7 {s} ...")
                results[s] = cold(args, s, query_text(s, "q1", params), graph, dbs)
            problems += check("q7", results)
            out["queries"]["q7"] = results
        out["problems"] = problems
        out["seconds"] = round(time.time() - started, 1)
        with open(os.path.join(args.work, f"queries-{n}.json"), "w") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
        if problems:
            die("results disagree across systems; no times are reported:\n  " + "\n  ".join(problems))
        log(f"{n} claims done in {out['seconds']} s")
    print(report(args.work, sizes, args.systems))


# --------------------------------------------------------------- report ---

def fmt(r):
    if r is None:
        return "–"
    if "error" in r:
        return "timeout" if r["error"].startswith("timeout") else "error"
    m, lo, hi = r["median_ms"], r["min_ms"], r["max_ms"]
    digits = 3 if m < 1 else 2 if m < 10 else 1 if m < 100 else 0
    return f"{m:,.{digits}f} ({lo:,.{digits}f}–{hi:,.{digits}f})"


def report(work, sizes, systems):
    """Markdown tables from queries-N.json: the queries, then the loads and memory."""
    lines = ["| query | claims | rows | " + " | ".join(systems) + " | weft ÷ fastest peer |",
             "|---|---:|---:|" + "---:|" * len(systems) + "---|"]
    loads = ["| claims | weft import (s) | kuzu COPY (s) | weft open (s) | DuckDB CSV load (s) | pyoxigraph bulk load, disk (s) | weft bytes/claim after open |",
             "|---:|---:|---:|---:|---:|---:|---:|"]
    data = {}
    for n in sizes:
        path = os.path.join(work, f"queries-{n}.json")
        if os.path.exists(path):
            with open(path) as f:
                data[n] = json.load(f)
    for name in QUERIES + ["q7"]:
        for n, d in data.items():
            results = d["queries"].get(name)
            if not results:
                continue
            rows = next((r["rows"] for r in results.values() if "rows" in r), "?")
            cells = [fmt(results.get(s)) for s in systems]
            peer = [results[s]["median_ms"] for s in systems if s != "weft" and s in results and "median_ms" in results[s]]
            w = results.get("weft", {}).get("median_ms")
            ratio = f"{w / min(peer):.2f}" if w is not None and peer else "–"
            if w is not None and peer:
                fastest = min((results[s]["median_ms"], s) for s in systems if s != "weft" and "median_ms" in results.get(s, {}))[1]
                ratio += f" ({fastest})"
            lines.append(f"| {name.upper()} | {n:,} | {rows} | " + " | ".join(cells) + f" | {ratio} |")
    for n, d in data.items():
        def load(system):
            path = os.path.join(work, f"peer-load-{system}-{n}.json")
            return f"{json.load(open(path))['load_seconds']:.2f}" if os.path.exists(path) else "–"
        imp_path = os.path.join(work, f"weft-import-{n}.json")
        imp = statistics.median(r["seconds"] for r in json.load(open(imp_path))["runs"]) if os.path.exists(imp_path) else None
        o = d.get("weft_open", {})
        loads.append(f"| {n:,} | {imp if imp is not None else '–'} | {load('kuzu')} | "
                     f"{o.get('open_seconds_median', float('nan')):.3f} | {load('duckdb')} | {load('pyoxigraph')} | "
                     f"{o.get('resident_bytes_per_claim', '–')} |")
    return "\n".join(lines) + "\n\n" + "\n".join(loads)


if __name__ == "__main__":
    main()
