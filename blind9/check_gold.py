#!/usr/bin/env python3
"""Validate gold.jsonl against the articles in this directory (standard library only)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "gold.jsonl")
KEYS = {"doc", "relations", "valuations", "deals", "stakes", "founding"}
LABELS = {"acquired", "investsIn", "foundedBy", "leads", "worksFor", "joins", "headquarteredIn",
          "subsidiaryOf", "develops", "customerOf", "dependsOn", "partnersWith", "competesWith"}
CURRENCIES = {"EUR", "USD", "GBP", "CHF"}
NAME_RE = re.compile(r"^(fr|en)-0[1-6]-[a-z0-9]+(-[a-z0-9]+)+\.txt$")
MIN_WORDS, MAX_WORDS = 170, 230

errors = []
def err(msg):
    errors.append(msg)

def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)

def labels_of(label):
    return label.split("|")

# ---- articles: names, layout, word counts
docs = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
texts, body_words = {}, {}
for f in docs:
    if not NAME_RE.match(f):
        err(f"bad file name: {f}")
    raw = open(os.path.join(HERE, f), encoding="utf-8").read()
    texts[f] = raw
    lines = raw.rstrip("\n").split("\n")
    if len(lines) < 3 or not lines[0].strip():
        err(f"{f}: line 1 must be a non-empty headline"); continue
    if lines[1] != "":
        err(f"{f}: line 2 must be blank")
    if lines[0] != lines[0].strip():
        err(f"{f}: headline has surrounding whitespace")
    body = "\n".join(lines[2:])
    paras = body.split("\n\n")
    if not 1 <= len(paras) <= 3:
        err(f"{f}: body must have 1-3 paragraphs, found {len(paras)}")
    for i, p in enumerate(paras):
        if not p.strip() or "\n" in p or p != p.strip():
            err(f"{f}: paragraph {i+1} malformed (empty, internal newline or stray whitespace)")
    n = len(body.split())
    body_words[f] = n
    if not MIN_WORDS <= n <= MAX_WORDS:
        err(f"{f}: body has {n} words (need {MIN_WORDS}-{MAX_WORDS})")
langs = Counter(f[:2] for f in docs)
if langs.get("fr", 0) != 6 or langs.get("en", 0) != 6:
    err(f"need 6 fr and 6 en articles, found {dict(langs)}")
for lang in ("fr", "en"):
    nums = sorted(f[3:5] for f in docs if f.startswith(lang + "-"))
    if nums != ["01", "02", "03", "04", "05", "06"]:
        err(f"{lang}: article numbers are {nums}, expected 01..06")

# ---- gold
seen = Counter()
tot = Counter()
label_counts = Counter()
try:
    gold_lines = open(GOLD, encoding="utf-8").read().splitlines()
except OSError as e:
    print(f"cannot read gold.jsonl: {e}"); sys.exit(1)

for ln, line in enumerate(gold_lines, 1):
    if not line.strip():
        err(f"gold line {ln}: empty line"); continue
    try:
        g = json.loads(line)
    except json.JSONDecodeError as e:
        err(f"gold line {ln}: invalid JSON ({e})"); continue
    if not isinstance(g, dict) or set(g) != KEYS:
        err(f"gold line {ln}: keys must be exactly {sorted(KEYS)}"); continue
    d = g["doc"]
    if d not in texts:
        err(f"gold line {ln}: doc {d!r} does not exist"); continue
    seen[d] += 1
    text = texts[d]
    where = f"{d}"

    def check_name(name, what):
        if not isinstance(name, str) or not name.strip():
            err(f"{where}: {what}: empty or non-string name {name!r}"); return
        if name != name.strip():
            err(f"{where}: {what}: name has surrounding whitespace {name!r}")
        if name not in text:
            err(f"{where}: {what}: name {name!r} not verbatim in article")

    for k in ("relations", "valuations", "deals", "stakes", "founding"):
        if not isinstance(g[k], list):
            err(f"{where}: {k} must be a list")
            g[k] = []

    rels = []
    for r in g["relations"]:
        if not (isinstance(r, list) and len(r) == 3 and all(isinstance(x, str) for x in r)):
            err(f"{where}: bad relation {r!r}"); continue
        s, lab, o = r
        parts = labels_of(lab)
        if not all(p in LABELS for p in parts) or len(set(parts)) != len(parts):
            err(f"{where}: label not allowed {lab!r}")
        check_name(s, f"relation {lab} subject"); check_name(o, f"relation {lab} object")
        if s == o:
            err(f"{where}: relation with identical subject and object {r!r}")
        rels.append((s, lab, o))
        for p in parts:
            pass
        label_counts[lab] += 1
    dup = [x for x, c in Counter(rels).items() if c > 1]
    if dup:
        err(f"{where}: duplicate relations {dup}")
    for s, lab, o in rels:
        sym = {"competesWith", "partnersWith"}
        if set(labels_of(lab)) <= sym and (o, lab, s) in rels:
            err(f"{where}: symmetric relation listed both ways {(s, lab, o)}")

    def has_rel(a, b, wanted):
        return any(s == a and o == b and set(labels_of(lab)) & wanted for s, lab, o in rels)

    for v in g["valuations"]:
        if not (isinstance(v, list) and len(v) == 3):
            err(f"{where}: bad valuation {v!r}"); continue
        c, amt, cur = v
        check_name(c, "valuation company")
        if not is_num(amt) or amt < 100000:
            err(f"{where}: valuation amount not sane {amt!r}")
        if cur not in CURRENCIES:
            err(f"{where}: valuation currency {cur!r}")

    for dl in g["deals"]:
        if not (isinstance(dl, list) and len(dl) == 4):
            err(f"{where}: bad deal {dl!r}"); continue
        a, b, amt, cur = dl
        check_name(a, "deal investor/buyer"); check_name(b, "deal target")
        if amt is None:
            if cur is not None:
                err(f"{where}: deal {dl!r} has currency but no amount")
        else:
            if not is_num(amt) or amt < 10000:
                err(f"{where}: deal amount not sane {amt!r}")
            if cur not in CURRENCIES:
                err(f"{where}: deal currency {cur!r}")
        if not has_rel(a, b, {"acquired", "investsIn"}):
            err(f"{where}: deal {dl!r} has no matching acquired/investsIn relation")
    dd = [x for x, c in Counter((d_[0], d_[1]) for d_ in g["deals"] if isinstance(d_, list) and len(d_) == 4).items() if c > 1]
    if dd:
        err(f"{where}: duplicate deals {dd}")

    for st in g["stakes"]:
        if not (isinstance(st, list) and len(st) == 3):
            err(f"{where}: bad stake {st!r}"); continue
        h, c, pct = st
        check_name(h, "stake holder"); check_name(c, "stake company")
        if not is_num(pct) or not 0 < pct <= 100:
            err(f"{where}: stake percent not sane {pct!r}")
        if not has_rel(h, c, {"acquired", "investsIn"}):
            err(f"{where}: stake {st!r} has no matching acquired/investsIn relation")
        if pct == 100 and not has_rel(c, h, {"subsidiaryOf"}):
            err(f"{where}: 100% stake {st!r} without subsidiaryOf relation")

    for fo in g["founding"]:
        if not (isinstance(fo, list) and len(fo) == 2):
            err(f"{where}: bad founding {fo!r}"); continue
        c, y = fo
        check_name(c, "founding company")
        if not isinstance(y, int) or isinstance(y, bool) or not 1800 <= y <= 2026:
            err(f"{where}: founding year not sane {y!r}")
        elif str(y) not in text:
            err(f"{where}: founding year {y} not in article")

    tot["relations"] += len(g["relations"]); tot["deals"] += len(g["deals"])
    tot["stakes"] += len(g["stakes"]); tot["valuations"] += len(g["valuations"])
    tot["founding"] += len(g["founding"])

for d in docs:
    if seen[d] != 1:
        err(f"{d}: has {seen[d]} gold lines (need exactly 1)")

print(f"docs: {len(docs)} (fr {langs.get('fr', 0)}, en {langs.get('en', 0)}); gold lines: {len(gold_lines)}")
for k in ("relations", "deals", "stakes", "valuations", "founding"):
    print(f"{k}: {tot[k]}")
print("relations per label:")
for lab, c in sorted(label_counts.items()):
    print(f"  {lab}: {c}")
if body_words:
    print(f"body words: min {min(body_words.values())}, max {max(body_words.values())}")
if errors:
    print(f"\nFAILED: {len(errors)} error(s)")
    for e in errors:
        print("  - " + e)
    sys.exit(1)
print("\nALL CHECKS PASSED")
sys.exit(0)
