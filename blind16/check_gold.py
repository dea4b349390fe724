#!/usr/bin/env python3
"""Validator for the blind16 relation-extraction evaluation set.

Standard library only. Run from anywhere:  python3 check_gold.py
Exits with status 0 when everything passes, 1 otherwise.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "gold.jsonl")

KEYS = {"doc", "relations", "valuations", "deals", "stakes", "founding"}
LABELS = {
    "acquired", "investsIn", "foundedBy", "leads", "worksFor", "joins",
    "headquarteredIn", "subsidiaryOf", "develops", "customerOf", "dependsOn",
    "partnersWith", "competesWith",
}
SYMMETRIC = {"partnersWith", "competesWith"}
CURRENCIES = {"EUR", "GBP", "USD", "CHF"}
NAME_RE = re.compile(r"^(fr|en)-0[1-6]-[a-z0-9]+(-[a-z0-9]+)*\.txt$")
MIN_WORDS, MAX_WORDS = 170, 230
MIN_YEAR, MAX_YEAR = 1800, 2025

errors = []


def err(doc, msg):
    errors.append("%s: %s" % (doc, msg))


def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


def is_str(x):
    return isinstance(x, str) and x.strip() == x and x != ""


def check_layout(doc, text):
    """Headline, blank line, then 1-3 single-line paragraphs separated by
    single blank lines. Returns the body (paragraphs joined) or None."""
    if "\r" in text:
        err(doc, "contains carriage returns")
    if not text.endswith("\n") or text.endswith("\n\n"):
        err(doc, "file must end with exactly one newline")
    lines = text.rstrip("\n").split("\n")
    if len(lines) < 3:
        err(doc, "too few lines")
        return None
    if not lines[0].strip() or lines[0] != lines[0].strip():
        err(doc, "line 1 must be a non-empty headline without surrounding spaces")
    if lines[1] != "":
        err(doc, "line 2 must be blank")
    rest = lines[2:]
    paragraphs = []
    for i, line in enumerate(rest):
        if i % 2 == 0:
            if not line.strip() or line != line.strip():
                err(doc, "line %d must be a non-empty paragraph" % (i + 3))
            paragraphs.append(line)
        elif line != "":
            err(doc, "line %d must be blank (paragraph separator)" % (i + 3))
    if not 1 <= len(paragraphs) <= 3:
        err(doc, "%d paragraphs (expected 1-3)" % len(paragraphs))
    return "\n".join(paragraphs)


def check_entity(doc, text, name, where):
    if not is_str(name):
        err(doc, "%s: bad entity string %r" % (where, name))
        return
    if name not in text:
        err(doc, "%s: entity %r not found verbatim in article" % (where, name))


def main():
    articles = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    for f in articles:
        if not NAME_RE.match(f):
            err(f, "file name does not follow the fr-0N-/en-0N-<sector>.txt pattern")
    langs = {"fr": [], "en": []}
    for f in articles:
        langs.setdefault(f[:2], []).append(f)
    for lang in ("fr", "en"):
        if len(langs.get(lang, [])) != 6:
            err("set", "expected 6 %s articles, found %d" % (lang, len(langs.get(lang, []))))
        nums = sorted(f[3:5] for f in langs.get(lang, []))
        if nums != ["01", "02", "03", "04", "05", "06"]:
            err("set", "%s articles are not numbered 01-06: %s" % (lang, nums))
    sectors = [f[6:-4] for f in articles]
    if len(set(sectors)) != len(sectors):
        err("set", "sector names are not all different")

    texts = {}
    bodies = {}
    for f in articles:
        with open(os.path.join(HERE, f), encoding="utf-8") as fh:
            texts[f] = fh.read()
        bodies[f] = check_layout(f, texts[f])
        if bodies[f] is not None:
            n = len(bodies[f].split())
            if not MIN_WORDS <= n <= MAX_WORDS:
                err(f, "body has %d words (expected %d-%d)" % (n, MIN_WORDS, MAX_WORDS))

    seen = {}
    with open(GOLD, encoding="utf-8") as fh:
        raw_lines = fh.read().split("\n")
    if raw_lines and raw_lines[-1] == "":
        raw_lines = raw_lines[:-1]
    for ln, line in enumerate(raw_lines, 1):
        where = "gold.jsonl line %d" % ln
        try:
            obj = json.loads(line)
        except ValueError as e:
            err(where, "does not parse: %s" % e)
            continue
        if not isinstance(obj, dict) or set(obj) != KEYS:
            err(where, "keys must be exactly %s" % sorted(KEYS))
            continue
        doc = obj["doc"]
        if doc in seen:
            err(where, "duplicate doc %r" % doc)
            continue
        if doc not in texts:
            err(where, "doc %r does not exist" % doc)
            continue
        text = texts[doc]
        seen[doc] = obj
        for k in KEYS - {"doc"}:
            if not isinstance(obj[k], list):
                err(doc, "%s must be a list" % k)
                obj[k] = []

        rel_set = set()
        for r in obj["relations"]:
            if not (isinstance(r, list) and len(r) == 3):
                err(doc, "relation %r is not a triple" % (r,))
                continue
            s, label, o = r
            parts = label.split("|") if isinstance(label, str) else [None]
            if not 1 <= len(parts) <= 2 or any(p not in LABELS for p in parts) \
                    or len(set(parts)) != len(parts):
                err(doc, "bad relation label %r" % (label,))
            check_entity(doc, text, s, "relation subject")
            check_entity(doc, text, o, "relation object")
            if s == o:
                err(doc, "relation %r links an entity to itself" % (r,))
            key = (s, label, o)
            if key in rel_set:
                err(doc, "duplicate relation %r" % (r,))
            if label in SYMMETRIC and (o, label, s) in rel_set:
                err(doc, "symmetric relation %r listed twice" % (r,))
            rel_set.add(key)

        for v in obj["valuations"]:
            if not (isinstance(v, list) and len(v) == 3):
                err(doc, "valuation %r is not [company, amount, currency]" % (v,))
                continue
            check_entity(doc, text, v[0], "valuation company")
            if not is_int(v[1]) or v[1] <= 0:
                err(doc, "valuation amount %r must be a positive int" % (v[1],))
            if v[2] not in CURRENCIES:
                err(doc, "valuation currency %r not allowed" % (v[2],))

        for d in obj["deals"]:
            if not (isinstance(d, list) and len(d) == 4):
                err(doc, "deal %r is not [buyer, target, amount, currency]" % (d,))
                continue
            check_entity(doc, text, d[0], "deal investor/buyer")
            check_entity(doc, text, d[1], "deal target")
            amount, cur = d[2], d[3]
            if amount is None:
                if cur is not None:
                    err(doc, "deal %r has null amount but a currency" % (d,))
            else:
                if not is_int(amount) or amount <= 0:
                    err(doc, "deal amount %r must be a positive int or null" % (amount,))
                if cur not in CURRENCIES:
                    err(doc, "deal currency %r not allowed" % (cur,))

        for st in obj["stakes"]:
            if not (isinstance(st, list) and len(st) == 3):
                err(doc, "stake %r is not [holder, company, percent]" % (st,))
                continue
            check_entity(doc, text, st[0], "stake holder")
            check_entity(doc, text, st[1], "stake company")
            p = st[2]
            if isinstance(p, bool) or not isinstance(p, (int, float)) or not 0 < p <= 100:
                err(doc, "stake percent %r out of range" % (p,))
            # the holder of a stated stake must also carry an investment relation
            has_rel = any(
                r[0] == st[0] and r[2] == st[1]
                and ("investsIn" in r[1].split("|") or "acquired" in r[1].split("|"))
                for r in obj["relations"] if isinstance(r, list) and len(r) == 3
                and isinstance(r[1], str)
            )
            if not has_rel:
                err(doc, "stake %r has no matching investsIn/acquired relation" % (st,))

        for fo in obj["founding"]:
            if not (isinstance(fo, list) and len(fo) == 2):
                err(doc, "founding %r is not [company, year]" % (fo,))
                continue
            check_entity(doc, text, fo[0], "founding company")
            y = fo[1]
            if not is_int(y) or not MIN_YEAR <= y <= MAX_YEAR:
                err(doc, "founding year %r not sane" % (y,))
            elif str(y) not in text:
                err(doc, "founding year %r does not appear in the article" % (y,))

    for f in articles:
        if f not in seen:
            err(f, "article has no gold line")

    # report
    fields = ["relations", "valuations", "deals", "stakes", "founding"]
    header = "%-32s %5s %5s %4s %5s %6s %6s %5s" % (
        "doc", "words", "rel", "val", "deals", "stakes", "found", "paras")
    print(header)
    print("-" * len(header))
    totals = {}
    for f in articles:
        lang = f[:2]
        obj = seen.get(f)
        body = bodies.get(f) or ""
        words = len(body.split())
        paras = len(body.split("\n")) if body else 0
        counts = [len(obj[k]) if obj else 0 for k in fields]
        print("%-32s %5d %5d %4d %5d %6d %6d %5d" % ((f, words) + tuple(counts) + (paras,)))
        t = totals.setdefault(lang, [0] * (len(fields) + 1))
        t[0] += 1
        for i, c in enumerate(counts):
            t[i + 1] += c
    print()
    print("%-10s %8s %9s %10s %5s %6s %8s" % (
        "language", "articles", "relations", "valuations", "deals", "stakes", "founding"))
    grand = [0] * (len(fields) + 1)
    for lang, label in (("fr", "French"), ("en", "English")):
        t = totals.get(lang, [0] * (len(fields) + 1))
        grand = [a + b for a, b in zip(grand, t)]
        print("%-10s %8d %9d %10d %5d %6d %8d" % ((label,) + tuple(t)))
    print("%-10s %8d %9d %10d %5d %6d %8d" % (("total",) + tuple(grand)))
    print()
    if errors:
        print("FAILED: %d problem(s)" % len(errors))
        for e in errors:
            print("  - " + e)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
