#!/usr/bin/env python3
"""Validator for the blind19 relation-extraction evaluation set.

Standard library only; runnable from any directory. Exits 0 only when every
check passes, 1 otherwise.
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
COMBO_LABELS = {
    "customerOf|dependsOn", "joins|worksFor", "acquired|investsIn",
    "customerOf|partnersWith",
}
SYMMETRIC = {"partnersWith", "competesWith"}
CURRENCIES = {"EUR", "GBP", "USD", "CHF"}
NAME_RE = re.compile(r"^(fr|en)-(0[1-6])-([a-z0-9]+(?:-[a-z0-9]+)*)\.txt$")
MIN_REL, MAX_REL = 10, 18
MIN_WORDS, MAX_WORDS = 170, 230
YEAR_MIN, YEAR_MAX = 1800, 2025

errors = []


def err(where, msg):
    errors.append("%s: %s" % (where, msg))


def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


def is_str(x):
    return isinstance(x, str) and x.strip() != "" and x == x.strip()


def canon_label(label):
    """Return a frozenset of the alternative labels, or None if not allowed."""
    if not isinstance(label, str):
        return None
    parts = label.split("|")
    if len(parts) == 1:
        return frozenset(parts) if label in BASE_LABELS else None
    if len(parts) == 2:
        for combo in COMBO_LABELS:
            if sorted(parts) == sorted(combo.split("|")):
                return frozenset(parts)
    return None


def check_layout(name, text):
    """Check the article layout; return the body word count (or None)."""
    if "\r" in text:
        err(name, "carriage return found")
    if "\t" in text:
        err(name, "tab character found")
    if not text.endswith("\n"):
        err(name, "missing final newline")
        return None
    if text.endswith("\n\n"):
        err(name, "trailing blank line at end of file")
    lines = text[:-1].split("\n")
    if len(lines) < 3:
        err(name, "too few lines (need headline, blank line, paragraph)")
        return None
    headline = lines[0]
    if not headline.strip() or headline != headline.strip():
        err(name, "line 1 (headline) empty or with surrounding spaces")
    if lines[1] != "":
        err(name, "line 2 must be blank")
    body_lines = lines[2:]
    if len(body_lines) % 2 == 0:
        err(name, "body must alternate paragraph / blank line and end on a paragraph")
    paragraphs = body_lines[0::2]
    separators = body_lines[1::2]
    for i, sep in enumerate(separators):
        if sep != "":
            err(name, "expected a single blank line between paragraphs (body line %d)" % (2 * i + 2))
    for i, para in enumerate(paragraphs):
        if not para.strip():
            err(name, "paragraph %d is empty (double blank line?)" % (i + 1))
        elif para != para.strip():
            err(name, "paragraph %d has leading/trailing spaces" % (i + 1))
    if not 1 <= len(paragraphs) <= 3:
        err(name, "body has %d paragraphs (need 1-3)" % len(paragraphs))
    body = text.split("\n", 1)[1]
    words = len(body.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        err(name, "body has %d words (need %d-%d)" % (words, MIN_WORDS, MAX_WORDS))
    return words


def need_entity(where, text, value, what):
    if not is_str(value):
        err(where, "%s %r is not a non-empty trimmed string" % (what, value))
        return False
    if value not in text:
        err(where, "%s %r does not appear verbatim in the article" % (what, value))
        return False
    return True


def main():
    # ---- articles on disk -------------------------------------------------
    articles = {}
    for fn in sorted(os.listdir(HERE)):
        if not fn.endswith(".txt"):
            continue
        m = NAME_RE.match(fn)
        if not m:
            err(fn, "article file name does not follow <fr|en>-<01..06>-<sector>.txt")
            continue
        articles[fn] = m.groups()

    by_lang = {"fr": [], "en": []}
    sectors = {}
    for fn, (lang, num, sector) in articles.items():
        by_lang[lang].append(num)
        sectors.setdefault(sector, []).append(fn)
    for lang in ("fr", "en"):
        nums = sorted(by_lang[lang])
        if nums != ["01", "02", "03", "04", "05", "06"]:
            err("articles", "%s articles numbered %s (need exactly 01-06)" % (lang, nums))
    for sector, fns in sectors.items():
        if len(fns) > 1:
            err("articles", "sector %r used more than once: %s" % (sector, fns))

    # ---- gold -------------------------------------------------------------
    if not os.path.exists(GOLD):
        err("gold.jsonl", "file not found")
        return report({}, {})
    with open(GOLD, encoding="utf-8") as fh:
        raw = fh.read()
    if raw and not raw.endswith("\n"):
        err("gold.jsonl", "missing final newline")

    gold = {}
    for ln, line in enumerate(raw.split("\n"), 1):
        if line.strip() == "":
            if ln != len(raw.split("\n")):
                err("gold.jsonl:%d" % ln, "blank line")
            continue
        try:
            obj = json.loads(line)
        except ValueError as exc:
            err("gold.jsonl:%d" % ln, "invalid JSON (%s)" % exc)
            continue
        if not isinstance(obj, dict) or set(obj) != KEYS:
            err("gold.jsonl:%d" % ln, "keys must be exactly %s" % sorted(KEYS))
            continue
        doc = obj["doc"]
        if doc in gold:
            err("gold.jsonl:%d" % ln, "duplicate gold line for %s" % doc)
            continue
        if doc not in articles:
            err("gold.jsonl:%d" % ln, "doc %r is not an article in the folder" % doc)
            continue
        gold[doc] = obj
    for fn in articles:
        if fn not in gold:
            err(fn, "no gold line for this article")

    counts = {}
    words_by_doc = {}
    for doc in sorted(gold):
        obj = gold[doc]
        with open(os.path.join(HERE, doc), encoding="utf-8") as fh:
            text = fh.read()
        words_by_doc[doc] = check_layout(doc, text)

        for key in ("relations", "valuations", "deals", "stakes", "founding"):
            if not isinstance(obj[key], list):
                err(doc, "%s must be a list" % key)
                obj[key] = []

        # relations
        seen = {}
        pairs = {}
        invest_pairs = set()
        for i, rel in enumerate(obj["relations"]):
            where = "%s relation %d" % (doc, i + 1)
            if not isinstance(rel, list) or len(rel) != 3:
                err(where, "must be [subject, relation, object]")
                continue
            subj, label, objct = rel
            labels = canon_label(label)
            if labels is None:
                err(where, "label %r not allowed" % (label,))
                continue
            need_entity(where, text, subj, "subject")
            need_entity(where, text, objct, "object")
            if subj == objct:
                err(where, "subject and object are identical")
            key = (subj, labels, objct)
            if key in seen:
                err(where, "duplicate of relation %d" % seen[key])
            seen[key] = i + 1
            for other in pairs.get((subj, objct), []):
                if other & labels:
                    err(where, "overlaps an earlier relation between the same entities")
            pairs.setdefault((subj, objct), []).append(labels)
            if len(labels) == 1 and next(iter(labels)) in SYMMETRIC:
                if (objct, labels, subj) in seen:
                    err(where, "symmetric relation listed in both directions")
            if labels & {"investsIn", "acquired"}:
                invest_pairs.add((subj, objct))
        nrel = len(obj["relations"])
        if not MIN_REL <= nrel <= MAX_REL:
            err(doc, "%d relations (need %d-%d)" % (nrel, MIN_REL, MAX_REL))

        # valuations
        for i, val in enumerate(obj["valuations"]):
            where = "%s valuation %d" % (doc, i + 1)
            if not isinstance(val, list) or len(val) != 3:
                err(where, "must be [company, amount, currency]")
                continue
            need_entity(where, text, val[0], "company")
            if not (is_int(val[1]) and val[1] > 0):
                err(where, "amount must be a positive integer")
            if val[2] not in CURRENCIES:
                err(where, "currency %r not in %s" % (val[2], sorted(CURRENCIES)))

        # deals
        seen_deals = set()
        for i, deal in enumerate(obj["deals"]):
            where = "%s deal %d" % (doc, i + 1)
            if not isinstance(deal, list) or len(deal) != 4:
                err(where, "must be [investor_or_buyer, target, amount_or_null, currency_or_null]")
                continue
            buyer, target, amount, cur = deal
            need_entity(where, text, buyer, "buyer")
            need_entity(where, text, target, "target")
            if amount is None:
                if cur is not None:
                    err(where, "null amount must have null currency")
            else:
                if not (is_int(amount) and amount > 0):
                    err(where, "amount must be a positive integer or null")
                if cur not in CURRENCIES:
                    err(where, "currency %r not in %s" % (cur, sorted(CURRENCIES)))
            if (buyer, target) in seen_deals:
                err(where, "duplicate deal")
            seen_deals.add((buyer, target))
            if (buyer, target) not in invest_pairs:
                err(where, "no acquired/investsIn relation from buyer to target")

        # stakes
        for i, st in enumerate(obj["stakes"]):
            where = "%s stake %d" % (doc, i + 1)
            if not isinstance(st, list) or len(st) != 3:
                err(where, "must be [holder, company, percent]")
                continue
            holder, company, pct = st
            need_entity(where, text, holder, "holder")
            need_entity(where, text, company, "company")
            if not (isinstance(pct, (int, float)) and not isinstance(pct, bool) and 0 < pct <= 100):
                err(where, "percent must be a number in (0, 100]")
            else:
                shown = str(int(pct)) if float(pct).is_integer() else str(pct)
                if shown not in text and shown.replace(".", ",") not in text:
                    err(where, "percent %s not found in the article" % shown)
            if (holder, company) not in invest_pairs:
                err(where, "stake holder has no investsIn/acquired relation toward the company")

        # founding
        for i, fd in enumerate(obj["founding"]):
            where = "%s founding %d" % (doc, i + 1)
            if not isinstance(fd, list) or len(fd) != 2:
                err(where, "must be [company, year]")
                continue
            need_entity(where, text, fd[0], "company")
            if not (is_int(fd[1]) and YEAR_MIN <= fd[1] <= YEAR_MAX):
                err(where, "year must be an integer in %d-%d" % (YEAR_MIN, YEAR_MAX))
            elif str(fd[1]) not in text:
                err(where, "year %d not found in the article" % fd[1])

        counts[doc] = {
            "relations": nrel,
            "valuations": len(obj["valuations"]),
            "deals": len(obj["deals"]),
            "stakes": len(obj["stakes"]),
            "founding": len(obj["founding"]),
        }
    return report(counts, words_by_doc)


def report(counts, words_by_doc):
    fields = ["relations", "valuations", "deals", "stakes", "founding"]
    header = "%-30s %4s %5s %4s %5s %6s %8s %5s" % (
        "doc", "lang", "rels", "vals", "deals", "stakes", "founding", "words")
    print(header)
    print("-" * len(header))
    totals = {"fr": dict.fromkeys(fields, 0), "en": dict.fromkeys(fields, 0)}
    ndocs = {"fr": 0, "en": 0}
    for doc in sorted(counts, key=lambda d: (d[:2] != "fr", d)):
        c = counts[doc]
        lang = doc[:2]
        ndocs[lang] += 1
        for f in fields:
            totals[lang][f] += c[f]
        w = words_by_doc.get(doc)
        print("%-30s %4s %5d %4d %5d %6d %8d %5s" % (
            doc, lang, c["relations"], c["valuations"], c["deals"], c["stakes"],
            c["founding"], "?" if w is None else w))
    print()
    print("%-8s %8s %9s %10s %5s %6s %8s" % (
        "language", "articles", "relations", "valuations", "deals", "stakes", "founding"))
    grand = dict.fromkeys(fields, 0)
    for lang, label in (("fr", "French"), ("en", "English")):
        t = totals[lang]
        for f in fields:
            grand[f] += t[f]
        print("%-8s %8d %9d %10d %5d %6d %8d" % (
            label, ndocs[lang], t["relations"], t["valuations"], t["deals"],
            t["stakes"], t["founding"]))
    print("%-8s %8d %9d %10d %5d %6d %8d" % (
        "total", ndocs["fr"] + ndocs["en"], grand["relations"], grand["valuations"],
        grand["deals"], grand["stakes"], grand["founding"]))
    print()
    if errors:
        print("%d problem(s):" % len(errors))
        for e in errors:
            print("  - " + e)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
