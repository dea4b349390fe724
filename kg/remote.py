"""A kg store on a SPARQL 1.1 server, for graphs larger than one machine.

Reads go to the server's query endpoint (SPARQL 1.1 Protocol) and writes to its Graph Store
Protocol endpoint: each document is one POST of its named graph, which the server applies
atomically. Every command works unchanged; only ``--store`` changes.

Two forms of ``--store``:

- ``http://host:7878/``: an Oxigraph server (``oxigraph serve``), whose endpoints are
  ``/query``, ``/update`` and ``/store``. kg asks it for the union of the named graphs as
  the default graph, per request.
- ``sparql+http://host:3030/ds/sparql?update=/ds/update&gsp=/ds/data``: any SPARQL 1.1 server.
  The URL after ``sparql+`` is the query endpoint; ``update`` and ``gsp`` give the other two
  (paths or full URLs). The server must treat the union of named graphs as the default graph
  for queries: GraphDB and Virtuoso do by default; Fuseki with ``tdb2:unionDefaultGraph true``.

>>> endpoints("http://127.0.0.1:7878/")
Endpoints(query='http://127.0.0.1:7878/query', update='http://127.0.0.1:7878/update', gsp='http://127.0.0.1:7878/store', union_param=True)
>>> endpoints("sparql+http://h:3030/ds/sparql?update=/ds/update&gsp=/ds/data").gsp
'http://h:3030/ds/data'
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, urljoin, urlsplit, urlunsplit

import httpx
import pyoxigraph
from rdflib import Graph, URIRef
from rdflib.query import Result

from .errors import StoreError
from .ontology import DOC_NS
from .store import PREFIXES, Store, to_oxigraph

__all__ = ["RemoteStore", "Endpoints", "endpoints", "is_remote"]

SCHEMES = ("http://", "https://", "sparql+http://", "sparql+https://")


def is_remote(location) -> bool:
    """Whether a --store value names a SPARQL server rather than a folder."""
    return isinstance(location, str) and location.startswith(SCHEMES)


@dataclass(frozen=True)
class Endpoints:
    query: str
    update: str
    gsp: str
    union_param: bool  # Oxigraph: ask for the union default graph with ?union-default-graph


def endpoints(url: str) -> Endpoints:
    """The query, update and Graph Store endpoints a --store URL names."""
    if url.startswith("sparql+"):
        parts = urlsplit(url[len("sparql+"):])
        params = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        query = urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
        if "gsp" not in params:
            raise StoreError(f"{url}: name the Graph Store Protocol endpoint, e.g. ...?update=/ds/update&gsp=/ds/data")
        return Endpoints(query, urljoin(query, params.get("update", query)), urljoin(query, params["gsp"]), False)
    base = url.rstrip("/") + "/"
    return Endpoints(base + "query", base + "update", base + "store", True)


_PROLOGUE = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


class RemoteStore(Store):
    """A kg store that lives on a SPARQL 1.1 server (see the module's docstring for the URL forms)."""

    def __init__(self, url: str, *, read_only: bool = False, timeout: float = 120.0):
        self.url = url
        self.path = None
        self.read_only = read_only
        self.endpoints = endpoints(url)
        self._inner = None
        self.dataset = None
        self._client = httpx.Client(timeout=timeout, headers={"User-Agent": "kg"})
        self.query("ASK { }")  # fail now, clearly, if the server is not there

    def __repr__(self) -> str:
        return f"RemoteStore({self.url!r})"

    # ---------------------------------------------------------------- HTTP

    def _send(self, method: str, url: str, **kwargs) -> httpx.Response:
        try:
            response = self._client.request(method, url, **kwargs)
        except httpx.HTTPError as err:
            raise StoreError(f"{self.url}: cannot reach the SPARQL server ({err})") from None
        if response.status_code >= 400:
            message = " ".join(response.text.split())[:300]
            if response.status_code == 400:
                raise StoreError(f"SPARQL error from {self.url}: {message}")
            raise StoreError(f"{self.url}: the server answered {response.status_code} to {method} {url} ({message})")
        return response

    # ---------------------------------------------------------------- writing

    @property
    def location(self) -> str:
        return self.url

    def _has_graph(self, iri: str) -> bool:
        return bool(self.query(f"ASK {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}").askAnswer)

    def _write_graph(self, graph, quads: list, method: str = "POST") -> None:
        """Send one named graph's triples in one request; the server applies it atomically."""
        triples = [pyoxigraph.Triple(q.subject, q.predicate, q.object) for q in quads]
        body = pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.N_TRIPLES)
        self._send(method, self.endpoints.gsp, params={"graph": graph.value}, content=body,
                   headers={"Content-Type": "application/n-triples"})

    def add_quads(self, quads: list[tuple]) -> None:
        """Write quads, one request per named graph (a document's quads are all in one)."""
        self._writable()
        by_graph: dict = {}
        for quad in quads:
            ox = to_oxigraph(quad)
            by_graph.setdefault(ox.graph_name, []).append(ox)
        for graph, group in by_graph.items():
            self._write_graph(graph, group)

    def replace_graph(self, graph: URIRef, quads: list[tuple]) -> None:
        self._writable()
        self._write_graph(pyoxigraph.NamedNode(str(graph)), [to_oxigraph(q) for q in quads], method="PUT")

    def remove_document(self, doc_id: str) -> None:
        from .rdf import document_iri

        self._writable()
        self._send("DELETE", self.endpoints.gsp, params={"graph": str(document_iri(doc_id))})

    def flush(self) -> None:
        pass  # every request is committed by the server when it answers

    # ---------------------------------------------------------------- reading

    def __len__(self) -> int:
        return int(self.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")[0]["n"])

    @property
    def oxigraph(self):
        raise StoreError(f"{self.url}: a remote store has no local Oxigraph; query it over SPARQL")

    def query(self, sparql: str):
        """Run a SPARQL query on the server; an rdflib Result, as for a local store."""
        params = {"union-default-graph": ""} if self.endpoints.union_param else None
        response = self._send(
            "POST", self.endpoints.query, params=params, data={"query": _PROLOGUE + sparql},
            headers={"Accept": "application/sparql-results+json, application/n-triples;q=0.9"},
        )
        kind = response.headers.get("content-type", "").split(";")[0].strip()
        if kind == "application/sparql-results+json":
            return Result.parse(io.BytesIO(response.content), format="json")
        graph = Graph()
        graph.parse(data=response.content, format="nt")
        result = Result("CONSTRUCT")
        result.graph = graph
        return result

    def documents(self) -> list[URIRef]:
        rows = self.select(f"SELECT ?g WHERE {{ GRAPH ?g {{ ?g a kg:Document }} FILTER(STRSTARTS(STR(?g), \"{DOC_NS}\")) }}")
        return [URIRef(row["g"]) for row in rows]

    def export(self, path: str | Path) -> int:
        """Fetch every quad, then write them as a local store would."""
        local = Store()
        quads = [
            (row["s"], row["p"], row["o"], row["g"])
            for row in self.select("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        ]
        local.add_quads(quads)
        return local.export(path)

    def close(self) -> None:
        self._client.close()
