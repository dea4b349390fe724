#!/usr/bin/env python3
"""Validate the blind20 held-out relation-extraction set.

Python 3 standard library only; runnable from any directory.
Checks gold.jsonl against the twelve article files that sit next to this
script, prints per-article and per-language counts, and exits 0 only when
every check passes.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "gold.jsonl")

SECTORS = {
    "fr": ["savonnerie", "chaussures", "horlogerie", "faiencerie",
           "biscuiterie", "tonnellerie"],
    "en": ["wallpaper", "luggage", "mushroom-farming", "pasta", "kayaks",
           "printing-inks"],
}
EXPECTED = {
    "%s-%02d-%s.txt" % (lang, i + 1, sector)
    for lang, sectors in SECTORS.items()
    for i, sector in enumerate(sectors)
}
DOC_RE = re.compile(r"^(fr|en)-(0[1-6])-([a-z]+(?:-[a-z]+)*)\.txt$")

BASE_LABELS = {
    "acquired", "investsIn", "foundedBy", "leads", "worksFor", "joins",
    "headquarteredIn", "subsidiaryOf", "develops", "customerOf", "dependsOn",
    "partnersWith", "competesWith",
}
PAIR_LABELS = [
    frozenset(("customerOf", "dependsOn")),
    frozenset(("joins", "worksFor")),
    frozenset(("acquired", "investsIn")),
    frozenset(("customerOf", "partnersWith")),
]
SYMMETRIC = {"partnersWith", "competesWith"}
OWNERSHIP = {"acquired", "investsIn"}
KEYS = {"doc", "relations", "valuations", "deals", "stakes", "founding"}
CURRENCIES = {"EUR", "GBP", "USD", "CHF"}
MIN_REL, MAX_REL = 10, 18
MIN_WORDS, MAX_WORDS = 170, 230

errors = []


def err(doc, msg):
    errors.append("%s: %s" % (doc, msg))


def label_parts(label):
    """Return the frozenset of base labels for an allowed label, else None."""
    if not isinstance(label, str):
        return None
    parts = label.split("|")
    if len(parts) == 1:
        return frozenset(parts) if parts[0] in BASE_LABELS else None
    if len(parts) == 2 and parts[0] != parts[1]:
        fs = frozenset(parts)
        return fs if fs in PAIR_LABELS else None
    return None


def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


def is_number(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def percent_in_text(p, text):
    if float(p) == int(p):
        forms = [str(int(p))]
    else:
        s = repr(float(p))
        forms = [s, s.replace(".", ",")]
    for f in forms:
        pat = (r"(?<![\d.,])" + re.escape(f)
               + r"\s*(?:%|per\s?cent|pour\s?cent)")
        if re.search(pat, text):
            return True
    return False


def check_layout(doc, raw):
    """Check layout; return (text, body word count) or (text, None)."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        err(doc, "not valid UTF-8")
        return None, None
    if "\r" in text:
        err(doc, "contains carriage returns")
    if not text.endswith("\n"):
        err(doc, "does not end with a newline")
        return text, None
    if text.endswith("\n\n"):
        err(doc, "trailing blank line at end of file")
        return text, None
    lines = text[:-1].split("\n")
    if len(lines) < 3:
        err(doc, "too few lines")
        return text, None
    if not lines[0].strip():
        err(doc, "line 1 (headline) is empty")
    if lines[1] != "":
        err(doc, "line 2 is not blank")
    rest = lines[2:]
    # paragraphs at even offsets, blank separators at odd offsets
    if len(rest) % 2 != 1:
        err(doc, "body does not alternate paragraph / blank line")
    for i, line in enumerate(rest):
        if i % 2 == 0:
            if not line.strip():
                err(doc, "empty paragraph or double blank line at body line %d" % (i + 1))
        elif line != "":
            err(doc, "paragraphs not separated by single blank lines")
    n_par = (len(rest) + 1) // 2
    if not 1 <= n_par <= 3:
        err(doc, "body has %d paragraphs (want 1-3)" % n_par)
    body = "\n".join(rest)
    words = len(body.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        err(doc, "body has %d words (want %d-%d)" % (words, MIN_WORDS, MAX_WORDS))
    return text, words


def check_entity(doc, ent, text, where):
    if not isinstance(ent, str) or not ent.strip():
        err(doc, "%s: entity %r is not a non-empty string" % (where, ent))
        return
    if ent != ent.strip():
        err(doc, "%s: entity %r has surrounding whitespace" % (where, ent))
    if text is not None and ent not in text:
        err(doc, "%s: entity %r does not appear verbatim in the article" % (where, ent))


def check_record(doc, rec, text):
    rels = rec.get("relations")
    if not isinstance(rels, list):
        err(doc, "relations is not a list")
        rels = []
    parsed = []  # (subject, parts, object, label)
    for r in rels:
        if not (isinstance(r, list) and len(r) == 3):
            err(doc, "relation %r is not a triple" % (r,))
            continue
        s, label, o = r
        parts = label_parts(label)
        if parts is None:
            err(doc, "relation label %r not allowed" % (label,))
            continue
        check_entity(doc, s, text, "relation subject")
        check_entity(doc, o, text, "relation object")
        if s == o:
            err(doc, "relation %r has identical subject and object" % (r,))
        parsed.append((s, parts, o, label))
    if not MIN_REL <= len(rels) <= MAX_REL:
        err(doc, "%d relations (want %d-%d)" % (len(rels), MIN_REL, MAX_REL))

    # duplicates, overlapping labels and symmetric relations in both directions
    for i in range(len(parsed)):
        s1, p1, o1, l1 = parsed[i]
        for j in range(i + 1, len(parsed)):
            s2, p2, o2, l2 = parsed[j]
            same_dir = (s1 == s2 and o1 == o2)
            reverse = (s1 == o2 and o1 == s2)
            if same_dir and l1 == l2:
                err(doc, "duplicate relation %r" % ([s1, l1, o1],))
            elif same_dir and p1 & p2:
                err(doc, "overlapping labels %r and %r between %r and %r"
                    % (l1, l2, s1, o1))
            if reverse:
                common = p1 & p2
                if common & SYMMETRIC:
                    err(doc, "symmetric relation %r listed in both directions "
                        "between %r and %r" % (sorted(common & SYMMETRIC), s1, o1))
                elif common:
                    err(doc, "relations %r and %r run both ways between %r and %r"
                        % (l1, l2, s1, o1))

    def owns(holder, company):
        return any(s == holder and o == company and (p & OWNERSHIP)
                   for s, p, o, _ in parsed)

    # valuations
    vals = rec.get("valuations")
    if not isinstance(vals, list):
        err(doc, "valuations is not a list")
        vals = []
    for v in vals:
        if not (isinstance(v, list) and len(v) == 3):
            err(doc, "valuation %r is not [company, amount, currency]" % (v,))
            continue
        c, amt, cur = v
        check_entity(doc, c, text, "valuation company")
        if not (is_int(amt) and amt > 0):
            err(doc, "valuation amount %r is not a positive integer" % (amt,))
        if cur not in CURRENCIES:
            err(doc, "valuation currency %r not in %s" % (cur, sorted(CURRENCIES)))

    # deals
    deals = rec.get("deals")
    if not isinstance(deals, list):
        err(doc, "deals is not a list")
        deals = []
    seen = set()
    for d in deals:
        if not (isinstance(d, list) and len(d) == 4):
            err(doc, "deal %r is not [buyer, target, amount, currency]" % (d,))
            continue
        b, t, amt, cur = d
        check_entity(doc, b, text, "deal buyer")
        check_entity(doc, t, text, "deal target")
        key = json.dumps(d, ensure_ascii=False)
        if key in seen:
            err(doc, "duplicate deal %r" % (d,))
        seen.add(key)
        if amt is None:
            if cur is not None:
                err(doc, "deal %r has null amount but currency %r" % (d, cur))
        else:
            if not (is_int(amt) and amt > 0):
                err(doc, "deal amount %r is not a positive integer" % (amt,))
            if cur not in CURRENCIES:
                err(doc, "deal currency %r not in %s" % (cur, sorted(CURRENCIES)))
        if not owns(b, t):
            err(doc, "deal buyer %r has no investsIn/acquired relation toward %r" % (b, t))

    # stakes
    stakes = rec.get("stakes")
    if not isinstance(stakes, list):
        err(doc, "stakes is not a list")
        stakes = []
    seen = set()
    for st in stakes:
        if not (isinstance(st, list) and len(st) == 3):
            err(doc, "stake %r is not [holder, company, percent]" % (st,))
            continue
        h, c, pct = st
        check_entity(doc, h, text, "stake holder")
        check_entity(doc, c, text, "stake company")
        if (h, c) in seen:
            err(doc, "duplicate stake %r" % (st,))
        seen.add((h, c))
        if not (is_number(pct) and 0 < pct <= 100):
            err(doc, "stake percent %r not in (0, 100]" % (pct,))
        elif text is not None and not percent_in_text(pct, text):
            err(doc, "stake percent %r does not appear in the article" % (pct,))
        if not owns(h, c):
            err(doc, "stake holder %r has no investsIn/acquired relation toward %r" % (h, c))

    # founding
    founding = rec.get("founding")
    if not isinstance(founding, list):
        err(doc, "founding is not a list")
        founding = []
    for f in founding:
        if not (isinstance(f, list) and len(f) == 2):
            err(doc, "founding %r is not [company, year]" % (f,))
            continue
        c, year = f
        check_entity(doc, c, text, "founding company")
        if not (is_int(year) and 1800 <= year <= 2025):
            err(doc, "founding year %r not an integer in 1800-2025" % (year,))
        elif text is not None and not re.search(r"(?<!\d)%d(?!\d)" % year, text):
            err(doc, "founding year %d does not appear in the article" % year)

    return {
        "relations": len(rels), "valuations": len(vals), "deals": len(deals),
        "stakes": len(stakes), "founding": len(founding),
    }


def main():
    if not os.path.isfile(GOLD):
        print("missing gold.jsonl next to check_gold.py")
        return 1

    # files actually present in the folder
    present = {f for f in os.listdir(HERE) if DOC_RE.match(f)}
    for f in sorted(present - EXPECTED):
        err(f, "unexpected article file (sector or number not in the list)")
    for f in sorted(EXPECTED - present):
        err(f, "article file missing")

    # languages / numbers / sectors
    by_lang = {"fr": [], "en": []}
    for f in present & EXPECTED:
        m = DOC_RE.match(f)
        by_lang[m.group(1)].append((m.group(2), m.group(3)))
    for lang, items in by_lang.items():
        nums = sorted(n for n, _ in items)
        if nums != ["%02d" % i for i in range(1, 7)]:
            err(lang, "articles not numbered 01-06: %s" % nums)
        secs = [s for _, s in items]
        if len(set(secs)) != len(secs):
            err(lang, "sectors not distinct")
    all_secs = [s for items in by_lang.values() for _, s in items]
    if len(set(all_secs)) != len(all_secs):
        err("all", "sectors not distinct across languages")

    records = {}
    with open(GOLD, "rb") as fh:
        raw_lines = fh.read().decode("utf-8").split("\n")
    if raw_lines and raw_lines[-1] == "":
        raw_lines = raw_lines[:-1]
    for n, line in enumerate(raw_lines, 1):
        where = "gold.jsonl:%d" % n
        if not line.strip():
            err(where, "blank line")
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            err(where, "does not parse: %s" % e)
            continue
        if not isinstance(rec, dict):
            err(where, "not a JSON object")
            continue
        if set(rec) != KEYS:
            err(where, "keys %s, want exactly %s" % (sorted(rec), sorted(KEYS)))
        doc = rec.get("doc")
        if not isinstance(doc, str):
            err(where, "doc is not a string")
            continue
        if doc in records:
            err(where, "second gold line for %s" % doc)
            continue
        if doc not in EXPECTED:
            err(where, "doc %r is not one of the expected article files" % doc)
        records[doc] = rec
    for doc in sorted(EXPECTED - set(records)):
        err(doc, "no gold line")

    fields = ["relations", "valuations", "deals", "stakes", "founding"]
    totals = {lang: dict.fromkeys(fields + ["articles", "words"], 0)
              for lang in ("fr", "en")}
    rows = []
    for doc in sorted(records, key=lambda d: (d[:2] != "fr", d)):
        path = os.path.join(HERE, doc)
        text, words = None, None
        if os.path.isfile(path):
            with open(path, "rb") as fh:
                text, words = check_layout(doc, fh.read())
        else:
            err(doc, "article file does not exist")
        counts = check_record(doc, records[doc], text)
        rows.append((doc, words, counts))
        lang = doc[:2]
        if lang in totals:
            totals[lang]["articles"] += 1
            totals[lang]["words"] += words or 0
            for k in fields:
                totals[lang][k] += counts[k]

    hdr = "%-28s %6s %5s %5s %5s %6s %5s" % (
        "doc", "words", "rels", "vals", "deals", "stakes", "found")
    print(hdr)
    print("-" * len(hdr))
    for doc, words, c in rows:
        print("%-28s %6s %5d %5d %5d %6d %5d" % (
            doc, words if words is not None else "?", c["relations"],
            c["valuations"], c["deals"], c["stakes"], c["founding"]))
    print()
    print("| language | articles | relations | valuations | deals | stakes | founding |")
    print("|---|---|---|---|---|---|---|")
    grand = dict.fromkeys(fields + ["articles"], 0)
    for lang, name in (("fr", "French"), ("en", "English")):
        t = totals[lang]
        for k in grand:
            grand[k] += t[k]
        print("| %s | %d | %d | %d | %d | %d | %d |" % (
            name, t["articles"], t["relations"], t["valuations"], t["deals"],
            t["stakes"], t["founding"]))
    print("| **total** | %d | %d | %d | %d | %d | %d |" % (
        grand["articles"], grand["relations"], grand["valuations"],
        grand["deals"], grand["stakes"], grand["founding"]))
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
