"""Questions in plain French or English, turned into calls of kg.graph functions.

The relation phrases come from the ontology's labels ("depends on", "dépend de"...), so a
relation added to the ontology can be asked about at once.

>>> parse_question("who depends on Scale AI?")
Question(kind='incoming', relation='dependsOn', entities=('Scale AI',))
>>> parse_question("Qui investit dans Mistral AI ?")
Question(kind='incoming', relation='investsIn', entities=('Mistral AI',))
>>> parse_question("path between Microsoft and Scale AI")
Question(kind='path', relation=None, entities=('Microsoft', 'Scale AI'))
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import KGError
from .ontology import Ontology, load_ontology

__all__ = ["Question", "parse_question"]


@dataclass(frozen=True)
class Question:
    kind: str  # "incoming", "outgoing", "path", "central", "about"
    relation: str | None
    entities: tuple[str, ...]


_WHO = r"(?:who|which\s+\w+|what\s+\w+|qui|quelles?\s+\w+|quels?\s+\w+)"
_PATH = re.compile(
    r"(?:path|link|connection|chemin|lien|relation)s?\s+(?:between|from|entre|de)\s+(?P<a>.+?)\s+(?:and|to|et|à|a)\s+(?P<b>.+?)\s*\??$",
    re.IGNORECASE,
)
_HOW = re.compile(r"how\s+is\s+(?P<a>.+?)\s+(?:connected|linked|related)\s+to\s+(?P<b>.+?)\s*\??$", re.IGNORECASE)
_CENTRAL = re.compile(r"\b(central|centrales?|centraux|most\s+connected|plus\s+connectée?s?|important)", re.IGNORECASE)
_ABOUT = re.compile(r"^(?:who|what)\s+is\s+(?P<a>.+?)\s*\??$|^(?:qui|qu'est-ce)\s+(?:est|que)\s+(?P<b>.+?)\s*\??$", re.IGNORECASE)


def _phrase_regex(label: str) -> str:
    """ "invests in" -> r"invest\\w*\\s+in": a label's words, each verb loosely conjugated."""
    words = label.lower().split()
    parts = []
    for i, word in enumerate(words):
        if i == 0 and len(word) > 4:
            parts.append(re.escape(word[: max(4, len(word) - 3)]) + r"\w*")
        else:
            parts.append(re.escape(word))
    return r"\s+".join(parts)


_PHRASES: dict[int, list[tuple[str, str, str]]] = {}


def _phrases(ontology: Ontology) -> list[tuple[str, str, str]]:
    """(regex, relation, direction) for every labelled relation, longest first."""
    if id(ontology) not in _PHRASES:
        out = []
        for name, spec in ontology.relations.items():
            if name in ("investor", "target", "amount", "valuation"):
                continue
            relation, swapped = ontology.canonical(name)
            for label in spec.labels:
                out.append((_phrase_regex(label), relation, "outgoing" if swapped else "incoming"))
        _PHRASES[id(ontology)] = sorted(out, key=lambda p: -len(p[0]))
    return _PHRASES[id(ontology)]


def parse_question(text: str, ontology: Ontology | None = None) -> Question:
    """Read a question; raise KGError with examples when it is not understood."""
    ontology = ontology or load_ontology()
    text = text.strip()
    if m := (_PATH.search(text) or _HOW.search(text)):
        return Question("path", None, (m.group("a").strip(), m.group("b").strip()))
    if _CENTRAL.search(text):
        return Question("central", None, ())
    for regex, relation, direction in _phrases(ontology):
        m = re.search(rf"^{_WHO}\s+(?:(?:is|are|est|sont|a|ont|has|have|was|were)\s+)?(?:been\s+)?{regex}\s+(?P<x>.+?)\s*\??$", text, re.IGNORECASE)
        if m:
            return Question(direction, relation, (m.group("x").strip(),))
    if m := _ABOUT.search(text):
        return Question("about", None, ((m.group("a") or m.group("b")).strip(),))
    raise KGError(
        f"cannot read the question {text!r}; try 'who depends on Scale AI?', 'qui investit dans Mistral AI ?', "
        "'path between Microsoft and Scale AI', 'most central entities', or `kg query`"
    )
