#!/usr/bin/env python3
"""Validate blind11 articles and gold.jsonl (standard library only).

Usage: python3 check_gold.py   (run from anywhere; paths are relative to this file)
Exit status 0 only when every check passes.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "gold.jsonl")

KEYS = {"doc", "relations", "valuations", "deals", "stakes", "founding"}
LABELS = {
    "acquired", "investsIn", "foundedBy", "leads", "worksFor", "joins",
    "headquarteredIn", "subsidiaryOf", "develops", "customerOf", "dependsOn",
    "partnersWith", "competesWith",
}
SYMMETRIC = {"partnersWith", "competesWith"}
CURRENCIES = {"EUR", "USD", "GBP"}
NAME_RE = re.compile(r"^(fr|en)-0[1-6]-[a-z0-9]+(-[a-z0-9]+)+\.txt$")
MIN_WORDS, MAX_WORDS = 170, 230
MIN_YEAR, MAX_YEAR = 1800, 2026

errors = []


def err(msg):
    errors.append(msg)


def is_str(x):
    return isinstance(x, str) and x.strip() == x and x != ""


def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


def check_layout(fname, text):
    """Return body word count or None."""
    if not text.endswith("\n") or text.endswith("\n\n"):
        err(f"{fname}: file must end with exactly one newline")
    lines = text.rstrip("\n").split("\n")
    if len(lines) < 3:
        err(f"{fname}: too few lines")
        return None
    if not lines[0].strip():
        err(f"{fname}: line 1 (headline) is empty")
    if lines[1] != "":
        err(f"{fname}: line 2 must be blank")
    body = lines[2:]
    # paragraphs on even indexes, blanks on odd indexes
    paras = []
    for i, ln in enumerate(body):
        if i % 2 == 0:
            if not ln.strip():
                err(f"{fname}: expected paragraph at line {i + 3}, got blank")
            paras.append(ln)
        elif ln != "":
            err(f"{fname}: expected single blank line at line {i + 3}")
    if not 1 <= len(paras) <= 3:
        err(f"{fname}: {len(paras)} paragraphs (need 1-3)")
    for p in paras:
        if p != p.strip():
            err(f"{fname}: paragraph has leading/trailing whitespace")
    words = len(" ".join(paras).split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        err(f"{fname}: body has {words} words (need {MIN_WORDS}-{MAX_WORDS})")
    return words


def main():
    articles = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    for f in articles:
        if not NAME_RE.match(f):
            err(f"bad file name: {f}")
    fr = [f for f in articles if f.startswith("fr-")]
    en = [f for f in articles if f.startswith("en-")]
    for prefix, group in (("fr", fr), ("en", en)):
        nums = sorted(f[3:5] for f in group)
        if nums != [f"0{i}" for i in range(1, 7)]:
            err(f"{prefix}: expected articles 01..06 exactly once, got {nums}")

    texts, words = {}, {}
    for f in articles:
        with open(os.path.join(HERE, f), encoding="utf-8") as fh:
            texts[f] = fh.read()
        words[f] = check_layout(f, texts[f])

    gold_docs = []
    totals = Counter()
    label_counts = Counter()
    try:
        with open(GOLD, encoding="utf-8") as fh:
            gold_lines = fh.read().splitlines()
    except OSError as e:
        err(f"cannot open gold.jsonl: {e}")
        gold_lines = []
    for ln_no, line in enumerate(gold_lines, 1):
        if not line.strip():
            err(f"gold line {ln_no}: blank line")
            continue
        try:
            g = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"gold line {ln_no}: invalid JSON ({e})")
            continue
        if not isinstance(g, dict) or set(g) != KEYS:
            err(f"gold line {ln_no}: keys must be exactly {sorted(KEYS)}")
            continue
        doc = g["doc"]
        gold_docs.append(doc)
        if doc not in texts:
            err(f"gold line {ln_no}: doc {doc!r} is not an article file")
            continue
        text = texts[doc]
        where = f"{doc}"

        def name_ok(name, what):
            if not is_str(name):
                err(f"{where}: {what} name {name!r} is not a clean string")
                return False
            if name not in text:
                err(f"{where}: {what} name {name!r} not found verbatim in article")
                return False
            return True

        for k in ("relations", "valuations", "deals", "stakes", "founding"):
            if not isinstance(g[k], list):
                err(f"{where}: {k} must be a list")
                g[k] = []

        # relations
        rel_index = set()  # (subj, single label, obj)
        seen = set()
        for r in g["relations"]:
            if not (isinstance(r, list) and len(r) == 3):
                err(f"{where}: relation {r!r} must be [subject, relation, object]")
                continue
            s, lab, o = r
            name_ok(s, "relation subject")
            name_ok(o, "relation object")
            if s == o:
                err(f"{where}: relation {r!r} has identical subject and object")
            if not is_str(lab):
                err(f"{where}: bad label {lab!r}")
                continue
            parts = lab.split("|")
            if len(set(parts)) != len(parts) or any(p not in LABELS for p in parts):
                err(f"{where}: label {lab!r} not allowed")
                continue
            key = (s, lab, o)
            if key in seen or (lab in SYMMETRIC and (o, lab, s) in seen):
                err(f"{where}: duplicate relation {r!r}")
            seen.add(key)
            for p in parts:
                rel_index.add((s, p, o))
                if p in SYMMETRIC:
                    rel_index.add((o, p, s))
            label_counts[lab] += 1
            totals["relations"] += 1

        def has_rel(s, labels, o):
            return any((s, lab, o) in rel_index for lab in labels)

        # valuations
        for v in g["valuations"]:
            if not (isinstance(v, list) and len(v) == 3):
                err(f"{where}: valuation {v!r} must be [company, amount, currency]")
                continue
            c, amt, cur = v
            name_ok(c, "valuation company")
            if not is_int(amt) or amt < 1000:
                err(f"{where}: valuation amount {amt!r} not a sane integer")
            if cur not in CURRENCIES:
                err(f"{where}: valuation currency {cur!r} not allowed")
            totals["valuations"] += 1

        # deals
        for d in g["deals"]:
            if not (isinstance(d, list) and len(d) == 4):
                err(f"{where}: deal {d!r} must be [buyer, target, amount, currency]")
                continue
            b, t, amt, cur = d
            name_ok(b, "deal buyer")
            name_ok(t, "deal target")
            if (amt is None) != (cur is None):
                err(f"{where}: deal {d!r} amount and currency must both be null or both set")
            if amt is not None and (not is_int(amt) or amt < 1000):
                err(f"{where}: deal amount {amt!r} not a sane integer")
            if cur is not None and cur not in CURRENCIES:
                err(f"{where}: deal currency {cur!r} not allowed")
            if not has_rel(b, ("acquired", "investsIn"), t):
                err(f"{where}: deal {d!r} has no matching acquired/investsIn relation")
            totals["deals"] += 1

        # stakes
        for st in g["stakes"]:
            if not (isinstance(st, list) and len(st) == 3):
                err(f"{where}: stake {st!r} must be [holder, company, percent]")
                continue
            h, c, pct = st
            name_ok(h, "stake holder")
            name_ok(c, "stake company")
            if isinstance(pct, bool) or not isinstance(pct, (int, float)) or not 0 < pct <= 100:
                err(f"{where}: stake percent {pct!r} not in (0, 100]")
            if not has_rel(h, ("acquired", "investsIn"), c):
                err(f"{where}: stake {st!r} has no matching acquired/investsIn relation")
            if pct == 100 and not has_rel(c, ("subsidiaryOf",), h):
                err(f"{where}: 100% stake {st!r} has no subsidiaryOf relation")
            totals["stakes"] += 1

        # founding
        for fo in g["founding"]:
            if not (isinstance(fo, list) and len(fo) == 2):
                err(f"{where}: founding {fo!r} must be [company, year]")
                continue
            c, y = fo
            name_ok(c, "founding company")
            if not is_int(y) or not MIN_YEAR <= y <= MAX_YEAR:
                err(f"{where}: founding year {y!r} not sane")
            elif str(y) not in text:
                err(f"{where}: founding year {y} not found in article")
            totals["founding"] += 1

    counts = Counter(gold_docs)
    for d, n in counts.items():
        if n > 1:
            err(f"gold: doc {d} appears {n} times")
    for f in articles:
        if f not in counts:
            err(f"gold: no line for article {f}")

    wc = [w for w in words.values() if w is not None]
    print(f"docs: {len(articles)} (gold lines: {len(gold_docs)})")
    print(f"relations: {totals['relations']}")
    print(f"deals: {totals['deals']}")
    print(f"stakes: {totals['stakes']}")
    print(f"valuations: {totals['valuations']}")
    print(f"founding: {totals['founding']}")
    print("per-label counts:")
    for lab, n in sorted(label_counts.items()):
        print(f"  {lab}: {n}")
    if wc:
        print(f"body words: min {min(wc)}, max {max(wc)}")
    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  - " + e)
        return 1
    print("\nALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
