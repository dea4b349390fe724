#!/usr/bin/env python3
"""Validator for blind25, a held-out relation-extraction set (sector newsletter digests).

Run:  python3 /work/main/blind25/check_gold.py
Standard library only. Looks only at the folder holding this script.
Prints per-article and per-language counts, then every error found.
Exit status 0 only when every check passes, 1 otherwise.
"""
import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "gold.jsonl")

KEYS = ["doc", "relations", "valuations", "deals", "stakes", "founding"]
BASE_LABELS = {
    "acquired", "investsIn", "foundedBy", "leads", "worksFor", "joins",
    "headquarteredIn", "subsidiaryOf", "develops", "customerOf", "dependsOn",
    "partnersWith", "competesWith",
}
ALT_LABELS = {
    "customerOf|dependsOn", "joins|worksFor", "acquired|investsIn",
    "customerOf|partnersWith",
}
LABELS = BASE_LABELS | ALT_LABELS
SYMMETRIC = {"partnersWith", "competesWith"}
OWNERSHIP = {"investsIn", "acquired", "acquired|investsIn"}
CURRENCIES = {"EUR", "GBP", "USD", "CHF"}
NAME_RE = re.compile(r"^(fr|en)-(0[1-6])-[a-z0-9]+(?:-[a-z0-9]+)*\.txt$")
MIN_REL, MAX_REL = 10, 18
MIN_WORDS, MAX_WORDS = 170, 230
YEAR_MIN, YEAR_MAX = 1800, 2025
SPACE = "[ \u00a0\u202f]?"

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def is_name(x):
    return isinstance(x, str) and x != "" and x == x.strip()


def labels_of(label):
    return set(label.split("|"))


# ---------------------------------------------------------------- articles
def check_layout(name, raw):
    """Check the file layout rules; return (text, body_word_count) or (None, 0)."""
    if raw.startswith(b"\xef\xbb\xbf"):
        err(name, "starts with a BOM")
    if b"\r" in raw:
        err(name, "contains a carriage return")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(name, f"not valid UTF-8 ({e})")
        return None, 0
    text = text.lstrip("\ufeff")
    if not text.endswith("\n"):
        err(name, "no final newline")
    if text.endswith("\n\n"):
        err(name, "trailing blank line at end of file")
    lines = text.rstrip("\n").split("\n")
    if len(lines) < 3:
        err(name, "needs a headline, a blank line and at least one paragraph")
        return text, 0
    if not lines[0].strip():
        err(name, "line 1 (headline) is empty")
    if lines[1] != "":
        err(name, "line 2 must be blank")
    body_lines = lines[2:]
    paragraphs = 0
    for i, line in enumerate(body_lines):
        lineno = i + 3
        if i % 2 == 0:
            if not line.strip():
                err(name, f"line {lineno}: expected a paragraph, found a blank line "
                          "(paragraphs must be separated by exactly one blank line)")
            else:
                paragraphs += 1
        elif line != "":
            err(name, f"line {lineno}: expected a single blank line between paragraphs "
                      "(is a paragraph split over two lines?)")
    if not 1 <= paragraphs <= 3:
        err(name, f"{paragraphs} paragraphs, expected 1-3")
    for i, line in enumerate(lines):
        if line != line.strip(" \t\u00a0"):
            err(name, f"line {i + 1}: leading or trailing whitespace")
        if "\t" in line:
            err(name, f"line {i + 1}: contains a tab")
    body = text.split("\n", 1)[1] if "\n" in text else ""
    words = len(body.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        err(name, f"body has {words} words, expected {MIN_WORDS}-{MAX_WORDS}")
    return text, words


def percent_present(p, text, lang):
    if float(p) == int(p):
        forms = [str(int(p))]
    else:
        s = repr(float(p))
        forms = [s]
        if lang == "fr":
            forms.append(s.replace(".", ","))
    for f in forms:
        pat = r"(?<![\d.,])" + re.escape(f) + SPACE + r"(?:%|per cent|percent)"
        if re.search(pat, text):
            return True
    return False


def year_present(y, text):
    return re.search(r"(?<!\d)" + str(y) + r"(?!\d)", text) is not None


# ---------------------------------------------------------------- gold
def check_record(doc, rec, text, lang):
    """Check one gold record against its article text; return counts dict."""
    def present(s, what):
        if not is_name(s):
            err(doc, f"{what}: {s!r} is not a non-empty trimmed string")
            return
        if s not in text:
            err(doc, f"{what}: {s!r} does not appear verbatim in the article")

    # relations
    rels = rec.get("relations")
    good_rels = []
    if not isinstance(rels, list):
        err(doc, "relations is not a list")
        rels = []
    for r in rels:
        if not (isinstance(r, list) and len(r) == 3 and all(isinstance(x, str) for x in r)):
            err(doc, f"relation {r!r} is not [subject, label, object]")
            continue
        s, lab, o = r
        if lab not in LABELS:
            err(doc, f"relation {r!r}: invalid label {lab!r}")
        present(s, f"relation {r!r} subject")
        present(o, f"relation {r!r} object")
        if s == o:
            err(doc, f"relation {r!r}: self-relation")
        good_rels.append((s, lab, o))
    seen = set()
    for t in good_rels:
        if t in seen:
            err(doc, f"duplicate relation {list(t)!r}")
        seen.add(t)
    uniq = sorted(seen)
    for i, (s1, l1, o1) in enumerate(uniq):
        for (s2, l2, o2) in uniq[i + 1:]:
            if (s1, o1) == (s2, o2) and labels_of(l1) & labels_of(l2):
                err(doc, f"overlapping labels on the same pair: {[s1, l1, o1]!r} and {[s2, l2, o2]!r}")
            if (s1, o1) == (o2, s2) and labels_of(l1) & labels_of(l2) & SYMMETRIC:
                err(doc, f"symmetric relation listed both ways: {[s1, l1, o1]!r} and {[s2, l2, o2]!r}")
    if not MIN_REL <= len(rels) <= MAX_REL:
        err(doc, f"{len(rels)} relations, expected {MIN_REL}-{MAX_REL}")

    def ownership_label(holder, company):
        for (s, lab, o) in seen:
            if s == holder and o == company and lab in OWNERSHIP:
                return lab
        return None

    # valuations
    vals = rec.get("valuations")
    if not isinstance(vals, list):
        err(doc, "valuations is not a list")
        vals = []
    for v in vals:
        if not (isinstance(v, list) and len(v) == 3):
            err(doc, f"valuation {v!r} is not [company, amount, currency]")
            continue
        c, amt, cur = v
        present(c, f"valuation {v!r} company")
        if not (is_int(amt) and amt > 0):
            err(doc, f"valuation {v!r}: amount must be a positive integer")
        if cur not in CURRENCIES:
            err(doc, f"valuation {v!r}: currency must be one of {sorted(CURRENCIES)}")

    # deals
    deals = rec.get("deals")
    if not isinstance(deals, list):
        err(doc, "deals is not a list")
        deals = []
    seen_deals = set()
    for d in deals:
        if not (isinstance(d, list) and len(d) == 4):
            err(doc, f"deal {d!r} is not [buyer, target, amount, currency]")
            continue
        b, t, amt, cur = d
        present(b, f"deal {d!r} buyer")
        present(t, f"deal {d!r} target")
        if b == t:
            err(doc, f"deal {d!r}: buyer equals target")
        key = json.dumps(d, ensure_ascii=False)
        if key in seen_deals:
            err(doc, f"duplicate deal {d!r}")
        seen_deals.add(key)
        if amt is None:
            if cur is not None:
                err(doc, f"deal {d!r}: null amount requires null currency")
        else:
            if not (is_int(amt) and amt > 0):
                err(doc, f"deal {d!r}: amount must be a positive integer or null")
            if cur not in CURRENCIES:
                err(doc, f"deal {d!r}: currency must be one of {sorted(CURRENCIES)} when an amount is given")
        if is_name(b) and is_name(t) and ownership_label(b, t) is None:
            err(doc, f"deal {d!r}: buyer has no investsIn/acquired/acquired|investsIn relation toward the target")

    # stakes
    stakes = rec.get("stakes")
    if not isinstance(stakes, list):
        err(doc, "stakes is not a list")
        stakes = []
    for st in stakes:
        if not (isinstance(st, list) and len(st) == 3):
            err(doc, f"stake {st!r} is not [holder, company, percent]")
            continue
        h, c, p = st
        present(h, f"stake {st!r} holder")
        present(c, f"stake {st!r} company")
        if not (is_num(p) and 0 < p <= 100):
            err(doc, f"stake {st!r}: percent must be a number in (0, 100]")
            continue
        if not percent_present(p, text, lang):
            err(doc, f"stake {st!r}: '{p}' followed by %, per cent or percent not found in the article")
        lab = ownership_label(h, c)
        if lab is None:
            err(doc, f"stake {st!r}: holder has no investsIn/acquired/acquired|investsIn relation toward the company")
        elif p > 50 and lab == "investsIn":
            err(doc, f"stake {st!r}: majority stake labelled plain investsIn")
        elif p <= 50 and lab == "acquired":
            err(doc, f"stake {st!r}: minority stake labelled plain acquired")

    # founding
    founding = rec.get("founding")
    if not isinstance(founding, list):
        err(doc, "founding is not a list")
        founding = []
    for f in founding:
        if not (isinstance(f, list) and len(f) == 2):
            err(doc, f"founding {f!r} is not [company, year]")
            continue
        c, y = f
        present(c, f"founding {f!r} company")
        if not (is_int(y) and YEAR_MIN <= y <= YEAR_MAX):
            err(doc, f"founding {f!r}: year must be an integer in {YEAR_MIN}-{YEAR_MAX}")
        elif not year_present(y, text):
            err(doc, f"founding {f!r}: year not found in the article")

    return {
        "relations": len(rels), "valuations": len(vals), "deals": len(deals),
        "stakes": len(stakes), "founding": len(founding),
    }


def main():
    # ---- article files
    txt_files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    by_lang = {"fr": set(), "en": set()}
    for f in txt_files:
        m = NAME_RE.match(f)
        if not m:
            err(f, "file name does not match <fr|en>-<01..06>-<sector-slug>.txt")
            continue
        lang, num = m.group(1), m.group(2)
        if num in by_lang[lang]:
            err(f, f"second {lang} article numbered {num}")
        by_lang[lang].add(num)
    for lang in ("fr", "en"):
        want = {f"0{i}" for i in range(1, 7)}
        if by_lang[lang] != want:
            err("articles", f"{lang} articles numbered {sorted(by_lang[lang])}, expected 01-06 once each")

    # ---- gold file
    if not os.path.exists(GOLD):
        err("gold.jsonl", "missing")
        raw_gold = b""
    else:
        with open(GOLD, "rb") as fh:
            raw_gold = fh.read()
    digest = hashlib.sha256(raw_gold).hexdigest()
    gold_text = raw_gold.decode("utf-8", errors="replace")
    if raw_gold and not gold_text.endswith("\n"):
        err("gold.jsonl", "no final newline")
    if "\r" in gold_text:
        err("gold.jsonl", "contains a carriage return")
    records = {}
    for i, line in enumerate(gold_text.split("\n")[:-1] if gold_text.endswith("\n") else gold_text.split("\n"), 1):
        where = f"gold.jsonl line {i}"
        if not line.strip():
            err(where, "blank line")
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            err(where, f"does not parse as JSON ({e})")
            continue
        if not isinstance(rec, dict):
            err(where, "is not a JSON object")
            continue
        if set(rec) != set(KEYS) or len(rec) != len(KEYS):
            err(where, f"keys {sorted(rec)} must be exactly {KEYS}")
        doc = rec.get("doc")
        if not isinstance(doc, str) or not NAME_RE.match(doc):
            err(where, f"doc {doc!r} does not match the file-name pattern")
            continue
        if not os.path.exists(os.path.join(HERE, doc)):
            err(where, f"doc {doc!r} does not exist")
            continue
        if doc in records:
            err(where, f"second line for {doc}")
            continue
        records[doc] = rec
    for f in txt_files:
        if NAME_RE.match(f) and f not in records:
            err(f, "no line in gold.jsonl")

    # ---- per-article checks
    rows = []
    for doc in sorted(records, key=lambda d: (d[:2] != "fr", d)):
        lang = doc[:2]
        with open(os.path.join(HERE, doc), "rb") as fh:
            raw = fh.read()
        text, words = check_layout(doc, raw)
        if text is None:
            continue
        counts = check_record(doc, records[doc], text, lang)
        counts["words"] = words
        rows.append((doc, lang, counts))

    # ---- report
    cols = ["relations", "valuations", "deals", "stakes", "founding", "words"]
    width = max([len(r[0]) for r in rows] + [8])
    print(f"{'article':<{width}}  " + "  ".join(f"{c:>10}" for c in cols))
    for doc, lang, c in rows:
        print(f"{doc:<{width}}  " + "  ".join(f"{c[k]:>10}" for k in cols))
    print()
    print(f"{'language':<8}  {'articles':>8}  " + "  ".join(f"{c:>10}" for c in cols))
    grand = {k: 0 for k in cols}
    for lang in ("fr", "en"):
        sel = [c for _, l, c in rows if l == lang]
        tot = {k: sum(c[k] for c in sel) for k in cols}
        for k in cols:
            grand[k] += tot[k]
        print(f"{lang:<8}  {len(sel):>8}  " + "  ".join(f"{tot[k]:>10}" for k in cols))
    print(f"{'total':<8}  {len(rows):>8}  " + "  ".join(f"{grand[k]:>10}" for k in cols))
    print()
    print(f"gold.jsonl sha256 {digest}")
    if errors:
        print(f"\nFAIL: {len(errors)} error(s)")
        for e in errors:
            print("  - " + e)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
