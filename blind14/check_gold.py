#!/usr/bin/env python3
"""Validate gold.jsonl against the articles in this folder (standard library only)."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = {"doc", "relations", "valuations", "deals", "stakes", "founding"}
LABELS = {"acquired", "investsIn", "foundedBy", "leads", "worksFor", "joins", "headquarteredIn",
          "subsidiaryOf", "develops", "customerOf", "dependsOn", "partnersWith", "competesWith"}
CURRENCIES = {"EUR", "USD", "GBP", "CHF", "JPY", "CNY", "CAD", "AUD", "SEK", "NOK", "DKK", "PLN",
              "CZK", "HUF", "INR", "BRL", "KRW", "SGD", "HKD", "ZAR", "MXN", "AED", "SAR", "NZD", "TRY"}
DOC_RE = re.compile(r"^(fr|en)-0[1-6]-[a-z0-9-]+\.txt$")
errors = []

def err(doc, msg):
    errors.append(f"{doc}: {msg}")

def check_label(lab):
    parts = lab.split("|")
    return 1 <= len(parts) <= 2 and all(p in LABELS for p in parts) and len(set(parts)) == len(parts)

def name_ok(doc, text, name, what):
    if not isinstance(name, str) or not name.strip():
        err(doc, f"{what}: empty or non-string name {name!r}")
    elif name not in text:
        err(doc, f"{what}: name not verbatim in article: {name!r}")

def check_layout(doc, text):
    lines = text.rstrip("\n").split("\n")
    if len(lines) < 3 or not lines[0].strip() or lines[1] != "":
        err(doc, "layout: need headline, blank line 2, body")
        return
    body = lines[2:]
    paras = [l for l in body if l.strip()]
    if not 1 <= len(paras) <= 3:
        err(doc, f"layout: {len(paras)} paragraphs (want 1-3)")
    for i, l in enumerate(body):
        want_text = (i % 2 == 0)
        if want_text and not l.strip():
            err(doc, f"layout: unexpected blank line at line {i+3}")
        if not want_text and l != "":
            err(doc, f"layout: paragraphs must be separated by single blank lines (line {i+3})")
    n = len("\n".join(body).split())
    if not 170 <= n <= 230:
        err(doc, f"body word count {n} not in 170-230")

def main():
    path = os.path.join(HERE, "gold.jsonl")
    seen = set()
    with open(path, encoding="utf-8") as f:
        lines = [l for l in f if l.strip()]
    for ln, line in enumerate(lines, 1):
        try:
            g = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {ln}: bad JSON {e}"); continue
        doc = g.get("doc", f"line {ln}")
        if set(g) != KEYS:
            err(doc, f"key set {sorted(g)}"); continue
        if not DOC_RE.match(doc):
            err(doc, "bad file name")
        if doc in seen:
            err(doc, "duplicate doc")
        seen.add(doc)
        p = os.path.join(HERE, doc)
        if not os.path.exists(p):
            err(doc, "article file missing"); continue
        text = open(p, encoding="utf-8").read()
        check_layout(doc, text)
        rels = set()
        for r in g["relations"]:
            if not (isinstance(r, list) and len(r) == 3):
                err(doc, f"relation shape {r!r}"); continue
            s, lab, o = r
            if not check_label(lab):
                err(doc, f"bad label {lab!r}")
            name_ok(doc, text, s, "relation subject")
            name_ok(doc, text, o, "relation object")
            if s == o:
                err(doc, f"self relation {r!r}")
            key = (s, lab, o)
            if key in rels:
                err(doc, f"duplicate relation {r!r}")
            rels.add(key)
            if lab in ("partnersWith", "competesWith") and (o, lab, s) in rels:
                err(doc, f"symmetric relation listed twice {r!r}")
        for v in g["valuations"]:
            if not (isinstance(v, list) and len(v) == 3):
                err(doc, f"valuation shape {v!r}"); continue
            c, amt, cur = v
            name_ok(doc, text, c, "valuation company")
            if not (isinstance(amt, (int, float)) and not isinstance(amt, bool) and amt > 0):
                err(doc, f"valuation amount {amt!r}")
            if cur not in CURRENCIES:
                err(doc, f"valuation currency {cur!r}")
        for d in g["deals"]:
            if not (isinstance(d, list) and len(d) == 4):
                err(doc, f"deal shape {d!r}"); continue
            b, t, amt, cur = d
            name_ok(doc, text, b, "deal investor/buyer")
            name_ok(doc, text, t, "deal target")
            if (amt is None) != (cur is None):
                err(doc, f"deal amount/currency must both be null or both set {d!r}")
            if amt is not None:
                if not (isinstance(amt, (int, float)) and not isinstance(amt, bool) and amt > 0):
                    err(doc, f"deal amount {amt!r}")
                if cur not in CURRENCIES:
                    err(doc, f"deal currency {cur!r}")
        for s in g["stakes"]:
            if not (isinstance(s, list) and len(s) == 3):
                err(doc, f"stake shape {s!r}"); continue
            h, c, pct = s
            name_ok(doc, text, h, "stake holder")
            name_ok(doc, text, c, "stake company")
            if not (isinstance(pct, (int, float)) and not isinstance(pct, bool) and 0 < pct <= 100):
                err(doc, f"stake percent {pct!r}")
        for fo in g["founding"]:
            if not (isinstance(fo, list) and len(fo) == 2):
                err(doc, f"founding shape {fo!r}"); continue
            c, y = fo
            name_ok(doc, text, c, "founding company")
            if not (isinstance(y, int) and not isinstance(y, bool) and 1600 <= y <= 2026):
                err(doc, f"founding year {y!r}")
            elif str(y) not in text:
                err(doc, f"founding year {y} not in article")
    arts = sorted(f for f in os.listdir(HERE) if DOC_RE.match(f))
    for a in arts:
        if a not in seen:
            errors.append(f"{a}: article has no gold line")
    if len(seen) != 12:
        errors.append(f"expected 12 gold lines, got {len(seen)}")
    if errors:
        print("\n".join(errors)); print(f"FAIL ({len(errors)} problems)"); return 1
    print(f"OK: {len(seen)} documents checked")
    return 0

if __name__ == "__main__":
    sys.exit(main())
