"""The RDF store: an rdflib Dataset over Oxigraph, on disk or in memory.

The only module that imports pyoxigraph and oxrdflib (kg.endpoint, the server's query
process, also speaks to Oxigraph). Each write is one Oxigraph transaction (`extend`): a
document, or a batch of whole documents during a build, so a crash never leaves half a
document in the store.
SPARQL goes to Oxigraph's own engine through oxrdflib, as a query string.

>>> store = Store()            # in memory
>>> len(store)
0
>>> store.has_document("0" * 64)
False
"""

from __future__ import annotations

import gc
from pathlib import Path

import pyoxigraph
from oxrdflib import OxigraphStore
from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from .errors import StoreError
from .ontology import DOC_NS, KG_NS, RES_NS
from .rdf import SCHEMA, document_iri

__all__ = ["Store", "PREFIXES", "EXPORT_FORMATS", "nquads", "to_oxigraph"]

PREFIXES = {
    "kg": KG_NS, "kgr": RES_NS, "kgd": DOC_NS, "rdf": str(RDF), "rdfs": str(RDFS), "skos": str(SKOS),
    "prov": str(PROV), "xsd": str(XSD), "dcterms": str(DCTERMS), "schema": str(SCHEMA),
}
EXPORT_FORMATS = {".ttl": "turtle", ".nt": "nt", ".nq": "nquads", ".trig": "trig", ".jsonld": "json-ld"}
QUAD_FORMATS = {"nquads", "trig", "json-ld"}
_OX_FORMATS = {
    "turtle": pyoxigraph.RdfFormat.TURTLE, "nt": pyoxigraph.RdfFormat.N_TRIPLES, "nquads": pyoxigraph.RdfFormat.N_QUADS,
    "trig": pyoxigraph.RdfFormat.TRIG, "json-ld": pyoxigraph.RdfFormat.JSON_LD,
}


def to_oxigraph(quad: tuple) -> pyoxigraph.Quad:
    """An rdflib quad (s, p, o, graph IRI) as a pyoxigraph Quad.

    >>> to_oxigraph((URIRef("http://a"), RDFS.label, Literal("A", lang="fr"), URIRef("http://g"))).object
    <Literal value=A language=fr>
    """
    return pyoxigraph.Quad(*(_ox_term(t) for t in quad))


def _ox_term(term):
    if isinstance(term, URIRef):
        return pyoxigraph.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return pyoxigraph.Literal(str(term), language=term.language)
        return pyoxigraph.Literal(str(term), datatype=pyoxigraph.NamedNode(str(term.datatype)) if term.datatype else None)
    if isinstance(term, BNode):
        return pyoxigraph.BlankNode(str(term))
    raise StoreError(f"cannot store the term {term!r}")


def nquads(quads: list[tuple]) -> bytes:
    """Quads as N-Quads, written by Oxigraph's own serialiser."""
    return pyoxigraph.serialize([to_oxigraph(q) for q in quads], format=pyoxigraph.RdfFormat.N_QUADS)


class Store:
    """A kg store. `path=None` keeps it in memory; a folder makes it persist."""

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False):
        self.path = Path(path) if path is not None else None
        if self.path is None:
            inner = pyoxigraph.Store()
        elif read_only:
            if not (self.path / "CURRENT").exists():
                raise StoreError(f"{self.path}: no kg store here; build one with `kg build PATH --store {self.path}`")
            try:
                inner = pyoxigraph.Store.read_only(str(self.path))
            except (OSError, RuntimeError) as err:
                # a first build killed while it created the store leaves it unfinished
                raise StoreError(f"{self.path}: cannot read the store ({err}); if a build was interrupted "
                                 f"while creating it, run `kg build` again") from None
        else:
            if self.path.exists() and not self.path.is_dir():
                raise StoreError(f"{self.path}: exists and is not a folder; give --store a folder")
            try:
                self.path.mkdir(parents=True, exist_ok=True)
                inner = pyoxigraph.Store(str(self.path))
            except OSError as err:
                message = str(err)
                if "lock" in message.lower():
                    raise StoreError(f"{self.path}: the store is in use by another kg process; wait for it to finish") from None
                raise StoreError(f"{self.path}: cannot open the store for writing ({message})") from None
        self.read_only = read_only
        self._inner = inner
        self.dataset = Dataset(store=OxigraphStore(store=inner), default_union=True)
        for prefix, ns in PREFIXES.items():
            self.dataset.bind(prefix, ns, override=True)

    # ---------------------------------------------------------------- writing

    @property
    def location(self) -> str:
        """Where the store is, for messages: its folder, or "memory"."""
        return str(self.path) if self.path is not None else "memory"

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.location}: opened read-only")

    def has_document(self, doc_id: str) -> bool:
        return self._has_graph(str(document_iri(doc_id)))

    def _has_graph(self, iri: str) -> bool:
        return self._inner.contains_named_graph(pyoxigraph.NamedNode(iri))

    def _write_graph(self, graph, quads: list[pyoxigraph.Quad]) -> None:
        """Add pyoxigraph quads, all in the named graph `graph`, in one transaction."""
        self._inner.extend(quads)

    def add_quads(self, quads: list[tuple]) -> None:
        """Write quads in one transaction: all of them, or none."""
        self._writable()
        try:
            self._inner.extend([to_oxigraph(q) for q in quads])
        except OSError as err:
            raise StoreError(f"{self.location}: write failed, the documents of this write were not stored; those written before are intact ({err})") from None

    def load_nquads(self, path: str | Path) -> tuple[int, int]:
        """Load an N-Quads file that `kg extract` wrote: each named graph in one transaction, and a
        graph already in the store left as it is. (graphs added, graphs unchanged)."""
        self._writable()
        added = unchanged = 0
        group: list = []

        def flush_group():
            nonlocal added, unchanged
            if not group:
                return
            graph = group[0].graph_name
            if isinstance(graph, pyoxigraph.NamedNode) and self._has_graph(graph.value):
                unchanged += 1
            else:
                self._write_graph(graph, group)
                added += 1
            group.clear()

        try:
            for quad in pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.N_QUADS):
                if group and quad.graph_name != group[0].graph_name:
                    flush_group()
                group.append(quad)
            flush_group()
        except SyntaxError as err:
            raise StoreError(f"{path}: not valid N-Quads ({err}); {added} graphs before the error were loaded") from None
        except OSError as err:
            raise StoreError(f"{path}: cannot load ({err}); {added} graphs before the error were loaded") from None
        return added, unchanged

    def replace_graph(self, graph: URIRef, quads: list[tuple]) -> None:
        """Empty the named graph `graph`, then write `quads` into it (the writing is one transaction)."""
        self._writable()
        self._inner.remove_graph(pyoxigraph.NamedNode(str(graph)))
        self.add_quads(quads)

    def remove_document(self, doc_id: str) -> None:
        self._inner.remove_graph(pyoxigraph.NamedNode(str(document_iri(doc_id))))

    def flush(self) -> None:
        if self.path is not None and not self.read_only:
            self._inner.flush()

    # ---------------------------------------------------------------- reading

    def __len__(self) -> int:
        return len(self._inner)

    @property
    def oxigraph(self) -> pyoxigraph.Store:
        """The pyoxigraph store underneath, for callers that speak to Oxigraph directly
        (the SPARQL endpoint serialises results with Oxigraph's own writers)."""
        return self._inner

    def query(self, sparql: str):
        """Run a SPARQL query on the union of all documents' graphs; an rdflib Result."""
        try:
            return self.dataset.query(sparql, initNs=PREFIXES)
        except SyntaxError as err:
            raise StoreError(f"SPARQL syntax error: {err}") from None

    def select(self, sparql: str) -> list[dict]:
        """SELECT rows as dicts of rdflib terms."""
        result = self.query(sparql)
        names = [str(v) for v in result.vars]
        return [{n: row[i] for i, n in enumerate(names)} for row in result]

    def version(self) -> str:
        """A key that changes whenever a document is added or removed (documents never change in
        place: a document graph's IRI is its text's hash)."""
        import hashlib

        names = sorted(str(g) for g in self.documents())
        return hashlib.sha256("\n".join(names).encode("utf-8")).hexdigest()[:32]

    def documents(self) -> list[URIRef]:
        return [URIRef(g.value) for g in self._inner.named_graphs() if g.value.startswith(DOC_NS)]

    def label_index(self) -> dict[str, list[tuple[URIRef, str]]]:
        """Every name (label or alias) in the store, keyed by normalized form -> [(IRI, class)]."""
        from .extract import normalize_name

        index: dict[str, list[tuple[URIRef, str]]] = {}
        rows = self.select(
            "SELECT DISTINCT ?e ?name ?type WHERE { GRAPH ?g { { ?e rdfs:label ?name } UNION { ?e skos:altLabel ?name } "
            "?e a ?type } FILTER(STRSTARTS(STR(?e), STR(kgr:))) }"
        )
        for row in rows:
            key = normalize_name(str(row["name"]))
            kind = str(row["type"]).rsplit("#", 1)[-1]
            entry = (URIRef(row["e"]), kind)
            if entry not in index.setdefault(key, []):
                index[key].append(entry)
        return index

    def export(self, path: str | Path) -> int:
        """Write the whole graph to `path`, the format chosen by the extension; returns the
        number of triples (or quads) written. Oxigraph serialises natively, streaming to disk;
        triple formats get the union of all documents' graphs."""
        path = Path(path)
        fmt = EXPORT_FORMATS.get(path.suffix.lower())
        if fmt is None:
            raise StoreError(f"{path}: cannot export to '{path.suffix}'; use one of {', '.join(EXPORT_FORMATS)}")
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".part")
        if fmt in QUAD_FORMATS:
            self._inner.dump(str(tmp), _OX_FORMATS[fmt], prefixes=PREFIXES if fmt != "nquads" else None)
            count = len(self)
        else:
            triples = self._inner.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True)
            graph = pyoxigraph.Store()
            graph.extend(pyoxigraph.Quad(t.subject, t.predicate, t.object) for t in triples)
            graph.dump(str(tmp), _OX_FORMATS[fmt], from_graph=pyoxigraph.DefaultGraph(),
                       prefixes=PREFIXES if fmt == "turtle" else None)
            count = len(graph)
        tmp.replace(path)
        return count

    def close(self) -> None:
        """Flush and release the store, so that another process (or a read-only opener) can use it."""
        if self._inner is None:
            return
        try:
            self.flush()
        except OSError:
            # a full disk: every committed transaction is already in the write-ahead log, and
            # the failed write has said why; flushing again would only hide that message
            pass
        self.dataset.store.close()
        self._inner = None
        self.dataset = None
        gc.collect()  # RocksDB closes when the last reference goes

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

