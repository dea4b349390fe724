"""The data that flows from extraction to RDF: frozen dataclasses, no spaCy inside.

>>> money = Money(14.8e9, "USD")
>>> money.value
14800000000.0
>>> Entity("scale ai", "Scale AI", "Organization").name
'Scale AI'
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Money", "Provenance", "Entity", "Statement", "Deal", "Valuation", "Founding", "Document"]


@dataclass(frozen=True)
class Money:
    """An amount of money in an ISO 4217 currency."""

    value: float
    currency: str


@dataclass(frozen=True)
class Provenance:
    """Where a fact was read: the sentence, its character offsets, the rule and its confidence."""

    sentence: str
    start: int
    end: int
    rule: str
    confidence: float


@dataclass(frozen=True)
class Entity:
    """A thing the document talks about. `key` is unique within the document."""

    key: str
    name: str
    kind: str  # an ontology class local name: Organization, Person, Product, Place, Event
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()


@dataclass(frozen=True)
class Statement:
    """subject -relation-> object, both entity keys, with where it was read."""

    subject: str
    relation: str
    object: str
    provenance: Provenance
    role: str | None = None


@dataclass(frozen=True)
class Deal:
    """An Investment or an Acquisition, with what the text says of it."""

    kind: str  # "Investment" or "Acquisition"
    investor: str | None
    target: str | None
    provenance: Provenance
    amount: Money | None = None
    stake: float | None = None
    date: str | None = None  # "2025" or "2025-06-13"


@dataclass(frozen=True)
class Valuation:
    entity: str
    amount: Money
    provenance: Provenance


@dataclass(frozen=True)
class Founding:
    entity: str
    year: int
    provenance: Provenance


@dataclass(frozen=True)
class Document:
    """One article and everything read from it."""

    id: str  # sha256 of the text
    text: str
    lang: str
    source: str = ""
    title: str | None = None
    url: str | None = None
    date: str | None = None
    entities: tuple[Entity, ...] = ()
    statements: tuple[Statement, ...] = ()
    deals: tuple[Deal, ...] = ()
    valuations: tuple[Valuation, ...] = ()
    foundings: tuple[Founding, ...] = ()
    meta: dict = field(default_factory=dict, compare=False, hash=False)

    def entity(self, key: str) -> Entity:
        """The entity with this key.

        >>> Document("x", "", "en", entities=(Entity("a", "A", "Person"),)).entity("a").name
        'A'
        """
        for entity in self.entities:
            if entity.key == key:
                return entity
        raise KeyError(key)
