#!/usr/bin/env python3
"""Validator for the blind15 gold file (standard library only).

Checks:
  * every line of gold.jsonl parses as a JSON object;
  * keys are exactly doc, relations, valuations, deals, stakes, founding;
  * each doc file exists, appears once, and every .txt article has a gold line;
  * every relation label is allowed (single labels or "a|b" forms);
  * every entity string in relations / deals / stakes / valuations /
    founding appears verbatim in its article text;
  * amounts are int or null (currency null iff amount null), percents numeric
    in (0, 100], years int;
  * article layout: headline on line 1, blank line 2, 1-3 one-line
    paragraphs separated by single blank lines;
  * body (without headline) is 170-230 words by str.split().
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
    "headquarteredIn", "subsidiaryOf", "develops", "customerOf",
    "dependsOn", "partnersWith", "competesWith",
}
CURRENCY = re.compile(r"^[A-Z]{3}$")
DOC_NAME = re.compile(r"^(fr|en)-0[1-6]-[a-z]+(-[a-z]+)*\.txt$")

errors = []


def err(doc, msg):
    errors.append("%s: %s" % (doc, msg))


def label_ok(label):
    if not isinstance(label, str) or not label:
        return False
    parts = label.split("|")
    if len(parts) > 2 or len(set(parts)) != len(parts):
        return False
    return all(p in LABELS for p in parts)


def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


def check_entity(doc, text, ent, where):
    if not isinstance(ent, str) or not ent.strip():
        err(doc, "%s: empty or non-string entity %r" % (where, ent))
    elif ent not in text:
        err(doc, "%s: entity %r not found verbatim in article" % (where, ent))


def check_layout(doc, raw):
    if "\r" in raw:
        err(doc, "carriage return found")
    body = raw[:-1] if raw.endswith("\n") else raw
    if body.endswith("\n"):
        err(doc, "trailing blank line(s) at end of file")
    lines = body.split("\n")
    if len(lines) < 3:
        err(doc, "too few lines")
        return None
    if not lines[0].strip():
        err(doc, "line 1 (headline) is empty")
    if lines[1] != "":
        err(doc, "line 2 must be blank")
    rest = lines[2:]
    # expected pattern: P, "", P, "", P  (1-3 paragraphs)
    if len(rest) % 2 != 1:
        err(doc, "paragraphs not separated by single blank lines")
    paras = []
    for i, line in enumerate(rest):
        if i % 2 == 0:
            if not line.strip():
                err(doc, "unexpected blank line at line %d" % (i + 3))
            elif line != line.strip():
                err(doc, "leading/trailing whitespace at line %d" % (i + 3))
            paras.append(line)
        else:
            if line != "":
                err(doc, "line %d should be a single blank separator" % (i + 3))
    if not 1 <= len(paras) <= 3:
        err(doc, "expected 1-3 paragraphs, found %d" % len(paras))
    words = len(" ".join(paras).split())
    if not 170 <= words <= 230:
        err(doc, "body word count %d outside 170-230" % words)
    return words


def main():
    if not os.path.exists(GOLD):
        print("gold.jsonl missing")
        return 1
    seen = set()
    stats = {}
    with open(GOLD, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    for n, line in enumerate(lines, 1):
        tag = "line %d" % n
        try:
            obj = json.loads(line)
        except ValueError as e:
            err(tag, "JSON parse error: %s" % e)
            continue
        if not isinstance(obj, dict):
            err(tag, "not a JSON object")
            continue
        if set(obj.keys()) != KEYS:
            err(tag, "keys %s != %s" % (sorted(obj.keys()), sorted(KEYS)))
            continue
        doc = obj["doc"]
        if not isinstance(doc, str) or not DOC_NAME.match(doc):
            err(tag, "bad doc name %r" % (doc,))
            continue
        if doc in seen:
            err(doc, "duplicate gold line")
        seen.add(doc)
        path = os.path.join(HERE, doc)
        if not os.path.isfile(path):
            err(doc, "article file does not exist")
            continue
        with open(path, encoding="utf-8") as fh:
            raw = fh.read()
        words = check_layout(doc, raw)
        text = raw

        for k in ("relations", "valuations", "deals", "stakes", "founding"):
            if not isinstance(obj[k], list):
                err(doc, "%s is not a list" % k)
                obj[k] = []

        for r in obj["relations"]:
            if not (isinstance(r, list) and len(r) == 3):
                err(doc, "relation %r is not a triple" % (r,))
                continue
            s, lab, o = r
            if not label_ok(lab):
                err(doc, "relation label %r not allowed" % (lab,))
            check_entity(doc, text, s, "relation subject")
            check_entity(doc, text, o, "relation object")
            if s == o:
                err(doc, "relation %r has identical subject and object" % (r,))
        rel_keys = [tuple(r) for r in obj["relations"] if isinstance(r, list)]
        if len(rel_keys) != len(set(rel_keys)):
            err(doc, "duplicate relation")

        for v in obj["valuations"]:
            if not (isinstance(v, list) and len(v) == 3):
                err(doc, "valuation %r is not a triple" % (v,))
                continue
            c, amt, cur = v
            check_entity(doc, text, c, "valuation company")
            if not is_int(amt) or amt <= 0:
                err(doc, "valuation amount %r is not a positive int" % (amt,))
            if not (isinstance(cur, str) and CURRENCY.match(cur)):
                err(doc, "valuation currency %r invalid" % (cur,))

        for d in obj["deals"]:
            if not (isinstance(d, list) and len(d) == 4):
                err(doc, "deal %r is not a 4-tuple" % (d,))
                continue
            inv, tgt, amt, cur = d
            check_entity(doc, text, inv, "deal investor/buyer")
            check_entity(doc, text, tgt, "deal target")
            if amt is None:
                if cur is not None:
                    err(doc, "deal %r: null amount but currency set" % (d,))
            else:
                if not is_int(amt) or amt <= 0:
                    err(doc, "deal amount %r is not a positive int or null" % (amt,))
                if not (isinstance(cur, str) and CURRENCY.match(cur)):
                    err(doc, "deal currency %r invalid" % (cur,))

        for st in obj["stakes"]:
            if not (isinstance(st, list) and len(st) == 3):
                err(doc, "stake %r is not a triple" % (st,))
                continue
            h, c, pct = st
            check_entity(doc, text, h, "stake holder")
            check_entity(doc, text, c, "stake company")
            if isinstance(pct, bool) or not isinstance(pct, (int, float)) or not 0 < pct <= 100:
                err(doc, "stake percent %r invalid" % (pct,))

        for f in obj["founding"]:
            if not (isinstance(f, list) and len(f) == 2):
                err(doc, "founding %r is not a pair" % (f,))
                continue
            c, yr = f
            check_entity(doc, text, c, "founding company")
            if not is_int(yr) or not 1000 <= yr <= 2100:
                err(doc, "founding year %r invalid" % (yr,))
            elif str(yr) not in text:
                err(doc, "founding year %r not in text" % (yr,))

        lang = doc[:2]
        s = stats.setdefault(lang, {k: 0 for k in ("docs", "relations", "valuations", "deals", "stakes", "founding")})
        s["docs"] += 1
        for k in ("relations", "valuations", "deals", "stakes", "founding"):
            s[k] += len(obj[k])
        print("%-30s words=%s rel=%d val=%d deals=%d stakes=%d found=%d" % (
            doc, words, len(obj["relations"]), len(obj["valuations"]),
            len(obj["deals"]), len(obj["stakes"]), len(obj["founding"])))

    on_disk = {f for f in os.listdir(HERE) if f.endswith(".txt")}
    for f in sorted(on_disk - seen):
        err(f, "article has no gold line")

    print()
    tot = {}
    for lang in sorted(stats):
        print(lang, stats[lang])
        for k, v in stats[lang].items():
            tot[k] = tot.get(k, 0) + v
    print("total", tot)

    if errors:
        print("\n%d error(s):" % len(errors))
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK: gold.jsonl passes all checks")
    return 0


if __name__ == "__main__":
    sys.exit(main())
