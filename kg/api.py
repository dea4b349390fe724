"""The `KnowledgeGraph` facade: one object that builds, stores, queries and draws a graph.

Each method is a few lines over the stage modules; the CLI and notebooks call these.

>>> g = KnowledgeGraph.memory()
>>> g.stats()["documents"]
0
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
import pandas as pd
from rdflib import URIRef

from . import frames, questions
from . import graph as graphs
from .ask import Question, parse_question
from .documents import detect_language, source_from_text
from .errors import DocumentError, KGError
from .extract import extract_doc
from .model import Document
from .ontology import KG_NS, load_ontology
from .rdf import document_iri, document_nquads, entity_iri, name_key
from .store import Store

__all__ = ["KnowledgeGraph", "BuildReport", "Answer", "DEFAULT_STORE"]

DEFAULT_STORE = "kg-store"
WRITE_BATCH = 20_000  # quads per write during a build (a bulk load under the store's journal): about a hundred articles
FLUSH_EVERY = 100_000  # quads between flushes of the store's memtables to disk, which bounds memory
PROJECTION_CACHE = "kg-projection.json"  # inside the store folder; RocksDB leaves files it does not own alone


@dataclass
class BuildReport:
    """What a build did: documents added, unchanged and skipped (with the reason)."""

    added: int = 0
    unchanged: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    statements: int = 0
    documents: list[Document] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.skipped


@dataclass
class _WriteBatch:
    """Documents read but not yet written: a build writes them a hundred or so at a time, since one
    write per document costs more than the writing itself."""

    quads: list = field(default_factory=list)  # N-Quads lines, one per quad
    ids: set = field(default_factory=set)


@dataclass
class Answer:
    question: Question
    entities: list[str]  # labels
    lines: list[str]


class _BuildMethod:
    """`g.build(paths)` adds documents to `g` and returns a BuildReport; `KnowledgeGraph.build(paths,
    store=...)` opens (or creates) the store, builds, and returns the graph, its report in `g.report`."""

    def __init__(self, method):
        self.method = method
        self.__doc__ = method.__doc__

    def __get__(self, graph, cls):
        if graph is not None:
            return self.method.__get__(graph, cls)

        def build_new(paths: Iterable[str | Path], *, store: str | Path | None = None, **options) -> KnowledgeGraph:
            new = cls.open(store) if store is not None else cls.memory()
            new.report = self.method(new, paths, **options)
            return new

        build_new.__doc__ = self.__doc__
        return build_new


class KnowledgeGraph:
    """A knowledge graph in a kg store (a folder, or memory).

    >>> g = KnowledgeGraph.build([], store=None)   # a new graph in memory, built from nothing
    >>> g.report.added, len(g.entities())
    (0, 0)
    """

    def __init__(self, store: Store):
        self.store = store
        self.ontology = load_ontology()
        self._graph: nx.MultiDiGraph | None = None
        self._index: dict | None = None
        self.report: BuildReport | None = None

    # ---------------------------------------------------------------- opening

    @classmethod
    def open(cls, path: str | Path = DEFAULT_STORE, *, read_only: bool = False) -> KnowledgeGraph:
        """Open (or create) the store in folder `path`, or on the SPARQL server that `path` names
        ("http://host:7878/" for Oxigraph; see kg.remote for other servers)."""
        from .remote import RemoteStore, is_remote

        if is_remote(path):
            return cls(RemoteStore(path, read_only=read_only))
        return cls(Store(path, read_only=read_only))

    @classmethod
    def memory(cls) -> KnowledgeGraph:
        """A graph that lives in memory only."""
        return cls(Store())

    def close(self) -> None:
        self.store.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # ---------------------------------------------------------------- building

    @_BuildMethod
    def build(
        self,
        paths: Iterable[str | Path],
        *,
        min_confidence: float = 0.0,
        on_document: Callable[[str, str], None] | None = None,
        keep_documents: bool = False,
        workers: int = 1,
    ) -> BuildReport:
        """Read every document under `paths` into the graph.

        `on_document(source, status)` is called once per document with "added",
        "unchanged" or the error message; a bad document never stops the batch.
        `workers` > 1 runs spaCy in that many processes; the graph written is the same.
        """
        from .pipeline import documents

        report = BuildReport()

        def readable():
            for item in documents(paths, workers=workers, min_confidence=min_confidence):
                if isinstance(item, DocumentError):
                    self._skip(report, on_document, item.source, item.reason)
                else:
                    yield item

        for doc, status in self.add_documents(readable()):
            if status == "added":
                report.added += 1
                report.statements += len(doc.statements)
            else:
                report.unchanged += 1
            if keep_documents:
                report.documents.append(doc)
            if on_document:
                on_document(doc.source, status)
        return report

    def add_documents(self, docs: Iterable[Document]) -> Iterator[tuple[Document, str]]:
        """Write extracted documents a batch at a time (one write per WRITE_BATCH quads, the store
        flushed every FLUSH_EVERY); yields each document with "added" or "unchanged". A crash
        leaves no document that kg counts half written (see kg.store).

        >>> g = KnowledgeGraph.memory()
        >>> list(g.add_documents([]))
        []
        """
        batch, unflushed = _WriteBatch(), 0
        for doc in docs:
            status = self._stage(doc, batch)
            if len(batch.quads) >= WRITE_BATCH:
                unflushed += len(batch.quads)
                self._write(batch)
                if unflushed >= FLUSH_EVERY:
                    self.store.flush()  # RocksDB's memtables otherwise grow to about 700 MB
                    unflushed = 0
            yield doc, status
        self._write(batch)
        self.store.flush()

    def validate(self, shapes: str | Path | None = None):
        """Check the documents' graphs against the SHACL shapes (ontologies/shapes.ttl by default);
        a report with `conforms` and one readable line per violation."""
        from .validate import validate

        return validate(self.store, shapes)

    def infer(self) -> int:
        """Write the OWL-RL closure of every statement (inverses, symmetric edges, super-properties)
        into the named graph kg.infer.INFERRED_GRAPH, replacing the previous one; how many triples.

        >>> g = KnowledgeGraph.memory()
        >>> g.infer()
        0
        """
        from .infer import INFERRED_GRAPH, inferred_quads

        quads = inferred_quads(self.store)
        self.store.replace_graph(INFERRED_GRAPH, quads)
        self.store.flush()
        return sum(1 for q in quads if q[0] != INFERRED_GRAPH)

    @staticmethod
    def _skip(report, on_document, source: str, reason: str) -> None:
        report.skipped.append((source, reason))
        if on_document:
            on_document(source, f"{source}: {reason}")

    def add_text(self, text: str, lang: str | None = None, *, source: str = "<text>", **meta) -> Document:
        """Read one text (language detected when not given) into the graph and return what was read."""
        src = source_from_text(text, source, **meta)
        lang = lang or detect_language(src.text, source)
        from .nlp import parse

        doc = extract_doc(next(parse(lang, [src.text])), lang, source=source, meta=src.meta, ontology=self.ontology)
        self.add_document(doc)
        return doc

    def add_document(self, doc: Document) -> str:
        """Write one extracted document (whole, or not counted); "added" or "unchanged"."""
        batch = _WriteBatch()
        status = self._stage(doc, batch)
        self._write(batch)
        return status

    def _stage(self, doc: Document, batch: _WriteBatch) -> str:
        """Resolve a document's entities against the store (and the batch) and add its quads to `batch`.
        A document a crashed write may have left partly written is not "unchanged": has_document
        does not count it, and it is written again."""
        if doc.id in batch.ids or self.store.has_document(doc.id):
            return "unchanged"
        iris = self._resolve(doc)
        batch.quads.extend(document_nquads(doc, iris))
        batch.ids.add(doc.id)
        self._remember(doc, iris)
        self._graph = None
        return "added"

    def _write(self, batch: _WriteBatch) -> None:
        """Write the batch's documents: all of them, or none that the store counts."""
        if batch.quads:
            self.store.add_nquads("".join(batch.quads), [str(document_iri(i)) for i in batch.ids])
        batch.quads, batch.ids = [], set()

    def _label_index(self) -> dict:
        if self._index is None:
            self._index = self.store.label_index()
        return self._index

    def _resolve(self, doc: Document) -> dict[str, URIRef]:
        """One IRI per real-world entity across documents: an entity whose name (or full-name
        alias) is already in the store with the same class takes that IRI."""
        index = self._label_index()
        iris: dict[str, URIRef] = {}
        for entity in doc.entities:
            names = [entity.name] + [a for a in entity.aliases if len(a.split()) > 1 or a.isupper()]
            chosen = None
            for name in names:
                for iri, kind in index.get(name_key(name), []):
                    if kind == entity.kind:
                        chosen = iri
                        break
                if chosen:
                    break
            if chosen is None:
                chosen = entity_iri(entity.name)
                taken = {kind for iri, kind in index.get(name_key(entity.name), []) if iri == chosen}
                if taken and entity.kind not in taken:
                    chosen = entity_iri(f"{entity.name} {entity.kind}")
            iris[entity.key] = chosen
        return iris

    def _remember(self, doc: Document, iris: dict[str, URIRef]) -> None:
        index = self._label_index()
        for entity in doc.entities:
            for name in (entity.name, *entity.aliases):
                entry = (iris[entity.key], entity.kind)
                bucket = index.setdefault(name_key(name), [])
                if entry not in bucket:
                    bucket.append(entry)

    # ---------------------------------------------------------------- reading

    def to_networkx(self) -> nx.MultiDiGraph:
        """The networkx projection: built once per store version and kept beside the store on disk
        (PROJECTION_CACHE inside the store folder), so a later process opens it instead of rebuilding."""
        if self._graph is None:
            self._graph = self._load_projection()
        return self._graph

    def _load_projection(self) -> nx.MultiDiGraph:
        import json

        if self.store.path is None:
            return graphs.project(self.store, self.ontology)
        version = self.store.version()
        cache = self.store.path / PROJECTION_CACHE
        try:
            data = json.loads(cache.read_text(encoding="utf-8"))
            if data.get("version") == version:
                G = nx.node_link_graph(data["graph"], directed=True, multigraph=True, edges="edges")
                for _, node in G.nodes(data=True):
                    node["aliases"] = tuple(node["aliases"])
                return G
        except (OSError, ValueError, KeyError, TypeError):
            pass  # no cache yet, or one from another version of kg: rebuild it
        G = graphs.project(self.store, self.ontology)
        try:
            payload = json.dumps({"version": version, "graph": nx.node_link_data(G, edges="edges")}, ensure_ascii=False)
            _atomic_write(cache, lambda tmp: tmp.write_text(payload, encoding="utf-8"))
        except OSError:
            pass  # a read-only store folder: answer without caching
        return G

    def find(self, name: str) -> str:
        return graphs.find(self.to_networkx(), name)

    def label(self, node: str) -> str:
        return self.to_networkx().nodes[node]["label"]

    def dependents(self, name: str) -> list[str]:
        """Who depends on `name` (customers included), as labels."""
        return self.related(name, "dependsOn", direction="in")

    def related(self, name: str, relation: str | None = None, direction: str = "out") -> list[str]:
        """Neighbours of `name` through `relation` (any when None), going "out" or "in", as labels."""
        if relation is not None and relation not in self.ontology.relations:
            raise KGError(f"unknown relation {relation!r}; known: {', '.join(sorted(self.ontology.relations))}")
        if relation is not None:
            return [n["label"] for n in self._neighbours(name, relation, direction)]
        G = self.to_networkx()
        return [self.label(n) for n in graphs.related(G, graphs.find(G, name), relation, direction)]

    def _neighbours(self, name: str, relation: str, direction: str) -> list[dict]:
        """One relation's neighbours, by SPARQL when the name is exact: no projection to build."""
        node = questions.entity_named(self.store, name) if self._graph is None else None
        if node is None:  # a name to normalise, an ambiguous one, or the projection is at hand
            node = graphs.find(self.to_networkx(), name)
        return questions.neighbours(self.store, node, relation, direction, self.ontology)

    def path(self, a: str, b: str) -> list[str]:
        """The chain of statements between two entities, one line per hop with its sentence."""
        G = self.to_networkx()
        return graphs.describe_path(G, graphs.path(G, graphs.find(G, a), graphs.find(G, b)))

    def central(self, n: int = 10) -> list[tuple[str, float]]:
        G = self.to_networkx()
        return [(self.label(node), score) for node, score in graphs.central(G, n)]

    def ask(self, question: str) -> Answer:
        """Answer a plain-language question ("who depends on Scale AI?")."""
        q = parse_question(question, self.ontology)
        if q.kind in ("incoming", "outgoing"):
            found = self._neighbours(q.entities[0], q.relation, "in" if q.kind == "incoming" else "out")
            return Answer(q, [n["label"] for n in found], [f"{n['label']}  «{n['sentence']}»" for n in found])
        G = self.to_networkx()
        if q.kind == "path":
            lines = self.path(*q.entities)
            return Answer(q, [], lines or [f"no path between {q.entities[0]} and {q.entities[1]}"])
        if q.kind == "central":
            ranked = self.central()
            return Answer(q, [label for label, _ in ranked], [f"{label}  {score:.3f}" for label, score in ranked])
        node = graphs.find(G, q.entities[0])
        if q.kind == "about":
            lines = [
                f"{self.label(s)} {key} {self.label(o)}  «{data['sentence']}»"
                for edges in (G.out_edges(node, keys=True, data=True), G.in_edges(node, keys=True, data=True))
                for s, o, key, data in sorted(edges, key=lambda e: e[2]) if not data.get("inferred")
            ]
            return Answer(q, [self.label(node)], lines)
        raise KGError(f"cannot answer a question of kind {q.kind!r}")

    def query(self, query: str):
        """Run SPARQL on Oxigraph's engine; the raw rdflib Result (prefixes kg:, kgr:, rdfs:... predeclared)."""
        return self.store.query(query)

    def sparql(self, query: str):
        """Run SPARQL; a DataFrame with typed columns for SELECT, a bool for ASK, triples for CONSTRUCT.

        >>> KnowledgeGraph.memory().sparql("ASK { ?s ?p ?o }")
        False
        """
        return frames.result_frame(self.query(query))

    # ---------------------------------------------------------------- tables

    def _sources(self) -> dict[str, str]:
        """Document IRI -> the file (or URL) it was read from."""
        return {str(r["g"]): str(r["path"]) for r in self.store.select("SELECT ?g ?path WHERE { ?g kg:sourcePath ?path }")}

    def entities(self) -> pd.DataFrame:
        """Every entity: iri, label, class, aliases, degree; most connected first."""
        return frames.entities_frame(self.to_networkx())

    def statements(self) -> pd.DataFrame:
        """Every asserted statement: subject, relation, object, confidence, sentence, source, document."""
        return frames.statements_frame(self.to_networkx(), self._sources())

    def investments(self) -> pd.DataFrame:
        """Every investment and acquisition: investor, target, amount, currency, stake, date; largest first."""
        return frames.investments_frame(self.store, self.to_networkx(), self._sources())

    def stats(self) -> dict:
        """Counts: triples, documents, entities per class, statements per relation."""
        by_class = {
            str(r["type"]).rsplit("#", 1)[-1]: int(r["n"])
            for r in self.store.select(
                "SELECT ?type (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ?type . FILTER(STRSTARTS(STR(?e), STR(kgr:))) } GROUP BY ?type"
            )
        }
        by_relation = {
            str(r["p"])[len(KG_NS):]: int(r["n"])
            for r in self.store.select(
                "SELECT ?p (COUNT(*) AS ?n) WHERE { ?st a kg:Statement ; rdf:predicate ?p } GROUP BY ?p"
            )
        }
        return {
            "triples": len(self.store),
            "documents": len(self.store.documents()),
            "entities": by_class,
            "statements": by_relation,
            "deals": int(self.store.select(
                "SELECT (COUNT(?d) AS ?n) WHERE { ?d a ?t . VALUES ?t { kg:Investment kg:Acquisition } }"
            )[0]["n"]),
        }

    # ---------------------------------------------------------------- output

    def export(self, path: str | Path) -> int:
        """Write the graph to `path`: .ttl .nt .nq .trig .jsonld (RDF), .graphml or .csv (statements)."""
        path = Path(path)
        suffix = path.suffix.lower()
        if suffix == ".graphml":
            G = self.to_networkx()
            H = nx.MultiDiGraph()
            for node, data in G.nodes(data=True):
                H.add_node(node, label=data["label"], kind=data["kind"], aliases="; ".join(data["aliases"]))
            for s, o, key, data in G.edges(keys=True, data=True):
                H.add_edge(s, o, key=key, relation=key, inferred=bool(data["inferred"]), sentence=data["sentence"],
                           document=data["document"], confidence=float(data["confidence"]))
            _atomic_write(path, lambda tmp: nx.write_graphml(H, tmp))
            return H.number_of_edges()
        if suffix == ".csv":
            table = self.statements()
            _atomic_write(path, lambda tmp: table.to_csv(tmp, index=False))
            return len(table)
        return self.store.export(path)

    def viz(self, path: str | Path, *, focus: str | None = None, hops: int = 2, max_nodes: int = 1500) -> Path:
        """Write the interactive page; around `focus` (a name) when given; at most `max_nodes` entities."""
        from .viz import write_html

        return write_html(self.to_networkx(), path, **self._page_args(focus, hops), max_nodes=max_nodes)

    def show(self, focus: str | None = None, hops: int = 2, height: int = 600, max_nodes: int = 1500):
        """The interactive page inline in Jupyter (no network needed); around `focus` when given."""
        from .viz import PageView, render_html

        page = render_html(self.to_networkx(), **self._page_args(focus, hops), max_nodes=max_nodes)
        return PageView(page, height=height)

    def _page_args(self, focus: str | None, hops: int) -> dict:
        node = graphs.find(self.to_networkx(), focus) if focus else None
        title = f"kg: {self.label(node)}, {hops} hops" if node else "kg graph"
        return {"focus": node, "hops": hops, "title": title}

    def _repr_html_(self) -> str:
        """Counts per class and per relation, for Jupyter."""
        import html

        stats = self.stats()
        where = html.escape(self.store.location)

        def table(title: str, counts: dict) -> str:
            rows = "".join(f"<tr><td>{html.escape(k)}</td><td style='text-align:right'>{v}</td></tr>"
                           for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
            return f"<table style='display:inline-table;margin-right:2em'><tr><th>{title}</th><th></th></tr>{rows}</table>"

        return (f"<div><strong>KnowledgeGraph</strong> ({where}): {stats['documents']} documents, "
                f"{stats['triples']} triples, {stats['deals']} deals<br>"
                f"{table('class', stats['entities'])}{table('relation', stats['statements'])}</div>")

    def __repr__(self) -> str:
        return f"<KnowledgeGraph {self.store.location}: {len(self.store)} triples>"


def _atomic_write(path: Path, write) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    write(tmp)
    tmp.replace(path)


