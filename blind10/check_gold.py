#!/usr/bin/env python3
"""Validate the blind10 held-out set: articles, gold.jsonl, layout and word counts.

Standard library only. Exit status 0 only when every check passes.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "gold.jsonl")
KEYS = {"doc", "relations", "valuations", "deals", "stakes", "founding"}
LABELS = {"acquired", "investsIn", "foundedBy", "leads", "worksFor", "joins",
          "headquarteredIn", "subsidiaryOf", "develops", "customerOf",
          "dependsOn", "partnersWith", "competesWith"}
SYMMETRIC = {"partnersWith", "competesWith"}
CURRENCIES = {"EUR", "USD", "GBP", "CHF", "SEK", "NOK", "DKK", "JPY", "CAD"}
NAME_RE = re.compile(r"^(fr|en)-0[1-6]-[a-z0-9]+(-[a-z0-9]+)+\.txt$")
ALLOWED_EXTRA = {"gold.jsonl", "check_gold.py", "README.md"}
MIN_WORDS, MAX_WORDS = 170, 230
YEAR_MIN, YEAR_MAX = 1800, 2026

errors = []


def err(msg):
    errors.append(msg)


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def labels_of(label):
    return label.split("|")


def check_article(name, text):
    """Return body word count (or None) after layout checks."""
    if "\r" in text:
        err(f"{name}: contains carriage returns")
    if not text.endswith("\n") or text.endswith("\n\n"):
        err(f"{name}: must end with exactly one newline")
    lines = text.rstrip("\n").split("\n")
    if len(lines) < 3:
        err(f"{name}: too few lines")
        return None
    if not lines[0].strip() or lines[0] != lines[0].strip():
        err(f"{name}: line 1 must be a non-empty headline without edge spaces")
    if lines[1] != "":
        err(f"{name}: line 2 must be blank")
    body_lines = lines[2:]
    if not body_lines or body_lines[0] == "":
        err(f"{name}: body must start on line 3")
    paras, cur = [], []
    for ln in body_lines:
        if ln == "":
            if not cur:
                err(f"{name}: consecutive blank lines")
            else:
                paras.append(cur)
                cur = []
        else:
            if ln != ln.strip():
                err(f"{name}: line with leading/trailing spaces")
            cur.append(ln)
    if cur:
        paras.append(cur)
    if any(len(p) != 1 for p in paras):
        err(f"{name}: each paragraph must be a single line")
    if not 1 <= len(paras) <= 3:
        err(f"{name}: {len(paras)} paragraphs (expected 1-3)")
    body = "\n".join(body_lines)
    n = len(body.split())
    if not MIN_WORDS <= n <= MAX_WORDS:
        err(f"{name}: body has {n} words (expected {MIN_WORDS}-{MAX_WORDS})")
    return n


def main():
    files = sorted(os.listdir(HERE))
    articles = [f for f in files if f.endswith(".txt")]
    for f in files:
        if f not in ALLOWED_EXTRA and not f.endswith(".txt"):
            err(f"unexpected file in directory: {f}")
    for f in articles:
        if not NAME_RE.match(f):
            err(f"bad article file name: {f}")
    langs = Counter(f[:2] for f in articles)
    if langs.get("fr", 0) != 6 or langs.get("en", 0) != 6 or len(articles) != 12:
        err(f"expected 6 fr + 6 en articles, found {dict(langs)} ({len(articles)} total)")
    for lang in ("fr", "en"):
        for i in range(1, 7):
            pref = f"{lang}-0{i}-"
            if sum(1 for f in articles if f.startswith(pref)) != 1:
                err(f"expected exactly one article with prefix {pref}")

    texts, words = {}, {}
    for f in articles:
        with open(os.path.join(HERE, f), encoding="utf-8") as fh:
            texts[f] = fh.read()
        words[f] = check_article(f, texts[f])

    if not os.path.exists(GOLD):
        err("gold.jsonl missing")
        return report(None, words)
    gold = []
    with open(GOLD, encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            if not line.strip():
                err(f"gold.jsonl line {i}: blank line")
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"gold.jsonl line {i}: invalid JSON ({e})")
                continue
            if not isinstance(obj, dict) or set(obj) != KEYS:
                err(f"gold.jsonl line {i}: keys must be exactly {sorted(KEYS)}")
                continue
            gold.append(obj)

    seen = Counter(g["doc"] for g in gold)
    for d, c in seen.items():
        if c != 1:
            err(f"{d}: {c} gold lines (expected 1)")
        if d not in texts:
            err(f"{d}: gold line for a missing article")
    for f in articles:
        if f not in seen:
            err(f"{f}: no gold line")

    for g in gold:
        doc = g["doc"]
        text = texts.get(doc, "")
        for k in KEYS - {"doc"}:
            if not isinstance(g[k], list):
                err(f"{doc}: {k} must be a list")
                g[k] = []

        def name_ok(x, what):
            if not isinstance(x, str) or not x.strip() or x != x.strip():
                err(f"{doc}: bad {what} name {x!r}")
                return False
            if x not in text:
                err(f"{doc}: {what} {x!r} not verbatim in article")
                return False
            return True

        rels = set()
        keyset = set()
        for r in g["relations"]:
            if not (isinstance(r, list) and len(r) == 3 and all(isinstance(x, str) for x in r)):
                err(f"{doc}: bad relation {r!r}")
                continue
            s, lab, o = r
            name_ok(s, "subject")
            name_ok(o, "object")
            labs = labels_of(lab)
            if len(set(labs)) != len(labs) or any(l not in LABELS for l in labs):
                err(f"{doc}: bad label {lab!r}")
            if s == o:
                err(f"{doc}: self relation {r!r}")
            key = (s, lab, o)
            if key in keyset:
                err(f"{doc}: duplicate relation {r!r}")
            keyset.add(key)
            if lab in SYMMETRIC and (o, lab, s) in keyset:
                err(f"{doc}: symmetric relation listed both ways {r!r}")
            for l in labs:
                rels.add((s, l, o))

        for v in g["valuations"]:
            if not (isinstance(v, list) and len(v) == 3):
                err(f"{doc}: bad valuation {v!r}")
                continue
            name_ok(v[0], "valuation company")
            if not is_num(v[1]) or v[1] <= 0 or v[1] < 1000:
                err(f"{doc}: bad valuation amount {v!r}")
            if v[2] not in CURRENCIES:
                err(f"{doc}: bad valuation currency {v!r}")

        for d in g["deals"]:
            if not (isinstance(d, list) and len(d) == 4):
                err(f"{doc}: bad deal {d!r}")
                continue
            b, t, amt, cur = d
            name_ok(b, "deal investor/buyer")
            name_ok(t, "deal target")
            if amt is None:
                if cur is not None:
                    err(f"{doc}: deal with null amount must have null currency {d!r}")
            else:
                if not is_num(amt) or amt < 1000:
                    err(f"{doc}: bad deal amount {d!r}")
                if cur not in CURRENCIES:
                    err(f"{doc}: bad deal currency {d!r}")
            if (b, "acquired", t) not in rels and (b, "investsIn", t) not in rels:
                err(f"{doc}: deal {d!r} has no acquired/investsIn relation")

        for st in g["stakes"]:
            if not (isinstance(st, list) and len(st) == 3):
                err(f"{doc}: bad stake {st!r}")
                continue
            h, c, pct = st
            name_ok(h, "stake holder")
            name_ok(c, "stake company")
            if not is_num(pct) or not 0 < pct <= 100:
                err(f"{doc}: bad stake percent {st!r}")
            if (h, "acquired", c) not in rels and (h, "investsIn", c) not in rels:
                err(f"{doc}: stake {st!r} has no acquired/investsIn relation")
            if pct == 100 and (c, "subsidiaryOf", h) not in rels:
                err(f"{doc}: 100% stake {st!r} has no subsidiaryOf relation")

        for fo in g["founding"]:
            if not (isinstance(fo, list) and len(fo) == 2):
                err(f"{doc}: bad founding {fo!r}")
                continue
            name_ok(fo[0], "founded company")
            if not (isinstance(fo[1], int) and not isinstance(fo[1], bool)
                    and YEAR_MIN <= fo[1] <= YEAR_MAX):
                err(f"{doc}: bad founding year {fo!r}")
            elif str(fo[1]) not in text:
                err(f"{doc}: founding year {fo[1]} not in article")

    return report(gold, words)


def report(gold, words):
    label_counts = Counter()
    tot = Counter()
    if gold:
        for g in gold:
            tot["docs"] += 1
            for k in ("relations", "deals", "stakes", "valuations", "founding"):
                tot[k] += len(g[k]) if isinstance(g[k], list) else 0
            for r in g["relations"]:
                if isinstance(r, list) and len(r) == 3:
                    label_counts[r[1]] += 1
    wc = [w for w in words.values() if w is not None]
    print(f"docs: {tot['docs']}")
    print(f"relations: {tot['relations']}")
    print(f"deals: {tot['deals']}")
    print(f"stakes: {tot['stakes']}")
    print(f"valuations: {tot['valuations']}")
    print(f"founding: {tot['founding']}")
    print("per-label counts:")
    for lab, c in sorted(label_counts.items(), key=lambda x: (-x[1], x[0])):
        print(f"  {lab}: {c}")
    if wc:
        print(f"body words: min {min(wc)}, max {max(wc)}")
    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  - " + e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
