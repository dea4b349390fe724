#!/usr/bin/env python3
"""Validate gold.jsonl against the articles in this directory (standard library only).

Usage: python3 check_gold.py [directory]
Exit status 0 if everything passes, 1 otherwise.
"""
import json
import os
import re
import sys

KEYS = {"doc", "relations", "valuations", "deals", "stakes", "founding"}
LABELS = {
    "acquired", "investsIn", "foundedBy", "leads", "worksFor", "joins",
    "headquarteredIn", "subsidiaryOf", "develops", "customerOf", "dependsOn",
    "partnersWith", "competesWith",
}
CURRENCIES = {"EUR", "USD", "GBP", "CHF", "JPY", "CAD", "AUD", "SEK", "NOK", "DKK", "CNY"}
MIN_WORDS, MAX_WORDS = 170, 230
NAME_RE = re.compile(r"^(fr|en)-0[1-6]-[a-z0-9-]+\.txt$")


def is_number(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def check_layout(name, text, errors):
    if not text.endswith("\n") or text.endswith("\n\n"):
        errors.append(f"{name}: file must end with exactly one newline")
    lines = text.rstrip("\n").split("\n")
    if len(lines) < 3 or not lines[0].strip():
        errors.append(f"{name}: needs a headline on line 1 and a body")
        return None
    if lines[1] != "":
        errors.append(f"{name}: line 2 must be blank")
    body_lines = lines[2:]
    paras = [l for l in body_lines if l.strip()]
    if not 1 <= len(paras) <= 3:
        errors.append(f"{name}: body must have 1-3 paragraphs, found {len(paras)}")
    for i, l in enumerate(body_lines):
        expected_blank = (i % 2 == 1)
        if expected_blank and l != "":
            errors.append(f"{name}: paragraphs must be single lines separated by one blank line (body line {i + 1})")
            break
        if not expected_blank and not l.strip():
            errors.append(f"{name}: unexpected blank line (body line {i + 1})")
            break
    body = "\n".join(body_lines)
    n = len(body.split())
    if not MIN_WORDS <= n <= MAX_WORDS:
        errors.append(f"{name}: body has {n} words, expected {MIN_WORDS}-{MAX_WORDS}")
    return text


def check_name(doc, text, name, where, errors):
    if not isinstance(name, str) or not name.strip():
        errors.append(f"{doc}: {where}: name must be a non-empty string: {name!r}")
    elif name not in text:
        errors.append(f"{doc}: {where}: {name!r} does not appear verbatim in the article")


def check_label(doc, label, where, errors):
    if not isinstance(label, str):
        errors.append(f"{doc}: {where}: label must be a string")
        return
    parts = label.split("|")
    if any(p not in LABELS for p in parts) or len(set(parts)) != len(parts):
        errors.append(f"{doc}: {where}: invalid relation label {label!r}")


def main(directory):
    errors = []
    gold_path = os.path.join(directory, "gold.jsonl")
    articles = sorted(f for f in os.listdir(directory) if f.endswith(".txt"))
    for a in articles:
        if not NAME_RE.match(a):
            errors.append(f"{a}: unexpected article file name")
    n_fr = sum(a.startswith("fr-") for a in articles)
    n_en = sum(a.startswith("en-") for a in articles)
    if (n_fr, n_en) != (6, 6):
        errors.append(f"expected 6 French and 6 English articles, found {n_fr} and {n_en}")

    texts = {}
    for a in articles:
        with open(os.path.join(directory, a), encoding="utf-8") as f:
            t = f.read()
        check_layout(a, t, errors)
        texts[a] = t

    seen = set()
    n_rel = 0
    with open(gold_path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                errors.append(f"gold.jsonl line {lineno}: blank line")
                continue
            try:
                g = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"gold.jsonl line {lineno}: invalid JSON ({e})")
                continue
            if not isinstance(g, dict) or set(g) != KEYS:
                errors.append(f"gold.jsonl line {lineno}: keys must be exactly {sorted(KEYS)}")
                continue
            doc = g["doc"]
            if doc not in texts:
                errors.append(f"gold.jsonl line {lineno}: unknown doc {doc!r}")
                continue
            if doc in seen:
                errors.append(f"gold.jsonl line {lineno}: duplicate doc {doc!r}")
            seen.add(doc)
            text = texts[doc]
            for k in KEYS - {"doc"}:
                if not isinstance(g[k], list):
                    errors.append(f"{doc}: {k} must be a list")
            if any(not isinstance(g[k], list) for k in KEYS - {"doc"}):
                continue

            triples = set()
            for i, r in enumerate(g["relations"]):
                w = f"relations[{i}]"
                if not (isinstance(r, list) and len(r) == 3):
                    errors.append(f"{doc}: {w}: must be [subject, relation, object]")
                    continue
                s, lab, o = r
                check_label(doc, lab, w, errors)
                check_name(doc, text, s, w, errors)
                check_name(doc, text, o, w, errors)
                if s == o:
                    errors.append(f"{doc}: {w}: subject equals object")
                key = (s, lab, o)
                if key in triples:
                    errors.append(f"{doc}: {w}: duplicate relation")
                triples.add(key)
                n_rel += 1

            for i, v in enumerate(g["valuations"]):
                w = f"valuations[{i}]"
                if not (isinstance(v, list) and len(v) == 3):
                    errors.append(f"{doc}: {w}: must be [company, amount, currency]")
                    continue
                check_name(doc, text, v[0], w, errors)
                if not is_number(v[1]) or v[1] <= 0:
                    errors.append(f"{doc}: {w}: amount must be a positive number")
                if v[2] not in CURRENCIES:
                    errors.append(f"{doc}: {w}: invalid currency {v[2]!r}")

            for i, d in enumerate(g["deals"]):
                w = f"deals[{i}]"
                if not (isinstance(d, list) and len(d) == 4):
                    errors.append(f"{doc}: {w}: must be [investor_or_buyer, target, amount_or_null, currency_or_null]")
                    continue
                check_name(doc, text, d[0], w, errors)
                check_name(doc, text, d[1], w, errors)
                amt, cur = d[2], d[3]
                if amt is None or cur is None:
                    if not (amt is None and cur is None):
                        errors.append(f"{doc}: {w}: amount and currency must both be null or both be set")
                else:
                    if not is_number(amt) or amt <= 0:
                        errors.append(f"{doc}: {w}: amount must be a positive number")
                    if cur not in CURRENCIES:
                        errors.append(f"{doc}: {w}: invalid currency {cur!r}")

            for i, s in enumerate(g["stakes"]):
                w = f"stakes[{i}]"
                if not (isinstance(s, list) and len(s) == 3):
                    errors.append(f"{doc}: {w}: must be [holder, company, percent]")
                    continue
                check_name(doc, text, s[0], w, errors)
                check_name(doc, text, s[1], w, errors)
                if not is_number(s[2]) or not 0 < s[2] <= 100:
                    errors.append(f"{doc}: {w}: percent must be a number in (0, 100]")

            for i, fd in enumerate(g["founding"]):
                w = f"founding[{i}]"
                if not (isinstance(fd, list) and len(fd) == 2):
                    errors.append(f"{doc}: {w}: must be [company, year]")
                    continue
                check_name(doc, text, fd[0], w, errors)
                if not isinstance(fd[1], int) or isinstance(fd[1], bool) or not 1000 <= fd[1] <= 2100:
                    errors.append(f"{doc}: {w}: year must be an integer")
                elif str(fd[1]) not in text:
                    errors.append(f"{doc}: {w}: year {fd[1]} does not appear in the article")

    for a in articles:
        if a not in seen:
            errors.append(f"{a}: no gold line")

    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"FAIL: {len(errors)} error(s)")
        return 1
    print(f"OK: {len(seen)} articles, {n_rel} relations")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))))
