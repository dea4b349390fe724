"""`kg serve` on a real uvicorn server over the examples' store: SPARQLWrapper and plain HTTP get
the same rows as the library and `kg sparql`."""

import csv
import io
import json
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET

import pytest
from conftest import serving
from rdflib import Graph, Literal
from rdflib.namespace import XSD
from SPARQLWrapper import CSV, JSON, JSONLD, POST, POSTDIRECTLY, TSV, TURTLE, XML, SPARQLWrapper
from typer.testing import CliRunner

from kg.serve import EXAMPLE_QUERIES, create_app

# no PREFIX lines: kg:, rdf: and rdfs: are predeclared, as in `kg sparql`
CUSTOMERS = """SELECT ?who ?of ?sentence WHERE {
  ?st a kg:Statement ; rdf:subject ?a ; rdf:predicate kg:customerOf ; rdf:object ?b ; kg:sentence ?sentence .
  ?a rdfs:label ?who . ?b rdfs:label ?of }"""
WITH_UNBOUND = "SELECT ?e ?alias WHERE { ?e a kg:Person . OPTIONAL { ?e skos:altLabel ?alias } }"
GRAPH = "CONSTRUCT { ?a kg:investsIn ?b . ?a rdfs:label ?l } WHERE { ?a kg:investsIn ?b ; rdfs:label ?l }"


@pytest.fixture(scope="module")
def endpoint(examples_store):
    """A uvicorn server on a free port of 127.0.0.1, in a thread; its /sparql URL."""
    with serving(create_app(examples_store, timeout=2.0)) as base:
        yield base + "/sparql"


def library_rows(kg, query) -> list[tuple]:
    """Rows as the library gives them (the engine `kg sparql` runs), as sorted text tuples."""
    result = kg.store.query(query)
    return sorted(tuple("" if v is None else str(v) for v in row) for row in result)


def cli_rows(store, query) -> list[tuple]:
    from kg.cli import app

    result = CliRunner().invoke(app, ["sparql", query, "--format", "json", "--store", str(store)])
    assert result.exit_code == 0, result.output
    return sorted(tuple(row.values()) for row in json.loads(result.output))


def json_rows(data) -> list[tuple]:
    names = data["head"]["vars"]
    return sorted(tuple(b[n]["value"] if n in b else "" for n in names) for b in data["results"]["bindings"])


def same_triples(graph) -> set[tuple]:
    return {tuple(Literal(str(t)) if isinstance(t, Literal) and t.datatype == XSD.string else t for t in triple)
            for triple in graph}


def wrapper(url, query, fmt=JSON, method=None):
    sparql = SPARQLWrapper(url)
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    if method == "form":
        sparql.setMethod(POST)
    elif method == "direct":
        sparql.setMethod(POST)
        sparql.setRequestMethod(POSTDIRECTLY)
    return sparql.queryAndConvert()


@pytest.mark.parametrize("query", [CUSTOMERS, WITH_UNBOUND] + [e["query"] for e in EXAMPLE_QUERIES],
                         ids=["customers", "optional", "dependents", "investments", "about", "per-relation"])
@pytest.mark.parametrize("method", [None, "form", "direct"], ids=["GET", "POST-form", "POST-direct"])
def test_sparqlwrapper_gets_the_same_rows_as_the_library(endpoint, examples_kg, query, method):
    expected = library_rows(examples_kg, query)
    assert expected, "the query should find something in the examples"
    assert json_rows(wrapper(endpoint, query, JSON, method)) == expected


def test_the_same_rows_as_kg_sparql(endpoint, examples_store):
    assert json_rows(wrapper(endpoint, CUSTOMERS)) == cli_rows(examples_store, CUSTOMERS)


@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated")  # inside SPARQLWrapper and rdflib
def test_sparqlwrapper_in_every_format(endpoint, examples_kg):
    expected = library_rows(examples_kg, CUSTOMERS)
    xml_doc = wrapper(endpoint, CUSTOMERS, XML)  # a minidom Document
    assert len(xml_doc.getElementsByTagName("result")) == len(expected)
    rows = list(csv.reader(io.StringIO(wrapper(endpoint, CUSTOMERS, CSV).decode("utf-8"))))
    assert rows[0] == ["who", "of", "sentence"] and sorted(map(tuple, rows[1:])) == expected
    tsv = wrapper(endpoint, CUSTOMERS, TSV).decode("utf-8").strip("\n").split("\n")
    assert tsv[0] == "?who\t?of\t?sentence" and len(tsv) == len(expected) + 1
    assert wrapper(endpoint, "ASK { ?a kg:customerOf ?b }", JSON)["boolean"] is True
    expected_graph = same_triples(examples_kg.store.query(GRAPH).graph)
    assert len(expected_graph) > 10
    assert same_triples(wrapper(endpoint, GRAPH, XML)) == expected_graph  # RDF/XML, parsed by SPARQLWrapper
    assert same_triples(wrapper(endpoint, GRAPH, JSONLD)) == expected_graph
    assert same_triples(Graph().parse(data=wrapper(endpoint, GRAPH, TURTLE), format="turtle")) == expected_graph


def http(url, accept, **params):
    request = urllib.request.Request(url + "?" + urllib.parse.urlencode(params), headers={"Accept": accept})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.headers["Content-Type"], response.read().decode("utf-8")


@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated")
def test_plain_http_with_each_accept_type(endpoint, examples_kg):
    expected = library_rows(examples_kg, CUSTOMERS)
    kind, body = http(endpoint, "application/sparql-results+json", query=CUSTOMERS)
    assert kind == "application/sparql-results+json" and json_rows(json.loads(body)) == expected
    kind, body = http(endpoint, "application/sparql-results+xml", query=CUSTOMERS)
    ns = {"r": "http://www.w3.org/2005/sparql-results#"}
    got = sorted(tuple(r.find(f"r:binding[@name='{v}']/r:literal", ns).text for v in ("who", "of", "sentence"))
                 for r in ET.fromstring(body).iterfind(".//r:result", ns))
    assert kind == "application/sparql-results+xml" and got == expected
    kind, body = http(endpoint, "text/csv", query=CUSTOMERS)
    assert kind.startswith("text/csv") and sorted(map(tuple, list(csv.reader(io.StringIO(body)))[1:])) == expected
    kind, body = http(endpoint, "text/tab-separated-values", query=CUSTOMERS)
    assert kind.startswith("text/tab-separated-values") and len(body.strip("\n").split("\n")) == len(expected) + 1
    expected_graph = same_triples(examples_kg.store.query(GRAPH).graph)
    for accept, fmt in (("text/turtle", "turtle"), ("application/n-triples", "nt"), ("application/ld+json", "json-ld")):
        kind, body = http(endpoint, accept, query=GRAPH)
        assert kind.startswith(accept)
        assert same_triples(Graph().parse(data=body, format=fmt)) == expected_graph, accept


def test_refusals_and_limits_reach_a_real_client(endpoint):
    update = SPARQLWrapper(endpoint)
    update.setMethod(POST)
    update.setQuery("INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }")
    with pytest.raises(urllib.error.HTTPError) as refused:
        update.query()
    assert refused.value.code == 403
    with pytest.raises(urllib.error.HTTPError) as service:
        http(endpoint, "application/json", query="SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")
    assert service.value.code == 403
    started = time.monotonic()
    with pytest.raises(urllib.error.HTTPError) as stopped:
        http(endpoint, "application/json", query="SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }")
    assert stopped.value.code == 503 and "stopped after 2 s" in stopped.value.read().decode()
    assert time.monotonic() - started < 60  # the cross product alone would run for hours
    assert wrapper(endpoint, "ASK { ?s ?p ?o }")["boolean"] is True  # and the server goes on
