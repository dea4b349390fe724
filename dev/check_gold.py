#!/usr/bin/env python3
"""Sanity checks for the kg dev set: word counts, gold.jsonl schema, entity presence,
and coverage of the phrasing features the set is meant to exercise."""
import json, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREDICATES = {"investsIn", "acquired", "foundedBy", "worksFor", "leads", "joins", "partnersWith",
              "customerOf", "dependsOn", "competesWith", "develops", "headquarteredIn", "subsidiaryOf"}
CURRENCY = re.compile(r"^[A-Z]{3}$")

# phrasing features: (label, regex); each must occur in at least 2 articles of its language
FEATURES = {
    "fr": [
        ("passif 'a été racheté par'", r"a (ainsi )?été (racheté|rachetée|cédée?) (par|à)"),
        ("relative 'X, qui ...'", r", qui "),
        ("nominalisation 'le rachat/la prise de contrôle de X par Y'", r"(rachat|prise de contrôle|acquisition) d(e |')[^.]{1,40} par "),
        ("possessif 'son/sa X, Nom'", r"\b(son|sa) (PDG|président|directeur général|directrice financière)\b"),
        ("liste coordonnée 'A, B et C'", r"[A-Z][\w&-]+, [A-Z][\w&-]+(, [A-Z][\w&-]+)* et [A-Z]"),
        ("pronom/description définie", r"\b(la société|l'entreprise|le groupe|[Ee]lle|[Ii]l) "),
        ("acronyme entre parenthèses", r"\([A-Z]{2,5}\)"),
        ("participiale 'Fondé(e) en'", r"Fondée? en \d{4}"),
        ("entre au capital de", r"entr\w* (à cette occasion )?au capital"),
        ("prend X % du capital de", r"pren\w* [\d,]+ % du capital de"),
        ("mène un tour de table", r"m[eèé]n\w* (un|le) tour de table"),
        ("participe à la levée de fonds", r"particip\w*( aussi)? à la levée de fonds"),
        ("rachète", r"\brachète\b"),
        ("met la main sur", r"\bm\w+ la main sur\b"),
        ("s'offre", r"s'offre\b"),
        ("a recours à", r"\b(a|ont) recours à\b"),
        ("fournisseur de", r"fournisseur d(e |')"),
        ("client de", r"\bclients? d(e |')"),
        ("s'approvisionne auprès de", r"s'approvisionn\w* auprès d"),
        ("rival", r"\brivaux?\b|\brival\b|Rival "),
        ("concurrent", r"\bconcurrent\b"),
        ("en concurrence avec", r"en concurrence avec"),
        ("directeur général", r"directeur général|directrice générale"),
        ("PDG", r"\bPDG\b"),
        ("patron", r"\bpatron\b"),
        ("président", r"\bprésident\b|\bprésidé\b"),
        ("directrice financière", r"directrice financière"),
        ("cofondateur", r"cofondateur"),
        ("dirigé par", r"dirigée? par"),
        ("à la tête de", r"à la tête de"),
        ("négation/renoncement", r"renon\w+|refusé|rejeter|n'a pas retenu|retiré sa proposition"),
        ("ancien rôle", r"\bancien (directeur|responsable|PDG|patron)|alors dirigé|pilotait auparavant"),
    ],
    "en": [
        ("passive 'was bought/acquired by'", r"(was|is) (bought|acquired|manufactured) by"),
        ("relative ', which ...'", r", which "),
        ("nominalisation 'X's purchase/takeover of', 'X's acquisition by'", r"'s (purchase|takeover|acquisition) (of|by) "),
        ("possessive 'X's chief executive, Name'", r"'s (chief executive|chairman|CFO)"),
        ("coordinated list", r"[A-Z][\w.&-]+, [A-Z][\w.&-]+(,? [A-Z][\w.&-]+)*,? and [A-Z]"),
        ("pronoun/definite description", r"\b(the company|the firm|[\w-]+-based (group|chipmaker|maker|company|software group)|its|it)\b"),
        ("acronym in parentheses", r"\([A-Z]{2,5}\)"),
        ("participial 'Founded in'", r"Founded in \d{4}"),
        ("backs", r"\bbacks\b"),
        ("poured ... into", r"poured \$[\d.]+ (billion|bn) into"),
        ("participated in the Series/financing", r"participated in (the|its)"),
        ("bought a stake in", r"bought a stake in"),
        ("snapped up", r"snapped up"),
        ("merger", r"\bmerger\b"),
        ("is a customer of", r"is a customer of"),
        ("buys chips from", r"buys? chips from"),
        ("runs on", r"runs on"),
        ("rival", r"\brival\b"),
        ("competes with", r"competes with"),
        ("chief executive", r"chief executive"),
        ("CEO", r"\bCEO\b"),
        ("chairman", r"\bchairman\b"),
        ("CFO", r"\bCFO\b"),
        ("founder", r"founder"),
        ("head of", r"\bhead of"),
        ("led by", r"led by"),
        ("runs (a company)", r"runs (IBM|Qualcomm)|\bran [A-Z]"),
        ("negation/refusal/speculation", r"called off|walk(ed|ing)? away|rejected a takeover bid|in talks to buy|had not breached|blocked"),
        ("former role", r"\bformer\b"),
    ],
}

def main():
    ok = True
    docs = sorted(p for p in HERE.glob("*.txt"))
    for p in docs:
        n = len(p.read_text(encoding="utf-8").split())
        if not 80 <= n <= 250:
            print(f"WORDS {p.name}: {n}"); ok = False
    lines = (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    if len(lines) != 16:
        print("gold.jsonl must have 16 lines, has", len(lines)); ok = False
    total = 0
    seen = set()
    for i, line in enumerate(lines, 1):
        o = json.loads(line)
        doc = HERE / o["doc"]
        seen.add(o["doc"])
        if not doc.exists():
            print("missing doc", o["doc"]); ok = False; continue
        text = doc.read_text(encoding="utf-8").lower()
        def present(e):
            if e.lower() not in text:
                print(f"{o['doc']}: entity not in text: {e!r}"); return False
            return True
        for s, pr, ob in o["relations"]:
            total += 1
            for alt in pr.split("|"):
                if alt not in PREDICATES:
                    print(f"{o['doc']}: bad predicate {alt}"); ok = False
            ok &= present(s) & present(ob)
        for c, amt, cur in o.get("valuations", []):
            ok &= present(c) and isinstance(amt, (int, float)) and bool(CURRENCY.match(cur))
        for a, b, amt, cur in o.get("deals", []):
            ok &= present(a) & present(b) and isinstance(amt, (int, float)) and bool(CURRENCY.match(cur))
        for a, b, pct in o.get("stakes", []):
            ok &= present(a) & present(b) and 0 < pct <= 100
        for c, y in o.get("founding", []):
            ok &= present(c) and 1800 <= y <= 2025
        print(f"{o['doc']:34s} words={len(doc.read_text(encoding='utf-8').split()):3d} relations={len(o['relations'])}")
    missing = {p.name for p in docs} - seen
    if missing:
        print("articles without gold:", missing); ok = False
    print("total relations:", total)
    for lang, feats in FEATURES.items():
        files = [p for p in docs if p.name.startswith(lang + "-")]
        for label, rx in feats:
            hits = [p.name[:5] for p in files if re.search(rx, p.read_text(encoding="utf-8"))]
            if len(hits) < 2:
                print(f"FEATURE {lang} '{label}' in only {hits}"); ok = False
            elif "-v" in sys.argv:
                print(f"  {lang} {label:60s} {' '.join(hits)}")
    print("OK" if ok else "PROBLEMS FOUND")
    return 0 if ok else 1

if __name__ == "__main__":
    sys.exit(main())
