#!/usr/bin/env python3
"""Validator for the blind7 held-out set (standard library only).

Run from inside blind7/:  python3 check_gold.py
Exits 0 only when every check passes.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "gold.jsonl")
NAME_RE = re.compile(r"^(fr|en)-0[1-6]-[a-z0-9-]+-[a-z0-9-]+\.txt$")
KEYS = {"doc", "relations", "valuations", "deals", "stakes", "founding"}
LABELS = {"acquired", "investsIn", "foundedBy", "leads", "worksFor", "joins",
          "headquarteredIn", "subsidiaryOf", "develops", "customerOf",
          "dependsOn", "partnersWith", "competesWith"}
CURRENCY_RE = re.compile(r"^[A-Z]{3}$")
MIN_WORDS, MAX_WORDS = 170, 230

errors = []


def err(msg):
    errors.append(msg)


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def is_str(x):
    return isinstance(x, str) and x.strip() != "" and x == x.strip()


def check_article(fn):
    path = os.path.join(HERE, fn)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    lines = text.split("\n")
    if len(lines) < 3:
        err(f"{fn}: too few lines")
        return text
    if not lines[0].strip():
        err(f"{fn}: line 1 (headline) is empty")
    if lines[1].strip() != "":
        err(f"{fn}: line 2 is not blank")
    if not any(l.strip() for l in lines[2:]):
        err(f"{fn}: empty body")
    if lines[2].strip() == "":
        err(f"{fn}: line 3 should start the body")
    paras = [p for p in "\n".join(lines[2:]).split("\n\n") if p.strip()]
    if not 1 <= len(paras) <= 3:
        err(f"{fn}: body has {len(paras)} paragraphs (expected 1-3)")
    n = len("\n".join(lines[2:]).split())
    if not MIN_WORDS <= n <= MAX_WORDS:
        err(f"{fn}: body has {n} words (expected {MIN_WORDS}-{MAX_WORDS})")
    return text


def main():
    articles = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    for fn in articles:
        if not NAME_RE.match(fn):
            err(f"bad article file name: {fn}")
    texts = {fn: check_article(fn) for fn in articles}
    for lang in ("fr", "en"):
        nums = sorted(f[3:5] for f in articles if f.startswith(lang + "-"))
        if nums != [f"0{i}" for i in range(1, 7)]:
            err(f"{lang}: expected articles 01-06 exactly once, got {nums}")

    tot = Counter()
    labels = Counter()
    seen_docs = Counter()
    if not os.path.exists(GOLD):
        err("gold.jsonl missing")
        lines = []
    else:
        with open(GOLD, encoding="utf-8") as f:
            lines = f.read().split("\n")
        if lines and lines[-1] == "":
            lines = lines[:-1]

    for i, line in enumerate(lines, 1):
        where = f"gold.jsonl:{i}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"{where}: invalid JSON ({e})")
            continue
        if not isinstance(obj, dict) or set(obj) != KEYS:
            err(f"{where}: keys must be exactly {sorted(KEYS)}")
            continue
        doc = obj["doc"]
        if not isinstance(doc, str) or doc not in texts:
            err(f"{where}: doc {doc!r} does not exist")
            continue
        seen_docs[doc] += 1
        text = texts[doc]
        where = f"{where} ({doc})"
        tot["docs"] += 1

        def need(name, what):
            if not is_str(name):
                err(f"{where}: {what} {name!r} is not a non-empty trimmed string")
            elif name not in text:
                err(f"{where}: {what} {name!r} not found verbatim in the article")

        for k in ("relations", "valuations", "deals", "stakes", "founding"):
            if not isinstance(obj[k], list):
                err(f"{where}: {k} must be a list")
                obj[k] = []

        rel_pairs = set()
        triples = set()
        for r in obj["relations"]:
            if not (isinstance(r, list) and len(r) == 3 and all(isinstance(x, str) for x in r)):
                err(f"{where}: bad relation {r!r}")
                continue
            s, lab, o = r
            parts = lab.split("|")
            for p in parts:
                if p not in LABELS:
                    err(f"{where}: label {p!r} in {lab!r} not allowed")
            if len(set(parts)) != len(parts):
                err(f"{where}: repeated part in label {lab!r}")
            need(s, "subject")
            need(o, "object")
            if s == o:
                err(f"{where}: subject equals object in {r!r}")
            if tuple(r) in triples:
                err(f"{where}: duplicate relation {r!r}")
            triples.add(tuple(r))
            for p in parts:
                rel_pairs.add((s, p, o))
            labels[lab] += 1
            tot["relations"] += 1

        for v in obj["valuations"]:
            if not (isinstance(v, list) and len(v) == 3 and isinstance(v[0], str)
                    and is_num(v[1]) and v[1] > 0 and isinstance(v[2], str) and CURRENCY_RE.match(v[2])):
                err(f"{where}: bad valuation {v!r}")
                continue
            need(v[0], "valuation company")
            tot["valuations"] += 1

        for d in obj["deals"]:
            if not (isinstance(d, list) and len(d) == 4 and isinstance(d[0], str) and isinstance(d[1], str)):
                err(f"{where}: bad deal {d!r}")
                continue
            amt, cur = d[2], d[3]
            if amt is None:
                if cur is not None:
                    err(f"{where}: deal {d!r} has currency without amount")
            elif not (is_num(amt) and amt > 0 and isinstance(cur, str) and CURRENCY_RE.match(cur)):
                err(f"{where}: deal {d!r} amount/currency malformed")
            need(d[0], "deal buyer/investor")
            need(d[1], "deal target")
            if not ((d[0], "acquired", d[1]) in rel_pairs or (d[0], "investsIn", d[1]) in rel_pairs):
                err(f"{where}: deal {d!r} has no matching acquired/investsIn relation")
            tot["deals"] += 1

        for s in obj["stakes"]:
            if not (isinstance(s, list) and len(s) == 3 and isinstance(s[0], str)
                    and isinstance(s[1], str) and is_num(s[2]) and 0 < s[2] <= 100):
                err(f"{where}: bad stake {s!r}")
                continue
            need(s[0], "stake holder")
            need(s[1], "stake company")
            if not ((s[0], "acquired", s[1]) in rel_pairs or (s[0], "investsIn", s[1]) in rel_pairs):
                err(f"{where}: stake {s!r} has no matching acquired/investsIn relation")
            tot["stakes"] += 1

        for fd in obj["founding"]:
            if not (isinstance(fd, list) and len(fd) == 2 and isinstance(fd[0], str)
                    and isinstance(fd[1], int) and not isinstance(fd[1], bool) and 1700 <= fd[1] <= 2026):
                err(f"{where}: bad founding {fd!r}")
                continue
            need(fd[0], "founded company")
            if str(fd[1]) not in text:
                err(f"{where}: founding year {fd[1]} not in the article")
            tot["founding"] += 1

    for fn in articles:
        if seen_docs[fn] != 1:
            err(f"{fn}: has {seen_docs[fn]} gold lines (expected exactly 1)")

    print(f"docs: {tot['docs']}  (articles on disk: {len(articles)})")
    for k in ("relations", "deals", "stakes", "valuations", "founding"):
        print(f"{k}: {tot[k]}")
    print("per-label counts:")
    for lab, n in sorted(labels.items(), key=lambda x: (-x[1], x[0])):
        print(f"  {lab}: {n}")
    if errors:
        print(f"\nFAILED with {len(errors)} error(s):")
        for e in errors:
            print("  - " + e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
