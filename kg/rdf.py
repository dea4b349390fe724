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
from functools import lru_cache
from urllib.parse import quote

from rdflib import RDF, RDFS, SKOS, XSD, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV

from .extract import normalize_name
from .model import Document
from .ontology import DOC_NS, RES_NS
from .vocab import KGV as KG

__all__ = ["entity_iri", "document_iri", "document_quads", "document_nquads", "name_key", "SCHEMA"]

SCHEMA = Namespace("https://schema.org/")
MAX_SLUG = 80

# `normalize_name`, each name once: a build looks every name up, in the label index and for its
# IRI, and popular names come back in document after document.
name_key = lru_cache(maxsize=1 << 16)(normalize_name)


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
    key = name_key(name)
    if not key:
        return URIRef(RES_NS + "unnamed--" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:10])
    slug = key.replace(" ", "-")
    if len(slug) > MAX_SLUG:
        slug = slug[:MAX_SLUG] + "--" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]
    return URIRef(RES_NS + quote(slug, safe="-"))


def document_iri(doc_id: str) -> URIRef:
    return URIRef(DOC_NS + doc_id[:32])


class _Terms:
    """How `document_quads` makes terms and quads: rdflib's, or N-Quads text for the store. One
    mapping serves both, so the two give the same quads. The vocabulary is made once, here."""

    def __init__(self, iri, literal, quad):
        self.iri = iri  # str -> IRI
        self.literal = literal  # (lexical form, datatype IRI or None) -> literal
        self.quad = quad  # (s, p, o, graph) -> quad
        self._kg: dict = {}
        self.type, self.label, self.alt_label, self.derived_from = (
            iri(str(t)) for t in (RDF.type, RDFS.label, SKOS.altLabel, PROV.wasDerivedFrom))
        self.subject, self.predicate, self.object = (iri(str(t)) for t in (RDF.subject, RDF.predicate, RDF.object))
        self.language, self.title, self.date, self.url = (
            iri(str(t)) for t in (DCTERMS.language, DCTERMS.title, DCTERMS.date, SCHEMA.url))
        self.integer, self.decimal, self.year = (iri(str(t)) for t in (XSD.integer, XSD.decimal, XSD.gYear))

    def kg(self, name: str):
        """kg:name, made once; a name the ontology lacks raises, as KGV does."""
        made = self._kg.get(name)
        if made is None:
            made = self._kg[name] = self.iri(str(KG[name]))
        return made

    def datatype(self, iri: URIRef):
        """An rdflib datatype IRI as this kind of term."""
        return {XSD.integer: self.integer, XSD.decimal: self.decimal, XSD.gYear: self.year}.get(iri) or self.iri(str(iri))


def _nquads_literal(text: str, datatype: str | None = None) -> str:
    if '"' in text or "\\" in text or "\n" in text or "\r" in text:
        text = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{text}"^^{datatype}' if datatype is not None else f'"{text}"'


_RDFLIB = _Terms(URIRef, lambda text, datatype=None: Literal(text, datatype=datatype), lambda s, p, o, g: (s, p, o, g))
_NQUADS = _Terms(lambda iri: f"<{iri}>", _nquads_literal, lambda s, p, o, g: f"{s} {p} {o} {g} .\n")


def document_quads(doc: Document, iris: dict[str, URIRef] | None = None) -> list[tuple]:
    """Every quad that says what `doc` says, in the named graph of `doc`, as rdflib tuples
    (s, p, o, graph).

    `iris` maps the document's entity keys to IRIs chosen across documents; an entity not
    in it gets `entity_iri(name)`.
    """
    return _document_quads(doc, iris, _RDFLIB)


def document_nquads(doc: Document, iris: dict[str, URIRef] | None = None) -> list[str]:
    """The quads of `document_quads` as N-Quads lines, made directly: a build hands them to
    Oxigraph's loader, which parses them faster than Python makes rdflib or pyoxigraph terms.

    >>> import pyoxigraph
    >>> from kg.store import to_oxigraph
    >>> doc = Document(id="0" * 64, text="T", lang="fr", source='a "b".txt')
    >>> document_nquads(doc)[2]
    '<https://w3id.org/kg-news/doc/00000000000000000000000000000000> <http://purl.org/dc/terms/language> "fr" <https://w3id.org/kg-news/doc/00000000000000000000000000000000> .\\n'
    >>> list(pyoxigraph.parse("".join(document_nquads(doc)), pyoxigraph.RdfFormat.N_QUADS)) == [
    ...     to_oxigraph(q) for q in document_quads(doc)]
    True
    """
    return _document_quads(doc, iris, _NQUADS)


def _document_quads(doc: Document, iris: dict[str, URIRef] | None, T: _Terms) -> list:
    g = T.iri(str(document_iri(doc.id)))
    iris = iris or {}
    node_of = {e.key: T.iri(str(iris[e.key] if e.key in iris else entity_iri(e.name))) for e in doc.entities}
    node_of.update((key, T.iri(str(iri))) for key, iri in iris.items() if key not in node_of)
    lit, iri, quad, kg = T.literal, T.iri, T.quad, T.kg
    a, role, derived_from = T.type, kg("role"), T.derived_from
    quads: list = []
    append = quads.append

    def add(s, p, o):
        append(quad(s, p, o, g))

    def provenance(node, prov) -> None:
        add(node, derived_from, g)
        add(node, sentence, lit(prov.sentence))
        add(node, char_start, lit(str(prov.start), T.integer))
        add(node, char_end, lit(str(prov.end), T.integer))
        add(node, rule, lit(prov.rule))
        add(node, confidence, lit(f"{prov.confidence:.2f}", T.decimal))

    def money(node, amount) -> None:
        add(node, a, kg("MonetaryAmount"))
        add(node, kg("value"), lit(f"{amount.value:.2f}".rstrip("0").rstrip("."), T.decimal))
        add(node, kg("currency"), lit(amount.currency))

    sentence, char_start, char_end, rule, confidence = (
        kg(n) for n in ("sentence", "charStart", "charEnd", "rule", "confidence"))
    add(g, a, kg("Document"))
    add(g, kg("contentHash"), lit(doc.id))
    add(g, T.language, lit(doc.lang))
    if doc.source:
        add(g, kg("sourcePath"), lit(doc.source))
    if doc.title:
        add(g, T.title, lit(doc.title))
    if doc.url:
        add(g, T.url, lit(doc.url))
    if doc.date:
        add(g, T.date, lit(doc.date))
    for entity in doc.entities:
        node = node_of[entity.key]
        add(node, a, kg(entity.kind))
        add(node, T.label, lit(entity.name))
        for alias in entity.aliases:
            add(node, T.alt_label, lit(alias))
        for name in entity.roles:
            add(node, role, lit(name))
        add(node, derived_from, g)
    prefix = f"{document_iri(doc.id)}#"
    for n, st in enumerate(doc.statements):
        s, o, p = node_of[st.subject], node_of[st.object], kg(st.relation)
        add(s, p, o)
        node = iri(f"{prefix}s{n}")
        add(node, a, kg("Statement"))
        add(node, T.subject, s)
        add(node, T.predicate, p)
        add(node, T.object, o)
        provenance(node, st.provenance)
        if st.role:
            add(node, role, lit(st.role))
    for n, deal in enumerate(doc.deals):
        node = iri(f"{prefix}deal{n}")
        add(node, a, kg(deal.kind))
        if deal.investor:
            add(node, kg("investor"), node_of[deal.investor])
        if deal.target:
            add(node, kg("target"), node_of[deal.target])
        if deal.amount:
            amount = iri(f"{prefix}deal{n}-amount")
            add(node, kg("amount"), amount)
            money(amount, deal.amount)
        if deal.stake is not None:
            # the lexical form rdflib gives it ("1e-05" is not an xsd:decimal; rdflib writes 0.00001)
            add(node, kg("stake"), lit(str(Literal(f"{deal.stake:g}", datatype=XSD.decimal)), T.decimal))
        date = _date_literal(deal.date) if deal.date else None
        if date is not None:
            add(node, kg("date"), lit(str(date), T.datatype(date.datatype)))
        provenance(node, deal.provenance)
    for n, valuation in enumerate(doc.valuations):
        node = iri(f"{prefix}valuation{n}")
        add(node_of[valuation.entity], kg("valuation"), node)
        money(node, valuation.amount)
        provenance(node, valuation.provenance)
    for founding in doc.foundings:
        add(node_of[founding.entity], kg("foundingDate"), lit(str(founding.year), T.year))
    return quads


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
