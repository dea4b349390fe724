#!/usr/bin/env python3
"""Validate the blind21 held-out relation-extraction set.

Checks gold.jsonl against the twelve article files that sit next to this
script. Python 3 standard library only; runnable from any directory.
Exits 0 only when every check passes.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "gold.jsonl")

EXPECTED_DOCS = {
    "fr-01-parfumerie.txt", "fr-02-vannerie.txt", "fr-03-linge-de-maison.txt",
    "fr-04-menuiserie.txt", "fr-05-foie-gras.txt", "fr-06-brosserie.txt",
    "en-01-bookbinding.txt", "en-02-bicycle-helmets.txt",
    "en-03-organic-fertiliser.txt", "en-04-yoga-studios.txt",
    "en-05-sailmaking.txt", "en-06-canal-boat-hire.txt",
}
DOC_RE = re.compile(r"^(fr|en)-(0[1-6])-([a-z0-9]+(?:-[a-z0-9]+)*)\.txt$")
KEYS = {"doc", "relations", "valuations", "deals", "stakes", "founding"}
SINGLE = {
    "acquired", "investsIn", "foundedBy", "leads", "worksFor", "joins",
    "headquarteredIn", "subsidiaryOf", "develops", "customerOf", "dependsOn",
    "partnersWith", "competesWith",
}
ALTERNATIVES = {
    "customerOf|dependsOn", "joins|worksFor", "acquired|investsIn",
    "customerOf|partnersWith",
}
ALLOWED = SINGLE | ALTERNATIVES
SYMMETRIC = {"partnersWith", "competesWith"}
INVEST_LABELS = {"investsIn", "acquired", "acquired|investsIn"}
CURRENCIES = {"EUR", "GBP", "USD", "CHF"}
MIN_WORDS, MAX_WORDS = 170, 230
MIN_REL, MAX_REL = 10, 18

errors = []


def err(doc, msg):
    errors.append(f"{doc}: {msg}")


def parts(label):
    return set(label.split("|"))


def is_str(x):
    return isinstance(x, str) and x.strip() != "" and x == x.strip()


def is_posint(x):
    return isinstance(x, int) and not isinstance(x, bool) and x > 0


def check_layout(doc, raw):
    """Return (text, body, words) or None when the file cannot be decoded."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(doc, f"not valid UTF-8 ({e})")
        return None
    if text.startswith("\ufeff"):
        err(doc, "starts with a byte-order mark")
    if "\r" in text:
        err(doc, "contains carriage returns")
    if not text.endswith("\n"):
        err(doc, "does not end with a newline")
    elif text.endswith("\n\n"):
        err(doc, "ends with a trailing blank line")
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    if len(lines) < 3:
        err(doc, "too few lines for headline, blank line and body")
        return text, "", 0
    if not lines[0].strip() or lines[0] != lines[0].strip():
        err(doc, "line 1 (headline) empty or has surrounding whitespace")
    if lines[1] != "":
        err(doc, "line 2 is not blank")
    body_lines = lines[2:]
    paras = body_lines[0::2]
    gaps = body_lines[1::2]
    if len(body_lines) % 2 != 1:
        err(doc, "body does not alternate paragraph / blank line")
    if any(g != "" for g in gaps):
        err(doc, "paragraphs not separated by single blank lines")
    if any((not p.strip()) or p != p.strip() for p in paras):
        err(doc, "empty paragraph or paragraph with surrounding whitespace")
    if not 1 <= len(paras) <= 3:
        err(doc, f"{len(paras)} paragraphs (want 1-3)")
    body = "\n".join(body_lines)
    words = len(body.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        err(doc, f"body has {words} words (want {MIN_WORDS}-{MAX_WORDS})")
    return text, body, words


def percent_in_text(p, text):
    if isinstance(p, float) and p.is_integer():
        p = int(p)
    forms = {str(p)}
    if isinstance(p, float):
        forms.add(str(p).replace(".", ","))
    for f in forms:
        pat = r"(?<![\d.,])" + re.escape(f) + r"\s?(%|per cent|percent)"
        if re.search(pat, text):
            return True
    return False


def check_record(rec, text):
    doc = rec["doc"]
    rels = rec["relations"]
    ents = set()

    # relations
    if not isinstance(rels, list):
        err(doc, "relations is not a list")
        rels = []
    seen = set()
    by_pair = {}
    for r in rels:
        if not (isinstance(r, list) and len(r) == 3 and all(is_str(x) for x in r)):
            err(doc, f"malformed relation {r!r}")
            continue
        s, lab, o = r
        if lab not in ALLOWED:
            err(doc, f"label not allowed: {lab!r}")
        if s == o:
            err(doc, f"relation with itself: {r!r}")
        if tuple(r) in seen:
            err(doc, f"duplicate relation {r!r}")
        seen.add(tuple(r))
        ents.update([s, o])
        by_pair.setdefault(frozenset((s, o)), []).append(r)
    for pair, rs in by_pair.items():
        for i in range(len(rs)):
            for j in range(i + 1, len(rs)):
                if parts(rs[i][1]) & parts(rs[j][1]):
                    err(doc, f"overlapping labels on one pair: {rs[i]!r} / {rs[j]!r}")
    for s, lab, o in [tuple(r) for r in rels if isinstance(r, list) and len(r) == 3]:
        if lab in SYMMETRIC and (o, lab, s) in seen and s < o:
            err(doc, f"symmetric relation listed both ways: {s} {lab} {o}")
    if not MIN_REL <= len(rels) <= MAX_REL:
        err(doc, f"{len(rels)} relations (want {MIN_REL}-{MAX_REL})")
    invest = {(s, o) for s, lab, o in seen if lab in INVEST_LABELS}

    # valuations
    for v in rec["valuations"]:
        if not (isinstance(v, list) and len(v) == 3 and is_str(v[0])):
            err(doc, f"malformed valuation {v!r}")
            continue
        ents.add(v[0])
        if not is_posint(v[1]):
            err(doc, f"valuation amount not a positive integer: {v!r}")
        if v[2] not in CURRENCIES:
            err(doc, f"valuation currency not allowed: {v!r}")

    # deals
    for d in rec["deals"]:
        if not (isinstance(d, list) and len(d) == 4 and is_str(d[0]) and is_str(d[1])):
            err(doc, f"malformed deal {d!r}")
            continue
        buyer, target, amount, cur = d
        ents.update([buyer, target])
        if amount is None:
            if cur is not None:
                err(doc, f"deal with null amount has a currency: {d!r}")
        else:
            if not is_posint(amount):
                err(doc, f"deal amount not a positive integer: {d!r}")
            if cur not in CURRENCIES:
                err(doc, f"deal currency not allowed: {d!r}")
        if (buyer, target) not in invest:
            err(doc, f"deal buyer lacks investsIn/acquired relation: {d!r}")

    # stakes
    for st in rec["stakes"]:
        if not (isinstance(st, list) and len(st) == 3 and is_str(st[0]) and is_str(st[1])):
            err(doc, f"malformed stake {st!r}")
            continue
        holder, company, pct = st
        ents.update([holder, company])
        if isinstance(pct, bool) or not isinstance(pct, (int, float)) or not 0 < pct <= 100:
            err(doc, f"stake percent out of (0, 100]: {st!r}")
        elif not percent_in_text(pct, text):
            err(doc, f"stake percent not found in article: {st!r}")
        if (holder, company) not in invest:
            err(doc, f"stake holder lacks investsIn/acquired relation: {st!r}")
        else:
            labs = {lab for s, lab, o in seen if s == holder and o == company}
            if isinstance(pct, (int, float)) and pct > 50 and "investsIn" in labs:
                err(doc, f"majority stake annotated as plain investsIn: {st!r}")

    # founding
    for f in rec["founding"]:
        if not (isinstance(f, list) and len(f) == 2 and is_str(f[0])):
            err(doc, f"malformed founding {f!r}")
            continue
        ents.add(f[0])
        y = f[1]
        if isinstance(y, bool) or not isinstance(y, int) or not 1800 <= y <= 2025:
            err(doc, f"founding year not an integer in 1800-2025: {f!r}")
        elif not re.search(r"(?<!\d)" + str(y) + r"(?!\d)", text):
            err(doc, f"founding year not found in article: {f!r}")

    # every entity string verbatim in the article
    for e in sorted(ents):
        if e not in text:
            err(doc, f"entity not found verbatim in article: {e!r}")


def main():
    if not os.path.isfile(GOLD):
        print(f"missing {GOLD}")
        return 1
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    for f in files:
        if not DOC_RE.match(f):
            err(f, "article file name does not match <fr|en>-<01..06>-<sector>.txt")
    if set(files) != EXPECTED_DOCS:
        missing = sorted(EXPECTED_DOCS - set(files))
        extra = sorted(set(files) - EXPECTED_DOCS)
        err("set", f"article files differ from the expected twelve; missing={missing} extra={extra}")
    langs = {"fr": {}, "en": {}}
    for f in files:
        m = DOC_RE.match(f)
        if m:
            lang, num, sector = m.groups()
            if num in langs[lang]:
                err(f, f"number {lang}-{num} used twice")
            langs[lang][num] = sector
    for lang, nums in langs.items():
        if sorted(nums) != ["01", "02", "03", "04", "05", "06"]:
            err("set", f"{lang} articles numbered {sorted(nums)} (want 01-06)")
    sectors = [s for nums in langs.values() for s in nums.values()]
    if len(sectors) != len(set(sectors)):
        err("set", "sectors are not distinct")

    records = {}
    with open(GOLD, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                err("gold.jsonl", f"line {n} is blank")
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                err("gold.jsonl", f"line {n} does not parse: {e}")
                continue
            if not isinstance(rec, dict) or set(rec) != KEYS:
                err("gold.jsonl", f"line {n} keys are not exactly {sorted(KEYS)}")
                continue
            bad = [k for k in KEYS - {"doc"} if not isinstance(rec[k], list)]
            if bad:
                err("gold.jsonl", f"line {n}: not lists: {bad}")
                continue
            doc = rec["doc"]
            if doc in records:
                err("gold.jsonl", f"line {n}: second gold line for {doc}")
                continue
            if not isinstance(doc, str) or not os.path.isfile(os.path.join(HERE, doc)):
                err("gold.jsonl", f"line {n}: doc {doc!r} does not exist")
                continue
            records[doc] = rec
    for f in files:
        if f not in records:
            err(f, "no gold line for this article")

    rows = []
    totals = {"fr": [0] * 6, "en": [0] * 6}
    for doc in sorted(records, key=lambda d: (d[:2] != "fr", d)):
        rec = records[doc]
        with open(os.path.join(HERE, doc), "rb") as fh:
            raw = fh.read()
        res = check_layout(doc, raw)
        if res is None:
            continue
        text, body, words = res
        check_record(rec, text)
        counts = [len(rec[k]) for k in ("relations", "valuations", "deals", "stakes", "founding")]
        rows.append((doc, words, counts))
        lang = doc[:2]
        if lang in totals:
            t = totals[lang]
            t[0] += 1
            for i, c in enumerate(counts):
                t[i + 1] += c

    print(f"{'doc':32} {'words':>5} {'rels':>4} {'vals':>4} {'deals':>5} {'stakes':>6} {'found':>5}")
    for doc, words, c in rows:
        print(f"{doc:32} {words:5d} {c[0]:4d} {c[1]:4d} {c[2]:5d} {c[3]:6d} {c[4]:5d}")
    print()
    print(f"{'language':10} {'articles':>8} {'rels':>5} {'vals':>5} {'deals':>5} {'stakes':>6} {'found':>5}")
    grand = [0] * 6
    for lang in ("fr", "en"):
        t = totals[lang]
        grand = [a + b for a, b in zip(grand, t)]
        print(f"{lang:10} {t[0]:8d} {t[1]:5d} {t[2]:5d} {t[3]:5d} {t[4]:6d} {t[5]:5d}")
    g = grand
    print(f"{'total':10} {g[0]:8d} {g[1]:5d} {g[2]:5d} {g[3]:5d} {g[4]:6d} {g[5]:5d}")
    print()
    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  - " + e)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
