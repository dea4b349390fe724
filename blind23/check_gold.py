#!/usr/bin/env python3
"""Validate the blind23 held-out relation-extraction set.

Standard library only. Finds the articles and gold.jsonl next to this file.
Exits 0 only when every check passes.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "gold.jsonl")

KEYS = {"doc", "relations", "valuations", "deals", "stakes", "founding"}
SINGLE_LABELS = {
    "acquired", "investsIn", "foundedBy", "leads", "worksFor", "joins",
    "headquarteredIn", "subsidiaryOf", "develops", "customerOf",
    "dependsOn", "partnersWith", "competesWith",
}
ALT_LABELS = {
    "customerOf|dependsOn", "joins|worksFor", "acquired|investsIn",
    "customerOf|partnersWith",
}
LABELS = SINGLE_LABELS | ALT_LABELS
SYMMETRIC = {"partnersWith", "competesWith"}
OWNERSHIP = {"investsIn", "acquired", "acquired|investsIn"}
CURRENCIES = {"EUR", "GBP", "USD", "CHF"}
NAME_RE = re.compile(r"^(fr|en)-(0[1-6])-([a-z0-9]+(?:-[a-z0-9]+)*)\.txt$")
MIN_REL, MAX_REL = 10, 18
MIN_WORDS, MAX_WORDS = 170, 230

errors = []


def err(msg):
    errors.append(msg)


def is_int(x):
    return isinstance(x, int) and not isinstance(x, bool)


def is_num(x):
    return (isinstance(x, (int, float))) and not isinstance(x, bool)


def percent_in_text(pct, text):
    if is_int(pct) or (isinstance(pct, float) and pct.is_integer()):
        forms = [str(int(pct))]
    else:
        s = repr(float(pct))
        forms = [s, s.replace(".", ",")]
    for f in forms:
        pat = r"(?<![\d.,])" + re.escape(f) + r"\s?(?:%|per cent|percent)"
        if re.search(pat, text):
            return True
    return False


def check_layout(name, raw):
    """Return (text, body_word_count) or (None, 0) on a fatal problem."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        err(f"{name}: not valid UTF-8")
        return None, 0
    if "\r" in text:
        err(f"{name}: contains carriage returns")
    if not text.endswith("\n"):
        err(f"{name}: missing final newline")
        return text, 0
    if text.endswith("\n\n"):
        err(f"{name}: trailing blank line")
    lines = text[:-1].split("\n")
    if len(lines) < 3:
        err(f"{name}: too few lines (headline, blank, body)")
        return text, 0
    if not lines[0].strip():
        err(f"{name}: line 1 (headline) is empty")
    if lines[1] != "":
        err(f"{name}: line 2 must be blank")
    body_lines = lines[2:]
    if len(body_lines) % 2 == 0:
        err(f"{name}: body must be paragraphs separated by single blank lines")
    paras = body_lines[0::2]
    seps = body_lines[1::2]
    if any(not p.strip() for p in paras):
        err(f"{name}: empty paragraph line (double blank line?)")
    if any(s != "" for s in seps):
        err(f"{name}: paragraphs must be separated by single blank lines")
    if not 1 <= len(paras) <= 3:
        err(f"{name}: {len(paras)} paragraphs (need 1-3)")
    body = "\n".join(body_lines)
    wc = len(body.split())
    if not MIN_WORDS <= wc <= MAX_WORDS:
        err(f"{name}: body has {wc} words (need {MIN_WORDS}-{MAX_WORDS})")
    return text, wc


def labels_of(label):
    return set(label.split("|"))


def check_entity(doc, where, value, text):
    if not isinstance(value, str) or not value.strip():
        err(f"{doc}: {where}: entity must be a non-empty string, got {value!r}")
        return
    if value not in text:
        err(f"{doc}: {where}: entity {value!r} not found verbatim in article")


def check_record(doc, rec, text):
    counts = {}
    rels = rec.get("relations")
    if not isinstance(rels, list):
        err(f"{doc}: relations must be a list")
        rels = []
    seen = set()
    pair_labels = {}
    owned = {}  # (holder, company) -> set of ownership labels
    for i, r in enumerate(rels):
        if not (isinstance(r, list) and len(r) == 3):
            err(f"{doc}: relation #{i} must be [subject, relation, object]")
            continue
        s, lab, o = r
        if lab not in LABELS:
            err(f"{doc}: relation #{i} has unknown label {lab!r}")
            continue
        check_entity(doc, f"relation #{i} subject", s, text)
        check_entity(doc, f"relation #{i} object", o, text)
        if s == o:
            err(f"{doc}: relation #{i} has identical subject and object")
        key = (s, lab, o)
        if key in seen:
            err(f"{doc}: duplicate relation {r}")
        seen.add(key)
        comps = labels_of(lab)
        if comps & SYMMETRIC and (o, lab, s) in seen and s != o:
            err(f"{doc}: symmetric relation listed both ways: {r}")
        pair = frozenset((s, o))
        for prev_lab, prev_dir in pair_labels.get(pair, []):
            if prev_lab == lab and prev_dir == (s, o):
                continue  # exact duplicate already reported
            if labels_of(prev_lab) & comps:
                err(f"{doc}: overlapping labels between {s!r} and {o!r}: "
                    f"{prev_lab!r} and {lab!r}")
        pair_labels.setdefault(pair, []).append((lab, (s, o)))
        if lab in OWNERSHIP:
            owned.setdefault((s, o), set()).add(lab)
    n_rel = len(rels)
    if not MIN_REL <= n_rel <= MAX_REL:
        err(f"{doc}: {n_rel} relations (need {MIN_REL}-{MAX_REL})")
    counts["relations"] = n_rel

    # valuations
    vals = rec.get("valuations")
    if not isinstance(vals, list):
        err(f"{doc}: valuations must be a list")
        vals = []
    vseen = set()
    for i, v in enumerate(vals):
        if not (isinstance(v, list) and len(v) == 3):
            err(f"{doc}: valuation #{i} must be [company, amount, currency]")
            continue
        c, amt, cur = v
        check_entity(doc, f"valuation #{i}", c, text)
        if not (is_int(amt) and amt > 0):
            err(f"{doc}: valuation #{i} amount must be a positive integer")
        if cur not in CURRENCIES:
            err(f"{doc}: valuation #{i} currency {cur!r} not allowed")
        t = (c, amt, cur)
        if t in vseen:
            err(f"{doc}: duplicate valuation {v}")
        vseen.add(t)
    counts["valuations"] = len(vals)

    # deals
    deals = rec.get("deals")
    if not isinstance(deals, list):
        err(f"{doc}: deals must be a list")
        deals = []
    dseen = set()
    for i, d in enumerate(deals):
        if not (isinstance(d, list) and len(d) == 4):
            err(f"{doc}: deal #{i} must be [buyer, target, amount, currency]")
            continue
        b, t, amt, cur = d
        check_entity(doc, f"deal #{i} buyer", b, text)
        check_entity(doc, f"deal #{i} target", t, text)
        if amt is None:
            if cur is not None:
                err(f"{doc}: deal #{i} has null amount but currency {cur!r}")
        else:
            if not (is_int(amt) and amt > 0):
                err(f"{doc}: deal #{i} amount must be a positive integer or null")
            if cur not in CURRENCIES:
                err(f"{doc}: deal #{i} currency {cur!r} not allowed")
        if not owned.get((b, t)):
            err(f"{doc}: deal #{i} buyer {b!r} lacks investsIn/acquired "
                f"toward {t!r}")
        k = (b, t, amt, cur)
        if k in dseen:
            err(f"{doc}: duplicate deal {d}")
        dseen.add(k)
    counts["deals"] = len(deals)

    # stakes
    stakes = rec.get("stakes")
    if not isinstance(stakes, list):
        err(f"{doc}: stakes must be a list")
        stakes = []
    sseen = set()
    for i, st in enumerate(stakes):
        if not (isinstance(st, list) and len(st) == 3):
            err(f"{doc}: stake #{i} must be [holder, company, percent]")
            continue
        h, c, pct = st
        check_entity(doc, f"stake #{i} holder", h, text)
        check_entity(doc, f"stake #{i} company", c, text)
        if not (is_num(pct) and 0 < pct <= 100):
            err(f"{doc}: stake #{i} percent must be in (0, 100]")
        elif not percent_in_text(pct, text):
            err(f"{doc}: stake #{i} percent {pct} not found in article "
                f"followed by %, per cent or percent")
        labs = owned.get((h, c), set())
        if not labs:
            err(f"{doc}: stake #{i} holder {h!r} lacks investsIn/acquired "
                f"toward {c!r}")
        elif is_num(pct) and pct > 50 and labs == {"investsIn"}:
            err(f"{doc}: stake #{i} is a majority stake but only plain "
                f"investsIn is given for {h!r} -> {c!r}")
        if (h, c) in sseen:
            err(f"{doc}: duplicate stake for {h!r} in {c!r}")
        sseen.add((h, c))
    counts["stakes"] = len(stakes)

    # founding
    founding = rec.get("founding")
    if not isinstance(founding, list):
        err(f"{doc}: founding must be a list")
        founding = []
    fseen = set()
    for i, f in enumerate(founding):
        if not (isinstance(f, list) and len(f) == 2):
            err(f"{doc}: founding #{i} must be [company, year]")
            continue
        c, yr = f
        check_entity(doc, f"founding #{i}", c, text)
        if not (is_int(yr) and 1800 <= yr <= 2025):
            err(f"{doc}: founding #{i} year must be an integer in 1800-2025")
        elif not re.search(r"(?<!\d)" + str(yr) + r"(?!\d)", text):
            err(f"{doc}: founding #{i} year {yr} not found in article")
        if (c, yr) in fseen:
            err(f"{doc}: duplicate founding {f}")
        fseen.add((c, yr))
    counts["founding"] = len(founding)
    return counts


def main():
    # articles
    articles = {}
    for name in sorted(os.listdir(HERE)):
        if not name.endswith(".txt"):
            continue
        m = NAME_RE.match(name)
        if not m:
            err(f"{name}: file name does not match <fr|en>-<01..06>-<slug>.txt")
            continue
        articles[name] = m.groups()
    by_lang = {"fr": set(), "en": set()}
    sectors = {}
    for name, (lang, num, slug) in articles.items():
        if num in by_lang[lang]:
            err(f"{name}: duplicate number {lang}-{num}")
        by_lang[lang].add(num)
        if slug in sectors:
            err(f"{name}: sector slug {slug!r} also used by {sectors[slug]}")
        sectors[slug] = name
    expected = {f"0{i}" for i in range(1, 7)}
    for lang in ("fr", "en"):
        if by_lang[lang] != expected:
            err(f"{lang}: need articles numbered 01-06, found "
                f"{sorted(by_lang[lang])}")

    texts, words = {}, {}
    for name in articles:
        with open(os.path.join(HERE, name), "rb") as fh:
            raw = fh.read()
        text, wc = check_layout(name, raw)
        texts[name] = text if text is not None else ""
        words[name] = wc

    # gold
    if not os.path.exists(GOLD):
        err("gold.jsonl not found")
        records = []
    else:
        with open(GOLD, "rb") as fh:
            graw = fh.read()
        try:
            gtext = graw.decode("utf-8")
        except UnicodeDecodeError:
            err("gold.jsonl: not valid UTF-8")
            gtext = ""
        if "\r" in gtext:
            err("gold.jsonl: contains carriage returns")
        records = []
        for ln, line in enumerate(gtext.split("\n"), 1):
            if line == "" and ln == len(gtext.split("\n")):
                continue
            if not line.strip():
                err(f"gold.jsonl line {ln}: empty line")
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"gold.jsonl line {ln}: does not parse ({e})")
                continue
            if not isinstance(rec, dict):
                err(f"gold.jsonl line {ln}: not a JSON object")
                continue
            if set(rec) != KEYS:
                err(f"gold.jsonl line {ln}: keys {sorted(rec)} != "
                    f"{sorted(KEYS)}")
                continue
            records.append(rec)

    per_doc = {}
    for rec in records:
        doc = rec["doc"]
        if doc not in articles:
            err(f"gold: doc {doc!r} does not exist as an article")
            continue
        if doc in per_doc:
            err(f"gold: more than one line for {doc}")
            continue
        per_doc[doc] = check_record(doc, rec, texts[doc])
    for name in articles:
        if name not in per_doc:
            err(f"gold: no line for article {name}")

    # report
    fields = ["relations", "valuations", "deals", "stakes", "founding"]
    print(f"{'article':32} {'words':>5} " +
          " ".join(f"{f[:5]:>5}" for f in fields))
    totals = {lang: {f: 0 for f in fields + ['articles']} for lang in ("fr", "en")}
    for name in sorted(articles, key=lambda n: (n[:2] != "fr", n)):
        c = per_doc.get(name, {f: 0 for f in fields})
        lang = articles[name][0]
        totals[lang]["articles"] += 1
        for f in fields:
            totals[lang][f] += c.get(f, 0)
        print(f"{name:32} {words.get(name, 0):>5} " +
              " ".join(f"{c.get(f, 0):>5}" for f in fields))
    print()
    print(f"{'language':10} {'articles':>8} " +
          " ".join(f"{f:>10}" for f in fields))
    for lang in ("fr", "en"):
        t = totals[lang]
        print(f"{lang:10} {t['articles']:>8} " +
              " ".join(f"{t[f]:>10}" for f in fields))
    allt = {f: totals['fr'][f] + totals['en'][f] for f in fields + ['articles']}
    print(f"{'total':10} {allt['articles']:>8} " +
          " ".join(f"{allt[f]:>10}" for f in fields))
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
