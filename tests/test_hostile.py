"""Hostile input: `kg build` on a folder of nasty files finishes, names each refused file in one
line, and leaves a valid store; every export of that store parses back; no name runs script.

The corpus is tests/hostile/ (small files, committed byte for byte) plus what the
hostile_corpus fixture (tests/conftest.py) generates: two 20 MB single-line files, markup
nested 100,000 deep, file names with a newline, a bidi override, markup and a byte that is
not UTF-8, a 40-folder-deep path with a symlink loop, a named pipe, a link to /dev/zero,
and a folder of 3,000 small files. The build runs once per session, as a real process.
The browser half (the page runs no script) is in tests/test_browser.py.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import networkx as nx
import pyoxigraph
import pytest
from rdflib import Dataset, Graph, Literal
from typer.testing import CliRunner

from kg.api import KnowledgeGraph
from kg.cli import app
from kg.ontology import RES_NS
from kg.validate import validate
from kg.viz import render_html

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()
HOSTILE_NAMES = ['Zeta"><script>alert(1)</script', 'Evil"""Corp', "Bad>Corp", 'Quote"Corp', "Яндекс", "Ὀδυσσεύς Labs"]
HOSTILE_TITLE = 'Meta """ <script>alert(1)</script>\nScale AI'


@pytest.fixture(scope="module")
def hostile_kg(hostile_build):
    store, done, _ = hostile_build
    assert (store / "CURRENT").exists(), done.stderr[-3000:]
    kg = KnowledgeGraph.open(store, read_only=True)
    yield kg
    kg.close()


def literals(kg) -> set[str]:
    return {str(r["o"]) for r in kg.store.select("SELECT DISTINCT ?o WHERE { ?s ?p ?o FILTER(isLiteral(?o)) }")}


def test_build_finishes_and_refuses_each_bad_file_in_one_line(hostile_corpus, hostile_build):
    _, refused, read = hostile_corpus
    _, done, seconds = hostile_build
    assert done.returncode == 1, done.stderr[-3000:]
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert "Traceback" not in done.stderr and all(line.startswith("kg: skipped ") for line in lines), lines[:5]
    named: dict[str, int] = {}
    for line in lines:
        source = next((s for s in refused if line.startswith(f"kg: skipped {s}: ")), None)
        assert source is not None, f"a line that names no refused file: {line!r}"
        assert refused[source] in line[len(f"kg: skipped {source}: "):], line
        named[source] = named.get(source, 0) + 1
    assert named == dict.fromkeys(refused, 1)  # each refused file, once
    assert f"{len(read)} added, 0 unchanged, {len(refused)} skipped" in done.stdout
    assert seconds < 300, f"the hostile build took {seconds:.0f} s"  # about 15 s alone on 2 cores


def test_every_readable_file_is_in_the_store_whole(hostile_corpus, hostile_kg):
    _, _, read = hostile_corpus
    sources = {str(r["p"]) for r in hostile_kg.store.select("SELECT ?p WHERE { ?d a kg:Document ; kg:sourcePath ?p }")}
    assert sources == read
    facts = {tuple(str(r[k]) for k in ("s", "p", "o")) for r in hostile_kg.store.select(
        "SELECT ?s ?p ?o WHERE { ?st rdf:subject ?a ; rdf:predicate ?p ; rdf:object ?b . ?a rdfs:label ?s . ?b rdfs:label ?o }")}
    kg_ns = "https://w3id.org/kg-news/ontology#"
    assert ("Capgemini", kg_ns + "acquired", "Altran") in facts  # UTF-16 with a BOM, CRLF inside
    assert ("Google", kg_ns + "acquired", "Wiz") in facts  # CRLF, and the HTML page
    assert ("Meta", kg_ns + "acquired", 'Zeta"><script>alert(1)</script') in facts
    texts = literals(hostile_kg)
    assert set(HOSTILE_NAMES) | {HOSTILE_TITLE} <= texts
    # the HTML page's scripts and handlers are not text; line breaks and bidi controls are gone
    assert not any("Evil Corp" in t or "document.write" in t or "alert(3)" in t for t in texts)
    assert not any(re.search("[\r\u2028\u2029\u202a-\u202e\u2066-\u2069\u200b\ufeff]", t) for t in texts)
    labels = {str(r["l"]) for r in hostile_kg.store.select("SELECT ?l WHERE { ?e rdfs:label ?l }")}
    assert "MistralAI" in labels and not any(re.search(r"^\s|\s$|\n|\u200d$", label) for label in labels)


def test_the_store_is_valid(hostile_kg):
    report = validate(hostile_kg.store)
    assert report.conforms, "\n".join(map(str, report.violations))
    assert report.triples > 10_000


def test_every_entity_iri_is_a_valid_iri(hostile_kg):
    iris = {str(r["e"]) for r in hostile_kg.store.select("SELECT DISTINCT ?e WHERE { ?e rdfs:label ?l }")}
    assert len(iris) > 600
    for iri in iris:
        assert re.fullmatch(re.escape(RES_NS) + r"[A-Za-z0-9._~%-]+", iri), iri
        assert pyoxigraph.NamedNode(iri).value == iri
    long = next(i for i in iris if "international-consolidated" in i)
    assert re.search(r"--[0-9a-f]{10}$", long)  # cut, and a hash of the whole name


@pytest.mark.parametrize("suffix, fmt", [(".ttl", "turtle"), (".nt", "nt"), (".nq", "nquads"), (".trig", "trig"), (".jsonld", "json-ld")])
def test_every_export_parses_back_with_the_same_triples_and_literals(hostile_build, hostile_kg, tmp_path, suffix, fmt):
    store, _, _ = hostile_build
    out = tmp_path / f"hostile{suffix}"
    result = runner.invoke(app, ["export", "-o", str(out), "--store", str(store)])
    assert result.exit_code == 0, result.output
    count = int(re.search(r"\((\d+) triples\)", result.output).group(1))
    if fmt in ("nquads", "trig", "json-ld"):
        back = Dataset()
        back.parse(out, format=fmt)
        quads = list(back.quads((None, None, None, None)))  # len(Dataset) counts distinct triples, not quads
        assert len(quads) == count == len(hostile_kg.store)
        parsed = {str(q[2]) for q in quads if isinstance(q[2], Literal)}
    else:
        back = Graph().parse(out, format=fmt)
        assert len(back) == count
        parsed = {str(o) for o in back.objects() if isinstance(o, Literal)}
    assert parsed == literals(hostile_kg)  # every literal, identical, the hostile ones included


def test_the_page_shows_names_as_data_never_as_markup(hostile_kg, tmp_path):
    page = hostile_kg.viz(tmp_path / "hostile.html").read_text(encoding="utf-8")
    bare = render_html(nx.MultiDiGraph())
    for tag in ("<script", "</script", "<img", "<iframe", "<svg"):
        assert page.count(tag) == bare.count(tag), tag
    assert 'Zeta\\"\\u003e\\u003cscript\\u003ealert(1)\\u003c/script' in page
    assert 'Evil\\"\\"\\"Corp' in page


@pytest.mark.slow
def test_a_200000_word_document_is_read_to_its_end(en_nlp, tmp_path):
    """About a minute on 2 cores; it runs once, here, and not in the folder build above."""
    articles = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "dev").glob("en-*.txt"))]
    parts, words = [], 0
    while words < 200_000:
        for article in articles:
            parts.append(article)
            words += len(article.split())
    text = "\n\n".join(parts)
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    started = time.monotonic()
    with KnowledgeGraph.open(tmp_path / "store") as kg:
        report = kg.build([path])
        last = kg.store.select("SELECT (MAX(?end) AS ?n) WHERE { ?st a kg:Statement ; kg:charEnd ?end }")[0]["n"]
    seconds = time.monotonic() - started
    assert report.added == 1 and not report.skipped
    assert report.statements > 20 * len(articles)
    assert int(last) > 0.95 * len(text)  # statements come from the last pages too
    assert seconds < 480, f"{words} words took {seconds:.0f} s"  # about 75 s alone on 2 cores
