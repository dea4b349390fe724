"""SHACL validation: the shapes of ``ontologies/shapes.ttl``, run by pySHACL over a kg graph.

The shapes check the domain and range of every relation, that an amount is a
non-negative decimal in an ISO 4217 currency, that a stake is between 0 and 100, that
every entity has a label and that every statement carries its provenance. They run over
the union of all documents' graphs, with ``ontologies/kg.ttl`` mixed in so that a
Person counts as an Agent and an Investment as a Deal.

>>> from kg.store import Store
>>> report = validate(Store())
>>> report.conforms, report.violations
(True, [])
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from .errors import KGError

if TYPE_CHECKING:
    from rdflib import Graph

    from .store import Store

__all__ = ["Violation", "ValidationReport", "shapes_path", "validate", "validate_graph", "validate_command"]

_KG = "https://w3id.org/kg-news/ontology#"
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_SH = "http://www.w3.org/ns/shacl#"
# control characters, line and paragraph breaks, and bidirectional overrides: shown as escapes,
# so that one violation is one line and a name cannot reorder the terminal
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]")
MAX_SHOWN = 80  # characters of a label or value shown in a violation line


@dataclass(frozen=True)
class Violation:
    """One result of a failed constraint, in words.

    >>> print(Violation("https://w3id.org/kg-news/doc/ab#deal0", "Investment Meta -> Scale AI", "kg:stake",
    ...                 "a stake must be one xsd:decimal percentage from 0 to 100", "150"))
    Investment Meta -> Scale AI <kgd:ab#deal0>  kg:stake = 150: a stake must be one xsd:decimal percentage from 0 to 100
    """

    focus: str  # the IRI (or blank node id) of the node at fault
    label: str  # what a person calls it: its rdfs:label, or a description of a statement or deal
    path: str | None  # the property at fault, prefixed (kg:stake), or None
    message: str
    value: str | None = None  # the offending value, if any
    severity: str = "Violation"  # Violation, Warning or Info
    shape: str = ""  # the shape that failed, prefixed

    def __str__(self) -> str:
        where = f"{_shown(self.label)} <{_compact(self.focus)}>" if self.label else f"<{_compact(self.focus)}>"
        path = f"  {self.path}" if self.path else ""
        value = f" = {_shown(self.value)}" if self.value is not None else ""
        severity = "" if self.severity == "Violation" else f"[{self.severity}] "
        return f"{severity}{where}{path}{value}: {_one_line(self.message)}"


@dataclass
class ValidationReport:
    """Whether the graph conforms, and every violation (sorted, so the output is stable)."""

    conforms: bool
    violations: list[Violation] = field(default_factory=list)
    triples: int = 0

    def __str__(self) -> str:
        head = f"{self.triples} triples: " + ("conforms" if self.conforms else f"{len(self.violations)} violations")
        return "\n".join([head, *map(str, self.violations)])


def shapes_path() -> Path:
    """Where shapes.ttl is: inside the installed package, or in the source tree.

    >>> shapes_path().name
    'shapes.ttl'
    """
    from .ontology import ontology_file

    return ontology_file("shapes.ttl")


def _parse_turtle(path: Path, what: str) -> Graph:
    from rdflib import Graph

    if not path.is_file():
        raise KGError(f"{path}: no such {what} file")
    try:
        return Graph().parse(path, format="turtle")
    except Exception as err:  # rdflib raises many kinds
        raise KGError(f"{path}: not a valid Turtle {what} file ({_one_line(str(err))[:200]})") from None


@lru_cache(maxsize=4)
def _shapes(path: str | None) -> Graph:
    return _parse_turtle(Path(path) if path else shapes_path(), "SHACL shapes")


@lru_cache(maxsize=1)
def _ontology() -> Graph:
    from .ontology import ontology_path

    return _parse_turtle(ontology_path(), "ontology")


def validate_graph(data: Graph, shapes: str | Path | None = None) -> ValidationReport:
    """Validate an rdflib Graph (a kg graph's triples, all documents together).

    >>> from rdflib import Graph
    >>> g = Graph().parse(data='''
    ...   @prefix kg: <https://w3id.org/kg-news/ontology#> .
    ...   kg:m a kg:MonetaryAmount ; kg:value -5.0 ; kg:currency "usd" .''', format="turtle")
    >>> for v in validate_graph(g).violations: print(v.path, v.value)
    kg:currency usd
    kg:value -5.0
    """
    import pyshacl

    shapes_graph = _shapes(str(shapes) if shapes else None)
    conforms, results, _ = pyshacl.validate(
        data, shacl_graph=shapes_graph, ont_graph=_ontology(), inference="none", allow_warnings=True,
    )
    violations = sorted(
        (_violation(results, node, data, shapes_graph) for node in results.subjects(_iri(_RDF + "type"), _iri(_SH + "ValidationResult"))),
        key=lambda v: (v.label.casefold(), v.focus, v.path or "", v.message, v.value or ""),
    )
    return ValidationReport(conforms=bool(conforms), violations=violations, triples=len(data))


def validate(store: Store, shapes: str | Path | None = None) -> ValidationReport:
    """Validate what the documents of a kg Store say: the union of all documents' graphs.

    The graph that ``kg build --infer`` adds is left out: its triples are implied by the
    documents' and have no sentence of their own.

    Literals typed xsd:string come back from Oxigraph with the type written out; they are
    the same literals as plain ones (RDF 1.1), and are made plain so that ``sh:in`` lists
    of plain strings ("fr", "en") match them.
    """
    from rdflib import XSD, Literal

    data = store.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), STR(kgd:))) }").graph
    typed = list(data.triples((None, None, None)))
    for s, p, o in typed:
        if isinstance(o, Literal) and o.datatype == XSD.string:
            data.remove((s, p, o))
            data.add((s, p, Literal(str(o))))
    return validate_graph(data, shapes)


def validate_command(
    store: Annotated[
        str, typer.Option("--store", help="Store folder, or a SPARQL server as for the other commands.", show_default=True)
    ] = "kg-store",
    shapes: Annotated[
        Path | None, typer.Option("--shapes", help="SHACL shapes in Turtle (default: the shapes kg ships).")
    ] = None,
):
    """Check the graph against the SHACL shapes; one line per violation, exit status 1 if it does not conform."""
    from .api import KnowledgeGraph

    try:
        with KnowledgeGraph.open(store, read_only=True) as kg:
            report = validate(kg.store, shapes)
    except KGError as err:
        typer.echo(f"kg: error: {_one_line(str(err))}", err=True)
        raise typer.Exit(2) from None
    for violation in report.violations:
        typer.echo(str(violation))
    if report.conforms:
        typer.echo(f"{report.triples} triples: the graph conforms to {shapes or 'the kg shapes'}")
        return
    count = sum(v.severity == "Violation" for v in report.violations)
    typer.echo(f"{report.triples} triples: {count} violations; the graph does not conform")
    raise typer.Exit(1)


# ---------------------------------------------------------------- reading pySHACL's results


def _iri(text: str):
    from rdflib import URIRef

    return URIRef(text)


def _violation(results: Graph, node, data: Graph, shapes: Graph) -> Violation:
    from rdflib import Literal, URIRef

    def one(prop):
        return results.value(node, _iri(_SH + prop))

    focus, value, path, shape = one("focusNode"), one("value"), one("resultPath"), one("sourceShape")
    if focus is not None and focus == URIRef(_KG + "Statement") and value is not None:
        # a graph-wide check (kgsh:ReificationShape): the offending node is the value
        focus, value = value, None
    if value == focus:
        value = None  # a node constraint names the node itself as its value: say it once
    if path is None and shape is not None:
        # a domain check is a node constraint on the subjects of one relation: name the relation
        targets = list(shapes.objects(shape, _iri(_SH + "targetSubjectsOf")))
        path = targets[0] if len(targets) == 1 else None
    messages = [m for m in results.objects(node, _iri(_SH + "resultMessage")) if isinstance(m, Literal)]
    english = [m for m in messages if m.language in (None, "en")] or messages
    message = str(sorted(english)[0]) if english else "constraint not met"
    severity = one("resultSeverity")
    return Violation(
        focus=str(focus),
        label=_describe(data, focus),
        path=_compact(str(path)) if isinstance(path, URIRef) else None,
        message=_compact_text(message),
        value=None if value is None else (_compact(str(value)) if isinstance(value, URIRef) else str(value)),
        severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
        shape=_compact(str(shape)) if isinstance(shape, URIRef) else "",
    )


def _label(data: Graph, node) -> str:
    labels = sorted(str(v) for v in data.objects(node, _iri(_RDFS + "label")))
    return labels[0] if labels else ""


def _describe(data: Graph, node) -> str:
    """What a person calls `node`: its label; for a statement, its triple; for a deal, its parties."""
    if node is None:
        return ""
    label = _label(data, node)
    if label:
        return label
    types = {str(t) for t in data.objects(node, _iri(_RDF + "type"))}
    local = lambda iri: str(iri).rsplit("#", 1)[-1] if iri is not None else "?"  # noqa: E731
    name = lambda n: (_label(data, n) or _compact(str(n))) if n is not None else "?"  # noqa: E731
    if _KG + "Statement" in types:
        s, p, o = (data.value(node, _iri(_RDF + x)) for x in ("subject", "predicate", "object"))
        return f"statement {name(s)} {local(p)} {name(o)}"
    for kind in ("Investment", "Acquisition"):
        if _KG + kind in types:
            investor, target = data.value(node, _iri(_KG + "investor")), data.value(node, _iri(_KG + "target"))
            return f"{kind} {name(investor)} -> {name(target)}"
    if _KG + "MonetaryAmount" in types:
        deal = data.value(None, _iri(_KG + "amount"), node)
        if deal is not None:
            return f"amount of {_describe(data, deal)}"
        owner = data.value(None, _iri(_KG + "valuation"), node)
        if owner is not None:
            return f"valuation of {name(owner)}"
    return ""


@lru_cache(maxsize=1)
def _prefixes() -> tuple[tuple[str, str], ...]:
    from .store import PREFIXES

    return tuple(sorted(((p, ns) for p, ns in PREFIXES.items()), key=lambda pn: -len(pn[1])))


def _compact(iri: str) -> str:
    """A prefixed name for an IRI in a namespace kg knows; the IRI itself otherwise.

    >>> _compact("https://w3id.org/kg-news/ontology#stake"), _compact("urn:x")
    ('kg:stake', 'urn:x')
    """
    for prefix, ns in _prefixes():
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def _compact_text(text: str) -> str:
    for prefix, ns in _prefixes():
        text = text.replace(ns, f"{prefix}:")
    return text


def _one_line(text: str) -> str:
    r"""`text` on one line: control, line-break and bidi characters written as escapes.

    >>> _one_line("a\nb\u202ec")
    'a\\nb\\u202ec'
    """
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def _shown(text: str) -> str:
    text = _one_line(text)
    return text if len(text) <= MAX_SHOWN else text[: MAX_SHOWN - 1] + "…"
