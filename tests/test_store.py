"""RDF mapping, the Oxigraph store and the networkx projection, on documents built by hand."""

import pytest
from rdflib import Dataset, Graph

from kg.api import KnowledgeGraph
from kg.errors import StoreError
from kg.graph import central, dependents, find, path, project
from kg.model import Deal, Document, Entity, Founding, Money, Provenance, Statement, Valuation
from kg.rdf import document_quads, entity_iri
from kg.store import Store


def prov(sentence, rule="test", confidence=0.8):
    return Provenance(sentence, 0, len(sentence), rule, confidence)


def scale_doc(text="Meta a investi 14,8 milliards de dollars dans Scale AI. OpenAI utilise Scale AI."):
    s1, s2 = "Meta a investi 14,8 milliards de dollars dans Scale AI.", "OpenAI utilise Scale AI."
    return Document(
        id="a" * 64, text=text, lang="fr", source="t.txt",
        entities=(Entity("meta", "Meta", "Organization"), Entity("scale ai", "Scale AI", "Organization", ("Scale",)),
                  Entity("openai", "OpenAI", "Organization"), Entity("sarah friar", 'Sarah "<b>" Friar', "Person", roles=("CFO",))),
        statements=(Statement("meta", "investsIn", "scale ai", prov(s1)), Statement("openai", "customerOf", "scale ai", prov(s2)),
                    Statement("sarah friar", "worksFor", "openai", prov("Sarah Friar, CFO d'OpenAI.", "role"), role="CFO")),
        deals=(Deal("Investment", "meta", "scale ai", prov(s1), Money(14.8e9, "USD"), 49.0, "2025"),),
        valuations=(Valuation("scale ai", Money(29e9, "USD"), prov(s1)),),
        foundings=(Founding("scale ai", 2016, prov(s1)),),
    )


def test_every_statement_is_a_plain_triple_with_reified_provenance():
    store = Store()
    store.add_quads(document_quads(scale_doc()))
    rows = store.select("SELECT ?a ?b WHERE { ?a kg:investsIn ?b }")
    assert [(str(r["a"]), str(r["b"])) for r in rows] == [(str(entity_iri("Meta")), str(entity_iri("Scale AI")))]
    rows = store.select(
        "SELECT ?sentence ?doc ?rule ?conf ?start WHERE { ?st rdf:subject ?a ; rdf:predicate kg:investsIn ; "
        "kg:sentence ?sentence ; prov:wasDerivedFrom ?doc ; kg:rule ?rule ; kg:confidence ?conf ; kg:charStart ?start }"
    )
    assert str(rows[0]["sentence"]).startswith("Meta a investi") and str(rows[0]["doc"]).startswith("https://w3id.org/kg-news/doc/")
    deal = store.select("SELECT ?v ?c ?stake WHERE { ?d a kg:Investment ; kg:amount ?m ; kg:stake ?stake . ?m kg:value ?v ; kg:currency ?c }")
    assert float(deal[0]["v"]) == 14.8e9 and str(deal[0]["c"]) == "USD" and float(deal[0]["stake"]) == 49
    assert store.select("SELECT ?y WHERE { ?e kg:foundingDate ?y }")[0]["y"].datatype.endswith("gYear")


def test_same_document_twice_changes_nothing(tmp_path):
    kg = KnowledgeGraph.open(tmp_path / "s")
    assert kg.add_document(scale_doc()) == "added"
    size = len(kg.store)
    assert kg.add_document(scale_doc()) == "unchanged"
    assert len(kg.store) == size
    kg.close()
    with KnowledgeGraph.open(tmp_path / "s", read_only=True) as again:
        assert len(again.store) == size


def test_entities_merge_across_documents_by_name():
    kg = KnowledgeGraph.memory()
    kg.add_document(scale_doc())
    other = Document(
        id="b" * 64, text="Scale AI, fondée en 2016.", lang="fr",
        entities=(Entity("scale ai", "Scale AI", "Organization"), Entity("google", "Google", "Organization")),
        statements=(Statement("google", "customerOf", "scale ai", prov("Google utilise Scale AI.")),),
    )
    kg.add_document(other)
    assert sorted(kg.dependents("scale ai")) == ["Google", "OpenAI"]
    assert len(kg.store.documents()) == 2


def test_a_failed_write_leaves_nothing():
    store = Store()
    good = document_quads(scale_doc())
    bad = good + [(None, None, None, None)]
    with pytest.raises(StoreError, match="cannot store the term None"):
        store.add_quads(bad)
    assert len(store) == 0


def test_projection_infers_super_properties_and_inverses():
    store = Store()
    store.add_quads(document_quads(scale_doc()))
    G = project(store)
    scale, openai, meta = find(G, "scale ai"), find(G, "OPENAI"), find(G, "Meta")
    assert dependents(G, scale) == [openai]  # customerOf is a dependsOn
    assert G.has_edge(scale, meta, key="backedBy") and G.edges[scale, meta, "backedBy"]["inferred"]
    assert G.has_edge(find(G, 'Sarah "<b>" Friar'), openai, key="worksFor")
    hops = path(G, meta, openai)
    assert [h["relation"] for h in hops] == ["investsIn", "customerOf"] and hops[0]["sentence"].startswith("Meta")
    ranked = dict(central(G, 4))
    assert ranked[scale] == ranked[openai] == pytest.approx(2 / 3) and ranked[meta] == pytest.approx(1 / 3)


def test_unknown_names_suggest_close_ones():
    store = Store()
    store.add_quads(document_quads(scale_doc()))
    from kg.errors import EntityNotFound

    with pytest.raises(EntityNotFound, match="Scale AI"):
        find(project(store), "Scale Labs")


@pytest.mark.parametrize("suffix, fmt", [(".ttl", "turtle"), (".nt", "nt"), (".nq", "nquads"), (".trig", "trig"), (".jsonld", "json-ld")])
def test_exports_parse_back(tmp_path, suffix, fmt):
    kg = KnowledgeGraph.memory()
    kg.add_document(scale_doc())
    out = tmp_path / f"g{suffix}"
    count = kg.export(out)
    if fmt in ("nquads", "trig", "json-ld"):
        back = Dataset()
        back.parse(out, format=fmt)
        assert len(back) == count == len(kg.store)
    else:
        back = Graph().parse(out, format=fmt)
        assert len(back) == count
    from rdflib import Literal

    objects = {q[2] for q in back.quads((None, None, None, None))} if isinstance(back, Dataset) else set(back.objects())
    assert Literal('Sarah "<b>" Friar') in objects


def test_graphml_and_csv_exports(tmp_path):
    import csv

    import networkx as nx

    kg = KnowledgeGraph.memory()
    kg.add_document(scale_doc())
    assert kg.export(tmp_path / "g.graphml") == nx.read_graphml(tmp_path / "g.graphml").number_of_edges()
    kg.export(tmp_path / "g.csv")
    rows = list(csv.DictReader(open(tmp_path / "g.csv", encoding="utf-8")))
    assert {(r["subject"], r["relation"], r["object"]) for r in rows} >= {("Meta", "investsIn", "Scale AI")}


def test_read_only_store_must_exist_and_a_second_writer_is_refused(tmp_path):
    with pytest.raises(StoreError, match="no kg store"):
        Store(tmp_path / "nothing", read_only=True)
    first = Store(tmp_path / "busy")
    try:
        with pytest.raises(StoreError, match="in use"):
            pyoxigraph_second = Store(tmp_path / "busy")  # noqa: F841
    finally:
        first.close()


def test_infer_writes_the_owl_rl_closure_apart_and_is_idempotent():
    from kg.infer import INFERRED_GRAPH

    kg = KnowledgeGraph.memory()
    kg.add_document(scale_doc())
    first = kg.infer()
    meta, scale, openai, friar = (f"<{entity_iri(n)}>" for n in ("Meta", "Scale AI", "OpenAI", 'Sarah "<b>" Friar'))
    inferred = f"<{INFERRED_GRAPH}>"
    for triple in (f"{scale} kg:backedBy {meta}", f"{openai} kg:dependsOn {scale}", f"{scale} kg:hasCustomer {openai}",
                   f"{openai} kg:employs {friar}"):
        assert kg.query(f"ASK {{ GRAPH {inferred} {{ {triple} }} }}").askAnswer, triple
        assert not kg.query(f"ASK {{ GRAPH ?g {{ {triple} }} FILTER(?g != {inferred}) }}").askAnswer, triple
    # what a document says is not repeated as an inference
    assert not kg.query(f"ASK {{ GRAPH {inferred} {{ {meta} kg:investsIn {scale} }} }}").askAnswer
    assert kg.infer() == first > 0
    assert len(kg.query(f"SELECT * WHERE {{ GRAPH {inferred} {{ ?s ?p ?o }} }}")) == first + 2
    # the projection and the counts still come from the documents' statements only
    assert kg.stats()["documents"] == 1


def test_the_projection_is_cached_beside_the_store_and_rebuilt_after_a_write(tmp_path, monkeypatch):
    import kg.graph as graphs
    from kg.api import PROJECTION_CACHE

    path = tmp_path / "s"
    with KnowledgeGraph.open(path) as kg:
        kg.add_document(scale_doc())
        built = kg.to_networkx()
    assert (path / PROJECTION_CACHE).exists()
    calls = []
    real = graphs.project
    monkeypatch.setattr(graphs, "project", lambda *a, **k: calls.append(1) or real(*a, **k))
    with KnowledgeGraph.open(path, read_only=True) as kg:
        cached = kg.to_networkx()
        assert calls == [] and sorted(cached.edges(keys=True)) == sorted(built.edges(keys=True))
        assert dict(cached.nodes(data=True)) == dict(built.nodes(data=True))
        assert kg.path("Meta", "OpenAI")[0].startswith("Meta investsIn Scale AI")
    other = scale_doc("Google investit dans Scale AI.")
    other = Document(**{**other.__dict__, "id": "b" * 64})
    with KnowledgeGraph.open(path) as kg:
        kg.add_document(other)
    with KnowledgeGraph.open(path, read_only=True) as kg:
        kg.to_networkx()
        assert calls == [1], "a write must invalidate the cached projection"


def test_the_store_gets_the_quads_document_quads_says_whatever_the_text():
    """A build hands the store N-Quads lines made directly (kg.rdf.document_nquads): they must parse
    to exactly the quads of document_quads, quotes, backslashes and line breaks included."""
    import pyoxigraph

    from kg.rdf import document_nquads
    from kg.store import to_oxigraph

    odd = 'a "quoted" \\ back\\slash\nnew line\r\ttab é 🚀 \\n'
    doc = scale_doc()
    doc = Document(**{**doc.__dict__, "title": odd, "source": odd, "url": "https://x.test/a?b=c&d",
                      "entities": doc.entities + (Entity("odd", odd, "Organization", (odd,), (odd,)),),
                      "statements": doc.statements + (Statement("odd", "customerOf", "meta", prov(odd), role=odd),)})
    lines = document_nquads(doc, {"meta": entity_iri("Meta Platforms")})
    assert len(lines) == len(document_quads(doc)) and all(line.count("\n") == 1 for line in lines)
    parsed = list(pyoxigraph.parse("".join(lines), pyoxigraph.RdfFormat.N_QUADS))
    assert parsed == [to_oxigraph(q) for q in document_quads(doc, {"meta": entity_iri("Meta Platforms")})]


def test_a_journaled_graph_is_not_counted_and_the_next_writable_open_removes_it(tmp_path):
    """The journal lists the graphs of a bulk write under way; after a crash, they may be partly
    written. Readers do not count them; the next read-write open removes them; a build adds
    them again. (tests/test_crash.py does the same with a process killed halfway through a write.)"""
    import json

    from kg.rdf import document_iri
    from kg.store import JOURNAL

    path = tmp_path / "s"
    other = Document(**{**scale_doc("Google investit dans Scale AI.").__dict__, "id": "b" * 64})
    with KnowledgeGraph.open(path) as kg:
        assert kg.add_document(scale_doc()) == "added" and kg.add_document(other) == "added"
        assert not (path / JOURNAL).exists()
        whole = kg.store.version()
    # as a crash in the middle of writing `scale_doc` would leave it
    (path / JOURNAL).write_text(json.dumps({"graphs": [str(document_iri("a" * 64))]}))
    with KnowledgeGraph.open(path, read_only=True) as reader:
        assert not reader.store.has_document("a" * 64) and reader.store.has_document("b" * 64)
        assert reader.store.documents() == [document_iri("b" * 64)]
        assert reader.store.version() != whole
    assert (path / JOURNAL).exists()
    with KnowledgeGraph.open(path) as kg:
        assert kg.store.recovered == (str(document_iri("a" * 64)),)
        assert not (path / JOURNAL).exists()
        assert not kg.query(f"ASK {{ GRAPH <{document_iri('a' * 64)}> {{ ?s ?p ?o }} }}").askAnswer
        assert kg.add_document(scale_doc()) == "added" and kg.add_document(other) == "unchanged"
    with KnowledgeGraph.open(path, read_only=True) as reader:
        assert reader.store.version() == whole and reader.store.has_document("a" * 64)


def test_a_failed_bulk_write_takes_out_what_it_wrote(tmp_path, monkeypatch):
    """Oxigraph's bulk loader fails halfway (a full disk): what it wrote is removed again, and the
    documents can be written later."""
    import pyoxigraph

    import kg.store
    from kg.store import JOURNAL

    monkeypatch.setattr(kg.store, "BULK_MIN", 0)  # a single document goes through the bulk loader too

    class HalfThenFull:
        def __init__(self, inner):
            self.inner = inner

        def __getattr__(self, name):
            return getattr(self.inner, name)

        def bulk_load(self, data, fmt):
            lines = data.splitlines(keepends=True)
            self.inner.bulk_load("".join(lines[: len(lines) // 2]), fmt)
            raise OSError(28, "No space left on device")

    kg = KnowledgeGraph.open(tmp_path / "s")
    real = kg.store._inner
    kg.store._inner = HalfThenFull(real)
    with pytest.raises(StoreError, match="No space left on device"):
        kg.add_document(scale_doc())
    kg.store._inner = real
    assert len(kg.store) == 0 and not kg.store.has_document("a" * 64)
    assert not (tmp_path / "s" / JOURNAL).exists()
    assert list(real.named_graphs()) == []
    assert kg.add_document(scale_doc()) == "added" and len(kg.store) > 0
    assert isinstance(real, pyoxigraph.Store)
    kg.close()
