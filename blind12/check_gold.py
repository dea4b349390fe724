#!/usr/bin/env python3
"""Validate the blind12 evaluation set: articles (*.txt) and gold.jsonl.

Standard library only. Exits 0 only when every check passes.
"""
import collections
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "gold.jsonl")
if len(sys.argv) > 1:  # optional: validate another gold file against these articles
    GOLD = os.path.abspath(sys.argv[1])
KEYS = ["doc", "relations", "valuations", "deals", "stakes", "founding"]
LABELS = {"acquired", "investsIn", "foundedBy", "leads", "worksFor", "joins",
          "headquarteredIn", "subsidiaryOf", "develops", "customerOf",
          "dependsOn", "partnersWith", "competesWith"}
SYMMETRIC = {"partnersWith", "competesWith"}
CURRENCIES = {"EUR", "USD", "GBP"}
NAME_RE = re.compile(r"^(fr|en)-0[1-6]-[a-z0-9]+(-[a-z0-9]+)*\.txt$")
MIN_WORDS, MAX_WORDS = 170, 230

errors = []


def err(doc, msg):
    errors.append("%s: %s" % (doc, msg))


def check_layout(fname, text):
    """Return body word count, or None if the layout is broken."""
    if "\r" in text:
        err(fname, "contains carriage returns")
    if not text.endswith("\n") or text.endswith("\n\n"):
        err(fname, "file must end with exactly one newline")
    lines = text.rstrip("\n").split("\n")
    if len(lines) < 3:
        err(fname, "too few lines")
        return None
    if not lines[0].strip():
        err(fname, "line 1 (headline) is empty")
    if lines[1] != "":
        err(fname, "line 2 must be blank")
    body = lines[2:]
    paras = []
    for i, line in enumerate(body):
        if i % 2 == 0:
            if not line.strip():
                err(fname, "expected a paragraph at line %d" % (i + 3))
            elif line != line.strip():
                err(fname, "stray whitespace at line %d" % (i + 3))
            paras.append(line)
        elif line != "":
            err(fname, "paragraphs must be separated by single blank lines (line %d)" % (i + 3))
    if len(body) % 2 == 0:
        err(fname, "body ends with a blank line")
    if not 1 <= len(paras) <= 3:
        err(fname, "body has %d paragraphs (need 1-3)" % len(paras))
    n = len(" ".join(paras).split())
    if not MIN_WORDS <= n <= MAX_WORDS:
        err(fname, "body has %d words (need %d-%d)" % (n, MIN_WORDS, MAX_WORDS))
    return n


def is_str(x):
    return isinstance(x, str) and x.strip() == x and x != ""


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def main():
    this_year = datetime.date.today().year
    txts = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    for f in txts:
        if not NAME_RE.match(f):
            err(f, "bad file name")
    langs = collections.Counter(f[:2] for f in txts)
    if langs.get("fr", 0) != 6 or langs.get("en", 0) != 6 or len(txts) != 12:
        err("files", "need 6 fr + 6 en articles, found %s" % dict(langs))
    for lang in ("fr", "en"):
        nums = sorted(f[3:5] for f in txts if f.startswith(lang + "-"))
        if nums != ["0%d" % i for i in range(1, 7)]:
            err("files", "%s numbering is %s, need 01-06 once each" % (lang, nums))

    texts, words = {}, {}
    for f in txts:
        with open(os.path.join(HERE, f), encoding="utf-8") as fh:
            t = fh.read()
        texts[f] = t
        n = check_layout(f, t)
        if n is not None:
            words[f] = n

    totals = collections.Counter()
    labels = collections.Counter()
    seen_docs = []
    if not os.path.exists(GOLD):
        err("gold", "gold.jsonl missing")
        return report(totals, labels, words)
    with open(GOLD, encoding="utf-8") as fh:
        raw = fh.read()
    if not raw.endswith("\n"):
        err("gold", "gold.jsonl must end with a newline")
    for ln, line in enumerate(raw.split("\n")[:-1] if raw.endswith("\n") else raw.split("\n"), 1):
        if not line.strip():
            err("gold", "blank line %d" % ln)
            continue
        try:
            g = json.loads(line)
        except ValueError as e:
            err("gold", "line %d is not JSON: %s" % (ln, e))
            continue
        if not isinstance(g, dict) or sorted(g) != sorted(KEYS):
            err("gold", "line %d keys must be exactly %s" % (ln, KEYS))
            continue
        doc = g["doc"]
        seen_docs.append(doc)
        if doc not in texts:
            err(doc, "gold line %d names an unknown article" % ln)
            continue
        check_doc(doc, g, texts[doc], this_year, totals, labels)
    dup = [d for d, c in collections.Counter(seen_docs).items() if c > 1]
    for d in dup:
        err(d, "more than one gold line")
    for f in txts:
        if f not in seen_docs:
            err(f, "no gold line")
    return report(totals, labels, words)


def check_doc(doc, g, text, this_year, totals, labels):
    for k in KEYS[1:]:
        if not isinstance(g[k], list):
            err(doc, "%s must be a list" % k)
            return

    def name_ok(name, what):
        if not is_str(name):
            err(doc, "%s %r is not a clean non-empty string" % (what, name))
            return False
        if name not in text:
            err(doc, "%s %r not found verbatim in article" % (what, name))
            return False
        return True

    rels = set()
    for r in g["relations"]:
        if not (isinstance(r, list) and len(r) == 3 and all(isinstance(x, str) for x in r)):
            err(doc, "relation %r must be [subject, relation, object]" % (r,))
            continue
        s, lab, o = r
        parts = lab.split("|")
        if not all(p in LABELS for p in parts) or len(set(parts)) != len(parts):
            err(doc, "bad label %r" % lab)
        name_ok(s, "subject")
        name_ok(o, "object")
        if s == o:
            err(doc, "relation %r links a name to itself" % (r,))
        key = (s, lab, o)
        if all(p in SYMMETRIC for p in parts):
            key = (min(s, o), lab, max(s, o))
        if key in rels:
            err(doc, "duplicate relation %r" % (r,))
        rels.add(key)
        totals["relations"] += 1
        labels[lab] += 1

    def has_rel(s, wanted, o):
        for (a, lab, b) in rels:
            parts = set(lab.split("|"))
            if parts & wanted and ((a, b) == (s, o) or (parts <= SYMMETRIC and (b, a) == (s, o))):
                return True
        return False

    seen = set()
    for d in g["deals"]:
        if not (isinstance(d, list) and len(d) == 4):
            err(doc, "deal %r must have 4 fields" % (d,))
            continue
        buyer, target, amount, cur = d
        name_ok(buyer, "deal buyer")
        name_ok(target, "deal target")
        if amount is None or cur is None:
            if not (amount is None and cur is None):
                err(doc, "deal %r: amount and currency must both be null or both set" % (d,))
        else:
            if not is_num(amount) or amount < 1000:
                err(doc, "deal %r: implausible amount" % (d,))
            if cur not in CURRENCIES:
                err(doc, "deal %r: bad currency" % (d,))
        if not has_rel(buyer, {"acquired", "investsIn"}, target):
            err(doc, "deal %r has no acquired/investsIn relation" % (d,))
        if (buyer, target) in seen:
            err(doc, "duplicate deal %r" % (d,))
        seen.add((buyer, target))
        totals["deals"] += 1

    seen = set()
    for s in g["stakes"]:
        if not (isinstance(s, list) and len(s) == 3):
            err(doc, "stake %r must have 3 fields" % (s,))
            continue
        holder, comp, pct = s
        name_ok(holder, "stake holder")
        name_ok(comp, "stake company")
        if not is_num(pct) or not 0 < pct <= 100:
            err(doc, "stake %r: bad percentage" % (s,))
        elif not re.search(r"(?<![\d,.])%s\s?%%" % ("%g" % pct).replace(".", "[.,]"), text):
            err(doc, "stake %r: percentage not stated in article" % (s,))
        if not has_rel(holder, {"acquired", "investsIn"}, comp):
            err(doc, "stake %r has no acquired/investsIn relation" % (s,))
        if is_num(pct) and pct == 100 and not has_rel(comp, {"subsidiaryOf"}, holder):
            err(doc, "100%% stake %r has no subsidiaryOf relation" % (s,))
        if (holder, comp) in seen:
            err(doc, "duplicate stake %r" % (s,))
        seen.add((holder, comp))
        totals["stakes"] += 1

    seen = set()
    for v in g["valuations"]:
        if not (isinstance(v, list) and len(v) == 3):
            err(doc, "valuation %r must have 3 fields" % (v,))
            continue
        comp, amount, cur = v
        name_ok(comp, "valued company")
        if not is_num(amount) or amount < 1000:
            err(doc, "valuation %r: implausible amount" % (v,))
        if cur not in CURRENCIES:
            err(doc, "valuation %r: bad currency" % (v,))
        if comp in seen:
            err(doc, "duplicate valuation for %r" % comp)
        seen.add(comp)
        totals["valuations"] += 1

    seen = set()
    for f in g["founding"]:
        if not (isinstance(f, list) and len(f) == 2):
            err(doc, "founding %r must have 2 fields" % (f,))
            continue
        comp, year = f
        name_ok(comp, "founded company")
        if not isinstance(year, int) or isinstance(year, bool) or not 1700 <= year <= this_year:
            err(doc, "founding %r: bad year" % (f,))
        elif str(year) not in text:
            err(doc, "founding %r: year not in article" % (f,))
        if comp in seen:
            err(doc, "duplicate founding for %r" % comp)
        seen.add(comp)
        totals["founding"] += 1
    totals["docs"] += 1


def report(totals, labels, words):
    print("docs:       %d" % totals["docs"])
    print("relations:  %d" % totals["relations"])
    print("deals:      %d" % totals["deals"])
    print("stakes:     %d" % totals["stakes"])
    print("valuations: %d" % totals["valuations"])
    print("founding:   %d" % totals["founding"])
    print("per-label counts:")
    for lab, c in sorted(labels.items(), key=lambda x: (-x[1], x[0])):
        print("  %-22s %d" % (lab, c))
    if words:
        print("body words: min %d, max %d" % (min(words.values()), max(words.values())))
    if errors:
        print("\n%d ERROR(S):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("\nALL CHECKS PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
