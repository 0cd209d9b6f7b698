#!/usr/bin/env python3
# A copy of ../shared/eval/score.py, so that a clone runs the extraction quality test on its own.
"""Score extracted claims (graph JSON Lines, the shape of SPEC.md §2) against gold annotations.

usage: score.py GOLD.tsv PREDICTED.jsonl [--article ID] [--verbose] [--json]

Gold: tab-separated, header `[article] id sent subject relation cameo object topic modality
polarity symmetric speaker tier evidence note` (see data/README.md). Rows: E* entities,
T* topics, R* relations; tier `core` is required, `optional` is neither required nor penalised.

Matching (all names compared by fold: NFC, lower case, marks stripped, đ→d, -/_ as space):
- entity: same kind family and name, or the gold name equals one of the node's aliases.
- topic: folded names equal, or one contains the other as whole words.
- relation, loose: same article (when the gold names one); subject matches (or the gold speaker matches); CAMEO root
  (first two digits) equal; and the gold object is among the claim's actor objects, or a gold
  topic is among its topics. Symmetric gold rows also match with subject and object swapped.
- relation, strict: loose, plus the gold object among the actor objects (when the gold has one)
  and at least one gold topic among the topics (when the gold has some).
Edges sharing a `claim` property form one predicted claim; one-to-one greedy matching, same
sentence first. Prints precision, recall and F1 for each, and the last line is a summary.
"""
import json
import sys
import unicodedata
from collections import defaultdict

# Gold relations with no CAMEO code (states, not events) match on the edge label instead.
STATE_LABELS = {
    "strategic_partner_of": "PARTNER_OF", "partner_of": "PARTNER_OF",
    "head_of_government_of": "LEADS", "head_of_state_of": "LEADS", "leads": "LEADS",
    "member_of": "MEMBER_OF", "part_of": "PART_OF", "nationality": "PART_OF",
    "ally_of": "PARTNER_OF", "main_trade_partner_of": "PARTNER_OF", "chair_of": "LEADS",
}

KIND_FAMILY = {
    "PER": "person", "PERSON": "person",
    "GPE": "country", "COUNTRY": "country",
    "IGO": "organization", "ORG": "organization", "ORGANIZATION": "organization",
    "ORGANISATION": "organization",
    "LOC": "location", "LOCATION": "location",
    "GRP": "group", "GROUP": "group",
    "TOPIC": "topic", "ARTICLE": "article",
}


def fold(text):
    text = unicodedata.normalize("NFC", text).lower()
    text = text.replace("đ", "d").replace("ð", "d")
    text = "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")
    for sep in "-_":
        text = text.replace(sep, " ")
    return " ".join(text.split())


def words_contain(a, b):
    """True if the folded word sequence b occurs inside a (or a inside b)."""
    wa, wb = a.split(), b.split()
    if not wa or not wb:
        return False
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return any(long_[i:i + len(short)] == short for i in range(len(long_) - len(short) + 1))


def split_id(ref):
    """'PER:Phạm Minh Chính' -> ('person', 'pham minh chinh')."""
    if ":" not in ref:
        return None, fold(ref)
    kind, name = ref.split(":", 1)
    return KIND_FAMILY.get(kind.upper()), fold(name)


def read_gold(path, article_filter):
    rows = []
    with open(path, encoding="utf-8") as handle:
        header = handle.readline().rstrip("\n").split("\t")
        for line in handle:
            if not line.strip():
                continue
            cells = line.rstrip("\n").split("\t")
            row = dict(zip(header, cells + [""] * (len(header) - len(cells))))
            row.setdefault("article", "")
            if article_filter and row["article"] and row["article"] != article_filter:
                continue
            rows.append(row)
    return rows


def read_predicted(path):
    nodes, edges = {}, []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                sys.exit(f"{path}:{number}: not JSON: {error}")
            if record.get("type") == "node":
                nodes[str(record["id"])] = record
            elif record.get("type") == "relationship":
                edges.append(record)
    return nodes, edges


def node_info(node):
    labels = node.get("labels") or []
    kind = KIND_FAMILY.get(labels[0].upper(), labels[0].lower()) if labels else None
    props = node.get("properties") or {}
    names = {fold(props.get("name", ""))} | {fold(a) for a in props.get("aliases") or []}
    names.discard("")
    return kind, names


def f1(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0), (tp, fp, fn)


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    flags = {a for a in argv if a.startswith("--")}
    article_filter = None
    if "--article" in argv:
        article_filter = argv[argv.index("--article") + 1]
        args.remove(article_filter)
    if len(args) != 2:
        sys.exit(__doc__)
    gold = read_gold(args[0], article_filter)
    nodes, edges = read_predicted(args[1])
    verbose = "--verbose" in flags
    report = {}

    # Entities: predicted actor/location nodes (not Topic, not Article) vs gold E*/type rows.
    info = {nid: node_info(n) for nid, n in nodes.items()}
    predicted_entities = [(nid, k, names) for nid, (k, names) in info.items()
                          if k not in ("topic", "article")]
    gold_entities = sorted((r for r in gold if r["id"].startswith("E") and r["relation"] == "type"),
                           key=lambda r: r["tier"] != "core")
    used, tp, fn_list = set(), 0, []
    optional_hits = 0
    for row in gold_entities:
        kind, name = split_id(row["subject"])
        hit = next((nid for nid, k, names in predicted_entities
                    if nid not in used and k == kind and name in names), None)
        if hit:
            used.add(hit)
            if row["tier"] == "core":
                tp += 1
            else:
                optional_hits += 1
        elif row["tier"] == "core":
            fn_list.append(row["subject"])
    fp_list = [sorted(names)[0] if names else nid for nid, k, names in predicted_entities
               if nid not in used]
    report["entities"] = f1(tp, len(fp_list), len(fn_list))
    if verbose:
        print("entities missed:", fn_list)
        print("entities extra:", fp_list)

    # Topics.
    predicted_topics = [names for k, names in info.values() if k == "topic"]
    gold_topics = sorted((r for r in gold if r["id"].startswith("T") and r["relation"] == "gloss_en"),
                         key=lambda r: r["tier"] != "core")
    used_t, tp_t, fn_t = set(), 0, []
    for row in gold_topics:
        _, name = split_id(row["subject"])
        hit = next((i for i, names in enumerate(predicted_topics) if i not in used_t
                    and any(n == name or words_contain(n, name) for n in names)), None)
        if hit is not None:
            used_t.add(hit)
            tp_t += row["tier"] == "core"
        elif row["tier"] == "core":
            fn_t.append(row["subject"])
    fp_t = len(predicted_topics) - len(used_t)
    report["topics"] = f1(tp_t, fp_t, len(fn_t))
    if verbose:
        print("topics missed:", fn_t)

    # Relations: group edges into claims.
    claims = defaultdict(lambda: {"subjects": set(), "actors": set(), "topics": set(),
                                  "cameo": "", "sentence": None, "speaker": set(),
                                  "article": "", "edges": [], "labels": set()})
    for edge in edges:
        props = edge.get("properties") or {}
        if edge.get("label", "").upper() == "MENTIONS":
            continue
        key = props.get("claim") or edge.get("id")
        claim = claims[key]
        start = nodes.get(str((edge.get("start") or {}).get("id")))
        end = nodes.get(str((edge.get("end") or {}).get("id")))
        if start:
            claim["subjects"] |= node_info(start)[1]
        if end:
            kind, names = node_info(end)
            (claim["topics"] if kind in ("topic", "location") else claim["actors"]).update(names)
            if kind == "location":
                claim["actors"].update(names)
        claim["cameo"] = str(props.get("cameo") or claim["cameo"])
        claim["sentence"] = props.get("sentence", claim["sentence"])
        claim["article"] = str(props.get("article") or claim["article"])
        speaker = props.get("speaker")
        if isinstance(speaker, str) and speaker:
            claim["speaker"].add(fold(speaker))
        claim["edges"].append(edge.get("id"))
        claim["labels"].add(edge.get("label", "").upper())

    # core rows first, so that an optional row never takes a claim that a core row needs
    gold_rel = sorted((r for r in gold if r["id"].startswith("R")), key=lambda r: r["tier"] != "core")

    def matches(row, claim, strict):
        if row.get("article") and claim["article"] and row["article"] != claim["article"]:
            return False
        if row["cameo"][:2].isdigit():
            if row["cameo"][:2] != claim["cameo"][:2]:
                return False
        elif STATE_LABELS.get(row["relation"].lower(), row["relation"].upper()) not in claim["labels"]:
            return False
        _, subject = split_id(row["subject"])
        _, obj = split_id(row["object"]) if row["object"] not in ("", "-") else (None, "")
        _, speaker = split_id(row["speaker"]) if row["speaker"] not in ("", "-") else (None, "")
        topics = [split_id(t.strip())[1] for t in row["topic"].split("|") if t.strip() not in ("", "-")]

        def topic_hit():
            return any(t == p or words_contain(t, p) for t in topics for p in claim["topics"] | claim["actors"])

        def side(subj, ob):
            subj_ok = subj in claim["subjects"] or (speaker and speaker in claim["subjects"])
            obj_ok = bool(ob) and ob in claim["actors"]
            if not subj_ok:
                return False
            if strict:
                return (obj_ok or not ob) and (topic_hit() or not topics)
            return obj_ok or topic_hit() or (not ob and not topics)

        if side(subject, obj):
            return True
        return row["symmetric"] == "yes" and obj and side(obj, subject)

    for strict in (False, True):
        free = dict(claims)
        tp_r = fn_r = 0
        missed = []
        for row in gold_rel:
            candidates = [k for k, c in free.items() if matches(row, c, strict)]
            candidates.sort(key=lambda k: (str(free[k]["sentence"]) != row["sent"], str(k)))
            if candidates:
                free.pop(candidates[0])
                tp_r += row["tier"] == "core"
            elif row["tier"] == "core":
                fn_r += 1
                missed.append(row["id"])
        fp_r = len(free)
        name = "relations_strict" if strict else "relations"
        report[name] = f1(tp_r, fp_r, fn_r)
        if verbose:
            print(f"{name} missed:", missed)
            if not strict:
                for k, c in free.items():
                    print("  extra claim:", k, c["cameo"], sorted(c["subjects"])[:1],
                          sorted(c["actors"]), sorted(c["topics"]), "sentence", c["sentence"])

    if "--json" in flags:
        print(json.dumps({k: {"precision": v[0], "recall": v[1], "f1": v[2], "tp": v[3][0], "fp": v[3][1],
                              "fn": v[3][2]} for k, v in report.items()}))
        return
    for key, (p, r, f, counts) in report.items():
        print(f"{key:18} precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}  (tp {counts[0]}, fp {counts[1]}, fn {counts[2]})")
    print("summary: " + "  ".join(f"{k} F1 {v[2]:.3f}" for k, v in report.items()))


if __name__ == "__main__":
    main(sys.argv[1:])
