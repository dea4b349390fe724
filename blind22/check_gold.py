#!/usr/bin/env python3
"""Validator for the blind22 relation-extraction evaluation set.

Standard library only. Locates the articles and gold.jsonl next to this file,
so it can be run from any directory:

    python3 /work/main/blind22/check_gold.py

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
    "headquarteredIn", "subsidiaryOf", "develops", "customerOf", "dependsOn",
    "partnersWith", "competesWith",
}
COMBO_LABELS = {
    frozenset(["customerOf", "dependsOn"]),
    frozenset(["joins", "worksFor"]),
    frozenset(["acquired", "investsIn"]),
    frozenset(["customerOf", "partnersWith"]),
}
SYMMETRIC = {"partnersWith", "competesWith"}
OWNERSHIP_LABELS = {"investsIn", "acquired", "acquired|investsIn"}
CURRENCIES = {"EUR", "GBP", "USD", "CHF"}
NAME_RE = re.compile(r"^(fr|en)-(0[1-6])-([a-z0-9]+(?:-[a-z0-9]+)*)\.txt$")
MIN_WORDS, MAX_WORDS = 170, 230
MIN_REL, MAX_REL = 10, 18

errors = []


def err(doc, msg):
    errors.append(f"{doc}: {msg}")


def label_parts(label):
    """Return the set of labels in a single or a|b label, or None if not allowed."""
    if not isinstance(label, str):
        return None
    if "|" in label:
        parts = label.split("|")
        if len(parts) != 2 or any(p not in SINGLE_LABELS for p in parts):
            return None
        fs = frozenset(parts)
        if len(fs) != 2 or fs not in COMBO_LABELS:
            return None
        return set(parts)
    if label in SINGLE_LABELS:
        return {label}
    return None


def is_pos_int(x):
    return isinstance(x, int) and not isinstance(x, bool) and x > 0


def percent_in_text(p, text):
    """True if percent p appears in text followed by %, per cent, percent or pour cent."""
    if isinstance(p, float) and p.is_integer():
        p = int(p)
    if isinstance(p, int):
        forms = [str(p)]
    else:
        s = repr(p)
        forms = [s, s.replace(".", ",")]
    for f in forms:
        pat = r"(?<![\d.,])" + re.escape(f) + r"\s*(?:%|per\s+cent|percent|pour\s+cent)"
        if re.search(pat, text):
            return True
    return False


def check_layout(doc, raw):
    """Check file layout; return (text, body) or (None, None)."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        err(doc, "not valid UTF-8")
        return None, None
    if text.startswith("\ufeff"):
        err(doc, "starts with a byte-order mark")
    if "\r" in text:
        err(doc, "contains carriage returns")
    if not text.endswith("\n"):
        err(doc, "does not end with a newline")
    if text.endswith("\n\n"):
        err(doc, "ends with a trailing blank line")
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    if len(lines) < 3:
        err(doc, "too few lines")
        return text, ""
    if not lines[0].strip():
        err(doc, "line 1 (headline) is empty")
    if lines[1] != "":
        err(doc, "line 2 is not blank")
    body_lines = lines[2:]
    # paragraphs on odd positions must be non-empty, separators blank
    if len(body_lines) % 2 != 1:
        err(doc, "body does not alternate paragraph / blank line")
    paras = 0
    for i, ln in enumerate(body_lines):
        if i % 2 == 0:
            if not ln.strip():
                err(doc, f"body line {i + 3} should be a paragraph but is blank")
            elif ln != ln.strip():
                err(doc, f"body line {i + 3} has leading/trailing whitespace")
            paras += 1
        else:
            if ln != "":
                err(doc, f"body line {i + 3} should be a single blank line")
    if not 1 <= paras <= 3:
        err(doc, f"{paras} paragraphs (need 1-3)")
    body = "\n".join(body_lines)
    return text, body


def main():
    # ---- articles on disk
    articles = {}
    sectors = {}
    for name in sorted(os.listdir(HERE)):
        if not name.endswith(".txt"):
            continue
        m = NAME_RE.match(name)
        if not m:
            err(name, "file name does not match <fr|en>-<01..06>-<sector>.txt")
            continue
        articles[name] = m
    for lang in ("fr", "en"):
        nums = sorted(m.group(2) for n, m in articles.items() if m.group(1) == lang)
        if nums != ["01", "02", "03", "04", "05", "06"]:
            err("layout", f"{lang} articles numbered {nums}, need exactly 01-06")
    for name, m in articles.items():
        sec = m.group(3)
        if sec in sectors:
            err(name, f"sector '{sec}' also used by {sectors[sec]}")
        sectors[sec] = name

    # ---- gold lines
    if not os.path.exists(GOLD):
        print("gold.jsonl missing")
        return 1
    gold = {}
    with open(GOLD, encoding="utf-8") as fh:
        raw_gold = fh.read()
    if not raw_gold.endswith("\n"):
        err("gold.jsonl", "does not end with a newline")
    for ln_no, line in enumerate(raw_gold.split("\n")[:-1] if raw_gold.endswith("\n") else raw_gold.split("\n"), 1):
        if not line.strip():
            err("gold.jsonl", f"line {ln_no} is blank")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            err("gold.jsonl", f"line {ln_no} does not parse: {e}")
            continue
        if not isinstance(obj, dict) or set(obj.keys()) != KEYS:
            err("gold.jsonl", f"line {ln_no} keys are {sorted(obj) if isinstance(obj, dict) else type(obj)}")
            continue
        doc = obj["doc"]
        if doc in gold:
            err(doc, "more than one gold line")
        gold[doc] = obj
    for doc in gold:
        if doc not in articles:
            err(doc, "gold line refers to a missing article")
    for name in articles:
        if name not in gold:
            err(name, "no gold line")

    # ---- per-article checks
    rows = []
    for name in sorted(articles, key=lambda n: (0 if n.startswith("fr") else 1, n)):
        with open(os.path.join(HERE, name), "rb") as fh:
            text, body = check_layout(name, fh.read())
        if text is None:
            continue
        words = len(body.split())
        if not MIN_WORDS <= words <= MAX_WORDS:
            err(name, f"body has {words} words (need {MIN_WORDS}-{MAX_WORDS})")
        g = gold.get(name)
        if g is None:
            continue
        for k in ("relations", "valuations", "deals", "stakes", "founding"):
            if not isinstance(g[k], list):
                err(name, f"{k} is not a list")
                g[k] = []

        def need_entity(s, where):
            if not isinstance(s, str) or not s.strip():
                err(name, f"{where}: entity {s!r} is not a non-empty string")
                return False
            if s != s.strip():
                err(name, f"{where}: entity {s!r} has surrounding whitespace")
            if s not in text:
                err(name, f"{where}: entity {s!r} not found verbatim in article")
                return False
            return True

        # relations
        rels = g["relations"]
        if not MIN_REL <= len(rels) <= MAX_REL:
            err(name, f"{len(rels)} relations (need {MIN_REL}-{MAX_REL})")
        seen = set()
        parsed = []
        for r in rels:
            if not (isinstance(r, list) and len(r) == 3):
                err(name, f"relation {r!r} is not a [subject, label, object] triple")
                continue
            s, lab, o = r
            parts = label_parts(lab)
            if parts is None:
                err(name, f"relation {r!r}: label {lab!r} not allowed")
                continue
            need_entity(s, f"relation {r!r} subject")
            need_entity(o, f"relation {r!r} object")
            if s == o:
                err(name, f"relation {r!r}: subject equals object")
            key = (s, lab, o)
            if key in seen:
                err(name, f"duplicate relation {r!r}")
            seen.add(key)
            parsed.append((s, lab, o, parts))
        for i in range(len(parsed)):
            for j in range(i + 1, len(parsed)):
                s1, l1, o1, p1 = parsed[i]
                s2, l2, o2, p2 = parsed[j]
                if {s1, o1} == {s2, o2} and p1 & p2:
                    err(name, f"overlapping relations between same pair: {[s1, l1, o1]} and {[s2, l2, o2]}")
                if l1 == l2 and l1 in SYMMETRIC and s1 == o2 and o1 == s2:
                    err(name, f"symmetric relation listed both ways: {[s1, l1, o1]}")
        own = {}
        for s, lab, o, _ in parsed:
            if lab in OWNERSHIP_LABELS:
                own.setdefault((s, o), set()).add(lab)

        # valuations
        for v in g["valuations"]:
            if not (isinstance(v, list) and len(v) == 3):
                err(name, f"valuation {v!r} is not [company, amount, currency]")
                continue
            c, amt, cur = v
            need_entity(c, f"valuation {v!r}")
            if not is_pos_int(amt):
                err(name, f"valuation {v!r}: amount must be a positive integer")
            if cur not in CURRENCIES:
                err(name, f"valuation {v!r}: currency {cur!r} not allowed")

        # deals
        for d in g["deals"]:
            if not (isinstance(d, list) and len(d) == 4):
                err(name, f"deal {d!r} is not [buyer, target, amount, currency]")
                continue
            b, t, amt, cur = d
            need_entity(b, f"deal {d!r} buyer")
            need_entity(t, f"deal {d!r} target")
            if amt is None:
                if cur is not None:
                    err(name, f"deal {d!r}: null amount needs null currency")
            else:
                if not is_pos_int(amt):
                    err(name, f"deal {d!r}: amount must be a positive integer or null")
                if cur not in CURRENCIES:
                    err(name, f"deal {d!r}: currency {cur!r} not allowed")
            if not own.get((b, t)):
                err(name, f"deal {d!r}: buyer lacks investsIn/acquired toward target")

        # stakes
        for st in g["stakes"]:
            if not (isinstance(st, list) and len(st) == 3):
                err(name, f"stake {st!r} is not [holder, company, percent]")
                continue
            h, c, p = st
            need_entity(h, f"stake {st!r} holder")
            need_entity(c, f"stake {st!r} company")
            if isinstance(p, bool) or not isinstance(p, (int, float)) or not 0 < p <= 100:
                err(name, f"stake {st!r}: percent must be in (0, 100]")
                continue
            if not percent_in_text(p, text):
                err(name, f"stake {st!r}: '{p}' followed by %/per cent/percent not in article")
            labs = own.get((h, c), set())
            if not labs:
                err(name, f"stake {st!r}: holder lacks investsIn/acquired toward company")
            elif p > 50 and labs == {"investsIn"}:
                err(name, f"stake {st!r}: majority stake labelled plain investsIn")

        # founding
        for f in g["founding"]:
            if not (isinstance(f, list) and len(f) == 2):
                err(name, f"founding {f!r} is not [company, year]")
                continue
            c, y = f
            need_entity(c, f"founding {f!r}")
            if not (isinstance(y, int) and not isinstance(y, bool) and 1800 <= y <= 2025):
                err(name, f"founding {f!r}: year must be an integer 1800-2025")
            elif str(y) not in text:
                err(name, f"founding {f!r}: year not in article")

        rows.append((name, words, len(rels), len(g["valuations"]), len(g["deals"]),
                     len(g["stakes"]), len(g["founding"])))

    # ---- report
    hdr = f"{'article':34} {'words':>5} {'rel':>4} {'val':>4} {'deal':>4} {'stake':>5} {'found':>5}"
    print(hdr)
    print("-" * len(hdr))
    for r in rows:
        print(f"{r[0]:34} {r[1]:5d} {r[2]:4d} {r[3]:4d} {r[4]:4d} {r[5]:5d} {r[6]:5d}")
    print()
    print(f"{'language':10} {'articles':>8} {'relations':>9} {'valuations':>10} {'deals':>5} {'stakes':>6} {'founding':>8}")
    totals = [0] * 6
    for lang, label in (("fr", "French"), ("en", "English")):
        sub = [r for r in rows if r[0].startswith(lang + "-")]
        vals = [len(sub)] + [sum(r[i] for r in sub) for i in range(2, 7)]
        totals = [a + b for a, b in zip(totals, vals)]
        print(f"{label:10} {vals[0]:8d} {vals[1]:9d} {vals[2]:10d} {vals[3]:5d} {vals[4]:6d} {vals[5]:8d}")
    print(f"{'total':10} {totals[0]:8d} {totals[1]:9d} {totals[2]:10d} {totals[3]:5d} {totals[4]:6d} {totals[5]:8d}")
    print()
    if errors:
        print(f"FAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  - " + e)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
