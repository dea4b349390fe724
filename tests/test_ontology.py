"""The ontology defines what issue #2 names, and the vocabulary module stays in sync with it."""

from rdflib import OWL, RDF, RDFS, Graph, URIRef

from kg.ontology import KG_NS, load_ontology, ontology_path, parse_template
from kg.vocab import KGV

CLASSES = ["Organization", "Person", "Product", "Place", "Event", "Investment", "Acquisition", "MonetaryAmount"]
PROPERTIES = ["investsIn", "acquired", "foundedBy", "worksFor", "leads", "joins", "partnersWith", "customerOf",
              "dependsOn", "competesWith", "develops", "headquarteredIn", "locatedIn", "subsidiaryOf"]
INVERSES = {"backedBy": "investsIn", "acquiredBy": "acquired", "founded": "foundedBy", "ledBy": "leads",
            "developedBy": "develops", "hasSubsidiary": "subsidiaryOf", "hasCustomer": "customerOf"}


def graph():
    return Graph().parse(ontology_path(), format="turtle")


def test_classes_and_properties_exist():
    g = graph()
    for name in CLASSES:
        assert (URIRef(KG_NS + name), RDF.type, OWL.Class) in g, name
    for name in PROPERTIES + list(INVERSES):
        assert (URIRef(KG_NS + name), RDF.type, OWL.ObjectProperty) in g, name
        assert g.value(URIRef(KG_NS + name), RDFS.label) is not None


def test_inverses_symmetry_and_hierarchy():
    g = graph()
    for inverse, main in INVERSES.items():
        assert (URIRef(KG_NS + inverse), OWL.inverseOf, URIRef(KG_NS + main)) in g
    for name in ("partnersWith", "competesWith"):
        assert (URIRef(KG_NS + name), RDF.type, OWL.SymmetricProperty) in g
    onto = load_ontology()
    assert onto.ancestors("leads") == ["leads", "worksFor"]
    assert onto.ancestors("joins") == ["joins", "worksFor"]
    assert onto.ancestors("customerOf") == ["customerOf", "dependsOn"]
    assert onto.ancestors("headquarteredIn") == ["headquarteredIn", "locatedIn"]


def test_every_main_relation_has_domain_range_and_triggers_in_both_languages():
    onto = load_ontology()
    for name in PROPERTIES:
        spec = onto.relations[name]
        assert spec.range, name
        if name != "locatedIn":
            assert spec.domain, name
        triggers = {**spec.triggers}
        for inverse, main in INVERSES.items():
            if main == name:
                for lang, ts in onto.relations[inverse].triggers.items():
                    triggers[lang] = triggers.get(lang, ()) + ts
        assert triggers.get("fr") and triggers.get("en"), f"{name} needs French and English triggers"


def test_alignments_to_public_vocabularies():
    g = graph()
    text = ontology_path().read_text(encoding="utf-8")
    assert (URIRef(KG_NS + "Organization"), OWL.equivalentClass, URIRef("https://schema.org/Organization")) in g
    assert "org:memberOf" in text and "prov:Agent" in text


def test_templates_read_their_slots():
    t = parse_template("rachat de {o} par {s}", "fr")
    assert (t.head, t.object_marks, t.subject_marks, t.subject_first) == ("rachat", ("de",), ("par",), False)
    t = parse_template("{s} s'offrir {o}", "fr")
    assert t.reflexive and t.head == "offrir"
    t = parse_template("{s} take over {o}", "en")
    assert t.head == "take" and t.particles == ("over",) and t.object_marks == ()


def test_vocabulary_module_matches_the_ontology():
    defined = {name for name in KGV.__annotations__}
    in_file = set(load_ontology().terms)
    assert defined == in_file, f"regenerate kg/vocab.py: missing {in_file - defined}, extra {defined - in_file}"


def test_a_misspelt_term_raises():
    import pytest

    with pytest.raises(AttributeError):
        KGV.investIn  # noqa: B018
