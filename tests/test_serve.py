"""`kg serve` in-process: the SPARQL 1.1 Protocol, the safety promises, the entity pages and the
explorer's JSON, on a small store written by hand (no spaCy model)."""

import csv
import io
import json
import random
import shutil
import time
import xml.etree.ElementTree as ET

import networkx as nx
import pytest
import typer
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS, XSD
from starlette.testclient import TestClient
from typer.testing import CliRunner

import kg.serve as serve
from kg.api import KnowledgeGraph
from kg.endpoint import has_dataset_clause, negotiate, uses_service
from kg.errors import KGError
from kg.explore import Overview
from kg.model import Deal, Document, Entity, Money, Provenance, Statement
from kg.rdf import document_iri, entity_iri
from kg.serve import create_app, serve_command

HOSTILE = "<img src=x onerror=alert(1)>"
HOSTILE_SENTENCE = "<script>alert(2)</script> a investi dans Scale AI."
SCALE = str(entity_iri("Scale AI"))
BASE = "http://127.0.0.1:8000"


def prov(sentence, confidence=0.8):
    return Provenance(sentence, 0, len(sentence), "test", confidence)


def documents():
    s1 = "Créée en 2016 par Alexandr Wang, Scale AI vend ses données à OpenAI et Google."
    fr = Document(
        id="a" * 64, text=s1 + " " + HOSTILE_SENTENCE, lang="fr", source="fr.txt", title="Scale AI et ses clients",
        entities=(Entity("scale", "Scale AI", "Organization", ("Scale",)), Entity("openai", "OpenAI", "Organization"),
                  Entity("google", "Google", "Organization"), Entity("wang", "Alexandr Wang", "Person", ("Wang",)),
                  Entity("evil", HOSTILE, "Organization")),
        statements=(Statement("openai", "customerOf", "scale", prov(s1)), Statement("google", "customerOf", "scale", prov(s1)),
                    Statement("scale", "foundedBy", "wang", prov(s1)), Statement("evil", "investsIn", "scale", prov(HOSTILE_SENTENCE, 0.6))),
    )
    s2 = "Microsoft invested $10 billion in OpenAI."
    en = Document(
        id="b" * 64, text=s2, lang="en", source="en.txt",
        entities=(Entity("msft", "Microsoft", "Organization"), Entity("openai", "OpenAI", "Organization")),
        statements=(Statement("msft", "investsIn", "openai", prov(s2)),),
        deals=(Deal("Investment", "msft", "openai", prov(s2), Money(10e9, "USD")),),
    )
    return fr, en


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("serve") / "kg-store"
    with KnowledgeGraph.open(path) as kg:
        for doc in documents():
            kg.add_document(doc)
    return path


@pytest.fixture(scope="module")
def client(store_path):
    with TestClient(create_app(store_path), base_url=BASE) as c:
        yield c


@pytest.fixture(scope="module")
def tight(store_path):
    """A server with a 1 s time limit and 5 rows at most."""
    with TestClient(create_app(store_path, timeout=1.0, max_rows=5), base_url=BASE) as c:
        yield c


@pytest.fixture(scope="module")
def reference(store_path):
    """The same store through the library, as `kg sparql` reads it."""
    kg = KnowledgeGraph.open(store_path, read_only=True)
    yield kg
    kg.close()


CUSTOMERS = "SELECT ?who ?of WHERE { ?a kg:customerOf ?b . ?a rdfs:label ?who . ?b rdfs:label ?of }"
EXPECTED = {("OpenAI", "Scale AI"), ("Google", "Scale AI")}


def same_triples(graph) -> set[tuple]:
    """Triples with "x"^^xsd:string written as "x" (the same literal in RDF 1.1)."""
    return {tuple(Literal(str(t)) if isinstance(t, Literal) and t.datatype == XSD.string else t for t in triple)
            for triple in graph}


def rows_from(content_type: str, body: str) -> set[tuple]:
    """(who, of) rows from a SELECT answer in any of the four result formats."""
    if content_type.startswith("application/sparql-results+json"):
        data = json.loads(body)
        return {(b["who"]["value"], b["of"]["value"]) for b in data["results"]["bindings"]}
    if content_type.startswith("application/sparql-results+xml"):
        ns = {"r": "http://www.w3.org/2005/sparql-results#"}
        root = ET.fromstring(body)
        return {tuple(r.find(f"r:binding[@name='{v}']/r:literal", ns).text for v in ("who", "of"))
                for r in root.iterfind(".//r:result", ns)}
    if content_type.startswith("text/csv"):
        rows = list(csv.reader(io.StringIO(body)))
        assert rows[0] == ["who", "of"]
        return {tuple(r) for r in rows[1:]}
    if content_type.startswith("text/tab-separated-values"):
        lines = body.strip("\n").split("\n")
        assert lines[0] == "?who\t?of"
        return {tuple(cell.strip('"') for cell in line.split("\t")) for line in lines[1:]}
    raise AssertionError(content_type)


# ---------------------------------------------------------------- the protocol


@pytest.mark.parametrize("accept,expected_type", [
    ("application/sparql-results+json", "application/sparql-results+json"),
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv", "text/csv"),
    ("text/tab-separated-values", "text/tab-separated-values"),
    ("application/json", "application/sparql-results+json"),
    ("text/html,*/*;q=0.8", "application/sparql-results+json"),
    ("application/sparql-results+xml;q=0.5, text/csv", "text/csv"),
])
def test_select_in_every_result_format(client, accept, expected_type):
    response = client.get("/sparql", params={"query": CUSTOMERS}, headers={"Accept": accept})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith(expected_type)
    assert response.headers["vary"] == "Accept"
    assert rows_from(response.headers["content-type"], response.text) == EXPECTED


def test_get_form_post_and_direct_post_give_the_same_rows(client):
    get = client.get("/sparql", params={"query": CUSTOMERS}, headers={"Accept": "text/csv"})
    form = client.post("/sparql", data={"query": CUSTOMERS}, headers={"Accept": "text/csv"})
    direct = client.post("/sparql", content=CUSTOMERS.encode(), headers={"Accept": "text/csv", "Content-Type": "application/sparql-query"})
    assert get.status_code == form.status_code == direct.status_code == 200
    assert rows_from("text/csv", get.text) == rows_from("text/csv", form.text) == rows_from("text/csv", direct.text) == EXPECTED


def test_prefixes_are_predeclared_as_in_kg_sparql(client, reference):
    query = "SELECT ?a ?b WHERE { ?a kg:investsIn ?b } ORDER BY ?a"
    expected = [(str(r[0]), str(r[1])) for r in reference.store.query(query)]
    response = client.get("/sparql", params={"query": query}, headers={"Accept": "application/sparql-results+json"})
    got = [(b["a"]["value"], b["b"]["value"]) for b in response.json()["results"]["bindings"]]
    assert got == expected and len(got) == 2


@pytest.mark.parametrize("accept,expected", [
    ("application/sparql-results+json", '"boolean":true'),
    ("application/sparql-results+xml", "<boolean>true</boolean>"),
    ("text/csv", "true"),
    ("text/tab-separated-values", "true"),
])
def test_ask_in_every_result_format(client, accept, expected):
    response = client.get("/sparql", params={"query": f"ASK {{ ?a kg:customerOf <{SCALE}> }}"}, headers={"Accept": accept})
    assert response.status_code == 200 and expected in response.text.replace(" ", "")
    no = client.get("/sparql", params={"query": "ASK { ?a kg:acquired ?b }"}, headers={"Accept": accept})
    assert "true" not in no.text


@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated")  # inside rdflib's JSON-LD parser
@pytest.mark.parametrize("accept,rdflib_format,expected_type", [
    ("text/turtle", "turtle", "text/turtle"),
    ("application/n-triples", "nt", "application/n-triples"),
    ("application/ld+json", "json-ld", "application/ld+json"),
    ("application/rdf+xml", "xml", "application/rdf+xml"),
    ("", "turtle", "text/turtle"),
])
def test_construct_in_every_graph_format(client, reference, accept, rdflib_format, expected_type):
    query = "CONSTRUCT { ?a kg:customerOf ?b . ?a rdfs:label ?l } WHERE { ?a kg:customerOf ?b ; rdfs:label ?l }"
    response = client.post("/sparql", data={"query": query}, headers={"Accept": accept} if accept else {})
    assert response.status_code == 200 and response.headers["content-type"].startswith(expected_type)
    got = Graph().parse(data=response.text, format=rdflib_format)
    expected = reference.store.query(query).graph
    assert len(got) == len(expected) == 4
    assert same_triples(got) == same_triples(expected)


def test_describe_is_a_graph(client):
    response = client.get("/sparql", params={"query": f"DESCRIBE <{SCALE}>"}, headers={"Accept": "application/n-triples"})
    got = Graph().parse(data=response.text, format="nt")
    assert (URIRef(SCALE), RDFS.label, Literal("Scale AI")) in got


def test_dataset_parameters_and_from(client):
    fr, en = (str(document_iri(d.id)) for d in documents())
    query = "SELECT ?a WHERE { ?a kg:investsIn ?b }"
    union = client.get("/sparql", params={"query": query}, headers={"Accept": "application/json"}).json()
    assert len(union["results"]["bindings"]) == 2
    only_en = client.get("/sparql", params={"query": query, "default-graph-uri": en}, headers={"Accept": "application/json"}).json()
    assert [b["a"]["value"] for b in only_en["results"]["bindings"]] == [str(entity_iri("Microsoft"))]
    both = client.post("/sparql", data={"query": query, "default-graph-uri": [en, fr]}, headers={"Accept": "application/json"}).json()
    assert len(both["results"]["bindings"]) == 2
    named = client.post("/sparql?named-graph-uri=" + fr, content="SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }",
                        headers={"Content-Type": "application/sparql-query", "Accept": "application/json"}).json()
    assert [b["g"]["value"] for b in named["results"]["bindings"]] == [fr]
    # a query's own FROM is honoured, not replaced by the union
    from_en = client.get("/sparql", params={"query": f"SELECT ?a FROM <{en}> WHERE {{ ?a kg:investsIn ?b }}"},
                         headers={"Accept": "application/json"}).json()
    assert [b["a"]["value"] for b in from_en["results"]["bindings"]] == [str(entity_iri("Microsoft"))]


def test_syntax_error_is_400_with_the_parsers_message(client):
    response = client.get("/sparql", params={"query": "SELECT ?a WHERE { ?a ?b "})
    assert response.status_code == 400
    assert response.headers["content-type"].startswith("text/plain")
    assert "SPARQL syntax error" in response.text and "1:" in response.text


def test_protocol_misuse_is_a_clear_4xx(client):
    assert client.get("/sparql").status_code == 400
    assert client.get("/sparql", headers={"Accept": "text/html"}, follow_redirects=False).headers["location"] == "/query"
    bad_type = client.post("/sparql", content=b"SELECT * {}", headers={"Content-Type": "text/plain"})
    assert bad_type.status_code == 415 and "application/sparql-query" in bad_type.text
    two = client.post("/sparql", data={"query": "ASK {}", "update": "CLEAR ALL"})
    assert two.status_code == 400
    assert client.post("/sparql", content=b"x" * 2_000_000, headers={"Content-Type": "application/sparql-query"}).status_code == 413


# ---------------------------------------------------------------- safety


def triple_count(client) -> int:
    response = client.get("/sparql", params={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"}, headers={"Accept": "text/csv"})
    return int(response.text.split()[1])


@pytest.mark.parametrize("update", [
    "INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }",
    "DELETE WHERE { ?s ?p ?o }",
    "LOAD <http://127.0.0.1:9/data.ttl>",
    "CLEAR ALL",
])
def test_updates_and_load_are_refused(client, update):
    before = triple_count(client)
    form = client.post("/sparql", data={"update": update})
    direct = client.post("/sparql", content=update.encode(), headers={"Content-Type": "application/sparql-update"})
    as_query = client.get("/sparql", params={"query": update})
    assert form.status_code == direct.status_code == 403
    assert "read-only" in form.text and "--allow-update" in form.text
    assert as_query.status_code == 400  # not a query at all
    assert triple_count(client) == before > 0


def test_service_is_refused_and_lookalikes_are_not(client):
    response = client.get("/sparql", params={"query": "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"})
    assert response.status_code == 403 and "SERVICE" in response.text
    silent = client.post("/sparql", data={"query": "SELECT * WHERE { service silent <http://127.0.0.1:9/> { ?s ?p ?o } }"})
    assert silent.status_code == 403
    lookalike = 'SELECT ?service WHERE { ?service rdfs:label "SERVICE <http://x>" } # SERVICE <http://y>'
    assert client.get("/sparql", params={"query": lookalike}).status_code == 200


def test_keyword_detection_ignores_strings_iris_comments_and_names():
    assert uses_service("SELECT * { SERVICE <http://x> { ?s ?p ?o } }")
    assert uses_service("SELECT * {\n  Service ?endpoint { ?s ?p ?o } }")
    assert not uses_service("SELECT ?service { ?service ex:SERVICE service:x } # SERVICE <x>")
    assert not uses_service("SELECT * { ?s ?p '''SERVICE <x> { }''' . ?s <http://x/SERVICE> ?o }")
    assert has_dataset_clause("SELECT * FROM NAMED <http://g> { GRAPH ?g { ?s ?p ?o } }")
    assert not has_dataset_clause('SELECT ?from { ?from rdfs:label "from" }')


def test_negotiation_prefers_exact_types_and_q_values():
    assert negotiate("*/*, text/csv", "SELECT") == "csv"
    assert negotiate("text/csv;q=0.2, application/sparql-results+xml;q=0.9", "SELECT") == "xml"
    assert negotiate("", "CONSTRUCT") == "turtle"
    assert negotiate("application/ld+json", "CONSTRUCT") == "json-ld"
    assert negotiate("text/turtle;q=0", "CONSTRUCT") == "turtle"
    assert negotiate("application/json", "ASK") == "json"


def test_a_query_past_the_time_limit_is_stopped(tight):
    cross_product = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    started = time.monotonic()
    response = tight.get("/sparql", params={"query": cross_product})
    elapsed = time.monotonic() - started
    assert response.status_code == 503
    assert "stopped after 1 s" in response.text and "--timeout" in response.text
    assert elapsed < 60  # the cross product alone would run for hours
    # the killed process was replaced: the next query is answered
    assert tight.get("/sparql", params={"query": "ASK { ?s ?p ?o }"}).json()["boolean"] is True


def test_query_processes_outlive_the_thread_that_started_them(store_path):
    """The kernel kills a query process with the thread that started it (so none outlives the
    server); a web server's worker threads come and go, so the pool starts them from its own."""
    import threading

    from kg.endpoint import QueryPool

    pool = QueryPool(store_path, size=1, timeout=5)
    try:
        # the thread lives until the process has asked to die with its parent thread, then ends
        starter = threading.Thread(target=lambda: (pool.start(), time.sleep(1.5)))
        starter.start()
        starter.join()
        time.sleep(0.3)
        assert pool.run({"query": "ASK { ?s ?p ?o }"}).body == b'{"head":{},"boolean":true}'
    finally:
        pool.close()


def test_result_size_limit(tight):
    everything = tight.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert everything.status_code == 400 and "more than 5 rows" in everything.text and "LIMIT" in everything.text
    limited = tight.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 5"}, headers={"Accept": "text/csv"})
    assert limited.status_code == 200 and len(limited.text.strip().splitlines()) == 6
    graph = tight.get("/sparql", params={"query": "CONSTRUCT WHERE { ?s ?p ?o }"})
    assert graph.status_code == 400 and "more than 5 triples" in graph.text


def test_updates_need_the_flag_and_the_token(store_path, tmp_path):
    copy = tmp_path / "kg-store"
    shutil.copytree(store_path, copy)
    with pytest.raises(KGError, match="token"):
        create_app(copy, allow_update=True)
    with pytest.raises(KGError, match="no kg store"):
        create_app(tmp_path / "nothing")
    with pytest.raises(KGError, match="SPARQL server already"):
        create_app("http://127.0.0.1:7878/")
    insert = 'INSERT DATA { GRAPH <http://x/g> { kgr:newco a kg:Organization ; rdfs:label "NewCo" } }'
    with TestClient(create_app(copy, allow_update=True, token="s3cret", timeout=5), base_url=BASE) as c:
        missing = c.post("/sparql", data={"update": insert})
        wrong = c.post("/sparql", data={"update": insert}, headers={"Authorization": "Bearer nope"})
        assert missing.status_code == wrong.status_code == 401 and missing.headers["www-authenticate"] == "Bearer"
        assert c.get("/api/search", params={"q": "NewCo"}).json()["results"] == []
        ok = c.post("/sparql", content=insert.encode(),
                    headers={"Authorization": "Bearer s3cret", "Content-Type": "application/sparql-update"})
        assert ok.status_code == 200, ok.text
        # the query processes and the explorer both see the new entity
        assert c.get("/sparql", params={"query": "ASK { kgr:newco rdfs:label 'NewCo' }"}).json()["boolean"] is True
        assert [hit["label"] for hit in c.get("/api/search", params={"q": "NewCo"}).json()["results"]] == ["NewCo"]
        # SERVICE is no longer refused with the token (the fetch itself fails: port 9 is not HTTP)
        service = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
        assert c.get("/sparql", params={"query": service}).status_code == 401
        assert c.get("/sparql", params={"query": service}, headers={"Authorization": "Bearer s3cret"}).status_code == 500


def test_an_update_past_the_time_limit_writes_nothing(store_path, tmp_path):
    copy = tmp_path / "kg-store"
    shutil.copytree(store_path, copy)
    slow = ("INSERT { GRAPH <http://x/g> { ?a <http://x/p> ?d } } WHERE { GRAPH ?g1 { ?a ?b ?c } GRAPH ?g2 { ?d ?e ?f } "
            "GRAPH ?g3 { ?g ?h ?i } GRAPH ?g4 { ?j ?k ?l } }")
    with TestClient(create_app(copy, allow_update=True, token="t", timeout=1.0), base_url=BASE) as c:
        before = triple_count(c)
        response = c.post("/sparql", data={"update": slow}, headers={"Authorization": "Bearer t"})
        assert response.status_code == 503 and "nothing was written" in response.text
        assert triple_count(c) == before


def test_only_requests_addressed_to_this_machine_are_answered(client):
    assert client.get("/api/graph", headers={"Host": "attacker.example"}).status_code == 400
    assert client.get("/api/graph", headers={"Host": "localhost:8000"}).status_code == 200


# ---------------------------------------------------------------- pages


def test_entity_page_and_content_negotiation(client):
    page = client.get("/entity/scale-ai")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "Scale AI" in page.text and "Créée en 2016 par Alexandr Wang" in page.text and "Scale AI et ses clients" in page.text
    turtle = client.get("/entity/scale-ai", headers={"Accept": "text/turtle"})
    assert turtle.headers["content-type"].startswith("text/turtle")
    g = Graph().parse(data=turtle.text, format="turtle")
    assert (URIRef(SCALE), RDFS.label, Literal("Scale AI")) in g
    assert (URIRef(str(entity_iri("OpenAI"))), URIRef("https://w3id.org/kg-news/ontology#customerOf"), URIRef(SCALE)) in g
    assert any("Créée en 2016" in str(o) for o in g.objects())  # the statements about it, with their sentences
    nt = client.get("/entity/scale-ai", params={"format": "nt"})
    assert nt.headers["content-type"].startswith("application/n-triples") and len(Graph().parse(data=nt.text, format="nt")) == len(g)
    browser = client.get("/entity/scale-ai", headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert browser.headers["content-type"].startswith("text/html")
    missing = client.get("/entity/no-such-thing")
    assert missing.status_code == 404


def test_hostile_names_and_sentences_are_shown_as_text(client):
    slug = str(entity_iri(HOSTILE)).rsplit("/", 1)[-1]
    page = client.get(f"/entity/{slug}")
    assert page.status_code == 200
    assert "&lt;img src=x onerror=alert(1)&gt;" in page.text and "<img src" not in page.text
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in page.text and "<script>" not in page.text
    on_scale = client.get("/entity/scale-ai").text
    assert "<img src" not in on_scale and "<script>" not in on_scale and "&lt;img src=x onerror=alert(1)&gt;" in on_scale
    csp = page.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert page.headers["x-content-type-options"] == "nosniff"
    # the explorer's data carries it as a JSON string, which the page puts in with textContent
    assert HOSTILE in [hit["label"] for hit in client.get("/api/search", params={"q": "onerror"}).json()["results"]]
    missing = client.get("/entity/%3Cscript%3Ealert(3)%3C%2Fscript%3E")
    assert missing.status_code == 404 and "<script>" not in missing.text


def test_pages_load_nothing_from_elsewhere(client):
    import re

    for path in ("/", "/query"):
        page = client.get(path)
        assert page.status_code == 200
        for url in re.findall(r'(?:src|href)="([^"]+)"', page.text):
            assert url.startswith("/") or url.startswith("data:"), url
        assert "innerHTML" not in page.text
    for path in ("/static/explorer.js", "/static/query.js"):
        script = client.get(path)
        assert script.status_code == 200 and "textContent" in script.text and "innerHTML" not in script.text
    vis = client.get("/vendor/vis-network.min.js")
    assert vis.status_code == 200 and vis.headers["content-type"].startswith("text/javascript") and "vis-network" in vis.text[:300]
    assert client.get("/vendor/vis-network.css").status_code == 200


def test_example_queries_answer_on_this_store(client):
    examples = client.get("/api/examples").json()["examples"]
    assert len(examples) >= 3
    counts = []
    for example in examples:
        response = client.post("/sparql", data={"query": example["query"]}, headers={"Accept": "application/json"})
        assert response.status_code == 200, (example["title"], response.text)
        counts.append(len(response.json()["results"]["bindings"]))
    assert counts[0] == 2 and counts[1] == 1 and counts[2] == 4  # dependents, investments >= 1 bn, about Scale AI


# ---------------------------------------------------------------- the explorer's JSON


def test_graph_search_node_and_ask(client, reference):
    view = client.get("/api/graph").json()
    G = reference.to_networkx()
    assert view["total"] == view["shown"] == 6 and not view["truncated"]
    assert {n["label"] for n in view["nodes"]} == {"Scale AI", "OpenAI", "Google", "Alexandr Wang", HOSTILE, "Microsoft"}
    assert len(view["edges"]) == 5 and view["classes"] == {"Organization": 5, "Person": 1}
    assert all(isinstance(n["x"], float) for n in view["nodes"])
    first = client.get("/api/graph", params={"limit": 1}).json()
    assert first["truncated"] and [n["label"] for n in first["nodes"]] == ["Scale AI"] and first["edges"] == []
    # any name finds the entity: an alias, a word, a lower-case prefix
    for text in ("Wang", "alexandr", "Scale", "scale ai"):
        assert client.get("/api/search", params={"q": text}).json()["results"][0]["id"] in (
            str(entity_iri("Alexandr Wang")), SCALE)
    node = client.get("/api/node", params={"id": SCALE}).json()
    assert node["node"]["label"] == "Scale AI" and len(node["facts"]) == 4
    assert {f["document_name"] for f in node["facts"]} == {"Scale AI et ses clients"}
    assert all(f["sentence"] for f in node["facts"])
    assert {n["label"] for n in node["nodes"]} == {"OpenAI", "Google", "Alexandr Wang", HOSTILE}
    assert client.get("/api/node", params={"id": "http://nowhere"}).status_code == 404
    answer = client.get("/api/ask", params={"q": "who depends on Scale AI?"}).json()
    expected = reference.ask("who depends on Scale AI?").entities
    assert sorted(G.nodes[n]["label"] for n in answer["highlight"]) == sorted(expected) == ["Google", "OpenAI"]
    assert answer["focus"] == [SCALE] and len(answer["edges"]) == 2 and len(answer["lines"]) == 2
    path = client.get("/api/ask", params={"q": "path between Microsoft and Alexandr Wang"}).json()
    assert [G.nodes[n]["label"] for n in path["highlight"]] == ["Microsoft", "OpenAI", "Scale AI", "Alexandr Wang"]
    bad = client.get("/api/ask", params={"q": "bonjour"})
    assert bad.status_code == 400 and "who depends on" in bad.json()["error"]


def test_a_large_graph_shows_its_most_central_part_first():
    rng = random.Random(3)
    H = nx.MultiDiGraph()
    for i in range(3000):
        H.add_node(f"n{i}", label=f"Entity {i}", kind="Organization", aliases=())
    for _ in range(6000):
        a, b = rng.randrange(3000), int(rng.paretovariate(1.1)) % 3000
        if a != b:
            H.add_edge(f"n{a}", f"n{b}", key="investsIn", inferred=False, sentence="s", document="d", confidence=0.5)
    H.remove_nodes_from([n for n in list(H) if H.degree(n) == 0])
    overview = Overview(H, core=150)
    first = overview.view(150)
    assert first["truncated"] and first["shown"] == 150 and first["total"] == len(H) > 2000
    degrees = sorted((H.degree(n) for n in H), reverse=True)
    assert sorted((H.degree(n["id"]) for n in first["nodes"]), reverse=True) == degrees[:150]
    chosen = {n["id"] for n in first["nodes"]}
    assert all(e["from"] in chosen and e["to"] in chosen for e in first["edges"])
    more = overview.view(400)
    assert more["shown"] == 400 and more["nodes"][:150] == first["nodes"]  # nothing drawn moves


# ---------------------------------------------------------------- the command


def test_serve_command_defaults_and_token(monkeypatch, store_path):
    calls = []
    monkeypatch.setattr(serve, "run", lambda store, **kwargs: calls.append((store, kwargs)))
    app = typer.Typer()
    app.command("serve")(serve_command)
    app.command("other")(lambda: None)  # more than one command, as in kg's CLI
    runner = CliRunner()
    help_text = runner.invoke(app, ["serve", "--help"], env={"COLUMNS": "200"}).output
    for option in ("--store", "--host", "--port", "--allow-update", "--token", "--timeout", "--max-rows"):
        assert option in help_text
    result = runner.invoke(app, ["serve", "--store", str(store_path)], env={"KG_SERVE_TOKEN": ""})
    assert result.exit_code == 0, result.output
    store, options = calls[-1]
    assert store == store_path and options["host"] == "127.0.0.1" and options["port"] == 8000
    assert options["allow_update"] is False and options["timeout"] == 10.0 and options["max_rows"] == 10_000
    result = runner.invoke(app, ["serve", "--allow-update"], env={"KG_SERVE_TOKEN": ""})
    token = calls[-1][1]["token"]
    assert calls[-1][1]["allow_update"] and len(token) >= 20 and token in result.output
    runner.invoke(app, ["serve", "--allow-update"], env={"KG_SERVE_TOKEN": "from-env"})
    assert calls[-1][1]["token"] == "from-env"
