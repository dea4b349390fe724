#!/usr/bin/env python3
"""Validator for the blind17 relation-extraction evaluation set (standard library only).

Usage: python3 check_gold.py   (run from any directory; files are looked up next to this script)
Exits 0 only when every check passes.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "gold.jsonl")

KEYS = {"doc", "relations", "valuations", "deals", "stakes", "founding"}
SINGLE = {
    "acquired", "investsIn", "foundedBy", "leads", "worksFor", "joins",
    "headquarteredIn", "subsidiaryOf", "develops", "customerOf", "dependsOn",
    "partnersWith", "competesWith",
}
PAIRS = {
    frozenset(("customerOf", "dependsOn")),
    frozenset(("joins", "worksFor")),
    frozenset(("acquired", "investsIn")),
    frozenset(("customerOf", "partnersWith")),
}
SYMMETRIC = {"partnersWith", "competesWith"}
CURRENCIES = {"EUR", "GBP", "USD", "CHF", "JPY", "CAD", "AUD", "SEK", "NOK", "DKK", "PLN", "CNY"}
NAME_RE = re.compile(r"^(fr|en)-(0[1-6])-([a-z0-9]+(?:-[a-z0-9]+)*)\.txt$")
MIN_WORDS, MAX_WORDS = 170, 230
MIN_REL, MAX_REL = 10, 18

errors = []


def err(doc, msg):
    errors.append(f"{doc}: {msg}")


def label_ok(label):
    if not isinstance(label, str):
        return False
    if label in SINGLE:
        return True
    parts = label.split("|")
    return len(parts) == 2 and frozenset(parts) in PAIRS and parts[0] != parts[1]


def label_parts(label):
    return set(label.split("|"))


def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def check_layout(doc, text):
    if not text.endswith("\n"):
        err(doc, "file does not end with a newline")
        return None
    if text.endswith("\n\n"):
        err(doc, "file ends with a blank line")
    if "\r" in text:
        err(doc, "carriage return found")
    lines = text[:-1].split("\n")
    if len(lines) < 3:
        err(doc, "too few lines")
        return None
    if not lines[0].strip():
        err(doc, "line 1 (headline) is empty")
    if lines[1] != "":
        err(doc, "line 2 is not blank")
    body_lines = lines[2:]
    paras = 0
    for i, line in enumerate(body_lines):
        if i % 2 == 0:
            if not line.strip():
                err(doc, f"line {i + 3}: expected a paragraph, found a blank line")
            else:
                paras += 1
                if line != line.strip():
                    err(doc, f"line {i + 3}: leading/trailing whitespace")
        else:
            if line != "":
                err(doc, f"line {i + 3}: expected a single blank line between paragraphs")
    if not body_lines or body_lines[-1] == "":
        err(doc, "body must end with a paragraph")
    if not 1 <= paras <= 3:
        err(doc, f"{paras} paragraphs (expected 1-3)")
    body = text.split("\n", 1)[1]
    words = len(body.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        err(doc, f"body has {words} words (expected {MIN_WORDS}-{MAX_WORDS})")
    return words


def need_in_text(doc, text, value, what):
    if not isinstance(value, str) or not value.strip():
        err(doc, f"{what}: not a non-empty string: {value!r}")
        return
    if value not in text:
        err(doc, f"{what}: {value!r} not found verbatim in article")


def main():
    articles = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    parsed = {}
    for f in articles:
        m = NAME_RE.match(f)
        if not m:
            err(f, "file name does not match <fr|en>-<01..06>-<sector>.txt")
            continue
        parsed[f] = m.groups()

    for lang in ("fr", "en"):
        nums = sorted(n for (l, n, s) in parsed.values() if l == lang)
        if nums != [f"0{i}" for i in range(1, 7)]:
            err("layout", f"{lang}: article numbers are {nums}, expected 01-06 once each")
    sectors = [s for (_, _, s) in parsed.values()]
    dup = sorted({s for s in sectors if sectors.count(s) > 1})
    if dup:
        err("layout", f"duplicate sectors: {dup}")

    if not os.path.exists(GOLD):
        err("gold", "gold.jsonl missing")
        return report({}, {})

    gold = {}
    with open(GOLD, encoding="utf-8") as fh:
        for n, raw in enumerate(fh, 1):
            if not raw.strip():
                err("gold", f"line {n}: blank line")
                continue
            try:
                obj = json.loads(raw)
            except json.JSONDecodeError as e:
                err("gold", f"line {n}: JSON error {e}")
                continue
            if not isinstance(obj, dict) or set(obj) != KEYS:
                err("gold", f"line {n}: keys must be exactly {sorted(KEYS)}")
                continue
            doc = obj["doc"]
            if doc in gold:
                err("gold", f"line {n}: duplicate doc {doc}")
                continue
            if doc not in parsed:
                err("gold", f"line {n}: doc {doc!r} is not an article in the folder")
                continue
            gold[doc] = obj
    for f in parsed:
        if f not in gold:
            err(f, "no gold line")

    counts = {}
    words = {}
    for doc, obj in sorted(gold.items()):
        with open(os.path.join(HERE, doc), "rb") as fh:
            rawb = fh.read()
        try:
            text = rawb.decode("utf-8")
        except UnicodeDecodeError:
            err(doc, "not valid UTF-8")
            continue
        words[doc] = check_layout(doc, text)

        for k in ("relations", "valuations", "deals", "stakes", "founding"):
            if not isinstance(obj[k], list):
                err(doc, f"{k} is not a list")
                obj[k] = []

        # relations
        seen = set()
        rels = []
        for r in obj["relations"]:
            if not (isinstance(r, list) and len(r) == 3):
                err(doc, f"relation not a triple: {r!r}")
                continue
            s, lab, o = r
            if not label_ok(lab):
                err(doc, f"relation label not allowed: {lab!r}")
                continue
            need_in_text(doc, text, s, "relation subject")
            need_in_text(doc, text, o, "relation object")
            if s == o:
                err(doc, f"relation with identical subject and object: {r!r}")
            key = (s, frozenset(label_parts(lab)), o)
            if key in seen:
                err(doc, f"duplicate relation: {r!r}")
            if lab in SYMMETRIC and (o, frozenset(label_parts(lab)), s) in seen:
                err(doc, f"symmetric relation listed twice: {r!r}")
            seen.add(key)
            rels.append((s, lab, o))
        if not MIN_REL <= len(rels) <= MAX_REL:
            err(doc, f"{len(rels)} relations (expected {MIN_REL}-{MAX_REL})")

        # valuations
        for v in obj["valuations"]:
            if not (isinstance(v, list) and len(v) == 3):
                err(doc, f"valuation not a triple: {v!r}")
                continue
            c, amt, cur = v
            need_in_text(doc, text, c, "valuation company")
            if not (is_int(amt) and amt > 0):
                err(doc, f"valuation amount not a positive integer: {v!r}")
            if cur not in CURRENCIES:
                err(doc, f"valuation currency not allowed: {v!r}")

        # deals
        for d in obj["deals"]:
            if not (isinstance(d, list) and len(d) == 4):
                err(doc, f"deal not a 4-tuple: {d!r}")
                continue
            b, t, amt, cur = d
            need_in_text(doc, text, b, "deal buyer/investor")
            need_in_text(doc, text, t, "deal target")
            if amt is None:
                if cur is not None:
                    err(doc, f"deal with null amount must have null currency: {d!r}")
            else:
                if not (is_int(amt) and amt > 0):
                    err(doc, f"deal amount not a positive integer: {d!r}")
                if cur not in CURRENCIES:
                    err(doc, f"deal currency not allowed: {d!r}")

        # stakes
        for st in obj["stakes"]:
            if not (isinstance(st, list) and len(st) == 3):
                err(doc, f"stake not a triple: {st!r}")
                continue
            h, c, p = st
            need_in_text(doc, text, h, "stake holder")
            need_in_text(doc, text, c, "stake company")
            if not (is_num(p) and 0 < p <= 100):
                err(doc, f"stake percent not in (0, 100]: {st!r}")
            ok = any(s == h and o == c and label_parts(l) & {"investsIn", "acquired"}
                     for (s, l, o) in rels)
            if not ok:
                err(doc, f"stake holder lacks investsIn/acquired relation: {st!r}")

        # founding
        for fd in obj["founding"]:
            if not (isinstance(fd, list) and len(fd) == 2):
                err(doc, f"founding not a pair: {fd!r}")
                continue
            c, y = fd
            need_in_text(doc, text, c, "founding company")
            if not (is_int(y) and 1800 <= y <= 2025):
                err(doc, f"founding year not an integer in 1800-2025: {fd!r}")
            elif str(y) not in text:
                err(doc, f"founding year {y} not found in article")

        counts[doc] = {
            "relations": len(obj["relations"]),
            "valuations": len(obj["valuations"]),
            "deals": len(obj["deals"]),
            "stakes": len(obj["stakes"]),
            "founding": len(obj["founding"]),
        }
    return report(counts, words)


def report(counts, words):
    cols = ("relations", "valuations", "deals", "stakes", "founding")
    print(f"{'doc':40} {'words':>5} " + " ".join(f"{c:>10}" for c in cols))
    for doc in sorted(counts):
        w = words.get(doc)
        print(f"{doc:40} {str(w):>5} " + " ".join(f"{counts[doc][c]:>10}" for c in cols))
    print()
    print(f"{'language':10} {'articles':>8} " + " ".join(f"{c:>10}" for c in cols))
    for lang, name in (("fr", "French"), ("en", "English"), (None, "total")):
        docs = [d for d in counts if lang is None or d.startswith(lang + "-")]
        tot = {c: sum(counts[d][c] for d in docs) for c in cols}
        print(f"{name:10} {len(docs):>8} " + " ".join(f"{tot[c]:>10}" for c in cols))
    print()
    if errors:
        print(f"FAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  - " + e)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
