"""The SPARQL 1.1 Protocol on Oxigraph's own engine, with a time limit and a size limit.

`run_query` runs one query on a pyoxigraph store and serialises its results in the format
the client's Accept header asks for: SELECT and ASK as JSON, XML, CSV or TSV; CONSTRUCT and
DESCRIBE as Turtle, N-Triples, JSON-LD or RDF/XML. Without a dataset (no
``default-graph-uri``, ``named-graph-uri`` or ``FROM``), the default graph is the union of
all documents' graphs, as in ``kg sparql``.

pyoxigraph has no way to stop a running query, so `QueryPool` runs queries in child
processes that each open the store read-only; a query past the time limit is stopped by
killing its process, and a fresh one takes its place. Updates run in a short-lived writer
process, in one transaction, under the same limit.

>>> import pyoxigraph
>>> store = pyoxigraph.Store()
>>> store.add(pyoxigraph.Quad(pyoxigraph.NamedNode("http://ex/a"), pyoxigraph.NamedNode("http://ex/p"),
...                           pyoxigraph.Literal("A"), pyoxigraph.NamedNode("http://ex/doc")))
>>> result = run_query(store, "SELECT ?s ?o WHERE { ?s ?p ?o }", accept="text/csv")
>>> result.media_type, result.body
('text/csv; charset=utf-8', b's,o\\r\\nhttp://ex/a,A\\r\\n')
>>> uses_service("SELECT * { SERVICE <http://x/sparql> { ?s ?p ?o } }"), uses_service('SELECT ?service { ?service a "SERVICE <x>" }')
(True, False)
"""

from __future__ import annotations

import json
import queue
import re
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from itertools import islice
from multiprocessing.connection import Connection
from pathlib import Path

import pyoxigraph

from .errors import KGError

__all__ = [
    "QueryResult", "run_query", "run_update", "negotiate", "prefers_rdf", "uses_service", "has_dataset_clause",
    "QueryPool", "SparqlError", "QuerySyntaxError", "QueryRefused", "QueryUnauthorized", "QueryTooLarge", "QueryTimeout", "QueryFailed",
    "RESULT_FORMATS", "GRAPH_FORMATS",
]

# format key -> (pyoxigraph format, the Content-Type we answer with)
RESULT_FORMATS = {
    "json": (pyoxigraph.QueryResultsFormat.JSON, "application/sparql-results+json"),
    "xml": (pyoxigraph.QueryResultsFormat.XML, "application/sparql-results+xml"),
    "csv": (pyoxigraph.QueryResultsFormat.CSV, "text/csv; charset=utf-8"),
    "tsv": (pyoxigraph.QueryResultsFormat.TSV, "text/tab-separated-values; charset=utf-8"),
}
GRAPH_FORMATS = {
    "turtle": (pyoxigraph.RdfFormat.TURTLE, "text/turtle; charset=utf-8"),
    "nt": (pyoxigraph.RdfFormat.N_TRIPLES, "application/n-triples"),
    "json-ld": (pyoxigraph.RdfFormat.JSON_LD, "application/ld+json"),
    "rdf-xml": (pyoxigraph.RdfFormat.RDF_XML, "application/rdf+xml"),
}
# media types a client may ask for -> format key
_RESULT_TYPES = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
_GRAPH_TYPES = {
    "text/turtle": "turtle", "application/turtle": "turtle", "application/x-turtle": "turtle",
    "application/n-triples": "nt", "text/plain": "nt",
    "application/ld+json": "json-ld", "application/json": "json-ld",
    "application/rdf+xml": "rdf-xml", "application/xml": "rdf-xml", "text/xml": "rdf-xml",
}
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


class SparqlError(KGError):
    """A query the endpoint does not answer; `status` is the HTTP status that says why."""

    status = 400

    def __init__(self, message: str, status: int | None = None):
        super().__init__(message)
        if status is not None:
            self.status = status


class QuerySyntaxError(SparqlError):
    status = 400


class QueryRefused(SparqlError):
    status = 403


class QueryUnauthorized(SparqlError):
    status = 401


class QueryTooLarge(SparqlError):
    status = 400


class QueryTimeout(SparqlError):
    status = 503


class QueryFailed(SparqlError):
    status = 500


_ERRORS = {cls.__name__: cls for cls in (SparqlError, QuerySyntaxError, QueryRefused, QueryUnauthorized, QueryTooLarge, QueryTimeout, QueryFailed)}


@dataclass(frozen=True)
class QueryResult:
    """A serialised answer: the bytes, their Content-Type, the number of rows or triples, and the
    query form ("SELECT", "ASK" or "CONSTRUCT", which also stands for DESCRIBE)."""

    body: bytes
    media_type: str
    count: int
    kind: str


# ---------------------------------------------------------------- reading a query's text

# Strings, IRIs and comments, in the order SPARQL's tokenizer meets them, so that a keyword
# inside one of them is not taken for a keyword.
_OPAQUE = re.compile(
    r"'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'(?:[^'\\\n\r]|\\.)*'"
    r'|"(?:[^"\\\n\r]|\\.)*"'
    r'|<[^<>"{}|^`\\\x00-\x20]*>'
    r"|#[^\n\r]*",
    re.DOTALL,
)


def _keywords_only(text: str) -> str:
    """The query with its strings, IRIs and comments blanked out."""
    return _OPAQUE.sub(lambda m: "<>" if m.group(0).startswith("<") else '""' if m.group(0)[0] in "'\"" else " ", text)


def _has_keyword(text: str, pattern: str) -> bool:
    # not part of a variable (?service), a prefixed name (ex:service, service:x) or a longer word
    return re.search(rf"(?<![\w?$:.-]){pattern}(?![\w:-])", _keywords_only(text), re.IGNORECASE) is not None


def uses_service(query: str) -> bool:
    """Whether the query has a SERVICE clause, which would make the server fetch another URL."""
    return _has_keyword(query, r"SERVICE")


def has_dataset_clause(query: str) -> bool:
    """Whether the query names its own dataset with FROM or FROM NAMED.

    >>> has_dataset_clause("SELECT * FROM <http://g> { ?s ?p ?o }"), has_dataset_clause("SELECT ?from { ?from ?p ?o }")
    (True, False)
    """
    return _has_keyword(query, r"FROM")


# ---------------------------------------------------------------- content negotiation

def _parse_accept(accept: str) -> list[tuple[str, float]]:
    out = []
    for part in (accept or "").split(","):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        q = 1.0
        for f in fields[1:]:
            if f.lower().startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        if q > 0:
            out.append((media, q))
    return out


def negotiate(accept: str, kind: str) -> str:
    """The format key for a query form ("SELECT", "ASK", "CONSTRUCT") and an Accept header: the
    supported type with the highest q, an exact type beating a wildcard; the default (JSON for
    results, Turtle for graphs) when nothing listed is supported.

    >>> negotiate("application/sparql-results+xml, */*;q=0.1", "SELECT"), negotiate("text/html", "ASK")
    ('xml', 'json')
    >>> negotiate("application/n-triples;q=0.5, text/turtle;q=0.9", "CONSTRUCT")
    'turtle'
    """
    types, default = (_GRAPH_TYPES, "turtle") if kind == "CONSTRUCT" else (_RESULT_TYPES, "json")
    best, best_rank = default, (0.0, -1)
    for media, q in _parse_accept(accept):
        if media in types:
            choice, rank = types[media], (q, 1)
        elif media in ("*/*", "application/*", "text/*"):
            choice, rank = default, (q, 0)
        else:
            continue
        if rank > best_rank:
            best, best_rank = choice, rank
    return best


def prefers_rdf(accept: str) -> bool:
    """Whether an Accept header ranks an RDF graph format above HTML (content negotiation on
    entity IRIs: a browser gets the page, a linked-data client gets the triples).

    >>> prefers_rdf("text/turtle"), prefers_rdf("text/html,application/xhtml+xml,*/*;q=0.8"), prefers_rdf("")
    (True, False, False)
    """
    ranked = _parse_accept(accept)
    best_rdf = max((q for media, q in ranked if media in _GRAPH_TYPES and media != "text/plain"), default=0.0)
    best_html = max((q for media, q in ranked if media in ("text/html", "application/xhtml+xml", "*/*")), default=0.0)
    return best_rdf > best_html


# ---------------------------------------------------------------- running

def run_query(
    store: pyoxigraph.Store,
    query: str,
    *,
    accept: str = "",
    prefixes: dict[str, str] | None = None,
    default_graphs: list[str] | tuple[str, ...] = (),
    named_graphs: list[str] | tuple[str, ...] = (),
    max_rows: int = 10_000,
) -> QueryResult:
    """Run `query` and serialise its answer for `accept`.

    The dataset follows the SPARQL 1.1 Protocol: `default_graphs` and `named_graphs` (the
    ``default-graph-uri`` and ``named-graph-uri`` parameters) win; otherwise the query's own
    FROM clauses; otherwise the default graph is the union of all graphs. More than
    `max_rows` rows (or triples) raise QueryTooLarge rather than return a silently cut answer.
    """
    options: dict = {"prefixes": prefixes or {}}
    try:
        if default_graphs or named_graphs:
            options["default_graph"] = [pyoxigraph.NamedNode(g) for g in default_graphs]
            options["named_graphs"] = [pyoxigraph.NamedNode(g) for g in named_graphs]
        elif not has_dataset_clause(query):
            options["use_default_graph_as_union"] = True
    except ValueError as err:
        raise QuerySyntaxError(f"a default-graph-uri or named-graph-uri is not an IRI: {err}") from None
    try:
        results = store.query(query, **options)
        if isinstance(results, pyoxigraph.QueryBoolean):
            fmt, media_type = RESULT_FORMATS[negotiate(accept, "ASK")]
            return QueryResult(results.serialize(format=fmt), media_type, 1, "ASK")
        if isinstance(results, pyoxigraph.QuerySolutions):
            names = [v.value for v in results.variables]
            rows = list(islice(results, max_rows + 1))
            _check_size(len(rows), max_rows, "rows")
            fmt, media_type = RESULT_FORMATS[negotiate(accept, "SELECT")]
            return QueryResult(_serialize_solutions(names, rows, fmt), media_type, len(rows), "SELECT")
        triples = list(islice(results, max_rows + 1))
        _check_size(len(triples), max_rows, "triples")
        key = negotiate(accept, "CONSTRUCT")
        fmt, media_type = GRAPH_FORMATS[key]
        body = pyoxigraph.serialize(triples, format=fmt, prefixes=prefixes if key == "turtle" else None)
        return QueryResult(body, media_type, len(triples), "CONSTRUCT")
    except SyntaxError as err:
        raise QuerySyntaxError(f"SPARQL syntax error: {err}") from None
    except OSError as err:
        raise QueryFailed(f"the query failed: {err}") from None
    except ValueError as err:
        raise QuerySyntaxError(f"the query cannot be evaluated: {err}") from None


def run_update(store: pyoxigraph.Store, update: str, *, prefixes: dict[str, str] | None = None) -> None:
    """Apply a SPARQL Update in one transaction: all of it, or nothing."""
    try:
        store.update(update, prefixes=prefixes or {})
    except SyntaxError as err:
        raise QuerySyntaxError(f"SPARQL syntax error: {err}") from None
    except OSError as err:
        raise QueryFailed(f"the update failed, nothing was written: {err}") from None
    except ValueError as err:
        raise QuerySyntaxError(f"the update cannot be applied: {err}") from None


def _check_size(count: int, max_rows: int, what: str) -> None:
    if count > max_rows:
        raise QueryTooLarge(
            f"the answer has more than {max_rows} {what}, this server's limit (kg serve --max-rows); "
            f"add a LIMIT to the query, or restart kg serve with a larger --max-rows"
        )


def _term_json(term) -> dict:
    if isinstance(term, pyoxigraph.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, pyoxigraph.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, pyoxigraph.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != _XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": {
        "subject": _term_json(term.subject), "predicate": _term_json(term.predicate), "object": _term_json(term.object),
    }}


def _serialize_solutions(names: list[str], rows: list, fmt) -> bytes:
    """SELECT rows in `fmt`. pyoxigraph serialises only whole result iterators, so the rows
    already read (at most max_rows) go through the standard JSON form and its parser, and
    pyoxigraph's own writers produce every format from that."""
    bindings = [{name: _term_json(value) for name, value in zip(names, row) if value is not None} for row in rows]
    document = json.dumps({"head": {"vars": names}, "results": {"bindings": bindings}}, ensure_ascii=False)
    return pyoxigraph.parse_query_results(document, pyoxigraph.QueryResultsFormat.JSON).serialize(format=fmt)


# ---------------------------------------------------------------- child processes
#
# A child is `python -m kg.endpoint query|update STORE FD`: a fresh interpreter that imports
# only this module and pyoxigraph, and talks over one end of a socket pair (FD) with
# multiprocessing's message framing. Nothing of the parent (its threads, its open store, its
# __main__) is inherited.


def _child_main(argv: list[str]) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C in a terminal is for the server, which stops us
    _die_with_parent()
    role, path, fd = argv[0], argv[1], int(argv[2])
    conn = Connection(fd)
    if role == "query":
        _answer_queries(path, conn)
    elif role == "update":
        _apply_update(path, conn)


def _die_with_parent() -> None:
    """On Linux, have the kernel kill this process when the server dies, however it dies, so
    that no query goes on computing for nobody. The kernel watches the thread that started the
    process, not the whole server: QueryPool starts its processes from one thread that lives
    as long as the pool (a web server's worker threads come and go)."""
    try:
        import ctypes
        import signal

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass  # elsewhere the child still stops at its next message, when it finds the server gone


def _answer_queries(path: str, conn) -> None:
    """A query process: open the store read-only, answer jobs until told to stop."""
    try:
        store = pyoxigraph.Store.read_only(path)
    except OSError as err:
        conn.send(("error", "QueryFailed", f"cannot open the store read-only ({err})"))
        return
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        if job is None:
            return
        try:
            conn.send(("ok", run_query(store, **job)))
        except SparqlError as err:
            conn.send(("error", type(err).__name__, str(err)))
        except Exception as err:  # noqa: BLE001 - a bug must reach the client as a 500, not kill the process
            conn.send(("error", "QueryFailed", f"the query failed ({type(err).__name__}: {err})"))


def _apply_update(path: str, conn) -> None:
    """A writer process: open the store for writing, apply one update, flush, exit."""
    update, prefixes = conn.recv()
    try:
        store = pyoxigraph.Store(path)
    except OSError as err:
        conn.send(("error", "QueryFailed", f"cannot open the store for writing ({err}); is `kg build` running on it?"))
        return
    try:
        run_update(store, update, prefixes=prefixes)
        store.flush()
        conn.send(("ok", None))
    except SparqlError as err:
        conn.send(("error", type(err).__name__, str(err)))


@dataclass(eq=False)  # compared and hashed by identity: the pool keeps a set of them
class _Child:
    process: subprocess.Popen
    conn: Connection
    generation: int = 0

    @classmethod
    def start(cls, role: str, path: str, generation: int = 0) -> _Child:
        mine, theirs = socket.socketpair()
        try:
            process = subprocess.Popen(
                [sys.executable, "-m", __name__, role, path, str(theirs.fileno())],
                pass_fds=(theirs.fileno(),), stdin=subprocess.DEVNULL, close_fds=True,
            )
        finally:
            theirs.close()
        return cls(process, Connection(mine.detach()), generation)

    def alive(self) -> bool:
        return self.process.poll() is None

    def stop(self, kill: bool = False) -> None:
        if not kill:
            try:
                self.conn.send(None)
                self.process.wait(5)
            except (OSError, ValueError, subprocess.TimeoutExpired):
                kill = True
        if kill and self.alive():
            self.process.kill()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            pass
        self.conn.close()


class QueryPool:
    """Child processes that each hold the store open read-only and run one query at a time.

    `run(job)` waits for a free process, sends it the job (the keyword arguments of
    `run_query`), and waits at most `timeout` seconds for the answer; past that the process
    is killed, a new one started, and QueryTimeout raised.
    """

    def __init__(self, store_path: str, *, size: int = 2, timeout: float = 10.0):
        self.path = str(Path(store_path).resolve())
        self.size = size
        self.timeout = timeout
        self._idle: queue.Queue[_Child] = queue.Queue()
        self._children: set[_Child] = set()
        self._spawner = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-spawn")
        self._lock = threading.Lock()
        self._generation = 0
        self._started = 0
        self._closed = False

    def _spawn(self) -> _Child:
        child = self._spawner.submit(_Child.start, "query", self.path, self._generation).result()
        self._children.add(child)
        return child

    def _retire(self, child: _Child, kill: bool = False) -> None:
        child.stop(kill=kill)
        self._children.discard(child)

    def start(self) -> None:
        """Start the processes now rather than at the first query."""
        with self._lock:
            while self._started < self.size:
                self._idle.put(self._spawn())
                self._started += 1

    def _take(self) -> _Child:
        self.start()
        wait = 2 * self.timeout + 5
        try:
            return self._idle.get(timeout=wait)
        except queue.Empty:
            raise QueryTimeout(f"the server is busy: every query process was taken for {wait:g} s; try again") from None

    def _give_back(self, child: _Child) -> None:
        if self._closed:
            self._retire(child)
            return
        if child.generation != self._generation or not child.alive():
            self._retire(child, kill=not child.alive())
            child = self._spawn()
        self._idle.put(child)

    def run(self, job: dict) -> QueryResult:
        """Run one query job (the keyword arguments of `run_query`) within the time limit."""
        child = self._take()
        started = time.monotonic()
        try:
            child.conn.send(job)
            if not child.conn.poll(self.timeout):
                self._retire(child, kill=True)
                child = self._replacement()
                raise QueryTimeout(
                    f"the query was stopped after {self.timeout:g} s, this server's time limit (kg serve --timeout); "
                    "narrow it down (a LIMIT, fewer unbound patterns), or restart kg serve with a larger --timeout"
                )
            reply = child.conn.recv()
        except (EOFError, OSError):
            self._retire(child, kill=True)
            child = self._replacement()
            raise QueryFailed(
                f"the query process died after {time.monotonic() - started:.1f} s (out of memory, or the server "
                "is stopping); nothing else was affected"
            ) from None
        finally:
            if child is not None:
                self._give_back(child)
        if reply[0] == "ok":
            return reply[1]
        raise _ERRORS.get(reply[1], QueryFailed)(reply[2])

    def _replacement(self) -> _Child | None:
        return None if self._closed else self._spawn()

    def update(self, update: str, *, prefixes: dict[str, str] | None = None) -> None:
        """Apply a SPARQL Update in a writer process within the time limit, then restart the
        query processes so that they read what was written. Killed past the limit, the
        update's transaction is never committed: nothing is written."""
        child = self._spawner.submit(_Child.start, "update", self.path).result()
        try:
            child.conn.send((update, prefixes or {}))
            if not child.conn.poll(self.timeout):
                child.stop(kill=True)
                raise QueryTimeout(f"the update was stopped after {self.timeout:g} s (kg serve --timeout); nothing was written")
            try:
                reply = child.conn.recv()
            except (EOFError, OSError):
                raise QueryFailed("the update process died; nothing was written") from None
        finally:
            if child.alive():
                child.process.wait(30)
            child.conn.close()
        self.restart()
        if reply[0] != "ok":
            raise _ERRORS.get(reply[1], QueryFailed)(reply[2])

    def restart(self) -> None:
        """Replace every query process (busy ones when they finish), e.g. after the store changed."""
        with self._lock:
            self._generation += 1
            stale = []
            while True:
                try:
                    stale.append(self._idle.get_nowait())
                except queue.Empty:
                    break
            for child in stale:
                self._retire(child)
                self._idle.put(self._spawn())

    def close(self) -> None:
        """Stop every process; a query still running is killed."""
        self._closed = True
        while True:
            try:
                self._retire(self._idle.get_nowait())
            except queue.Empty:
                break
        for child in list(self._children):
            self._retire(child, kill=True)
        self._spawner.shutdown(wait=False)


if __name__ == "__main__":
    # run as kg.endpoint (not __main__), so the answers pickle under their real names
    from kg.endpoint import _child_main as main

    main(sys.argv[1:])
