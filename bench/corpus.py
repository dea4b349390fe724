"""Generated, reproducible inputs for the benchmarks (no real article is used).

Two generators, both seeded, so every run of `make bench` reads the same input:

* `articles(n, seed)`: French and English business news of 80-150 words: a headline, then
  sentences about investments, acquisitions, fundraising, founders, roles, partnerships,
  customers, competitors, subsidiaries and headquarters, in several shapes per language
  (active and passive voice, appositions, relative clauses, participial openers, lists,
  possessives, negation), with amounts written the ways the press writes them. The text is
  generated: it is realistic enough to make spaCy and the extractor do their real work, and
  it is not a quality benchmark.
* `synthetic_documents(...)`: already-extracted `kg.model.Document`s (no spaCy), with
  entities, statements, deals, valuations and founding years between a large pool of
  companies, people, products and places; popular companies get many customers and
  dependents, as in real news. Used for the store, ask and page benchmarks.

    .venv/bin/python bench/corpus.py -n 20 --seed 1        # print 20 articles as JSON lines

>>> a = articles(4, seed=3)
>>> [x["lang"] for x in a] == [x["lang"] for x in articles(4, seed=3)]
True
>>> all(80 <= len(x["text"].split()) <= 150 for x in articles(40, seed=1))
True
"""

from __future__ import annotations

import argparse
import bisect
import hashlib
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

# ------------------------------------------------------------------------------ names

_SYL_A = ["Vel", "Nor", "Aur", "Kal", "Zen", "Ori", "Bel", "Cor", "Dax", "Ely", "Fen", "Gal", "Hel", "Ixo",
          "Jor", "Lum", "Mar", "Nex", "Oct", "Pra", "Quo", "Ros", "Sol", "Tal", "Ulm", "Var", "Wes", "Xal",
          "Yor", "Zar", "Ath", "Bri", "Cel", "Dor", "Eva", "Fal", "Gry", "Har", "Isa", "Kor"]
_SYL_B = ["tra", "vik", "elis", "ora", "ium", "ent", "ano", "ix", "eon", "ara", "ova", "ine", "ust", "alis",
          "os", "yra", "ex", "ima", "ondo", "ica"]
_ORG_SUFFIX = ["", "", "", " Systems", " Labs", " Technologies", " Bio", " Robotics", " Energy", " Capital",
               " Pay", " AI", " Networks", " Health", " Analytics", " Software", " Ventures", " Partners", " Group",
               " Industries"]
_FIRST = ["Claire", "Thomas", "Sophie", "Julien", "Camille", "Nicolas", "Emma", "Lucas", "Chloé", "Antoine",
          "Sarah", "David", "Laura", "Pierre", "Marie", "Hugo", "Alice", "Louis", "Inès", "Mathieu",
          "James", "Emily", "Michael", "Olivia", "Daniel", "Hannah", "Robert", "Grace", "William", "Megan",
          "Arjun", "Priya", "Kenji", "Yuki", "Lars", "Ingrid", "Mateo", "Lucía", "Omar", "Leila"]
_LAST = ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Laurent", "Girard", "Rousseau", "Fournier",
         "Mercier", "Chevalier", "Lambert", "Garnier", "Faure", "Blanchard", "Carpentier", "Perrin", "Roussel",
         "Henderson", "Whitaker", "Callahan", "Brennan", "Sutherland", "Holloway", "Prescott", "Langford",
         "Ashworth", "Kowalski", "Nakamura", "Okafor", "Lindqvist", "Castellano", "Haddad", "Varga", "Novak",
         "Sørensen", "Albrecht", "Delgado", "Marchetti", "Kaplan"]
_PRODUCT_A = ["Nova", "Atlas", "Pulse", "Echo", "Vertex", "Helix", "Orbit", "Quantum", "Prism", "Beacon",
              "Falcon", "Summit", "Cobalt", "Lumen", "Zephyr", "Aria"]
_PRODUCT_B = ["", " 2", " 3", " Pro", " Cloud", " One", " X", " Studio", " Edge", " Max"]
CITIES = ["Paris", "Lyon", "Toulouse", "Nantes", "Bordeaux", "Lille", "Grenoble", "Marseille", "London",
          "Berlin", "Munich", "Amsterdam", "Stockholm", "Madrid", "Milan", "Zurich", "New York", "Boston",
          "San Francisco", "Austin", "Toronto", "Singapore", "Tokyo", "Seoul", "Tel Aviv", "Dublin"]


def company_names(n: int, seed: int = 0) -> list[str]:
    """`n` distinct invented company names.

    >>> company_names(3, seed=1) == company_names(3, seed=1) and len(set(company_names(500))) == 500
    True
    """
    rng = random.Random(f"companies-{seed}")
    out, seen = [], set()
    while len(out) < n:
        base = rng.choice(_SYL_A) + rng.choice(_SYL_B)
        if rng.random() < 0.3:
            base += rng.choice(_SYL_B)
        name = base + rng.choice(_ORG_SUFFIX)
        if len(seen) > 4000 and name in seen:  # past the easy space, add a second word
            name = base + " " + rng.choice(_SYL_A) + rng.choice(_SYL_B)
        if name not in seen:
            seen.add(name)
            out.append(name)
    return out


def person_names(n: int, seed: int = 0) -> list[str]:
    rng = random.Random(f"people-{seed}")
    out, seen = [], set()
    while len(out) < n:
        name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        if name in seen:
            name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}-{rng.choice(_LAST)}"
        if name not in seen:
            seen.add(name)
            out.append(name)
    return out


def product_names(n: int, seed: int = 0) -> list[str]:
    rng = random.Random(f"products-{seed}")
    out, seen = [], set()
    while len(out) < n:
        name = rng.choice(_PRODUCT_A) + rng.choice(_PRODUCT_B)
        if name in seen:
            name = rng.choice(_SYL_A) + rng.choice(_SYL_B) + " " + name
        if name not in seen:
            seen.add(name)
            out.append(name)
    return out


# ------------------------------------------------------------------------------ amounts


def _amount(rng: random.Random, lang: str) -> str:
    """An amount as the press writes it: "14,8 milliards de dollars", "$2.5 billion", "€600m"."""
    big = rng.random() < 0.35
    value = round(rng.uniform(1.1, 25.0), 1) if big else rng.choice([5, 8, 12, 15, 20, 25, 40, 50, 75, 80, 120, 150, 200, 300, 450, 600, 750])
    cur = rng.choice(["EUR", "USD", "USD", "GBP"] if lang == "en" else ["EUR", "EUR", "USD"])
    if lang == "fr":
        num = f"{value:g}".replace(".", ",")
        unit = ("milliard" if value < 2 else "milliards") if big else "millions"
        noun = {"EUR": "d'euros", "USD": "de dollars", "GBP": "de livres sterling"}[cur]
        if big and cur == "EUR" and rng.random() < 0.3:
            return f"{num} Md€"
        return f"{num} {unit} {noun}"
    sym = {"EUR": "€", "USD": "$", "GBP": "£"}[cur]
    if rng.random() < 0.3:
        return f"{sym}{value:g}{'bn' if big else 'm'}"
    return f"{sym}{value:g} {'billion' if big else 'million'}"


# ------------------------------------------------------------------------------ sentences
# Each template names its slots: A B C D (companies), P Q (people), X (product), M V (amounts),
# Y (year), S (stake), T (city), R (role). Templates mix voices and clause shapes on purpose.

_EN_ROLES = ["chief executive", "chief financial officer", "chief technology officer", "chairman", "chief operating officer"]
_FR_ROLES = ["directeur général", "directrice financière", "directeur technique", "président", "directrice des opérations"]

_HEADLINES = {
    "en": ["{A} invests {M} in {B}", "{A} to buy {B} for {M}", "{B} raises {M} from {A}", "{A} and {B} team up on {X}",
           "{A} takes {S}% stake in {B}", "{B} names {P} chief executive"],
    "fr": ["{A} investit {M} dans {B}", "{A} rachète {B} pour {M}", "{B} lève {M} auprès de {A}",
           "{A} et {B} s'allient autour de {X}", "{A} prend {S} % de {B}", "{P} prend la tête de {B}"],
}

_LEAD = {
    "en": [
        "{A} has invested {M} in {B}, a start-up based in {T} that builds software for manufacturers.",
        "{A} agreed to acquire {B} for {M}, the companies said on Tuesday.",
        "{B} was acquired by {A} for {M} in a deal announced in {Y}.",
        "{B} has raised {M} from {A}, in a round that values the company at {V}.",
        "{A}, the {T}-based group, will take a {S}% stake in {B} for {M}.",
        "The chipmaker {A} is buying {B}, which makes {X}, for {M}.",
    ],
    "fr": [
        "{A} investit {M} dans {B}, une start-up installée à {T} qui conçoit des logiciels industriels.",
        "{A} a annoncé le rachat de {B} pour {M}.",
        "{B} a été rachetée par {A} pour {M} en {Y}.",
        "{B} lève {M} auprès de {A}, une opération qui valorise la jeune pousse à {V}.",
        "Le groupe {A}, basé à {T}, va prendre {S} % du capital de {B} pour {M}.",
        "{A} met la main sur {B}, qui développe {X}, pour {M}.",
    ],
}

_BODY = {
    "en": [
        "Founded in {Y} by {P}, {B} sells its services to banks and insurers.",
        "{B} was founded in {Y} by {P} and {Q}.",
        "{P}, the {R} of {A}, said the deal would close by the end of the year.",
        "{A} chief executive {P} called the agreement a turning point.",
        "{P} joined {B} as {R} last year, after a decade at {C}.",
        "{B}'s customers include {A}, {C} and {D}.",
        "Its software is used by {C}, {D} and {A}.",
        "{B} relies on {C} for its cloud infrastructure.",
        "{A} and {C} announced a partnership to develop {X}.",
        "{B}, which competes with {C} in Europe, employs about 400 people.",
        "{C} is a subsidiary of {A}.",
        "{B} is headquartered in {T}.",
        "The company, whose main product is {X}, has grown quickly since {Y}.",
        "{B} develops {X}, a platform for logistics companies.",
        "{C} did not buy {B}, despite talks earlier this year.",
        "{D} could buy a minority stake in {C} later this year, according to people familiar with the matter.",
        "{A} also backed {C} in {Y}, investing {M} in the company.",
        "The deal values {B} at {V}.",
        "Analysts said the price was high, but the group needs {B}'s engineers.",
        "Shares of {A} rose 3% after the announcement.",
    ],
    "fr": [
        "Fondée en {Y} par {P}, {B} vend ses services aux banques et aux assureurs.",
        "{B} a été créée en {Y} par {P} et {Q}.",
        "{P}, {R} de {A}, a salué une opération structurante.",
        "Le PDG de {A}, {P}, veut conclure l'opération avant la fin de l'année.",
        "{P} a rejoint {B} comme {R} l'an dernier, après dix ans chez {C}.",
        "{B} compte parmi ses clients {A}, {C} et {D}.",
        "Ses logiciels sont utilisés par {C}, {D} et {A}.",
        "{B} dépend de {C} pour son infrastructure cloud.",
        "{A} et {C} ont noué un partenariat pour développer {X}.",
        "{B}, qui concurrence {C} en Europe, emploie environ 400 personnes.",
        "{C} est une filiale de {A}.",
        "Le siège de {B} est installé à {T}.",
        "L'entreprise, dont le produit phare est {X}, a beaucoup grandi depuis {Y}.",
        "{B} développe {X}, une plateforme destinée aux transporteurs.",
        "{C} n'a pas racheté {B}, malgré des discussions au printemps.",
        "{D} pourrait entrer au capital de {C} d'ici la fin de l'année, selon plusieurs sources.",
        "{A} avait déjà investi {M} dans {C} en {Y}.",
        "L'opération valorise {B} à {V}.",
        "Les analystes jugent le prix élevé, mais le groupe a besoin des ingénieurs de {B}.",
        "L'action de {A} a gagné 3 % après l'annonce.",
    ],
}


def articles(n: int, seed: int = 0, *, lang: str | None = None, companies: int = 3000, people: int = 2000) -> list[dict]:
    """`n` generated articles, alternating French and English unless `lang` is given.

    Each is a dict with `text` (headline line, then one or two paragraphs, 80-150 words),
    `lang`, `title`, `date` and `url`.
    """
    return list(iter_articles(n, seed, lang=lang, companies=companies, people=people))


def iter_articles(n: int, seed: int = 0, *, lang: str | None = None, companies: int = 3000, people: int = 2000) -> Iterator[dict]:
    orgs = company_names(companies, seed)
    persons = person_names(people, seed)
    products = product_names(400, seed)
    rng = random.Random(f"articles-{seed}")
    for i in range(n):
        language = lang or ("fr" if i % 2 == 0 else "en")
        yield _article(rng, i, language, orgs, persons, products)


POPULAR = 0.06  # share of mentions drawn by popularity (Zipf), the rest uniformly
_ZIPF: dict[int, list[float]] = {}


def _pick(rng: random.Random, pool: list[str]) -> str:
    """A name from `pool`. Popular names come back often, as in real news: 6% of draws follow
    Zipf's law (rank k drawn in proportion to 1/k), the rest are uniform. With a pool of
    40,000 companies (synthetic_documents), the most popular one appears in about 6% of the
    documents, the fifth in 1.5%, as a Microsoft or a Google does in a tech news feed; in the
    articles (3,000 companies) the most popular appears in about 4%."""
    if rng.random() >= POPULAR:
        return pool[rng.randrange(len(pool))]
    cum = _ZIPF.get(len(pool))
    if cum is None:
        total, cum = 0.0, []
        for k in range(1, len(pool) + 1):
            total += 1.0 / k
            cum.append(total)
        _ZIPF[len(pool)] = cum
    return pool[min(bisect.bisect_left(cum, rng.random() * cum[-1]), len(pool) - 1)]


def _article(rng: random.Random, i: int, lang: str, orgs, persons, products) -> dict:
    target = rng.randint(80, 150)
    roles = _EN_ROLES if lang == "en" else _FR_ROLES
    while True:
        a, b, c, d = (_pick(rng, orgs) for _ in range(4))
        if len({a, b, c, d}) == 4:
            break
    slots = {
        "A": a, "B": b, "C": c, "D": d, "P": rng.choice(persons), "Q": rng.choice(persons), "X": rng.choice(products),
        "Y": str(rng.randint(1995, 2023)), "S": str(rng.choice([5, 10, 15, 20, 25, 30, 49, 51])),
        "T": rng.choice(CITIES), "R": rng.choice(roles),
    }

    def fill(template: str) -> str:
        values = dict(slots, M=_amount(rng, lang), V=_amount(rng, lang))
        return template.format(**values)

    title = fill(rng.choice(_HEADLINES[lang]))
    sentences = [fill(rng.choice(_LEAD[lang]))]
    body = list(_BODY[lang])
    rng.shuffle(body)
    words = len(title.split()) + len(sentences[0].split())
    for template in body:
        sentence = fill(template)
        size = len(sentence.split())
        if words + size > 150:
            continue
        sentences.append(sentence)
        words += size
        if words >= target:
            break
        if rng.random() < 0.15:  # a new paragraph, another cast
            slots["C"], slots["D"] = _pick(rng, orgs), _pick(rng, orgs)
            slots["P"] = rng.choice(persons)
    cut = max(2, len(sentences) // 2)
    paragraphs = [" ".join(sentences[:cut]), " ".join(sentences[cut:])]
    text = title + "\n" + "\n".join(p for p in paragraphs if p) + "\n"
    date = f"{rng.randint(2015, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return {"text": text, "lang": lang, "title": title, "date": date, "url": f"https://news.example/{lang}/{i}"}


def write_jsonl(path: str | Path, n: int, seed: int = 0, *, lang: str | None = None) -> tuple[int, int]:
    """Write `n` articles to a .jsonl file kg reads (text, title, url, date); (articles, words)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    words = 0
    with open(path, "w", encoding="utf-8") as fh:
        for art in iter_articles(n, seed, lang=lang):
            words += len(art["text"].split())
            fh.write(json.dumps({k: art[k] for k in ("text", "title", "url", "date")}, ensure_ascii=False) + "\n")
    return n, words


# ------------------------------------------------------------------------------ extracted documents

_SENT = {
    "investsIn": "{s} invests in {o}.", "acquired": "{s} acquired {o}.", "foundedBy": "{s} was founded by {o}.",
    "worksFor": "{s} works for {o}.", "leads": "{s} leads {o}.", "joins": "{s} joins {o}.",
    "partnersWith": "{s} partners with {o}.", "customerOf": "{s} is a customer of {o}.",
    "dependsOn": "{s} depends on {o}.", "competesWith": "{s} competes with {o}.", "develops": "{s} develops {o}.",
    "headquarteredIn": "{s} is headquartered in {o}.", "subsidiaryOf": "{s} is a subsidiary of {o}.",
}
# (relation, subject kind, object kind, weight)
_RELATIONS = [
    ("dependsOn", "Organization", "Organization", 4), ("customerOf", "Organization", "Organization", 4),
    ("investsIn", "Organization", "Organization", 3), ("acquired", "Organization", "Organization", 1),
    ("partnersWith", "Organization", "Organization", 2), ("competesWith", "Organization", "Organization", 2),
    ("subsidiaryOf", "Organization", "Organization", 1), ("foundedBy", "Organization", "Person", 2),
    ("worksFor", "Person", "Organization", 2), ("leads", "Person", "Organization", 2),
    ("joins", "Person", "Organization", 1), ("develops", "Organization", "Product", 2),
    ("headquarteredIn", "Organization", "Place", 1),
]


class EntityPool:
    """Names by kind; `draw(kind)` favours a few popular names (a power law)."""

    def __init__(self, organizations: int, people: int, products: int, seed: int = 0):
        self.names = {
            "Organization": company_names(organizations, seed),
            "Person": person_names(people, seed),
            "Product": product_names(products, seed),
            "Place": list(CITIES),
        }

    def draw(self, rng: random.Random, kind: str) -> str:
        return _pick(rng, self.names[kind])

    def __len__(self) -> int:
        return sum(len(v) for v in self.names.values())


class _Cast:
    """The entities of one document, each given a key ("e0", "e1"...) the first time it is named."""

    def __init__(self, aliases: bool = True):
        self.keys: dict[tuple[str, str], str] = {}
        self.entities: list = []
        self.aliases = aliases

    def key(self, name: str, kind: str, role: str | None = None) -> str:
        from kg.model import Entity

        k = self.keys.get((name, kind))
        if k is None:
            k = self.keys[(name, kind)] = f"e{len(self.keys)}"
            aliases = (name.split()[-1],) if self.aliases and kind == "Person" else ()
            self.entities.append(Entity(k, name, kind, aliases, (role,) if role else ()))
        return k


def synthetic_documents(n: int | None = None, *, seed: int = 0, pool: EntityPool | None = None,
                        statements: tuple[int, int] = (4, 10)) -> Iterator:
    """Extracted Documents, without spaCy: entities, statements with their sentence, deals,
    valuations, founding years. Endless when `n` is None.

    >>> docs = list(synthetic_documents(3, pool=EntityPool(50, 30, 10)))
    >>> len(docs), all(d.statements for d in docs)
    (3, True)
    """
    from kg.model import Deal, Document, Founding, Money, Provenance, Statement, Valuation

    pool = pool or EntityPool(40_000, 20_000, 3_000, seed)
    rng = random.Random(f"documents-{seed}")
    relations = [r for r in _RELATIONS for _ in range(r[3])]
    i = 0
    while n is None or i < n:
        lang = "fr" if i % 2 == 0 else "en"
        cast = _Cast()
        entities, key = cast.entities, cast.key

        sentences, facts = [], []
        offset = 0
        for _ in range(rng.randint(*statements)):
            relation, skind, okind, _w = rng.choice(relations)
            s, o = pool.draw(rng, skind), pool.draw(rng, okind)
            if s == o:
                continue
            sentence = _SENT[relation].format(s=s, o=o)
            prov = Provenance(sentence, offset, offset + len(sentence), f"synthetic:{relation}", round(rng.uniform(0.5, 0.95), 2))
            role = "CEO" if relation == "leads" else None
            facts.append(Statement(key(s, skind, role), relation, key(o, okind), prov, role))
            sentences.append(sentence)
            offset += len(sentence) + 1
        if not facts:
            continue
        orgs = [e for e in entities if e.kind == "Organization"]
        deals, valuations, foundings = [], [], []
        if len(orgs) >= 2 and rng.random() < 0.6:
            inv, tgt = orgs[0], orgs[1]
            sentence = f"{inv.name} puts money in {tgt.name}."
            prov = Provenance(sentence, offset, offset + len(sentence), "synthetic:deal", 0.8)
            deals.append(Deal(rng.choice(["Investment", "Investment", "Acquisition"]), inv.key, tgt.key, prov,
                              Money(float(rng.randint(1, 900)) * 1e6, rng.choice(["EUR", "USD"])),
                              rng.choice([None, 10.0, 25.0, 49.0]), str(rng.randint(2015, 2025))))
            sentences.append(sentence)
            offset += len(sentence) + 1
            if rng.random() < 0.4:
                sentence = f"{tgt.name} is valued at a lot."
                valuations.append(Valuation(tgt.key, Money(float(rng.randint(1, 90)) * 1e8, "USD"),
                                            Provenance(sentence, offset, offset + len(sentence), "synthetic:valuation", 0.8)))
                sentences.append(sentence)
                offset += len(sentence) + 1
        if orgs and rng.random() < 0.3:
            sentence = f"{orgs[-1].name} was founded long ago."
            foundings.append(Founding(orgs[-1].key, rng.randint(1990, 2023),
                                      Provenance(sentence, offset, offset + len(sentence), "synthetic:founding", 0.9)))
            sentences.append(sentence)
        text = f"Synthetic document {seed}-{i}\n" + " ".join(sentences)
        yield Document(
            id=hashlib.sha256(text.encode("utf-8")).hexdigest(), text=text, lang=lang, source=f"synthetic/{seed}/{i}.txt",
            title=f"Synthetic document {seed}-{i}", date=f"{rng.randint(2015, 2025)}-01-01",
            entities=tuple(entities), statements=tuple(facts), deals=tuple(deals), valuations=tuple(valuations),
            foundings=tuple(foundings),
        )
        i += 1


def covering_documents(nodes: int, *, seed: int = 0) -> list:
    """Extracted Documents whose statements touch exactly `nodes` entities, each in at least one
    statement (for a page of exactly that many nodes): each is linked to a company drawn with
    the same popularity law as the other inputs."""
    from kg.model import Document, Provenance, Statement

    n_org = int(nodes * 0.6)
    n_person = int(nodes * 0.25)
    n_place = len(CITIES)
    n_product = nodes - n_org - n_person - n_place
    names = ([(x, "Organization") for x in company_names(n_org, seed)] + [(x, "Person") for x in person_names(n_person, seed)]
             + [(x, "Product") for x in product_names(n_product, seed)] + [(x, "Place") for x in CITIES])
    rng = random.Random(f"cover-{seed}")
    orgs = [x for x in names if x[1] == "Organization"]
    order = names[:]
    rng.shuffle(order)
    docs = []
    for start in range(0, len(order), 10):
        chunk = order[start:start + 10]
        cast, facts = _Cast(aliases=False), []
        entities = cast.entities

        def key(item, cast=cast):
            return cast.key(*item)

        for name, kind in chunk:
            hub = _pick(rng, orgs)
            if kind == "Organization":
                relation, s, o = rng.choice(["dependsOn", "customerOf", "partnersWith", "investsIn"]), (name, kind), hub
            elif kind == "Person":
                relation, s, o = rng.choice(["worksFor", "leads"]), (name, kind), hub
            elif kind == "Product":
                relation, s, o = "develops", hub, (name, kind)
            else:
                relation, s, o = "headquarteredIn", hub, (name, kind)
            if s == o:
                s = orgs[(orgs.index(hub) + 1) % len(orgs)]
            sentence = _SENT[relation].format(s=s[0], o=o[0])
            facts.append(Statement(key(s), relation, key(o), Provenance(sentence, 0, len(sentence), "synthetic", 0.8)))
        text = f"Covering document {seed}-{start}\n" + " ".join(f.provenance.sentence for f in facts)
        docs.append(Document(hashlib.sha256(text.encode()).hexdigest(), text, "en", source=f"cover/{start}.txt",
                             entities=tuple(entities), statements=tuple(facts)))
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description="Print generated articles as JSON lines (text, title, url, date).")
    parser.add_argument("-n", type=int, default=10)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--lang", choices=["fr", "en"])
    args = parser.parse_args()
    for art in iter_articles(args.n, args.seed, lang=args.lang):
        sys.stdout.write(json.dumps({k: art[k] for k in ("text", "title", "url", "date")}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
