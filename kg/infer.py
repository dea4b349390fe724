"""Optional OWL-RL closure: the inverses, symmetric edges and super-properties the ontology implies.

The extractor writes only what a sentence says (``Meta investsIn Scale AI``). With ``kg build
--infer`` the owlrl reasoner adds what the ontology makes of it (``Scale AI backedBy Meta``),
and the store keeps those triples apart, in the named graph ``INFERRED_GRAPH``, so that a query
can tell them from what a document said: ``GRAPH kgi: { ... }`` holds only inferences.

Only relations between entities are kept from the closure: OWL-RL also derives many trivial
triples (``owl:sameAs`` of everything with itself, ``rdfs:Resource`` types) that say nothing new.

>>> from rdflib import Graph, URIRef
>>> g = Graph()
>>> meta, scale = URIRef(RES_NS + "meta"), URIRef(RES_NS + "scale-ai")
>>> _ = g.add((meta, KG.investsIn, scale))
>>> sorted(str(p).rsplit("#")[-1] for s, p, o in closure(g) if (s, o) == (scale, meta))
['backedBy']
"""

from __future__ import annotations

from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS

from .ontology import KG_NS, RES_NS, ontology_path
from .vocab import KGV as KG

__all__ = ["INFERRED_GRAPH", "closure", "inferred_quads"]

INFERRED_GRAPH = URIRef("https://w3id.org/kg-news/inferred")


def closure(facts: Graph) -> set[tuple]:
    """The entity-to-entity kg: triples that OWL-RL derives from `facts` and the ontology, and
    that `facts` does not already hold."""
    import owlrl

    work = Graph()
    work.parse(ontology_path(), format="turtle")
    for triple in facts:
        work.add(triple)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, axiomatic_triples=False, datatype_axioms=False).expand(work)
    return {
        (s, p, o) for s, p, o in work
        if str(p).startswith(KG_NS) and str(s).startswith(RES_NS) and isinstance(o, URIRef)
        and str(o).startswith(RES_NS) and s != o and (s, p, o) not in facts
    }


def inferred_quads(store) -> list[tuple]:
    """The quads of the inferred graph for everything in `store` (a kg Store), marked as inferred."""
    facts = Graph()
    for row in store.select(
        "SELECT ?s ?p ?o WHERE { ?st a kg:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }"
    ):
        facts.add((row["s"], row["p"], row["o"]))
    quads = [(INFERRED_GRAPH, RDF.type, KG.InferredGraph, INFERRED_GRAPH),
             (INFERRED_GRAPH, DCTERMS.description,
              Literal("OWL-RL closure (owlrl) of the documents' statements under kg.ttl"), INFERRED_GRAPH)]
    quads.extend((s, p, o, INFERRED_GRAPH) for s, p, o in sorted(closure(facts)))
    return quads
