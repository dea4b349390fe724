"""The library facade: a failing document never costs the rest of a batch."""

import kg.pipeline as pipeline
from kg.api import KnowledgeGraph


def test_an_extraction_failure_skips_only_that_document(tmp_path, fr_nlp, monkeypatch):
    (tmp_path / "a.txt").write_text("Google a racheté Wiz pour 32 milliards de dollars.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Meta a investi dans Scale AI, une start-up américaine.", encoding="utf-8")
    real = pipeline.extract_doc

    def flaky(parsed, lang, **kwargs):
        if "Meta" in parsed.text:
            raise IndexError("boom")
        return real(parsed, lang, **kwargs)

    monkeypatch.setattr(pipeline, "extract_doc", flaky)
    seen = []
    kg = KnowledgeGraph.memory()
    report = kg.build([tmp_path], on_document=lambda source, status: seen.append((source, status)))
    assert report.added == 1
    assert [source for source, _ in report.skipped] == [str(tmp_path / "b.txt")]
    assert "IndexError" in report.skipped[0][1]
    assert kg.related("Google", "acquired") == ["Wiz"]


def test_two_workers_write_the_same_graph_as_one(tmp_path):
    """spaCy in two processes, results back in input order: the store is the same quad for quad."""
    from pathlib import Path

    examples = Path(__file__).resolve().parent.parent / "examples"
    graphs = []
    for workers in (1, 2):
        g = KnowledgeGraph.memory()
        report = g.build([examples], workers=workers)
        assert report.added == 8 and report.ok
        graphs.append(sorted(str(q) for q in g.store.oxigraph))
    assert graphs[0] == graphs[1]


def test_sparql_answers_equal_the_projection_on_every_entity_and_relation(examples_kg):
    """One-relation questions skip the projection; they must say exactly what it says."""
    from kg import graph as graphs
    from kg import questions

    G = examples_kg.to_networkx()
    compared = 0
    for node in G.nodes:
        for relation in examples_kg.ontology.relations:
            for direction in ("in", "out"):
                by_sparql = [n["iri"] for n in questions.neighbours(examples_kg.store, node, relation, direction)]
                by_graph = graphs.related(G, node, relation, direction)
                assert sorted(by_sparql) == sorted(by_graph), (G.nodes[node]["label"], relation, direction)
                compared += bool(by_graph)
    assert compared > 100
    fresh = KnowledgeGraph.open(examples_kg.store.path, read_only=True)
    assert fresh.dependents("Scale AI") == ["Google", "Meta", "Microsoft", "OpenAI"]
    assert fresh._graph is None, "a one-relation question built the projection"
    fresh.close()


def test_min_confidence_drops_only_the_statements_below_it():
    from pathlib import Path

    examples = Path(__file__).resolve().parent.parent / "examples"
    everything = KnowledgeGraph.build([examples]).statements()
    confident = KnowledgeGraph.build([examples], min_confidence=0.75).statements()
    assert 0 < len(confident) < len(everything)
    assert (confident["confidence"] >= 0.75).all()
    assert len(confident) == (everything["confidence"] >= 0.75).sum()
