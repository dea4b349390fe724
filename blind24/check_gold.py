#!/usr/bin/env python3
"""Validator for blind24 (held-out relation-extraction set, listed mid-caps, wire style).

Standard library only. Usage:  python3 /work/main/blind24/check_gold.py
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
ALTERNATIVES = {
    "customerOf|dependsOn", "joins|worksFor", "acquired|investsIn",
    "customerOf|partnersWith",
}
LABELS = SINGLE | ALTERNATIVES
SYMMETRIC = {"partnersWith", "competesWith"}
HOLDING = {"investsIn", "acquired", "acquired|investsIn"}
CURRENCIES = {"EUR", "GBP", "USD", "CHF"}
LEGAL_SUFFIXES = ["SAS", "SA", "GmbH", "Inc.", "plc", "Ltd", "AG", "NV", "SpA", "SL", "LLC"]
NAME_RE = re.compile(r"^(fr|en)-(0[1-6])-([a-z0-9]+(?:-[a-z0-9]+)*)\.txt$")

# slug -> sector (English), used to check that the twelve sectors are distinct
SECTORS = {
    "signalisation-ferroviaire": "rail signalling",
    "adhesifs-industriels": "industrial adhesives",
    "compteurs-eau": "water meters",
    "location-chariots-elevateurs": "forklift rental",
    "impression-etiquettes": "label printing",
    "sterilisation-hospitaliere": "hospital sterilisation services",
    "industrial-valves": "industrial valves",
    "marine-coatings": "marine coatings",
    "electrical-switchgear": "electrical switchgear",
    "road-marking": "road marking",
    "airport-ground-handling": "airport ground handling",
    "fire-suppression": "fire-suppression systems",
}

MIN_WORDS, MAX_WORDS = 170, 230
MIN_REL, MAX_REL = 10, 18

errors = []


def err(where, msg):
    errors.append("%s: %s" % (where, msg))


def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


def is_num(x):
    return (isinstance(x, (int, float))) and not isinstance(x, bool)


def check_layout(name, raw):
    """Return (text, body_word_count) or (None, 0) when the file is unusable."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        err(name, "not valid UTF-8")
        return None, 0
    if text.startswith("\ufeff"):
        err(name, "starts with a byte-order mark")
    if "\r" in text:
        err(name, "contains carriage returns")
        text = text.replace("\r", "")
    if not text.endswith("\n"):
        err(name, "missing final newline")
    elif text.endswith("\n\n"):
        err(name, "trailing blank line at end of file")
    lines = text.rstrip("\n").split("\n")
    if len(lines) < 3:
        err(name, "too few lines (need headline, blank line, paragraph)")
        return text, 0
    if not lines[0].strip():
        err(name, "line 1 (headline) is empty")
    if lines[0] != lines[0].strip():
        err(name, "headline has leading/trailing whitespace")
    if lines[1] != "":
        err(name, "line 2 must be blank")
    body = lines[2:]
    if len(body) % 2 == 0:
        err(name, "body lines do not alternate paragraph / single blank line")
    for i, line in enumerate(body):
        if i % 2 == 0:
            if not line.strip():
                err(name, "empty paragraph or double blank line at line %d" % (i + 3))
            elif line != line.strip():
                err(name, "paragraph at line %d has leading/trailing whitespace" % (i + 3))
        elif line != "":
            err(name, "line %d should be a single blank separator line" % (i + 3))
    paragraphs = (len(body) + 1) // 2
    if not 1 <= paragraphs <= 3:
        err(name, "%d paragraphs (need 1-3)" % paragraphs)
    words = len("\n".join(lines[1:]).split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        err(name, "body has %d words (need %d-%d)" % (words, MIN_WORDS, MAX_WORDS))
    return text, words


def percent_in_text(p, text):
    if float(p).is_integer():
        nums = [str(int(p))]
    else:
        s = ("%f" % p).rstrip("0").rstrip(".")
        nums = [s, s.replace(".", ",")]
    for n in nums:
        pat = r"(?<![\d.,])" + re.escape(n) + r"\s?(?:%|per cent|percent)"
        if re.search(pat, text):
            return True
    return False


def suffix_checks(doc, entity, text):
    """Legal-suffix convention: keep the suffix only if the text never writes the name without it."""
    for suf in LEGAL_SUFFIXES:
        if entity.endswith(" " + suf):
            base = entity[: -len(suf) - 1]
            for m in re.finditer(re.escape(base), text):
                before = text[m.start() - 1] if m.start() > 0 else " "
                after = text[m.end():]
                if before.isalnum():
                    continue
                if re.match(r"\s" + re.escape(suf) + r"(?![A-Za-z])", after):
                    continue
                if after[:1].isalnum() or re.match(r"\s+[A-ZÀ-ÖØ-Þ]", after):
                    continue  # part of a longer name
                err(doc, "entity %r keeps a legal suffix but the text also writes %r without it"
                    % (entity, base))
                break
            return
    occ = [m for m in re.finditer(re.escape(entity), text)]
    if occ:
        with_suffix = 0
        for m in occ:
            after = text[m.end():]
            if any(re.match(r"\s" + re.escape(s) + r"(?![A-Za-z])", after) for s in LEGAL_SUFFIXES):
                with_suffix += 1
        if with_suffix == len(occ):
            err(doc, "entity %r is always written with a legal suffix; include it" % entity)


def check_entity(doc, entity, text, what):
    if not isinstance(entity, str) or not entity.strip():
        err(doc, "%s: entity must be a non-empty string, got %r" % (what, entity))
        return False
    if entity != entity.strip():
        err(doc, "%s: entity %r has leading/trailing whitespace" % (what, entity))
    if entity not in text:
        err(doc, "%s: entity %r does not appear verbatim in the article" % (what, entity))
        return False
    suffix_checks(doc, entity, text)
    return True


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    articles = {}
    langs = {"fr": [], "en": []}
    slugs = {}
    for f in files:
        m = NAME_RE.match(f)
        if not m:
            err(f, "file name does not match <fr|en>-<01..06>-<sector-slug>.txt")
            continue
        lang, num, slug = m.groups()
        langs[lang].append(num)
        if slug in slugs:
            err(f, "sector slug %r already used by %s" % (slug, slugs[slug]))
        slugs[slug] = f
        if slug not in SECTORS:
            err(f, "sector slug %r not in SECTORS map" % slug)
        with open(os.path.join(HERE, f), "rb") as fh:
            raw = fh.read()
        text, words = check_layout(f, raw)
        articles[f] = (lang, text, words)
    for lang in ("fr", "en"):
        if sorted(langs[lang]) != ["01", "02", "03", "04", "05", "06"]:
            err(lang, "articles numbered %s (need exactly 01-06)" % sorted(langs[lang]))
    sectors = [SECTORS[s] for s in slugs if s in SECTORS]
    if len(set(sectors)) != len(sectors):
        err("sectors", "sectors are not distinct")

    counts = {}
    seen_docs = set()
    if not os.path.exists(GOLD):
        err("gold.jsonl", "missing")
        lines = []
    else:
        with open(GOLD, "rb") as fh:
            graw = fh.read()
        try:
            gtext = graw.decode("utf-8")
        except UnicodeDecodeError:
            err("gold.jsonl", "not valid UTF-8")
            gtext = ""
        if "\r" in gtext:
            err("gold.jsonl", "contains carriage returns")
        lines = gtext.split("\n")
        if lines and lines[-1] == "":
            lines = lines[:-1]
    for ln, line in enumerate(lines, 1):
        where = "gold.jsonl:%d" % ln
        if not line.strip():
            err(where, "blank line")
            continue
        try:
            obj = json.loads(line)
        except ValueError as e:
            err(where, "invalid JSON (%s)" % e)
            continue
        if not isinstance(obj, dict) or set(obj) != KEYS:
            err(where, "must have exactly the keys %s" % sorted(KEYS))
            continue
        doc = obj["doc"]
        if doc not in articles:
            err(where, "doc %r is not an article file in the folder" % doc)
            continue
        if doc in seen_docs:
            err(where, "second gold line for %s" % doc)
            continue
        seen_docs.add(doc)
        lang, text, words = articles[doc]
        if text is None:
            continue
        for k in ("relations", "valuations", "deals", "stakes", "founding"):
            if not isinstance(obj[k], list):
                err(doc, "%s must be a list" % k)
                obj[k] = []

        # relations
        rels = obj["relations"]
        rel_set = set()
        by_pair = {}
        for r in rels:
            if not (isinstance(r, list) and len(r) == 3 and all(isinstance(x, str) for x in r)):
                err(doc, "relation %r is not [subject, relation, object] strings" % (r,))
                continue
            s, lab, o = r
            if lab not in LABELS:
                err(doc, "unknown label %r in %r" % (lab, r))
            check_entity(doc, s, text, "relation subject")
            check_entity(doc, o, text, "relation object")
            if s == o:
                err(doc, "relation %r links an entity to itself" % (r,))
            if (s, lab, o) in rel_set:
                err(doc, "duplicate relation %r" % (r,))
                continue
            labs = set(lab.split("|"))
            for other in by_pair.get((s, o), []):
                if labs & other:
                    err(doc, "relations between %r and %r have overlapping labels (%s / %s)"
                        % (s, o, lab, "|".join(sorted(other))))
            for other in by_pair.get((o, s), []):
                if labs & other & SYMMETRIC:
                    err(doc, "symmetric relation %s between %r and %r listed both ways"
                        % ("|".join(sorted(labs & other & SYMMETRIC)), s, o))
            rel_set.add((s, lab, o))
            by_pair.setdefault((s, o), []).append(labs)
        if not MIN_REL <= len(rel_set) <= MAX_REL:
            err(doc, "%d relations (need %d-%d)" % (len(rel_set), MIN_REL, MAX_REL))

        def holding_labels(holder, company):
            return [lab for (s, lab, o) in rel_set if s == holder and o == company and lab in HOLDING]

        # valuations
        seen = set()
        for v in obj["valuations"]:
            if not (isinstance(v, list) and len(v) == 3):
                err(doc, "valuation %r is not [company, amount, currency]" % (v,))
                continue
            c, amt, cur = v
            check_entity(doc, c, text, "valuation")
            if not (is_int(amt) and amt > 0):
                err(doc, "valuation amount %r must be a positive integer" % (amt,))
            if cur not in CURRENCIES:
                err(doc, "valuation currency %r not in %s" % (cur, sorted(CURRENCIES)))
            key = json.dumps(v, ensure_ascii=False)
            if key in seen:
                err(doc, "duplicate valuation %r" % (v,))
            seen.add(key)

        # deals
        seen = set()
        for d in obj["deals"]:
            if not (isinstance(d, list) and len(d) == 4):
                err(doc, "deal %r is not [buyer, target, amount|null, currency|null]" % (d,))
                continue
            b, t, amt, cur = d
            ok = check_entity(doc, b, text, "deal buyer") & check_entity(doc, t, text, "deal target")
            if amt is None:
                if cur is not None:
                    err(doc, "deal %r: null amount needs null currency" % (d,))
            else:
                if not (is_int(amt) and amt > 0):
                    err(doc, "deal amount %r must be a positive integer or null" % (amt,))
                if cur not in CURRENCIES:
                    err(doc, "deal currency %r not in %s" % (cur, sorted(CURRENCIES)))
            if b == t:
                err(doc, "deal %r: buyer and target are the same" % (d,))
            if ok and not holding_labels(b, t):
                err(doc, "deal buyer %r has no investsIn/acquired relation toward %r" % (b, t))
            key = json.dumps(d, ensure_ascii=False)
            if key in seen:
                err(doc, "duplicate deal %r" % (d,))
            seen.add(key)

        # stakes
        seen = set()
        for st in obj["stakes"]:
            if not (isinstance(st, list) and len(st) == 3):
                err(doc, "stake %r is not [holder, company, percent]" % (st,))
                continue
            h, c, p = st
            ok = check_entity(doc, h, text, "stake holder") & check_entity(doc, c, text, "stake company")
            if not (is_num(p) and 0 < p <= 100):
                err(doc, "stake percent %r must be a number in (0, 100]" % (p,))
            elif not percent_in_text(p, text):
                err(doc, "stake percent %r not found in the article followed by %%, per cent or percent" % (p,))
            if ok:
                labs = holding_labels(h, c)
                if not labs:
                    err(doc, "stake holder %r has no investsIn/acquired relation toward %r" % (h, c))
                elif is_num(p) and p > 50 and "investsIn" in labs and len(labs) == 1:
                    err(doc, "majority stake %r labelled plain investsIn" % (st,))
                elif is_num(p) and p <= 50 and labs == ["acquired"]:
                    err(doc, "minority stake %r labelled plain acquired" % (st,))
            key = json.dumps(st, ensure_ascii=False)
            if key in seen:
                err(doc, "duplicate stake %r" % (st,))
            seen.add(key)

        # founding
        seen = set()
        for fd in obj["founding"]:
            if not (isinstance(fd, list) and len(fd) == 2):
                err(doc, "founding %r is not [company, year]" % (fd,))
                continue
            c, y = fd
            check_entity(doc, c, text, "founding")
            if not (is_int(y) and 1800 <= y <= 2025):
                err(doc, "founding year %r must be an integer in 1800-2025" % (y,))
            elif not re.search(r"(?<!\d)%d(?!\d)" % y, text):
                err(doc, "founding year %d not found in the article" % y)
            key = json.dumps(fd, ensure_ascii=False)
            if key in seen:
                err(doc, "duplicate founding %r" % (fd,))
            seen.add(key)

        counts[doc] = (lang, words, len(rel_set), len(obj["valuations"]), len(obj["deals"]),
                       len(obj["stakes"]), len(obj["founding"]))

    for f in articles:
        if f not in seen_docs:
            err(f, "no gold line for this article")

    # report
    print("%-42s %4s %5s %4s %4s %5s %6s %5s" % ("doc", "lang", "words", "rel", "val", "deals", "stakes", "found"))
    for doc in sorted(counts, key=lambda d: (d[:2] != "fr", d)):
        lang, w, r, v, d, s, fo = counts[doc]
        print("%-42s %4s %5d %4d %4d %5d %6d %5d" % (doc, lang, w, r, v, d, s, fo))
    print()
    print("%-6s %8s %9s %10s %5s %6s %8s %6s" % ("lang", "articles", "relations", "valuations", "deals", "stakes", "founding", "words"))
    tot = [0] * 7
    for lang in ("fr", "en"):
        rows = [c for c in counts.values() if c[0] == lang]
        sums = [len(rows)] + [sum(c[i] for c in rows) for i in (2, 3, 4, 5, 6, 1)]
        tot = [a + b for a, b in zip(tot, sums)]
        print("%-6s %8d %9d %10d %5d %6d %8d %6d" % tuple([lang] + sums))
    print("%-6s %8d %9d %10d %5d %6d %8d %6d" % tuple(["total"] + tot))
    print()
    if errors:
        print("FAILED: %d error(s)" % len(errors))
        for e in errors:
            print("  - " + e)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
