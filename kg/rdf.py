"""A pure mapping from a kg Document to RDF quads, in the document's own named graph.

Provenance is RDF reification, the form every SPARQL 1.1 store understands: the plain
triple ``?a kg:investsIn ?b`` is in the graph, and beside it a ``kg:Statement`` node
with ``rdf:subject``, ``rdf:predicate``, ``rdf:object``, ``prov:wasDerivedFrom`` (the
document), ``kg:sentence``, ``kg:charStart``, ``kg:charEnd``, ``kg:rule`` and
``kg:confidence``.

>>> entity_iri("Scale AI")
rdflib.term.URIRef('https://w3id.org/kg-news/id/scale-ai')
>>> str(document_iri("0" * 64))
'https://w3id.org/kg-news/doc/00000000000000000000000000000000'
"""

from __future__ import annotations

import datetime
import hashlib
from urllib.parse import quote

from rdflib import RDF, RDFS, SKOS, XSD, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV

from .extract import normalize_name
from .model import Document
from .ontology import DOC_NS, RES_NS
from .vocab import KGV as KG

__all__ = ["entity_iri", "document_iri", "document_quads", "SCHEMA"]

SCHEMA = Namespace("https://schema.org/")
MAX_SLUG = 80


def entity_iri(name: str) -> URIRef:
    """The IRI of the entity called `name`: the same name always gives the same IRI, and
    names that differ beyond case, accents and punctuation give different ones.

    A normalised name has words of letters and digits, so its slug never holds "--": the
    slugs that end in a hash ("--" and 10 hex digits), for long names and for names with no
    letter or digit at all, cannot meet the slug of another name.

    >>> str(entity_iri("L'Oréal S.A.")) == str(entity_iri("l oreal"))
    True
    >>> entity_iri("—")
    rdflib.term.URIRef('https://w3id.org/kg-news/id/unnamed--1b93795b97')
    """
    key = normalize_name(name)
    if not key:
        return URIRef(RES_NS + "unnamed--" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:10])
    slug = key.replace(" ", "-")
    if len(slug) > MAX_SLUG:
        slug = slug[:MAX_SLUG] + "--" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]
    return URIRef(RES_NS + quote(slug, safe="-"))


def document_iri(doc_id: str) -> URIRef:
    return URIRef(DOC_NS + doc_id[:32])


def document_quads(doc: Document, iris: dict[str, URIRef] | None = None) -> list[tuple]:
    """Every quad that says what `doc` says, in the named graph of `doc`.

    `iris` maps the document's entity keys to IRIs chosen across documents; an entity not
    in it gets `entity_iri(name)`.
    """
    g = document_iri(doc.id)
    iris = dict(iris or {})
    for entity in doc.entities:
        iris.setdefault(entity.key, entity_iri(entity.name))
    quads: list[tuple] = []

    def add(s, p, o):
        quads.append((s, p, o, g))

    add(g, RDF.type, KG.Document)
    add(g, KG.contentHash, Literal(doc.id))
    add(g, DCTERMS.language, Literal(doc.lang))
    if doc.source:
        add(g, KG.sourcePath, Literal(doc.source))
    if doc.title:
        add(g, DCTERMS.title, Literal(doc.title))
    if doc.url:
        add(g, SCHEMA.url, Literal(doc.url))
    if doc.date:
        add(g, DCTERMS.date, Literal(doc.date))
    for entity in doc.entities:
        iri = iris[entity.key]
        add(iri, RDF.type, KG[entity.kind])
        add(iri, RDFS.label, Literal(entity.name))
        for alias in entity.aliases:
            add(iri, SKOS.altLabel, Literal(alias))
        for role in entity.roles:
            add(iri, KG.role, Literal(role))
        add(iri, PROV.wasDerivedFrom, g)
    for n, st in enumerate(doc.statements):
        s, o, p = iris[st.subject], iris[st.object], KG[st.relation]
        add(s, p, o)
        node = URIRef(f"{g}#s{n}")
        add(node, RDF.type, KG.Statement)
        add(node, RDF.subject, s)
        add(node, RDF.predicate, p)
        add(node, RDF.object, o)
        _provenance(add, node, g, st.provenance)
        if st.role:
            add(node, KG.role, Literal(st.role))
    for n, deal in enumerate(doc.deals):
        node = URIRef(f"{g}#deal{n}")
        add(node, RDF.type, KG[deal.kind])
        if deal.investor:
            add(node, KG.investor, iris[deal.investor])
        if deal.target:
            add(node, KG.target, iris[deal.target])
        if deal.amount:
            amount = URIRef(f"{g}#deal{n}-amount")
            add(node, KG.amount, amount)
            _money(add, amount, deal.amount)
        if deal.stake is not None:
            add(node, KG.stake, Literal(f"{deal.stake:g}", datatype=XSD.decimal))
        if deal.date and _date_literal(deal.date) is not None:
            add(node, KG.date, _date_literal(deal.date))
        _provenance(add, node, g, deal.provenance)
    for n, valuation in enumerate(doc.valuations):
        node = URIRef(f"{g}#valuation{n}")
        add(iris[valuation.entity], KG.valuation, node)
        _money(add, node, valuation.amount)
        _provenance(add, node, g, valuation.provenance)
    for founding in doc.foundings:
        add(iris[founding.entity], KG.foundingDate, Literal(str(founding.year), datatype=XSD.gYear))
    return quads


def _money(add, node, money) -> None:
    add(node, RDF.type, KG.MonetaryAmount)
    add(node, KG.value, Literal(f"{money.value:.2f}".rstrip("0").rstrip("."), datatype=XSD.decimal))
    add(node, KG.currency, Literal(money.currency))


def _provenance(add, node, g, prov) -> None:
    add(node, PROV.wasDerivedFrom, g)
    add(node, KG.sentence, Literal(prov.sentence))
    add(node, KG.charStart, Literal(prov.start, datatype=XSD.integer))
    add(node, KG.charEnd, Literal(prov.end, datatype=XSD.integer))
    add(node, KG.rule, Literal(prov.rule))
    add(node, KG.confidence, Literal(f"{prov.confidence:.2f}", datatype=XSD.decimal))


def _date_literal(text: str) -> Literal | None:
    """A deal's date as the ontology types it (xsd:gYear or xsd:date), or None when the text is
    neither: a date taken from metadata may be anything ("13 juin 2025", "2025-02-30").

    >>> _date_literal("2025"), _date_literal("2025-06-13T10:00:00Z").datatype.endswith("#date")
    (rdflib.term.Literal('2025', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#gYear')), True)
    >>> _date_literal("13 juin 2025"), _date_literal("2025-02-30")
    (None, None)
    """
    if len(text) == 4 and text.isdigit():
        return Literal(text, datatype=XSD.gYear)
    try:
        day = datetime.date.fromisoformat(text[:10])
    except ValueError:
        return None
    return Literal(day.isoformat(), datatype=XSD.date)
