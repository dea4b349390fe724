"""SHACL validation: the examples' graph conforms; each kind of broken graph is caught and named."""

import re

import pytest
import typer
from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import PROV
from typer.testing import CliRunner

from kg.amounts import _CURRENCY_WORDS
from kg.model import Deal, Document, Entity, Money, Provenance, Statement, Valuation
from kg.ontology import KG, load_ontology, ontology_path
from kg.rdf import document_iri, document_quads, entity_iri
from kg.store import Store
from kg.validate import shapes_path, validate, validate_command, validate_graph

SH = Namespace("http://www.w3.org/ns/shacl#")
SHAPES = "https://w3id.org/kg-news/shapes#"
DOC = document_iri("c" * 64)
runner = CliRunner()


def prov(sentence, confidence=0.8):
    return Provenance(sentence, 0, len(sentence), "test", confidence)


def good_document() -> Document:
    """A small document that uses every part of the model, and conforms."""
    s1 = "Meta et Xavier Niel ont investi 14,8 milliards de dollars dans Scale AI, valorisée 29 milliards."
    s2 = "OpenAI utilise Scale AI et dépend de Llama ; Llama concurrence OpenAI."
    return Document(
        id="c" * 64, text=s1 + " " + s2, lang="fr", source="good.txt",
        entities=(
            Entity("meta", "Meta", "Organization"), Entity("scale ai", "Scale AI", "Organization"),
            Entity("openai", "OpenAI", "Organization"), Entity("xavier niel", "Xavier Niel", "Person", roles=("CEO",)),
            Entity("llama", "Llama", "Product"), Entity("paris", "Paris", "Place"), Entity("vivatech", "VivaTech", "Event"),
        ),
        statements=(
            Statement("meta", "investsIn", "scale ai", prov(s1)),
            Statement("xavier niel", "investsIn", "scale ai", prov(s1)),  # a Person is an Agent (kg.ttl's subClassOf)
            Statement("openai", "customerOf", "scale ai", prov(s2)),
            Statement("openai", "dependsOn", "llama", prov(s2)),  # range: Organization or Product
            Statement("llama", "competesWith", "openai", prov(s2)),  # domain and range: Organization or Product
            Statement("scale ai", "headquarteredIn", "paris", prov(s1)),
        ),
        deals=(Deal("Investment", "meta", "scale ai", prov(s1), Money(14.8e9, "USD"), 49.0, "2025"),
               Deal("Acquisition", "meta", "openai", prov(s2), None, None, "2025-06-13")),
        valuations=(Valuation("scale ai", Money(29e9, "USD"), prov(s1)),),
    )


def good_graph() -> Graph:
    g = Graph()
    for s, p, o, _ in document_quads(good_document()):
        g.add((s, p, o))
    return g


def found(report) -> set[tuple[str, str | None]]:
    return {(v.focus, v.path) for v in report.violations}


def test_a_well_formed_graph_conforms():
    report = validate_graph(good_graph())
    assert report.conforms, "\n".join(map(str, report.violations))
    assert report.violations == [] and report.triples == len(good_graph())


def test_the_examples_graph_conforms(examples_store):
    store = Store(examples_store, read_only=True)
    try:
        report = validate(store)
    finally:
        store.close()
    assert report.conforms, "\n".join(map(str, report.violations))
    assert report.triples > 1000


def deal_node(g, kind="Investment"):
    return next(g.subjects(RDF.type, KG[kind]))


def amount_node(g):
    return g.value(deal_node(g), KG.amount)


def first_statement(g):
    return URIRef(f"{DOC}#s0")  # Meta investsIn Scale AI


def set_value(g, s, p, o):
    g.remove((s, p, None))
    g.add((s, p, o))


def break_amount(g):
    set_value(g, amount_node(g), KG.value, Literal("-5", datatype=XSD.decimal))
    return {(str(amount_node(g)), "kg:value")}


def break_currency(g):
    set_value(g, amount_node(g), KG.currency, Literal("usd"))
    return {(str(amount_node(g)), "kg:currency")}


def break_unknown_currency(g):
    set_value(g, amount_node(g), KG.currency, Literal("XYZ"))
    return {(str(amount_node(g)), "kg:currency")}


def break_stake(g):
    set_value(g, deal_node(g), KG.stake, Literal("150", datatype=XSD.decimal))
    return {(str(deal_node(g)), "kg:stake")}


def break_date(g):
    set_value(g, deal_node(g), KG.date, Literal("last spring"))
    return {(str(deal_node(g)), "kg:date")}


def break_label(g):
    g.remove((entity_iri("Meta"), RDFS.label, None))
    return {(str(entity_iri("Meta")), "rdfs:label")}


def break_event_label(g):
    g.remove((entity_iri("VivaTech"), RDFS.label, None))
    return {(str(entity_iri("VivaTech")), None)}


def break_statement_provenance(g):
    st = first_statement(g)
    g.remove((st, KG.sentence, None))
    g.remove((st, PROV.wasDerivedFrom, None))
    g.remove((st, KG.confidence, None))
    return {(str(st), "kg:sentence"), (str(st), "prov:wasDerivedFrom"), (str(st), "kg:confidence")}


def break_confidence(g):
    st = first_statement(g)
    set_value(g, st, KG.confidence, Literal("1.5", datatype=XSD.decimal))
    return {(str(st), "kg:confidence")}


def break_offsets(g):
    st = first_statement(g)
    set_value(g, st, KG.charStart, Literal(500))
    return {(str(st), "kg:charStart")}


def break_bare_triple(g):
    g.add((entity_iri("OpenAI"), KG.investsIn, entity_iri("Meta")))  # no kg:Statement says where it was read
    return {(str(entity_iri("OpenAI")), "kg:investsIn")}


def break_statement_without_triple(g):
    g.remove((entity_iri("Meta"), KG.investsIn, entity_iri("Scale AI")))
    return {(str(first_statement(g)), None)}


def break_deal_provenance(g):
    g.remove((deal_node(g), KG.sentence, None))
    return {(str(deal_node(g)), "kg:sentence")}


def relabel_statement(g, subject, predicate, obj):
    """Add a statement with full provenance, as rdf.py would write it, for a triple it should never write."""
    st = URIRef(f"{DOC}#s99")
    g.add((subject, predicate, obj))
    for p, o in ((RDF.type, KG.Statement), (RDF.subject, subject), (RDF.predicate, predicate), (RDF.object, obj),
                 (PROV.wasDerivedFrom, DOC), (KG.sentence, Literal("x.")), (KG.charStart, Literal(0)),
                 (KG.charEnd, Literal(2)), (KG.rule, Literal("test")), (KG.confidence, Literal("0.5", datatype=XSD.decimal))):
        g.add((st, p, o))


def break_domain(g):
    relabel_statement(g, entity_iri("Llama"), KG.investsIn, entity_iri("OpenAI"))  # a Product invests in nothing
    return {(str(entity_iri("Llama")), "kg:investsIn")}


def break_range(g):
    relabel_statement(g, entity_iri("Meta"), KG.acquired, entity_iri("Paris"))  # a Place is not acquired
    return {(str(entity_iri("Meta")), "kg:acquired")}


def break_union_range(g):
    relabel_statement(g, entity_iri("Meta"), KG.dependsOn, entity_iri("Xavier Niel"))  # Organization or Product only
    return {(str(entity_iri("Meta")), "kg:dependsOn")}


def break_union_domain(g):
    relabel_statement(g, entity_iri("Xavier Niel"), KG.competesWith, entity_iri("Meta"))
    return {(str(entity_iri("Xavier Niel")), "kg:competesWith")}


def break_deal_target(g):
    set_value(g, deal_node(g), KG.target, entity_iri("Paris"))
    return {(str(deal_node(g)), "kg:target")}


def break_valuation_owner(g):
    node = g.value(entity_iri("Scale AI"), KG.valuation)
    g.remove((entity_iri("Scale AI"), KG.valuation, node))
    g.add((entity_iri("Xavier Niel"), KG.valuation, node))
    return {(str(entity_iri("Xavier Niel")), "kg:valuation")}


BREAKAGES = [
    break_amount, break_currency, break_unknown_currency, break_stake, break_date, break_label, break_event_label,
    break_statement_provenance, break_confidence, break_offsets, break_bare_triple, break_statement_without_triple,
    break_deal_provenance, break_domain, break_range, break_union_range, break_union_domain, break_deal_target,
    break_valuation_owner,
]


@pytest.mark.parametrize("breakage", BREAKAGES, ids=lambda f: f.__name__[len("break_"):])
def test_each_breakage_is_reported_and_only_it(breakage):
    g = good_graph()
    expected = breakage(g)
    report = validate_graph(g)
    assert not report.conforms
    assert found(report) == expected, "\n".join(map(str, report.violations))
    assert all(v.message and "\n" not in str(v) for v in report.violations)


def test_all_breakages_at_once_are_each_reported():
    g = good_graph()
    expected = set().union(*(breakage(g) for breakage in BREAKAGES))
    report = validate_graph(g)
    assert not report.conforms
    assert found(report) >= expected


def test_violations_read_as_one_line_each_with_the_names():
    g = good_graph()
    break_stake(g)
    break_domain(g)
    break_statement_provenance(g)
    lines = [str(v) for v in validate_graph(g).violations]
    assert any(line.startswith("Investment Meta -> Scale AI <kgd:") and "kg:stake = 150" in line and "0 to 100" in line for line in lines)
    assert any(line.startswith("Llama <kgr:llama>  kg:investsIn") and "must be an Agent" in line for line in lines)
    assert any(line.startswith("statement Meta investsIn Scale AI <kgd:") and "kg:sentence" in line for line in lines)


def test_a_hostile_label_stays_on_one_line():
    g = good_graph()
    evil = URIRef("https://w3id.org/kg-news/id/evil")
    g.add((evil, RDF.type, KG.Organization))
    g.add((evil, RDFS.label, Literal('Evil\nCorp\u202e"""<script>')))  # no document: a violation to print
    (violation,) = validate_graph(g).violations
    assert "\n" not in str(violation) and "\u202e" not in str(violation)
    assert str(violation).startswith('Evil\\nCorp\\u202e"""<script> <kgr:evil>  prov:wasDerivedFrom')


# ---------------------------------------------------------------- the command


def cli() -> typer.Typer:
    app = typer.Typer()
    app.command("validate")(validate_command)

    @app.command("other")
    def other():  # a second command, so that typer keeps "validate" as a subcommand like kg's own app
        """Unused."""

    return app


def test_command_on_the_examples_exits_0(examples_store):
    result = runner.invoke(cli(), ["validate", "--store", str(examples_store)])
    assert result.exit_code == 0, result.output
    assert "conforms" in result.output


def test_command_prints_one_line_per_violation_and_exits_1(tmp_path):
    g = good_graph()
    expected = break_stake(g) | break_label(g) | break_domain(g)
    store = Store(tmp_path / "broken")
    store.add_quads([(s, p, o, DOC) for s, p, o in g])
    store.close()
    result = runner.invoke(cli(), ["validate", "--store", str(tmp_path / "broken")])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == len(expected) + 1 and lines[-1].endswith("3 violations; the graph does not conform")
    for focus, path in expected:
        short = focus.replace("https://w3id.org/kg-news/id/", "kgr:").replace("https://w3id.org/kg-news/doc/", "kgd:")
        assert sum(f"<{short}>  {path}" in line for line in lines) == 1


def test_command_with_other_shapes_and_clear_errors(tmp_path, examples_store):
    strict = tmp_path / "strict.ttl"
    strict.write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix kg: <https://w3id.org/kg-news/ontology#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        "<#ShortNames> a sh:NodeShape ; sh:targetClass kg:Person ; sh:property [ sh:path rdfs:label ; "
        'sh:maxLength 3 ; sh:message "short names only" ] .\n', encoding="utf-8")
    result = runner.invoke(cli(), ["validate", "--store", str(examples_store), "--shapes", str(strict)])
    assert result.exit_code == 1 and "Alexandr Wang <kgr:alexandr-wang>  rdfs:label = Alexandr Wang: short names only" in result.output
    result = runner.invoke(cli(), ["validate", "--store", str(tmp_path / "none")])
    assert result.exit_code == 2 and "no kg store" in result.output
    (tmp_path / "bad.ttl").write_text("this is not turtle", encoding="utf-8")
    result = runner.invoke(cli(), ["validate", "--store", str(examples_store), "--shapes", str(tmp_path / "bad.ttl")])
    assert result.exit_code == 2 and "not a valid Turtle" in result.output and "Traceback" not in result.output


# ---------------------------------------------------------------- the shapes follow the ontology


def _classes(graph: Graph, node) -> set:
    """A class, or the members of an owl:unionOf (ontology) or of an sh:or of sh:class (shapes)."""
    if isinstance(node, URIRef):
        return {node}
    union = graph.value(node, OWL.unionOf)
    if union is not None:
        return set(Collection(graph, union))
    return set()


def _shape_classes(shapes: Graph, shape) -> set:
    direct = set(shapes.objects(shape, SH["class"]))
    for alternatives in shapes.objects(shape, SH["or"]):
        direct |= {c for member in Collection(shapes, alternatives) for c in shapes.objects(member, SH["class"])}
    return direct


def test_every_domain_and_range_in_the_ontology_has_its_shape():
    onto = Graph().parse(ontology_path())
    shapes = Graph().parse(shapes_path())
    checked = 0
    for prop in onto.subjects(RDF.type, OWL.ObjectProperty):
        domain, range_ = onto.value(prop, RDFS.domain), onto.value(prop, RDFS.range)
        node_shapes = list(shapes.subjects(SH.targetSubjectsOf, prop))
        if domain is not None:
            assert any(_shape_classes(shapes, s) == _classes(onto, domain) for s in node_shapes), f"no domain shape for {prop}"
            checked += 1
        if range_ is not None:
            ranges = [_shape_classes(shapes, ps) for s in node_shapes for ps in shapes.objects(s, SH.property)
                      if shapes.value(ps, SH.path) == prop]
            assert _classes(onto, range_) in ranges, f"no range shape for {prop}"
            checked += 1
    assert checked >= 30


def test_the_relation_lists_in_the_shapes_are_the_ontology_relations():
    onto = load_ontology()
    written = {name for name, spec in onto.relations.items() if spec.inverse_of is None} - {
        "investor", "target", "amount", "valuation"}
    shapes = Graph().parse(shapes_path())
    predicate_shape = next(shapes.subjects(SH.path, RDF.predicate))
    in_list = {str(t)[len(str(KG)):] for t in Collection(shapes, shapes.value(predicate_shape, SH["in"]))}
    assert in_list == written
    queries = [str(shapes.value(c, SH.select)) for c in shapes.objects(URIRef(SHAPES + "ReificationShape"), SH.sparql)]
    asserted = next(q for q in queries if "?object" in q)
    assert set(re.findall(r"\?value kg:(\w+) \?object", asserted)) == written
    domain_shapes = {str(t)[len(str(KG)):] for s in shapes.subjects(SH.targetSubjectsOf, None)
                     for t in shapes.objects(s, SH.targetSubjectsOf)}
    assert written <= domain_shapes


def test_every_currency_kg_reads_is_an_iso_4217_code_in_the_shapes():
    shapes = Graph().parse(shapes_path())
    currency_shape = next(shapes.subjects(SH.path, KG.currency))
    pattern = str(shapes.value(currency_shape, SH.pattern))
    codes = re.fullmatch(r"\^\((.*)\)\$", pattern).group(1).split("|")
    assert all(re.fullmatch(r"[A-Z]{3}", c) for c in codes) and len(codes) > 150
    assert {code for _, code in _CURRENCY_WORDS} <= set(codes)


def test_the_inferred_graph_is_left_out():
    from kg.api import KnowledgeGraph

    kg = KnowledgeGraph.memory()
    kg.add_document(good_document())
    assert kg.infer() > 0  # backedBy, worksFor from leads...: triples no Statement reifies
    report = validate(kg.store)
    assert report.conforms, "\n".join(map(str, report.violations))
    assert report.triples == len(good_graph())
