"""Scoring extraction against gold files: precision, recall and F1 per relation.

A gold file has one JSON object per document: the text inline (``"text"``) or a file
named by ``"doc"`` (relative to the gold file), the relations it states, and optionally
valuations, deals, stakes and founding years. With ``"scope": "pairs"`` only statements
between the marked ``pair`` count for precision, and ``negatives`` are pairs between which
any core relation is wrong. Entities match by any name, ignoring case and accents; "|"
separates accepted relations; a relation also matches its sub-properties; symmetric
relations match either way.

The graph is built fresh, in memory, from the gold file's documents alone.

>>> prf(3, 1, 2)
(0.75, 0.6, 0.667)
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .documents import jsonl_records, source_from_text
from .errors import GoldError
from .extract import normalize_name
from .ontology import CORE_RELATIONS, KG_NS, Ontology, load_ontology
from .rdf import document_iri

__all__ = ["GoldDoc", "Score", "EvalReport", "load_gold", "evaluate", "prf"]


@dataclass
class GoldDoc:
    name: str
    text: str
    relations: list[tuple[str, tuple[str, ...], str]]
    valuations: list = field(default_factory=list)
    deals: list = field(default_factory=list)
    stakes: list = field(default_factory=list)
    founding: list = field(default_factory=list)
    scope: str = "all"
    pair: tuple[str, str] | None = None
    negatives: list = field(default_factory=list)


@dataclass
class Score:
    tp: int = 0  # predicted and right
    fp: int = 0
    found: int = 0  # gold facts found
    missed: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.found / (self.found + self.missed) if self.found + self.missed else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class EvalReport:
    overall: Score
    per_relation: dict[str, Score]
    numbers: dict[str, tuple[int, int]]  # kind -> (found, total)
    misses: list[dict]
    false_positives: list[dict]
    documents: int
    skipped: list[tuple[str, str]]

    def as_dict(self) -> dict:
        def score(s: Score) -> dict:
            return {"precision": round(s.precision, 3), "recall": round(s.recall, 3), "f1": round(s.f1, 3),
                    "tp": s.tp, "fp": s.fp, "found": s.found, "missed": s.missed}

        return {
            "documents": self.documents, "overall": score(self.overall),
            "per_relation": {k: score(v) for k, v in sorted(self.per_relation.items())},
            "numbers": {k: {"found": f, "total": t} for k, (f, t) in self.numbers.items()},
            "skipped": self.skipped,
        }


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 3), round(r, 3), round(f, 3)


def load_gold(path: str | Path) -> list[GoldDoc]:
    """Read a gold .jsonl file; errors name the file and line."""
    path = Path(path)
    if not path.is_file():
        raise GoldError(f"{path}: no such gold file")
    docs = []
    for number, where, record, error in jsonl_records(path.read_text(encoding="utf-8"), str(path)):
        if record is None:
            raise GoldError(f"{where}: {error}")
        if "text" in record:
            text, name = record["text"], record.get("doc") or record.get("id") or f"line {number}"
        elif "doc" in record:
            doc_path = path.parent / record["doc"]
            if not doc_path.is_file():
                raise GoldError(f"{where}: document {record['doc']!r} not found beside the gold file")
            text, name = doc_path.read_text(encoding="utf-8"), record["doc"]
        else:
            raise GoldError(f"{where}: a gold record needs \"doc\" (a file name) or \"text\"")
        relations = []
        for triple in record.get("relations", []):
            if len(triple) != 3:
                raise GoldError(f"{where}: a relation is [subject, relation, object], got {triple!r}")
            s, p, o = triple
            relations.append((s, tuple(p.split("|")), o))
        docs.append(GoldDoc(
            name=str(name), text=text, relations=relations,
            valuations=record.get("valuations", []), deals=record.get("deals", []),
            stakes=record.get("stakes", []), founding=record.get("founding", []),
            scope=record.get("scope", "all"), pair=tuple(record["pair"]) if record.get("pair") else None,
            negatives=record.get("negatives", []),
        ))
    return docs


def _matches(onto: Ontology, predicted: str, accepted: tuple[str, ...]) -> bool:
    return any(a in onto.ancestors(predicted) for a in accepted)


def evaluate(path: str | Path, *, explain: bool = False) -> EvalReport:
    """Build a fresh in-memory graph from the gold file's documents and score it."""
    from .api import KnowledgeGraph

    onto = load_ontology()
    gold = load_gold(path)
    kg = KnowledgeGraph.memory()
    sources = []
    skipped = []
    from .documents import detect_language
    from .errors import DocumentError

    for g in gold:
        sources.append(source_from_text(g.text, g.name))
    ids = {}
    by_lang: dict[str, list] = defaultdict(list)
    for g, src in zip(gold, sources):
        try:
            by_lang[detect_language(src.text, src.source)].append((g, src))
        except DocumentError as err:
            skipped.append((err.source, err.reason))
    from .extract import extract_doc
    from .nlp import parse

    for lang, items in by_lang.items():
        for (g, src), parsed in zip(items, parse(lang, [s.text for _, s in items])):
            doc = extract_doc(parsed, lang, source=src.source, ontology=onto)
            kg.add_document(doc)
            ids[id(g)] = doc.id
    names = _names(kg.store)
    overall = Score()
    per_relation: dict[str, Score] = defaultdict(Score)
    numbers = {k: [0, 0] for k in ("valuations", "deals", "stakes", "founding")}
    misses, fps = [], []
    core = set(CORE_RELATIONS)
    for g in gold:
        if id(g) not in ids:
            continue
        graph = document_iri(ids[id(g)])
        predicted = _statements(kg.store, graph)

        def is_entity(iri: str, name: str) -> bool:
            return normalize_name(name) in names.get(iri, set())

        def pred_matches(st, rel) -> bool:
            s, p, o = st["s"], st["p"], st["o"]
            gs, accepted, go = rel
            if not _matches(onto, p, accepted):
                return False
            if is_entity(s, gs) and is_entity(o, go):
                return True
            symmetric = any(onto.relations[a].symmetric for a in accepted if a in onto.relations)
            return symmetric and is_entity(s, go) and is_entity(o, gs)

        counted = [st for st in predicted if st["p"] in core]
        if g.scope == "pairs" and g.pair:
            a, b = g.pair
            counted = [st for st in counted if (is_entity(st["s"], a) and is_entity(st["o"], b)) or (is_entity(st["s"], b) and is_entity(st["o"], a))]
        for st in counted:
            if any(pred_matches(st, rel) for rel in g.relations):
                overall.tp += 1
                per_relation[st["p"]].tp += 1
            else:
                overall.fp += 1
                per_relation[st["p"]].fp += 1
                if explain:
                    fps.append({"doc": g.name, "fact": f"{st['sl']} {st['p']} {st['ol']}", "sentence": st["sentence"], "rule": st["rule"]})
        for rel in g.relations:
            key = rel[1][0]
            if any(pred_matches(st, rel) for st in predicted):
                overall.found += 1
                per_relation[key].found += 1
            else:
                overall.missed += 1
                per_relation[key].missed += 1
                if explain:
                    misses.append({"doc": g.name, "fact": f"{rel[0]} {'|'.join(rel[1])} {rel[2]}", "sentence": _sentence_of(g.text, rel)})
        _score_numbers(kg.store, graph, g, names, numbers, misses if explain else None)
    return EvalReport(
        overall=overall, per_relation=dict(per_relation),
        numbers={k: (v[0], v[1]) for k, v in numbers.items() if v[1]},
        misses=misses, false_positives=fps, documents=len(ids), skipped=skipped,
    )


def _names(store) -> dict[str, set[str]]:
    names: dict[str, set[str]] = defaultdict(set)
    for row in store.select("SELECT ?e ?n WHERE { { ?e rdfs:label ?n } UNION { ?e skos:altLabel ?n } }"):
        names[str(row["e"])].add(normalize_name(str(row["n"])))
    return names


def _statements(store, graph) -> list[dict]:
    rows = store.select(
        "SELECT ?s ?p ?o ?sentence ?rule ?sl ?ol WHERE { GRAPH <%s> { ?st a kg:Statement ; rdf:subject ?s ; "
        "rdf:predicate ?p ; rdf:object ?o ; kg:sentence ?sentence ; kg:rule ?rule . ?s rdfs:label ?sl . ?o rdfs:label ?ol } }"
        % graph
    )
    return [
        {"s": str(r["s"]), "p": str(r["p"])[len(KG_NS):], "o": str(r["o"]), "sentence": str(r["sentence"]),
         "rule": str(r["rule"]), "sl": str(r["sl"]), "ol": str(r["ol"])}
        for r in rows
    ]


def _close(a: float, b: float, tolerance: float = 0.01) -> bool:
    return abs(a - b) <= tolerance * max(abs(a), abs(b), 1.0)


def _same_amount(row, value, currency) -> bool:
    """Whether a deal found carries the gold amount; a gold deal with no amount (a co-investor in a
    round, a price not disclosed) wants a deal that carries none."""
    if value is None:
        return row.get("v") is None
    return row.get("v") is not None and _close(float(row["v"]), float(value)) and str(row["c"]) == currency


def _score_numbers(store, graph, g: GoldDoc, names, numbers, misses) -> None:
    def has(iri, name):
        return normalize_name(name) in names.get(iri, set())

    vals = store.select(
        "SELECT ?e ?v ?c WHERE { GRAPH <%s> { ?e kg:valuation ?m . ?m kg:value ?v ; kg:currency ?c } }" % graph
    )
    deals = store.select(
        "SELECT ?i ?t ?v ?c ?stake WHERE { GRAPH <%s> { ?d kg:investor ?i ; kg:target ?t . "
        "OPTIONAL { ?d kg:amount ?m . ?m kg:value ?v ; kg:currency ?c } OPTIONAL { ?d kg:stake ?stake } } }" % graph
    )
    years = store.select("SELECT ?e ?y WHERE { GRAPH <%s> { ?e kg:foundingDate ?y } }" % graph)
    checks = [
        ("valuations", g.valuations, lambda f: any(has(str(r["e"]), f[0]) and _close(float(r["v"]), float(f[1])) and str(r["c"]) == f[2] for r in vals)),
        ("deals", g.deals, lambda f: any(has(str(r["i"]), f[0]) and has(str(r["t"]), f[1]) and _same_amount(r, f[2], f[3]) for r in deals)),
        ("stakes", g.stakes, lambda f: any(has(str(r["i"]), f[0]) and has(str(r["t"]), f[1]) and r.get("stake") is not None and abs(float(r["stake"]) - float(f[2])) < 0.51 for r in deals)),
        ("founding", g.founding, lambda f: any(has(str(r["e"]), f[0]) and str(r["y"])[:4] == str(f[1]) for r in years)),
    ]
    for kind, facts, found in checks:
        for fact in facts:
            numbers[kind][1] += 1
            if found(fact):
                numbers[kind][0] += 1
            elif misses is not None:
                misses.append({"doc": g.name, "fact": f"{kind}: {fact}", "sentence": ""})


def _sentence_of(text: str, rel) -> str:
    """The first sentence of `text` that names both entities of a gold relation (for --explain)."""
    import re

    sentences = re.split(r"(?<=[.!?])\s+", text)
    a, b = normalize_name(rel[0]), normalize_name(rel[2])
    for s in sentences:
        n = normalize_name(s)
        if a.split()[-1] in n and b.split()[-1] in n:
            return s.strip()
    return ""
