#!/usr/bin/env python3
"""Validate the blind6 held-out gold set (standard library only).

Checks:
  * every line of gold.jsonl parses and has exactly the expected keys/shapes;
  * every doc exists, and every article file has exactly one gold line;
  * every name in relations/deals/stakes/valuations/founding appears verbatim in its doc;
  * relation labels (each part of an a|b label) are allowed;
  * every deal has a matching acquired/investsIn relation (same buyer/investor and target);
  * article layout: headline on line 1, blank line 2, body of 170-230 words.
Exit status 0 when everything passes, 1 otherwise.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "gold.jsonl")
ALLOWED = {"acquired", "investsIn", "foundedBy", "leads", "worksFor", "joins",
           "headquarteredIn", "subsidiaryOf", "develops", "customerOf", "dependsOn",
           "partnersWith", "competesWith"}
KEYS = {"doc", "relations", "valuations", "deals", "stakes", "founding"}
DOC_RE = re.compile(r"^(fr|en)-0[1-6]-[a-z0-9-]+-[a-z0-9-]+\.txt$")
CUR_RE = re.compile(r"^[A-Z]{3}$")
MIN_WORDS, MAX_WORDS = 170, 230


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def main():
    errors = []
    err = errors.append
    totals = {k: 0 for k in ("relations", "valuations", "deals", "stakes", "founding")}
    per_label = {}
    seen_docs = set()

    if not os.path.exists(GOLD):
        print("FAIL: gold.jsonl missing")
        return 1
    with open(GOLD, encoding="utf-8") as fh:
        lines = fh.read().splitlines()

    for ln, line in enumerate(lines, 1):
        if not line.strip():
            err(f"line {ln}: empty line")
            continue
        try:
            g = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"line {ln}: JSON error: {e}")
            continue
        if not isinstance(g, dict) or set(g) != KEYS:
            err(f"line {ln}: keys must be exactly {sorted(KEYS)}")
            continue
        doc = g["doc"]
        where = f"line {ln} ({doc})"
        if doc in seen_docs:
            err(f"{where}: duplicate doc")
        seen_docs.add(doc)
        if not DOC_RE.match(doc):
            err(f"{where}: doc name does not follow fr-NN-<sector>-<company>.txt / en-NN-...")
        path = os.path.join(HERE, doc)
        if not os.path.isfile(path):
            err(f"{where}: doc file not found")
            continue
        with open(path, encoding="utf-8") as fh:
            text = fh.read()

        # --- layout and word count
        tl = text.split("\n")
        if len(tl) < 3 or not tl[0].strip() or tl[1].strip():
            err(f"{where}: expected headline on line 1 and a blank line 2")
        body = "\n".join(tl[2:])
        nw = len(body.split())
        if not (MIN_WORDS <= nw <= MAX_WORDS):
            err(f"{where}: body has {nw} words (need {MIN_WORDS}-{MAX_WORDS})")

        def name_ok(name, what):
            if not isinstance(name, str) or not name.strip():
                err(f"{where}: {what}: name must be a non-empty string: {name!r}")
                return
            if name not in text:
                err(f"{where}: {what}: name not found verbatim in text: {name!r}")

        # --- relations
        rels = g["relations"]
        if not isinstance(rels, list):
            err(f"{where}: relations must be a list")
            rels = []
        rel_set = set()
        for r in rels:
            if not (isinstance(r, list) and len(r) == 3):
                err(f"{where}: bad relation shape {r!r}")
                continue
            s, lab, o = r
            name_ok(s, f"relation {r}")
            name_ok(o, f"relation {r}")
            parts = lab.split("|") if isinstance(lab, str) else [None]
            for p in parts:
                if p not in ALLOWED:
                    err(f"{where}: label {lab!r} has disallowed part {p!r}")
            if s == o:
                err(f"{where}: self relation {r}")
            key = (s, lab, o)
            if key in rel_set:
                err(f"{where}: duplicate relation {r}")
            rel_set.add(key)
            per_label[lab] = per_label.get(lab, 0) + 1
        totals["relations"] += len(rels)

        # --- valuations
        for v in g["valuations"]:
            if not (isinstance(v, list) and len(v) == 3 and is_num(v[1]) and v[1] > 0
                    and isinstance(v[2], str) and CUR_RE.match(v[2])):
                err(f"{where}: bad valuation {v!r}")
                continue
            name_ok(v[0], f"valuation {v}")
        totals["valuations"] += len(g["valuations"])

        # --- deals
        for d in g["deals"]:
            if not (isinstance(d, list) and len(d) == 4):
                err(f"{where}: bad deal shape {d!r}")
                continue
            buyer, target, amt, cur = d
            name_ok(buyer, f"deal {d}")
            name_ok(target, f"deal {d}")
            if amt is None:
                if cur is not None:
                    err(f"{where}: deal {d}: currency must be null when amount is null")
            else:
                if not (is_num(amt) and amt > 0):
                    err(f"{where}: deal {d}: amount must be a positive number or null")
                if not (isinstance(cur, str) and CUR_RE.match(cur)):
                    err(f"{where}: deal {d}: currency must be a 3-letter code")
            match = any(s == buyer and o == target and
                        ({"acquired", "investsIn"} & set(lab.split("|")))
                        for (s, lab, o) in rel_set)
            if not match:
                err(f"{where}: deal {d} has no matching acquired/investsIn relation")
        totals["deals"] += len(g["deals"])

        # --- stakes
        for s in g["stakes"]:
            if not (isinstance(s, list) and len(s) == 3 and is_num(s[2]) and 0 < s[2] <= 100):
                err(f"{where}: bad stake {s!r}")
                continue
            name_ok(s[0], f"stake {s}")
            name_ok(s[1], f"stake {s}")
        totals["stakes"] += len(g["stakes"])

        # --- founding
        for f in g["founding"]:
            if not (isinstance(f, list) and len(f) == 2 and isinstance(f[1], int)
                    and not isinstance(f[1], bool) and 1800 <= f[1] <= 2026):
                err(f"{where}: bad founding {f!r}")
                continue
            name_ok(f[0], f"founding {f}")
            if str(f[1]) not in text:
                err(f"{where}: founding year {f[1]} not in text")
        totals["founding"] += len(g["founding"])

        print(f"{doc:45s} words={nw:3d} rel={len(rels):2d} val={len(g['valuations'])} "
              f"deals={len(g['deals'])} stakes={len(g['stakes'])} founding={len(g['founding'])}")

    # every article has a gold line
    articles = {f for f in os.listdir(HERE) if f.endswith(".txt")}
    for f in sorted(articles - seen_docs):
        err(f"{f}: article has no gold line")
    n_fr = sum(1 for d in seen_docs if d.startswith("fr-"))
    n_en = sum(1 for d in seen_docs if d.startswith("en-"))
    if (n_fr, n_en) != (6, 6):
        err(f"expected 6 fr + 6 en docs, got {n_fr} fr + {n_en} en")

    print()
    print("totals: " + ", ".join(f"{k}={v}" for k, v in totals.items()))
    print("per label: " + ", ".join(f"{k}={v}" for k, v in sorted(per_label.items())))
    if errors:
        print(f"\nFAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  - " + e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
