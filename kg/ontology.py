"""The ontology as data: namespace, relations with their triggers, role titles, class descriptors.

Everything the extractor knows about words comes from ``ontologies/kg.ttl``: adding a
relation or a trigger is an edit of that file, not of Python code.

>>> onto = load_ontology()
>>> spec = onto.relations["investsIn"]
>>> spec.domain, spec.range
(('Agent',), ('Organization',))
>>> onto.canonical("backedBy")
('investsIn', True)
>>> any(t.head == "racheter" for t in onto.relations["acquired"].triggers["fr"])
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection

from .errors import KGError

__all__ = [
    "KG",
    "KG_NS",
    "RES_NS",
    "DOC_NS",
    "CORE_RELATIONS",
    "Template",
    "RelationSpec",
    "RoleSpec",
    "Ontology",
    "load_ontology",
    "ontology_path",
    "parse_template",
]

KG_NS = "https://w3id.org/kg-news/ontology#"
RES_NS = "https://w3id.org/kg-news/id/"
DOC_NS = "https://w3id.org/kg-news/doc/"
KG = Namespace(KG_NS)

# The relations that precision counts: every main object property but locatedIn.
CORE_RELATIONS = (
    "investsIn", "acquired", "foundedBy", "worksFor", "leads", "joins", "partnersWith",
    "customerOf", "dependsOn", "competesWith", "develops", "headquarteredIn", "subsidiaryOf",
)

# Words that mark an argument in a template rather than name the trigger itself.
PREPOSITIONS = {
    "fr": {"de", "à", "dans", "avec", "par", "en", "auprès", "sur", "pour", "chez", "entre", "envers",
           "comme", "que", "vis-à-vis", "au", "du", "des", "aux", "tel", "sous", "vers", "derrière", "via"},
    "en": {"in", "into", "of", "by", "with", "from", "on", "for", "to", "at", "against", "between",
           "like", "such", "as", "over", "up", "under", "behind", "through", "via", "around"},
}
PARTICLES = {"up", "over", "off", "out", "down", "away"}
ARTICLES = {"le", "la", "les", "l'", "un", "une", "the", "a", "an"}
CONTRACTIONS = {"au": "à", "aux": "à", "du": "de", "des": "de", "d'": "de"}


@dataclass(frozen=True)
class Template:
    """One trigger: a head lemma, other content words below it, and how each argument is marked.

    >>> t = parse_template("{s} entrer au capital de {o}", "fr")
    >>> t.head, t.extra, t.subject_marks, t.object_marks
    ('entrer', ('capital',), (), ('de',))
    """

    text: str
    lang: str
    head: str
    extra: tuple[str, ...] = ()
    subject_marks: tuple[str, ...] = ()  # prepositions before {s}; () = grammatical subject
    object_marks: tuple[str, ...] = ()  # prepositions before {o}; () = direct object
    has_subject: bool = True
    has_object: bool = True
    subject_first: bool = True  # {s} stands before the head: a verb's subject
    reflexive: bool = False
    particles: tuple[str, ...] = ()  # words after the head that are neither content nor marker ("take over")
    third_party: bool = False  # "{x} céder {o} à {s}": the grammatical subject ({x}) is neither argument


@dataclass(frozen=True)
class RelationSpec:
    name: str
    iri: str
    domain: tuple[str, ...]  # classes, any of which will do; () = anything
    range: tuple[str, ...]
    symmetric: bool = False
    inverse_of: str | None = None
    parents: tuple[str, ...] = ()
    label: str = ""
    labels: tuple[str, ...] = ()  # every rdfs:label, in every language
    triggers: dict[str, tuple[Template, ...]] = field(default_factory=dict)
    locative_markers: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "in"@en: "a school in Coventry"


@dataclass(frozen=True)
class RoleSpec:
    """A normalised title ("CFO") with its nouns per language and the relation it implies."""

    title: str
    relation: str
    words: dict[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class Ontology:
    relations: dict[str, RelationSpec]
    roles: tuple[RoleSpec, ...]
    descriptors: dict[str, dict[str, tuple[str, ...]]]  # class -> lang -> nouns
    classes: tuple[str, ...]
    terms: frozenset[str]

    def canonical(self, name: str) -> tuple[str, bool]:
        """The main property for `name`, and whether its arguments must be swapped."""
        spec = self.relations[name]
        if spec.inverse_of and spec.inverse_of in self.relations:
            return spec.inverse_of, True
        return name, False

    def ancestors(self, name: str) -> list[str]:
        """`name` and every property it is a sub-property of, nearest first.

        >>> load_ontology().ancestors("customerOf")
        ['customerOf', 'dependsOn']
        """
        seen, todo = [], [name]
        while todo:
            current = todo.pop(0)
            if current in seen or current not in self.relations:
                continue
            seen.append(current)
            todo.extend(self.relations[current].parents)
        return seen

    def triggers(self, lang: str) -> list[tuple[str, Template]]:
        """Every (relation, template) pair for a language, most specific template first."""
        pairs = [(name, t) for name, spec in self.relations.items() for t in spec.triggers.get(lang, ())]
        return sorted(pairs, key=lambda p: -(len(p[1].extra) + len(p[1].particles) + p[1].reflexive))


def ontology_file(name: str) -> Path:
    """Where a file of ontologies/ is: inside the installed package, or in the source tree."""
    packaged = resources.files("kg").joinpath(f"ontologies/{name}")
    if packaged.is_file():
        return Path(str(packaged))
    source = Path(__file__).resolve().parent.parent / "ontologies" / name
    if source.is_file():
        return source
    raise KGError(f"{name} not found in the package nor beside it; reinstall kg")


def ontology_path() -> Path:
    """Where kg.ttl is."""
    return ontology_file("kg.ttl")


def _local(iri) -> str:
    text = str(iri)
    return text[len(KG_NS):] if text.startswith(KG_NS) else re.split(r"[#/]", text)[-1]


def parse_template(text: str, lang: str) -> Template:
    """Read a trigger template ("{s} investir dans {o}") into a Template."""
    raw = text.replace("’", "'").split()
    reflexive = False
    words: list[str] = []
    for word in raw:
        if word in ("s'", "se") or (word.startswith("s'") and len(word) > 2):
            reflexive = True
            word = word[2:] if word.startswith("s'") else ""
            if not word:
                continue
        words.append(word.lower() if word not in ("{s}", "{o}", "{x}") else word)
    preps = PREPOSITIONS.get(lang, set())
    head = None
    extra: list[str] = []
    particles: list[str] = []
    marks: dict[str, list[str]] = {"{s}": [], "{o}": [], "{x}": []}
    pending: list[str] = []
    for word in words:
        if word in ("{s}", "{o}", "{x}"):
            marks[word] = [CONTRACTIONS.get(w, w) for w in pending if w not in ARTICLES]
            pending = []
        elif word in ARTICLES:
            continue
        elif word in preps or word in CONTRACTIONS:
            pending.append(word)
        else:
            if head is None:
                head = word
            else:
                extra.append(word)
            pending = []
    if pending:  # words after the last slot: particles of a phrasal verb
        particles = [w for w in pending if w not in ARTICLES]
    if lang == "en" and not extra and marks["{o}"] and all(w in PARTICLES for w in marks["{o}"]):
        # "{s} take over {o}", "{s} snap up {o}": a phrasal verb with a direct object
        particles, marks["{o}"] = list(marks["{o}"]), []
    if head is None:
        raise KGError(f"trigger {text!r} has no content word; write e.g. '{{s}} investir dans {{o}}'")
    # a particle right before {o} with no head noun after it ("take over {o}") is kept as a mark:
    # the extractor accepts it either as a preposition or as a particle with a direct object.
    return Template(
        text=text, lang=lang, head=head, extra=tuple(extra),
        subject_marks=tuple(marks["{s}"]), object_marks=tuple(marks["{o}"]),
        has_subject="{s}" in words, has_object="{o}" in words,
        subject_first=bool(words) and words[0] == "{s}", reflexive=reflexive, particles=tuple(particles),
        third_party="{x}" in words,
    )


def _classes(graph: Graph, node) -> tuple[str, ...]:
    """A class, or the members of an owl:unionOf, as local names."""
    if node is None:
        return ()
    if isinstance(node, URIRef):
        return (_local(node),)
    members = graph.value(node, OWL.unionOf)
    return tuple(_local(m) for m in Collection(graph, members)) if members is not None else ()


def _lang_literals(graph: Graph, subject, predicate) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for value in graph.objects(subject, predicate):
        if isinstance(value, Literal):
            out.setdefault(value.language or "", []).append(str(value))
    return {k: sorted(v) for k, v in out.items()}


@lru_cache(maxsize=4)
def load_ontology(path: str | None = None) -> Ontology:
    """Load kg.ttl (or another file in the same form) once per process."""
    graph = Graph()
    source = Path(path) if path else ontology_path()
    try:
        graph.parse(source, format="turtle")
    except Exception as err:  # rdflib raises many kinds
        raise KGError(f"{source}: not a valid Turtle ontology: {err}") from err
    relations: dict[str, RelationSpec] = {}
    for prop in sorted(graph.subjects(RDF.type, OWL.ObjectProperty)):
        if not isinstance(prop, URIRef) or not str(prop).startswith(KG_NS):
            continue
        name = _local(prop)
        domain = graph.value(prop, RDFS.domain)
        range_ = graph.value(prop, RDFS.range)
        inverse = graph.value(prop, OWL.inverseOf)
        parents = tuple(
            _local(p) for p in graph.objects(prop, RDFS.subPropertyOf) if str(p).startswith(KG_NS)
        )
        triggers = {
            lang: tuple(parse_template(t, lang) for t in texts)
            for lang, texts in _lang_literals(graph, prop, KG.trigger).items()
            if lang
        }
        relations[name] = RelationSpec(
            name=name,
            iri=str(prop),
            domain=_classes(graph, domain),
            range=_classes(graph, range_),
            symmetric=(prop, RDF.type, OWL.SymmetricProperty) in graph,
            inverse_of=_local(inverse) if inverse is not None else None,
            parents=parents,
            label=str(graph.value(prop, RDFS.label) or name),
            labels=tuple(sorted(str(v) for v in graph.objects(prop, RDFS.label))),
            triggers=triggers,
            locative_markers={lang: tuple(words) for lang, words in _lang_literals(graph, prop, KG.locativeMarker).items() if lang},
        )
    roles = []
    for role in sorted(graph.subjects(RDF.type, KG.RoleTitle)):
        relation = graph.value(role, KG.impliesRelation)
        roles.append(
            RoleSpec(
                title=str(graph.value(role, SKOS.prefLabel) or _local(role)),
                relation=_local(relation) if relation else "worksFor",
                words={k: tuple(v) for k, v in _lang_literals(graph, role, KG.trigger).items()},
            )
        )
    classes = tuple(
        sorted(_local(c) for c in graph.subjects(RDF.type, OWL.Class) if isinstance(c, URIRef) and str(c).startswith(KG_NS))
    )
    descriptors = {
        cls: {k: tuple(v) for k, v in _lang_literals(graph, KG[cls], KG.descriptor).items()} for cls in classes
    }
    terms = frozenset(
        _local(s) for s in graph.subjects() if isinstance(s, URIRef) and str(s).startswith(KG_NS)
    )
    return Ontology(
        relations=relations,
        roles=tuple(sorted(roles, key=lambda r: r.title)),
        descriptors=descriptors,
        classes=classes,
        terms=terms,
    )
