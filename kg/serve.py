"""`kg serve`: the graph explorer, a SPARQL 1.1 endpoint and a page per entity, on one local ASGI app.

A thin layer: requests are parsed here and answered by `kg.explore` (what the explorer
shows), `kg.endpoint` (SPARQL on Oxigraph's engine, in child processes with a time limit)
and `KnowledgeGraph` (questions). Everything the pages need is served from the package:
no request leaves the machine. Safe by default:

- the store is opened read-only, and SPARQL Update (INSERT, DELETE, LOAD...) and SERVICE
  are refused unless the server was started with ``--allow-update``, and then only with
  its token (``Authorization: Bearer TOKEN``);
- a query stops at the time limit and at the result-size limit;
- the server binds 127.0.0.1, and answers only requests addressed to this machine's
  names (so a web page cannot reach it through DNS rebinding);
- pages build their DOM with ``textContent`` under a strict Content-Security-Policy, and
  the entity pages escape every text.

>>> SECURITY_HEADERS["Content-Security-Policy"].startswith("default-src 'none'")
True
"""

from __future__ import annotations

import hmac
import html
import secrets
import threading
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Annotated
from urllib.parse import parse_qs, quote

import typer

from .errors import EntityNotFound, KGError

__all__ = ["create_app", "run", "serve_command", "EXAMPLE_QUERIES", "SECURITY_HEADERS", "TOKEN_ENV"]

TOKEN_ENV = "KG_SERVE_TOKEN"
LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "::1", "[::1]"]
MAX_BODY = 1_000_000
DEFAULT_VIEW = 1000  # entities drawn at first: about 1.4 s in Chromium with physics off
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}
_ENTITY_FORMATS = {"turtle": "text/turtle", "ttl": "text/turtle", "nt": "application/n-triples",
                   "jsonld": "application/ld+json", "json-ld": "application/ld+json", "rdfxml": "application/rdf+xml"}

EXAMPLE_QUERIES = [
    {
        "title": "Who depends on whom (customers included), with the sentence",
        "query": """PREFIX kg: <https://w3id.org/kg-news/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

SELECT DISTINCT ?who ?relation ?onWhom ?sentence WHERE {
  VALUES ?relation { kg:dependsOn kg:customerOf }
  ?st a kg:Statement ; rdf:subject ?a ; rdf:predicate ?relation ; rdf:object ?b ; kg:sentence ?sentence .
  ?a rdfs:label ?who . ?b rdfs:label ?onWhom .
}
ORDER BY ?onWhom ?who""",
    },
    {
        "title": "Investments of at least 1 billion, largest first",
        "query": """PREFIX kg: <https://w3id.org/kg-news/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

SELECT DISTINCT ?investor ?target ?amount ?currency ?sentence WHERE {
  ?deal a kg:Investment ; kg:investor ?i ; kg:target ?t ; kg:amount ?m ; kg:sentence ?sentence .
  ?m kg:value ?amount ; kg:currency ?currency .
  FILTER(?amount >= 1000000000)
  ?i rdfs:label ?investor . ?t rdfs:label ?target .
}
ORDER BY DESC(?amount) ?investor""",
    },
    {
        "title": "Everything said about Scale AI, with sentences and documents",
        "query": """PREFIX kg: <https://w3id.org/kg-news/ontology#>
PREFIX kgr: <https://w3id.org/kg-news/id/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>

SELECT DISTINCT ?subject ?relation ?object ?sentence ?document WHERE {
  ?st a kg:Statement ; rdf:subject ?s ; rdf:predicate ?relation ; rdf:object ?o ;
      kg:sentence ?sentence ; prov:wasDerivedFrom ?document .
  FILTER(?s = kgr:scale-ai || ?o = kgr:scale-ai)
  ?s rdfs:label ?subject . ?o rdfs:label ?object .
}
ORDER BY ?relation ?subject""",
    },
    {
        "title": "Statements per relation",
        "query": """PREFIX kg: <https://w3id.org/kg-news/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>

SELECT ?relation (COUNT(*) AS ?statements) WHERE {
  ?st a kg:Statement ; rdf:predicate ?relation .
}
GROUP BY ?relation
ORDER BY DESC(?statements)""",
    },
]


# ---------------------------------------------------------------- state


@dataclass
class _State:
    """What the app holds: the read-only graph, its views, and the query processes."""

    store_path: Path
    allow_update: bool
    token: str | None
    timeout: float
    max_rows: int
    pool: object = None
    kg: object = None
    G: object = None
    asserted: object = None
    documents: dict = field(default_factory=dict)
    overview: object = None
    lock: threading.RLock = field(default_factory=threading.RLock)

    def load(self, *, changed: bool = False) -> None:
        """(Re)open the store read-only and rebuild the networkx views; `changed` after an update,
        whose new triples the projection cached beside the store cannot know of."""
        from .api import PROJECTION_CACHE, KnowledgeGraph
        from .explore import Overview, asserted, document_index

        with self.lock:
            if self.kg is not None:
                self.kg.close()
            if changed:
                (self.store_path / PROJECTION_CACHE).unlink(missing_ok=True)
            self.kg = KnowledgeGraph.open(self.store_path, read_only=True)
            self.G = self.kg.to_networkx()
            self.asserted = asserted(self.G)
            self.documents = document_index(self.kg.store)
            self.overview = Overview(self.asserted, self.documents)

    def view(self, limit: int = 1000) -> dict:
        with self.lock:
            return self.overview.view(limit)

    def prefixes(self) -> dict[str, str]:
        from .store import PREFIXES

        return {k: str(v) for k, v in PREFIXES.items()}


# ---------------------------------------------------------------- pages


def _static(name: str) -> str:
    return resources.files("kg").joinpath("static", name).read_text(encoding="utf-8")


def _page(title: str, body: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)}</title>\n"
        '<link rel="icon" href="data:,">\n<link rel="stylesheet" href="/static/kg.css">\n</head>\n<body class="page">\n'
        '<nav class="top"><a href="/">explorer</a> <a href="/query">SPARQL</a></nav>\n'
        f"{body}\n</body>\n</html>\n"
    )


def _entity_link(iri: str, label: str) -> str:
    from .ontology import RES_NS

    if iri.startswith(RES_NS):
        return f'<a href="/entity/{html.escape(iri[len(RES_NS):])}">{html.escape(label)}</a>'
    return html.escape(label)


def render_entity_page(view: dict, properties: list[tuple[str, str]]) -> str:
    """The readable page of one entity: its names, class, properties and facts, every text escaped."""
    node = view["node"]
    e = html.escape
    parts = [f'<h1>{e(node["label"])} <span class="kind">{e(node["kind"])}</span></h1>']
    if node["aliases"]:
        parts.append(f'<p>also called: {e(", ".join(node["aliases"]))}</p>')
    parts.append(f'<p class="iri"><code>{e(node["id"])}</code></p>')
    parts.append(
        f'<p><a href="/?focus={e(quote(node["id"], safe=""))}">show in the explorer</a> · '
        f'as <a href="?format=turtle">Turtle</a>, <a href="?format=nt">N-Triples</a>, '
        f'<a href="?format=jsonld">JSON-LD</a> (or ask for them with an Accept header)</p>'
    )
    if properties:
        rows = "".join(f"<tr><td>{e(p)}</td><td>{e(v)}</td></tr>" for p, v in properties)
        parts.append(f"<h2>Properties</h2><table><tr><th>property</th><th>value</th></tr>{rows}</table>")
    parts.append(f"<h2>Facts ({len(view['facts'])})</h2>")
    if view["facts"]:
        rows = "".join(
            "<tr>"
            f"<td>{_entity_link(f['from'], f['subject'])}</td><td>{e(f['relation'])}</td>"
            f"<td>{_entity_link(f['to'], f['object'])}</td>"
            f"<td class=\"sentence\">«{e(f['sentence'])}»</td>"
            f"<td>{e(f['document_name'])}<br><code>{e(f['document'])}</code></td><td>{f['confidence']:.2f}</td>"
            "</tr>"
            for f in view["facts"]
        )
        parts.append(
            "<table class=\"facts\"><tr><th>subject</th><th>relation</th><th>object</th><th>sentence</th>"
            f"<th>document</th><th>confidence</th></tr>{rows}</table>"
        )
    else:
        parts.append("<p>No statement has this entity in it.</p>")
    return _page(f"{node['label']} · kg", "\n".join(parts))


def _entity_properties(state: _State, iri: str) -> list[tuple[str, str]]:
    """Literal-valued properties other than names, and valuations, as (name, value) text."""
    rows = state.kg.store.select(
        "SELECT DISTINCT ?p ?v ?value ?currency WHERE { ?e ?p ?v . "
        "OPTIONAL { ?v kg:value ?value ; kg:currency ?currency } "
        "FILTER(?p NOT IN (rdfs:label, skos:altLabel, rdf:type, prov:wasDerivedFrom)) "
        "FILTER(isLiteral(?v) || BOUND(?value)) } ORDER BY ?p ?v VALUES ?e { <" + iri + "> }"
    )
    out = []
    for row in rows:
        name = str(row["p"]).rsplit("#", 1)[-1].rsplit("/", 1)[-1]
        value = f"{row['value']} {row['currency']}" if row.get("value") is not None else str(row["v"])
        out.append((name, value))
    return out


def _entity_description(state: _State, iri: str, accept: str):
    """The entity's triples: where it is the subject or the object, and the statements about it."""
    from .endpoint import run_query

    query = (
        "CONSTRUCT { ?e ?p ?o . ?s ?q ?e . ?st ?sp ?so } WHERE { VALUES ?e { <" + iri + "> } "
        "{ ?e ?p ?o } UNION { ?s ?q ?e } UNION { ?st rdf:subject|rdf:object ?e ; ?sp ?so } }"
    )
    with state.lock:
        return run_query(state.kg.store.oxigraph, query, accept=accept, prefixes=state.prefixes(), max_rows=1_000_000)


# ---------------------------------------------------------------- the app


def create_app(
    store_path: str | Path,
    *,
    allow_update: bool = False,
    token: str | None = None,
    timeout: float = 10.0,
    max_rows: int = 10_000,
    workers: int = 2,
    allowed_hosts: list[str] | None = None,
):
    """The ASGI app serving the store at `store_path` (opened read-only).

    Updates and SERVICE need `allow_update` and a request carrying `token` as a Bearer token.
    `timeout` (seconds) and `max_rows` bound every query, which runs in one of `workers`
    child processes; `allowed_hosts` are the Host names it answers (this machine's loopback
    names by default). A missing store raises KGError before anything is served.
    """
    from starlette.applications import Starlette
    from starlette.concurrency import run_in_threadpool
    from starlette.middleware import Middleware
    from starlette.middleware.trustedhost import TrustedHostMiddleware
    from starlette.requests import Request
    from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
    from starlette.routing import Mount, Route
    from starlette.staticfiles import StaticFiles

    from .endpoint import QueryPool, QueryRefused, QueryUnauthorized, SparqlError, prefers_rdf, uses_service
    from .ontology import RES_NS
    from .remote import is_remote
    from .viz import vis_assets

    if is_remote(store_path):
        raise KGError(f"{store_path} is a SPARQL server already: query it there; kg serve serves a store folder")
    if allow_update and not token:
        raise KGError("--allow-update needs a token: give --token TOKEN or set KG_SERVE_TOKEN")
    if timeout <= 0 or max_rows <= 0:
        raise KGError(f"--timeout and --max-rows must be positive, not {timeout} and {max_rows}")
    state = _State(Path(store_path), allow_update, token, float(timeout), int(max_rows))
    state.load()
    state.pool = QueryPool(str(state.store_path), size=workers, timeout=state.timeout)
    vis_js, vis_css = vis_assets()

    def authorize(request: Request, what: str) -> None:
        if not state.allow_update:
            raise QueryRefused(
                f"{what} is refused: this endpoint is read-only. Start kg serve with --allow-update and a --token "
                "to allow it, and send the token as 'Authorization: Bearer TOKEN'."
            )
        scheme, _, given = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), state.token.encode()):
            raise QueryUnauthorized(f"{what} needs this server's token: send 'Authorization: Bearer TOKEN'.")

    # ---- pages

    def explorer(request: Request):
        return HTMLResponse(_static("explorer.html"))

    def query_page(request: Request):
        return HTMLResponse(_static("query.html"))

    def vis_script(request: Request):
        return Response(vis_js, media_type="text/javascript; charset=utf-8", headers={"Cache-Control": "max-age=3600"})

    def vis_style(request: Request):
        return Response(vis_css, media_type="text/css; charset=utf-8", headers={"Cache-Control": "max-age=3600"})

    def entity(request: Request):
        # the path arrives percent-decoded; encode it back as entity IRIs are minted, which also
        # leaves nothing but letters, digits and "-_.~%" to go into a query
        iri = RES_NS + quote(request.path_params["slug"], safe="-")
        if iri not in state.G:
            body = f"<h1>No entity here</h1><p>The graph has no entity <code>{html.escape(iri)}</code>.</p>"
            return HTMLResponse(_page("not found · kg", body), status_code=404)
        wanted = _ENTITY_FORMATS.get(request.query_params.get("format", "").lower())
        accept = request.headers.get("accept", "")
        if wanted or prefers_rdf(accept):
            result = _entity_description(state, iri, wanted or accept)
            return Response(result.body, media_type=result.media_type, headers={"Vary": "Accept"})
        from .explore import neighbourhood

        with state.lock:
            view = neighbourhood(state.G, iri, state.documents)
            properties = _entity_properties(state, iri)
        return HTMLResponse(render_entity_page(view, properties), headers={"Vary": "Accept"})

    # ---- the explorer's JSON

    def api_graph(request: Request):
        limit = _int_param(request, "limit", DEFAULT_VIEW, 1, 100_000)
        return JSONResponse({**state.view(limit), "entity_namespace": RES_NS})

    def api_search(request: Request):
        from .explore import search

        limit = _int_param(request, "limit", 20, 1, 200)
        with state.lock:
            return JSONResponse({"results": search(state.G, request.query_params.get("q", ""), limit)})

    def api_node(request: Request):
        from .explore import neighbourhood

        node = request.query_params.get("id", "")
        with state.lock:
            if node not in state.G:
                raise EntityNotFound(node)
            return JSONResponse(neighbourhood(state.G, node, state.documents))

    def api_ask(request: Request):
        from .explore import answer_view

        question = request.query_params.get("q", "").strip()
        if not question:
            raise KGError("ask a question, e.g. ?q=who depends on Scale AI?")
        with state.lock:
            answer = state.kg.ask(question)
            return JSONResponse(answer_view(state.G, answer, state.documents))

    def api_examples(request: Request):
        return JSONResponse({"examples": EXAMPLE_QUERIES, "endpoint": "/sparql",
                             "limits": {"timeout": state.timeout, "max_rows": state.max_rows},
                             "prefixes": state.prefixes()})

    # ---- SPARQL 1.1 Protocol

    async def sparql(request: Request):
        fields = await _protocol_fields(request)
        query, update = _single(fields, "query"), _single(fields, "update")
        if query is not None and update is not None:
            raise SparqlError("give either query or update, not both")
        if fields.get("using-graph-uri") or fields.get("using-named-graph-uri"):
            raise SparqlError("using-graph-uri and using-named-graph-uri are not supported; use USING in the update")
        if update is not None:
            authorize(request, "SPARQL Update (INSERT, DELETE, LOAD, CLEAR...)")
            if request.method != "POST":
                raise SparqlError("send updates with POST")
            await run_in_threadpool(state.pool.update, update, prefixes=state.prefixes())
            await run_in_threadpool(lambda: state.load(changed=True))
            return PlainTextResponse("update applied\n")
        if query is None:
            if request.method == "GET" and "text/html" in request.headers.get("accept", ""):
                return RedirectResponse("/query", status_code=303)
            raise SparqlError("no query: send query=... (GET or a form POST) or a body of type application/sparql-query")
        if uses_service(query):
            authorize(request, "SERVICE (which makes this server fetch another URL)")
        job = {
            "query": query, "accept": request.headers.get("accept", ""), "prefixes": state.prefixes(),
            "default_graphs": fields.get("default-graph-uri", []), "named_graphs": fields.get("named-graph-uri", []),
            "max_rows": state.max_rows,
        }
        result = await run_in_threadpool(state.pool.run, job)
        return Response(result.body, media_type=result.media_type, headers={"Vary": "Accept"})

    # ---- errors

    def sparql_error(request: Request, err: SparqlError):
        headers = {"WWW-Authenticate": "Bearer"} if err.status == 401 else None
        return PlainTextResponse(str(err) + "\n", status_code=err.status, headers=headers)

    def kg_error(request: Request, err: KGError):
        status = 404 if isinstance(err, EntityNotFound) else 400
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": str(err)}, status_code=status)
        return PlainTextResponse(str(err) + "\n", status_code=status)

    @asynccontextmanager
    async def lifespan(app):
        await run_in_threadpool(state.pool.start)
        # lay the first view out before the first visitor asks (seconds on a very large graph)
        threading.Thread(target=state.view, args=(DEFAULT_VIEW,), daemon=True, name="kg-layout").start()
        try:
            yield
        finally:
            state.pool.close()
            with state.lock:
                state.kg.close()

    static_dir = resources.files("kg").joinpath("static")
    app = Starlette(
        routes=[
            Route("/", explorer),
            Route("/query", query_page),
            Route("/sparql", sparql, methods=["GET", "POST"]),
            Route("/entity/{slug:path}", entity),
            Route("/api/graph", api_graph),
            Route("/api/search", api_search),
            Route("/api/node", api_node),
            Route("/api/ask", api_ask),
            Route("/api/examples", api_examples),
            Route("/vendor/vis-network.min.js", vis_script),
            Route("/vendor/vis-network.css", vis_style),
            Mount("/static", StaticFiles(directory=str(static_dir)), name="static"),
        ],
        middleware=[
            Middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts or LOOPBACK_HOSTS, www_redirect=False),
            Middleware(_SecurityHeaders),
        ],
        exception_handlers={SparqlError: sparql_error, KGError: kg_error},
        lifespan=lifespan,
        max_body_size=MAX_BODY,
    )
    app.state.kg_state = state
    return app


class _SecurityHeaders:
    """ASGI middleware adding SECURITY_HEADERS to every response."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {k.lower() for k, _ in headers}
                for name, value in SECURITY_HEADERS.items():
                    if name.lower().encode() not in present:
                        headers.append((name.lower().encode(), value.encode()))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _int_param(request, name: str, default: int, low: int, high: int) -> int:
    raw = request.query_params.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise KGError(f"{name} must be a whole number, not {raw!r}") from None
    return max(low, min(high, value))


async def _protocol_fields(request) -> dict[str, list[str]]:
    """The SPARQL Protocol's parameters, from the URL and, for a POST, from the form or the body."""
    from .endpoint import SparqlError

    fields: dict[str, list[str]] = {}
    for key, value in request.query_params.multi_items():
        fields.setdefault(key, []).append(value)
    if request.method != "POST":
        return fields
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = (await request.body()).decode("utf-8", errors="replace")
    if content_type == "application/x-www-form-urlencoded":
        for key, values in parse_qs(body, keep_blank_values=True).items():
            fields.setdefault(key, []).extend(values)
    elif content_type == "application/sparql-query":
        fields.setdefault("query", []).append(body)
    elif content_type == "application/sparql-update":
        fields.setdefault("update", []).append(body)
    else:
        raise SparqlError(
            f"cannot read a POST of type {content_type or '(none)'!r}; send application/x-www-form-urlencoded, "
            "application/sparql-query or application/sparql-update",
            status=415,
        )
    return fields


def _single(fields: dict[str, list[str]], name: str) -> str | None:
    from .endpoint import SparqlError

    values = fields.get(name) or []
    if len(values) > 1:
        raise SparqlError(f"give one {name}, not {len(values)}")
    return values[0] if values else None


# ---------------------------------------------------------------- running


def run(
    store_path: str | Path,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    allow_update: bool = False,
    token: str | None = None,
    timeout: float = 10.0,
    max_rows: int = 10_000,
    log_level: str = "info",
) -> None:
    """Serve the store at http://HOST:PORT until interrupted."""
    import uvicorn

    wildcard = host in ("0.0.0.0", "::", "")
    allowed = ["*"] if wildcard else sorted({*LOOPBACK_HOSTS, host})
    app = create_app(store_path, allow_update=allow_update, token=token, timeout=timeout, max_rows=max_rows,
                     allowed_hosts=allowed)
    shown = "127.0.0.1" if wildcard else (f"[{host}]" if ":" in host else host)
    base = f"http://{shown}:{port}"
    typer.echo(f"kg serve: {store_path}\n  explorer  {base}/\n  SPARQL    {base}/sparql\n  queries   {base}/query")
    typer.echo(f"  limits    {timeout:g} s and {max_rows} rows per query; "
               + ("updates allowed with the token" if allow_update else "read-only"))
    if host not in LOOPBACK_HOSTS:
        typer.echo(f"kg serve: warning: listening on {host}: other machines can read this graph", err=True)
    uvicorn.run(app, host=host, port=port, log_level=log_level, server_header=False)


def serve_command(
    store: Annotated[Path, typer.Option("--store", help="Store folder (made by kg build).", show_default=True)] = Path("kg-store"),
    host: Annotated[str, typer.Option(help="Address to listen on; 127.0.0.1 keeps the server to this machine.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    allow_update: Annotated[bool, typer.Option("--allow-update", help="Accept SPARQL Update, LOAD and SERVICE from requests that carry the token.")] = False,
    token: Annotated[str | None, typer.Option(envvar=TOKEN_ENV, help="The Bearer token updates must carry; one is made up and printed when --allow-update is given without it.")] = None,
    timeout: Annotated[float, typer.Option(help="Seconds a query may run before it is stopped.")] = 10.0,
    max_rows: Annotated[int, typer.Option(help="Most rows (or triples) a query may return.")] = 10_000,
):
    """Serve the graph explorer, a SPARQL endpoint (/sparql) and entity pages on http://HOST:PORT."""
    if allow_update and not token:
        token = secrets.token_urlsafe(24)
        typer.echo(f"kg serve: updates need this token: Authorization: Bearer {token}")
    try:
        run(store, host=host, port=port, allow_update=allow_update, token=token, timeout=timeout, max_rows=max_rows)
    except KGError as e:
        typer.echo(f"kg: error: {e}", err=True)
        raise typer.Exit(2) from None

