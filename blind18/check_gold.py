#!/usr/bin/env python3
"""Validator for the blind18 held-out relation-extraction set.

Standard library only. Runnable from any directory: all paths are resolved
relative to this file. Exits 0 only when every check passes.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "gold.jsonl")

KEYS = {"doc", "relations", "valuations", "deals", "stakes", "founding"}
BASE_LABELS = {
    "acquired", "investsIn", "foundedBy", "leads", "worksFor", "joins",
    "headquarteredIn", "subsidiaryOf", "develops", "customerOf", "dependsOn",
    "partnersWith", "competesWith",
}
PAIR_LABELS = {
    "customerOf|dependsOn", "joins|worksFor", "acquired|investsIn",
    "customerOf|partnersWith",
}
ALLOWED_LABELS = BASE_LABELS | PAIR_LABELS
SYMMETRIC = {"partnersWith", "competesWith"}
INVEST_PARTS = {"investsIn", "acquired"}
CURRENCIES = {"EUR", "GBP", "USD", "CHF"}
NAME_RE = re.compile(r"^(fr|en)-(0[1-6])-([a-z0-9]+(?:-[a-z0-9]+)*)\.txt$")
MIN_WORDS, MAX_WORDS = 170, 230
MIN_REL, MAX_REL = 10, 18
MIN_PARAS, MAX_PARAS = 1, 3
YEAR_MIN, YEAR_MAX = 1800, 2025

errors = []


def err(where, msg):
    errors.append("%s: %s" % (where, msg))


def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def is_invest_label(label):
    return bool(set(label.split("|")) & INVEST_PARTS)


def check_layout(doc, text):
    """Check the article layout; return (body, word_count) or (None, 0)."""
    if "\r" in text:
        err(doc, "contains carriage returns")
    if not text.endswith("\n"):
        err(doc, "does not end with a newline")
        return None, 0
    if text.endswith("\n\n"):
        err(doc, "ends with a trailing blank line")
    lines = text[:-1].split("\n")
    if len(lines) < 3:
        err(doc, "too few lines (need headline, blank line, paragraph)")
        return None, 0
    if not lines[0].strip():
        err(doc, "line 1 (headline) is empty")
    if lines[1] != "":
        err(doc, "line 2 is not blank")
    paras = lines[2:]
    for i, line in enumerate(paras):
        lineno = i + 3
        if i % 2 == 0:
            if not line.strip():
                err(doc, "line %d should be a paragraph, found blank" % lineno)
        elif line != "":
            err(doc, "line %d should be a single blank separator" % lineno)
    if len(paras) % 2 == 0:
        err(doc, "body ends with a blank line")
    n_paras = (len(paras) + 1) // 2
    if not MIN_PARAS <= n_paras <= MAX_PARAS:
        err(doc, "has %d paragraphs (allowed %d-%d)" % (n_paras, MIN_PARAS, MAX_PARAS))
    for i, line in enumerate(lines):
        if line != line.strip():
            err(doc, "line %d has leading or trailing whitespace" % (i + 1))
    body = text.split("\n", 1)[1]
    words = len(body.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        err(doc, "body has %d words (allowed %d-%d)" % (words, MIN_WORDS, MAX_WORDS))
    return body, words


def need_str(doc, what, value):
    if not isinstance(value, str) or not value.strip():
        err(doc, "%s must be a non-empty string, got %r" % (what, value))
        return False
    return True


def in_text(doc, what, value, body):
    if need_str(doc, what, value) and value not in body:
        err(doc, "%s %r does not appear verbatim in the article body" % (what, value))


def check_record(doc, rec, body):
    counts = {}
    # ---- relations
    rels = rec["relations"]
    if not isinstance(rels, list):
        err(doc, "relations is not a list")
        rels = []
    seen = set()
    invest_pairs = set()
    for r in rels:
        if not (isinstance(r, list) and len(r) == 3):
            err(doc, "relation %r is not a [subject, label, object] triple" % (r,))
            continue
        s, label, o = r
        in_text(doc, "relation subject", s, body)
        in_text(doc, "relation object", o, body)
        if label not in ALLOWED_LABELS:
            err(doc, "relation label %r not allowed" % (label,))
            continue
        if s == o:
            err(doc, "relation %r links an entity to itself" % (r,))
        key = (s, label, o)
        if key in seen:
            err(doc, "duplicate relation %r" % (r,))
        if label in SYMMETRIC and (o, label, s) in seen:
            err(doc, "symmetric relation %r listed in both directions" % (r,))
        seen.add(key)
        if is_invest_label(label):
            invest_pairs.add((s, o))
    counts["relations"] = len(rels)
    if not MIN_REL <= len(rels) <= MAX_REL:
        err(doc, "%d relations (allowed %d-%d)" % (len(rels), MIN_REL, MAX_REL))

    # ---- valuations
    vals = rec["valuations"]
    if not isinstance(vals, list):
        err(doc, "valuations is not a list")
        vals = []
    vseen = set()
    for v in vals:
        if not (isinstance(v, list) and len(v) == 3):
            err(doc, "valuation %r is not [company, amount, currency]" % (v,))
            continue
        c, amount, cur = v
        in_text(doc, "valuation company", c, body)
        if not (is_int(amount) and amount > 0):
            err(doc, "valuation amount %r is not a positive integer" % (amount,))
        if cur not in CURRENCIES:
            err(doc, "valuation currency %r not allowed" % (cur,))
        if json.dumps(v) in vseen:
            err(doc, "duplicate valuation %r" % (v,))
        vseen.add(json.dumps(v))
    counts["valuations"] = len(vals)

    # ---- deals
    deals = rec["deals"]
    if not isinstance(deals, list):
        err(doc, "deals is not a list")
        deals = []
    dseen = set()
    for d in deals:
        if not (isinstance(d, list) and len(d) == 4):
            err(doc, "deal %r is not [buyer, target, amount, currency]" % (d,))
            continue
        b, t, amount, cur = d
        in_text(doc, "deal buyer", b, body)
        in_text(doc, "deal target", t, body)
        if amount is None:
            if cur is not None:
                err(doc, "deal %r has a null amount but a currency" % (d,))
        else:
            if not (is_int(amount) and amount > 0):
                err(doc, "deal amount %r is not a positive integer or null" % (amount,))
            if cur not in CURRENCIES:
                err(doc, "deal currency %r not allowed" % (cur,))
        if (b, t) not in invest_pairs:
            err(doc, "deal buyer %r has no acquired/investsIn relation toward %r" % (b, t))
        if json.dumps(d) in dseen:
            err(doc, "duplicate deal %r" % (d,))
        dseen.add(json.dumps(d))
    counts["deals"] = len(deals)

    # ---- stakes
    stakes = rec["stakes"]
    if not isinstance(stakes, list):
        err(doc, "stakes is not a list")
        stakes = []
    sseen = set()
    for st in stakes:
        if not (isinstance(st, list) and len(st) == 3):
            err(doc, "stake %r is not [holder, company, percent]" % (st,))
            continue
        h, c, pct = st
        in_text(doc, "stake holder", h, body)
        in_text(doc, "stake company", c, body)
        if not (is_num(pct) and 0 < pct <= 100):
            err(doc, "stake percent %r not in (0, 100]" % (pct,))
        if (h, c) not in invest_pairs:
            err(doc, "stake holder %r has no acquired/investsIn relation toward %r" % (h, c))
        if (h, c) in sseen:
            err(doc, "duplicate stake %r" % (st,))
        sseen.add((h, c))
    counts["stakes"] = len(stakes)

    # ---- founding
    founding = rec["founding"]
    if not isinstance(founding, list):
        err(doc, "founding is not a list")
        founding = []
    fseen = set()
    for f in founding:
        if not (isinstance(f, list) and len(f) == 2):
            err(doc, "founding %r is not [company, year]" % (f,))
            continue
        c, year = f
        in_text(doc, "founding company", c, body)
        if not (is_int(year) and YEAR_MIN <= year <= YEAR_MAX):
            err(doc, "founding year %r not an integer in %d-%d" % (year, YEAR_MIN, YEAR_MAX))
        elif str(year) not in body:
            err(doc, "founding year %d does not appear in the article" % year)
        if c in fseen:
            err(doc, "company %r has more than one founding entry" % (c,))
        fseen.add(c)
    counts["founding"] = len(founding)
    return counts


def main():
    if not os.path.isfile(GOLD):
        print("ERROR: gold.jsonl not found next to check_gold.py")
        return 1

    articles = {}
    for name in sorted(os.listdir(HERE)):
        if not name.endswith(".txt"):
            continue
        m = NAME_RE.match(name)
        if not m:
            err(name, "article file name does not match <fr|en>-<01..06>-<sector>.txt")
            continue
        articles[name] = m.groups()

    # numbering and sectors
    slots = {}
    sectors = {}
    for name, (lang, num, sector) in articles.items():
        if (lang, num) in slots:
            err(name, "number %s-%s already used by %s" % (lang, num, slots[(lang, num)]))
        slots[(lang, num)] = name
        if sector in sectors:
            err(name, "sector %r already used by %s" % (sector, sectors[sector]))
        sectors[sector] = name
    for lang in ("fr", "en"):
        for n in range(1, 7):
            if (lang, "%02d" % n) not in slots:
                err("set", "missing article %s-%02d" % (lang, n))
    nfr = sum(1 for v in articles.values() if v[0] == "fr")
    nen = sum(1 for v in articles.values() if v[0] == "en")
    if nfr != 6 or nen != 6:
        err("set", "expected 6 fr and 6 en articles, found %d fr and %d en" % (nfr, nen))

    # gold lines
    gold = {}
    with open(GOLD, encoding="utf-8") as fh:
        raw = fh.read()
    if raw and not raw.endswith("\n"):
        err("gold.jsonl", "does not end with a newline")
    for lineno, line in enumerate(raw.split("\n")[:-1] if raw.endswith("\n") else raw.split("\n"), 1):
        where = "gold.jsonl:%d" % lineno
        if not line.strip():
            err(where, "blank line")
            continue
        try:
            rec = json.loads(line)
        except ValueError as exc:
            err(where, "does not parse as JSON (%s)" % exc)
            continue
        if not isinstance(rec, dict):
            err(where, "is not a JSON object")
            continue
        if set(rec) != KEYS:
            err(where, "keys %s differ from %s" % (sorted(rec), sorted(KEYS)))
            continue
        doc = rec["doc"]
        if doc in gold:
            err(where, "second gold line for %r" % (doc,))
            continue
        gold[doc] = rec

    for doc in gold:
        if doc not in articles:
            err("gold.jsonl", "doc %r is not an article file in the folder" % (doc,))
    for name in articles:
        if name not in gold:
            err(name, "no gold line for this article")

    results = []
    for name in sorted(articles, key=lambda n: (0 if n.startswith("fr") else 1, n)):
        with open(os.path.join(HERE, name), "rb") as fh:
            data = fh.read()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            err(name, "is not valid UTF-8")
            continue
        body, words = check_layout(name, text)
        if body is None:
            body = text.split("\n", 1)[1] if "\n" in text else ""
        counts = None
        if name in gold:
            counts = check_record(name, gold[name], body)
        results.append((name, articles[name][0], words, counts))

    cols = ["relations", "valuations", "deals", "stakes", "founding"]
    print("%-32s %5s %5s %5s %5s %5s %5s" % ("article", "words", "rel", "val", "deals", "stake", "found"))
    totals = {"fr": dict.fromkeys(cols + ["articles"], 0), "en": dict.fromkeys(cols + ["articles"], 0)}
    for name, lang, words, counts in results:
        c = counts or dict.fromkeys(cols, 0)
        print("%-32s %5d %5d %5d %5d %5d %5d" % (name, words, c["relations"], c["valuations"],
                                                  c["deals"], c["stakes"], c["founding"]))
        totals[lang]["articles"] += 1
        for k in cols:
            totals[lang][k] += c[k]
    print()
    print("| language | articles | relations | valuations | deals | stakes | founding |")
    print("|---|---|---|---|---|---|---|")
    grand = dict.fromkeys(cols + ["articles"], 0)
    for lang, label in (("fr", "French"), ("en", "English")):
        t = totals[lang]
        for k in grand:
            grand[k] += t[k]
        print("| %s | %d | %d | %d | %d | %d | %d |" % (label, t["articles"], t["relations"], t["valuations"],
                                                       t["deals"], t["stakes"], t["founding"]))
    print("| total | %d | %d | %d | %d | %d | %d |" % (grand["articles"], grand["relations"], grand["valuations"],
                                                     grand["deals"], grand["stakes"], grand["founding"]))
    print()
    if errors:
        print("%d error(s):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
