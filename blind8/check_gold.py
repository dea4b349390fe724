#!/usr/bin/env python3
"""Validate the blind8 held-out set: articles + gold.jsonl. Standard library only.
Run from inside blind8/:  python3 check_gold.py"""
import collections, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "gold.jsonl")
KEYS = {"doc", "relations", "valuations", "deals", "stakes", "founding"}
LABELS = {"acquired", "investsIn", "foundedBy", "leads", "worksFor", "joins",
          "headquarteredIn", "subsidiaryOf", "develops", "customerOf",
          "dependsOn", "partnersWith", "competesWith"}
NAME_RE = re.compile(r"^(fr|en)-0[1-6]-[a-z0-9]+(-[a-z0-9]+)*\.txt$")
CUR_RE = re.compile(r"^[A-Z]{3}$")
MIN_WORDS, MAX_WORDS = 170, 230

errors = []
def err(msg):
    errors.append(msg)

def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)

def check_layout(fname, text):
    if "\r" in text:
        err(f"{fname}: contains CR characters")
    lines = text.rstrip("\n").split("\n")
    if len(lines) < 3:
        err(f"{fname}: too few lines"); return
    if not lines[0].strip():
        err(f"{fname}: line 1 (headline) is empty")
    if lines[1] != "":
        err(f"{fname}: line 2 must be blank")
    body = "\n".join(lines[2:])
    paras = body.split("\n\n")
    if not 1 <= len(paras) <= 3:
        err(f"{fname}: body has {len(paras)} paragraphs (want 1-3)")
    for i, p in enumerate(paras, 1):
        if not p.strip() or "\n" in p or p != p.strip():
            err(f"{fname}: paragraph {i} malformed (empty, inner newline or stray spaces)")
    n = len(body.split())
    if not MIN_WORDS <= n <= MAX_WORDS:
        err(f"{fname}: body has {n} words (want {MIN_WORDS}-{MAX_WORDS})")
    return n

def main():
    articles = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    for f in articles:
        if not NAME_RE.match(f):
            err(f"bad file name: {f}")
    langs = collections.Counter(f[:2] for f in articles)
    if langs != collections.Counter({"fr": 6, "en": 6}):
        err(f"expected 6 fr + 6 en articles, got {dict(langs)}")
    nums = collections.Counter(f[:5] for f in articles)
    for k, v in nums.items():
        if v != 1:
            err(f"number prefix {k} used {v} times")

    texts, words = {}, {}
    for f in articles:
        with open(os.path.join(HERE, f), encoding="utf-8") as fh:
            texts[f] = fh.read()
        words[f] = check_layout(f, texts[f])

    if not os.path.exists(GOLD):
        err("gold.jsonl missing"); return report({}, [])
    golds = []
    with open(GOLD, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            if not line.strip():
                err(f"gold.jsonl line {ln}: blank line"); continue
            try:
                golds.append((ln, json.loads(line)))
            except json.JSONDecodeError as e:
                err(f"gold.jsonl line {ln}: bad JSON ({e})")

    seen = collections.Counter()
    labels = collections.Counter()
    totals = collections.Counter()
    for ln, g in golds:
        where = f"gold.jsonl line {ln}"
        if not isinstance(g, dict) or set(g) != KEYS:
            err(f"{where}: keys must be exactly {sorted(KEYS)}"); continue
        doc = g["doc"]
        seen[doc] += 1
        if doc not in texts:
            err(f"{where}: doc {doc!r} does not exist"); continue
        text = texts[doc]
        where = f"{doc}"
        def name_ok(name, what):
            if not isinstance(name, str) or not name.strip():
                err(f"{where}: {what} name {name!r} not a non-empty string")
            elif name not in text:
                err(f"{where}: {what} name {name!r} not verbatim in article")
        for k in ("relations", "valuations", "deals", "stakes", "founding"):
            if not isinstance(g[k], list):
                err(f"{where}: {k} must be a list")
                g[k] = []
        rel_pairs = set()
        for r in g["relations"]:
            if not (isinstance(r, list) and len(r) == 3 and all(isinstance(x, str) for x in r)):
                err(f"{where}: relation {r!r} must be [str, str, str]"); continue
            s, lab, o = r
            parts = lab.split("|")
            if not all(p in LABELS for p in parts) or len(set(parts)) != len(parts):
                err(f"{where}: bad label {lab!r}")
            labels[lab] += 1
            name_ok(s, "subject"); name_ok(o, "object")
            if s == o:
                err(f"{where}: relation {r!r} has subject == object")
            for p in parts:
                if p in ("acquired", "investsIn"):
                    rel_pairs.add((s, o))
        dup = [k for k, v in collections.Counter(tuple(r) for r in g["relations"] if isinstance(r, list)).items() if v > 1]
        if dup:
            err(f"{where}: duplicate relations {dup}")
        for v in g["valuations"]:
            if not (isinstance(v, list) and len(v) == 3 and is_num(v[1]) and v[1] > 0
                    and isinstance(v[2], str) and CUR_RE.match(v[2])):
                err(f"{where}: bad valuation {v!r}"); continue
            name_ok(v[0], "valuation")
        for d in g["deals"]:
            if not (isinstance(d, list) and len(d) == 4):
                err(f"{where}: bad deal {d!r}"); continue
            b, t, amt, cur = d
            name_ok(b, "deal buyer"); name_ok(t, "deal target")
            if amt is None:
                if cur is not None:
                    err(f"{where}: deal {d!r} has currency without amount")
            elif not (is_num(amt) and amt > 0 and isinstance(cur, str) and CUR_RE.match(cur)):
                err(f"{where}: deal {d!r} has bad amount/currency")
            if (b, t) not in rel_pairs:
                err(f"{where}: deal {d!r} lacks an acquired/investsIn relation")
        for s in g["stakes"]:
            if not (isinstance(s, list) and len(s) == 3 and is_num(s[2]) and 0 < s[2] <= 100):
                err(f"{where}: bad stake {s!r}"); continue
            name_ok(s[0], "stake holder"); name_ok(s[1], "stake company")
            if (s[0], s[1]) not in rel_pairs:
                err(f"{where}: stake {s!r} lacks an acquired/investsIn relation")
            if s[2] == 100:
                if not any(r[0] == s[1] and "subsidiaryOf" in r[1].split("|") and r[2] == s[0]
                           for r in g["relations"]):
                    err(f"{where}: 100% stake {s!r} without subsidiaryOf relation")
        for fo in g["founding"]:
            if not (isinstance(fo, list) and len(fo) == 2 and isinstance(fo[1], int)
                    and not isinstance(fo[1], bool) and 1800 <= fo[1] <= 2026):
                err(f"{where}: bad founding {fo!r}"); continue
            name_ok(fo[0], "founding")
            if str(fo[1]) not in text:
                err(f"{where}: founding year {fo[1]} not in article")
        for k in ("relations", "valuations", "deals", "stakes", "founding"):
            totals[k] += len(g[k])
    for f in texts:
        if seen[f] != 1:
            err(f"{f}: has {seen[f]} gold lines (want exactly 1)")
    return report(totals, labels, words)

def report(totals, labels, words=None):
    print(f"docs: {len(words or {})}")
    for k in ("relations", "deals", "stakes", "valuations", "founding"):
        print(f"{k}: {totals.get(k, 0)}")
    print("per-label counts (label as written in gold):")
    for lab in sorted(labels):
        print(f"  {lab}: {labels[lab]}")
    if words:
        print(f"body words: min {min(words.values())}, max {max(words.values())}")
    if errors:
        print(f"\nFAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("\nOK: all checks passed")
    sys.exit(0)

if __name__ == "__main__":
    main()
