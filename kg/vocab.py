"""The kg vocabulary as an rdflib DefinedNamespace: a misspelt term raises.

Generated from ontologies/kg.ttl; tests/test_ontology.py checks that the two agree.

>>> str(KGV.investsIn)
'https://w3id.org/kg-news/ontology#investsIn'
"""

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

__all__ = ["KGV"]


class KGV(DefinedNamespace):
    _fail = True
    _NS = Namespace("https://w3id.org/kg-news/ontology#")

    Acquisition: URIRef
    Agent: URIRef
    CEO: URIRef
    CFO: URIRef
    COO: URIRef
    CTO: URIRef
    Chair: URIRef
    ChiefScientist: URIRef
    Deal: URIRef
    Document: URIRef
    Employee: URIRef
    Event: URIRef
    InferredGraph: URIRef
    Executive: URIRef
    Founder: URIRef
    Head: URIRef
    Investment: URIRef
    MonetaryAmount: URIRef
    Organization: URIRef
    Person: URIRef
    Place: URIRef
    Product: URIRef
    RoleTitle: URIRef
    Statement: URIRef
    acquired: URIRef
    acquiredBy: URIRef
    amount: URIRef
    backedBy: URIRef
    charEnd: URIRef
    charStart: URIRef
    competesWith: URIRef
    confidence: URIRef
    contentHash: URIRef
    currency: URIRef
    customerOf: URIRef
    date: URIRef
    dependsOn: URIRef
    descriptor: URIRef
    developedBy: URIRef
    develops: URIRef
    employs: URIRef
    founded: URIRef
    foundedBy: URIRef
    foundingDate: URIRef
    hasCustomer: URIRef
    hasSubsidiary: URIRef
    headquarteredIn: URIRef
    hires: URIRef
    impliesRelation: URIRef
    investor: URIRef
    investsIn: URIRef
    joins: URIRef
    leads: URIRef
    ledBy: URIRef
    locatedIn: URIRef
    locativeMarker: URIRef
    partnersWith: URIRef
    role: URIRef
    rule: URIRef
    sentence: URIRef
    sourcePath: URIRef
    stake: URIRef
    subsidiaryOf: URIRef
    target: URIRef
    trigger: URIRef
    valuation: URIRef
    value: URIRef
    worksFor: URIRef
