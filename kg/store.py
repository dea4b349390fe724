"""The RDF store: an rdflib Dataset over Oxigraph, on disk or in memory.

The module that speaks to Oxigraph for kg (kg.endpoint, the server's query process, and
kg.remote also do). On disk, a batch of whole documents new to the store, BULK_MIN quads or more
(kg build's and kg load's batches), goes in through Oxigraph's bulk loader (`bulk_load` of the
N-Quads text kg.rdf makes, or `bulk_extend`): several times faster than a transaction, but not
one. So the batch's graphs are first listed in a journal file in the store folder (JOURNAL,
fsynced), and the journal is emptied once the batch is written and flushed. A crash can leave a
batch partly written, never unlisted: kg does not count a listed graph as present
(`has_document`, `documents`, `version`), whether it opened the store read-only or not, and the
next read-write open removes the listed graphs, so that the next build writes them again whole.
(SPARQL queries, `len` and exports read the quads that are there, listed or not: a reader
between a crash and that open sees them.) Any other write (in memory, a single document, graphs
already in the store) is one transaction (`extend`, `load`).
SPARQL goes to Oxigraph's own engine through oxrdflib, as a query string.

>>> store = Store()            # in memory
>>> len(store)
0
>>> store.has_document("0" * 64)
False
"""

from __future__ import annotations

import gc
import json
import os
from collections.abc import Callable, Iterable
from pathlib import Path

import pyoxigraph
from oxrdflib import OxigraphStore
from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from .errors import StoreError
from .ontology import DOC_NS, KG_NS, RES_NS
from .rdf import SCHEMA, document_iri

__all__ = ["Store", "PREFIXES", "EXPORT_FORMATS", "JOURNAL", "nquads", "to_oxigraph", "read_journal"]

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
JOURNAL = "kg-journal.json"  # in the store folder, while a bulk write is under way; RocksDB leaves it alone
LOAD_BATCH = 20_000  # quads per bulk write of `kg load`, as kg build's batches
BULK_MIN = 5_000  # quads: below, a transaction is faster than the bulk loader (a single document: 10x)


def to_oxigraph(quad) -> pyoxigraph.Quad:
    """An rdflib quad (s, p, o, graph IRI) as a pyoxigraph Quad; a pyoxigraph Quad as it is.

    >>> to_oxigraph((URIRef("http://a"), RDFS.label, Literal("A", lang="fr"), URIRef("http://g"))).object
    <Literal value=A language=fr>
    """
    if isinstance(quad, pyoxigraph.Quad):
        return quad
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


def read_journal(folder: str | Path) -> frozenset[str]:
    """The graphs of the bulk write under way in the store at `folder`, or cut short by a crash:
    they may be partly written (empty when there is no journal)."""
    try:
        data = json.loads((Path(folder) / JOURNAL).read_text(encoding="utf-8"))
        return frozenset(data["graphs"])
    except FileNotFoundError:
        return frozenset()
    except (OSError, ValueError, KeyError, TypeError) as err:
        raise StoreError(f"{Path(folder) / JOURNAL}: cannot read the store's journal ({err})") from None


def nquads(quads: list[tuple]) -> bytes:
    """Quads as N-Quads, written by Oxigraph's own serialiser."""
    return pyoxigraph.serialize([to_oxigraph(q) for q in quads], format=pyoxigraph.RdfFormat.N_QUADS)


class Store:
    """A kg store. `path=None` keeps it in memory; a folder makes it persist."""

    _journaled: frozenset[str] = frozenset()  # graphs a bulk write may have left partly written
    recovered: tuple[str, ...] = ()  # graphs this (read-write) open removed, a crashed write's

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False):
        self.path = Path(path) if path is not None else None
        if self.path is None:
            inner = pyoxigraph.Store()
        elif read_only:
            if not (self.path / "CURRENT").exists():
                raise StoreError(f"{self.path}: no kg store here; build one with `kg build PATH --store {self.path}`")
            # The journal before and after opening: a batch under way when the snapshot was
            # taken is named in one of the two, unless it began and ended between them.
            journaled = read_journal(self.path)
            try:
                inner = pyoxigraph.Store.read_only(str(self.path))
            except (OSError, RuntimeError) as err:
                # a first build killed while it created the store leaves it unfinished
                raise StoreError(f"{self.path}: cannot read the store ({err}); if a build was interrupted "
                                 f"while creating it, run `kg build` again") from None
            self._journaled = journaled | read_journal(self.path)
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
        if self.path is not None and not read_only:
            self._recover()

    # ---------------------------------------------------------------- the journal

    def _recover(self) -> None:
        """Remove the graphs a crashed bulk write left listed in the journal (they may be partly
        written; the next build adds them again), then the journal. If that fails (a full disk),
        the graphs stay listed, and uncounted, until a write adds them again whole."""
        journaled = read_journal(self.path)
        if not journaled:
            (self.path / (JOURNAL + ".part")).unlink(missing_ok=True)  # a journal cut short before it was listed
            return
        self._journaled = journaled
        try:
            for iri in sorted(journaled):
                self._inner.remove_graph(pyoxigraph.NamedNode(iri))
            self._inner.flush()
            self._write_journal(frozenset())
        except OSError:
            return
        self.recovered = tuple(sorted(journaled))

    def _write_journal(self, graphs: frozenset[str]) -> None:
        """List `graphs` in the journal, durably (written aside, fsynced, renamed); no graphs: no journal."""
        journal = self.path / JOURNAL
        if not graphs:
            journal.unlink(missing_ok=True)
        else:
            part = journal.with_name(JOURNAL + ".part")
            with open(part, "w", encoding="utf-8") as fh:
                json.dump({"graphs": sorted(graphs)}, fh)
                fh.flush()
                os.fsync(fh.fileno())
            part.replace(journal)
        folder = os.open(self.path, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)
        self._journaled = graphs

    # ---------------------------------------------------------------- writing

    @property
    def location(self) -> str:
        """Where the store is, for messages: its folder, or "memory"."""
        return str(self.path) if self.path is not None else "memory"

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.location}: opened read-only")

    def has_document(self, doc_id: str) -> bool:
        """Whether the document is in the store, whole: a graph a bulk write may have left partly
        written (listed in the journal) is not, so a build writes it again."""
        return self._has_graph(str(document_iri(doc_id)))

    def _has_graph(self, iri: str) -> bool:
        return iri not in self._journaled and self._inner.contains_named_graph(pyoxigraph.NamedNode(iri))

    def add_quads(self, quads: list) -> None:
        """Write quads (rdflib tuples or pyoxigraph Quads): all of them, or, after a failure or a
        crash, none that kg counts (see `_write`)."""
        self._writable()
        converted = [q if type(q) is pyoxigraph.Quad else to_oxigraph(q) for q in quads]
        if not converted:
            return
        graphs = {q.graph_name for q in converted}
        names = frozenset(g.value for g in graphs if isinstance(g, pyoxigraph.NamedNode))
        self._write(names if len(names) == len(graphs) else None, len(converted),
                    lambda: self._inner.bulk_extend(converted), lambda: self._inner.extend(converted))

    def add_nquads(self, data: str, graphs: Iterable[str]) -> None:
        """Write N-Quads text whose quads all go into the named graphs `graphs` (IRIs), as
        `add_quads` does: kg build's path, the text parsed by Oxigraph's loader."""
        self._writable()
        if self.path is None:  # in memory (or on a server): quads
            self.add_quads(list(pyoxigraph.parse(data, format=pyoxigraph.RdfFormat.N_QUADS)))
            return
        self._write(frozenset(graphs), data.count("\n"), lambda: self._inner.bulk_load(data, pyoxigraph.RdfFormat.N_QUADS),
                    lambda: self._inner.load(data, pyoxigraph.RdfFormat.N_QUADS))

    def _write(self, names: frozenset[str] | None, size: int, bulk: Callable[[], None],
               transaction: Callable[[], None]) -> None:
        """Write the `size` quads that `bulk` or `transaction` write, all in the named graphs
        `names` (None: some are not in a named graph). On disk, when they are BULK_MIN or more
        and every graph is new to the store, by `bulk`, under the journal; else by `transaction`."""
        new = names is not None and self.path is not None and size >= BULK_MIN and not any(
            iri not in self._journaled and self._inner.contains_named_graph(pyoxigraph.NamedNode(iri)) for iri in names)
        try:
            if not new:
                transaction()
                if names and names & self._journaled:  # a graph a failed write left partly written is whole again
                    self._inner.flush()
                    self._write_journal(self._journaled - names)
                return
            self._write_journal(self._journaled | names)
        except (OSError, SyntaxError) as err:
            raise StoreError(f"{self.location}: write failed, the documents of this write were not stored; "
                             f"those written before are intact ({err})") from None
        try:
            bulk()
            self._inner.flush()
            self._write_journal(self._journaled - names)
            self._bulk_written = True
        except (OSError, SyntaxError, ValueError) as err:
            raise StoreError(f"{self.location}: write failed, the documents of this write were not stored; "
                             f"those written before are intact ({err}){self._take_out(names)}") from None

    def _take_out(self, names: frozenset[str]) -> str:
        """After a failed bulk write, remove what it may have written, and its graphs from the
        journal; if that fails too, they stay listed, for the next read-write open to remove."""
        try:
            for iri in sorted(names):
                self._inner.remove_graph(pyoxigraph.NamedNode(iri))
            self._inner.flush()
            self._write_journal(self._journaled - names)
            return ""
        except OSError:
            return "; the next read-write open of the store removes what it wrote in part"

    def load_nquads(self, path: str | Path) -> tuple[int, int]:
        """Load an N-Quads file that `kg extract` wrote, whole named graphs a batch at a time, and a
        graph already in the store left as it is. (graphs added, graphs unchanged)."""
        self._writable()
        added = unchanged = 0
        group: list = []
        batch: list = []
        graphs: set = set()  # of the batch

        def flush_group():
            nonlocal added, unchanged
            if not group:
                return
            graph = group[0].graph_name
            if graph in graphs or isinstance(graph, pyoxigraph.NamedNode) and self._has_graph(graph.value):
                unchanged += 1
            else:
                batch.extend(group)
                graphs.add(graph)
                added += 1
            group.clear()

        def write_batch():
            nonlocal added
            if batch:
                try:
                    self.add_quads(batch)
                except StoreError:
                    added -= len(graphs)
                    raise
                batch.clear()
                graphs.clear()

        try:
            for quad in pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.N_QUADS):
                if group and quad.graph_name != group[0].graph_name:
                    flush_group()
                    if len(batch) >= LOAD_BATCH:
                        write_batch()
                group.append(quad)
            flush_group()
            write_batch()
        except (SyntaxError, OSError) as err:
            write_batch()  # the whole graphs read before the error
            what = "not valid N-Quads" if isinstance(err, SyntaxError) else "cannot load"
            raise StoreError(f"{path}: {what} ({err}); {added} graphs before the error were loaded") from None
        return added, unchanged

    def replace_graph(self, graph: URIRef, quads: list[tuple]) -> None:
        """Empty the named graph `graph`, then write `quads` into it (as `add_quads` does)."""
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
        names += [f"journaled {g}" for g in sorted(self._journaled)]  # partly written: not the store the rebuild gives
        return hashlib.sha256("\n".join(names).encode("utf-8")).hexdigest()[:32]

    def documents(self) -> list[URIRef]:
        """The documents in the store, whole (see `has_document`)."""
        return [URIRef(g.value) for g in self._inner.named_graphs()
                if g.value.startswith(DOC_NS) and g.value not in self._journaled]

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
            if getattr(self, "_bulk_written", False):
                # the bulk loader leaves many small files: compacted, SPARQL over the store runs twice
                # as fast (the networkx projection of 1M triples: 21 s before, 9.7 s after, for 2.3 s here)
                self._inner.optimize()
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

