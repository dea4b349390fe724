"""Tables for notebooks: SPARQL results, entities, statements and deals as pandas DataFrames.

Each function takes what the other stages already made (an rdflib query result, the
networkx projection, a Store) and returns a DataFrame with typed columns: numbers as
nullable numbers, dates as datetimes, IRIs and text as strings.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("kgr:a", label="Meta", kind="Organization", aliases=("Facebook",))
>>> entities_frame(G)[["label", "class", "aliases"]].to_dict("records")
[{'label': 'Meta', 'class': 'Organization', 'aliases': ['Facebook']}]
"""

from __future__ import annotations

import datetime
from decimal import Decimal

import networkx as nx
import pandas as pd
from rdflib import BNode, Literal, URIRef

__all__ = ["result_frame", "entities_frame", "statements_frame", "investments_frame", "typed_column"]

STATEMENT_COLUMNS = ["subject", "relation", "object", "confidence", "sentence", "source", "document",
                     "subject_iri", "object_iri"]
DEAL_COLUMNS = ["kind", "investor", "target", "amount", "currency", "stake", "date", "sentence", "source",
                "document", "investor_iri", "target_iri"]


def python_value(term):
    """The plain Python value of an RDF term: str for IRIs and text, float for decimals.

    >>> python_value(Literal("14.8", datatype=URIRef("http://www.w3.org/2001/XMLSchema#decimal")))
    14.8
    """
    if term is None:
        return None
    if isinstance(term, URIRef | BNode):
        return str(term)
    if isinstance(term, Literal):
        value = term.toPython()
        if isinstance(value, Decimal):
            return float(value)
        if isinstance(value, Literal):  # a datatype rdflib cannot map (gYear...): its lexical form
            text = str(value)
            return int(text) if text.isdigit() and value.datatype and str(value.datatype).endswith("gYear") else text
        return value
    return str(term)


def typed_column(values: list) -> pd.Series:
    """A Series with the narrowest nullable dtype that holds every value.

    >>> str(typed_column([1, None, 3]).dtype), str(typed_column([1, 2.5]).dtype), str(typed_column(["a", None]).dtype)
    ('Int64', 'Float64', 'string')
    """
    kinds = {type(v) for v in values if v is not None}
    if not kinds:
        return pd.Series(values, dtype="object")
    if kinds == {bool}:
        return pd.Series(values, dtype="boolean")
    if kinds == {int}:
        return pd.Series(values, dtype="Int64")
    if kinds <= {int, float}:
        return pd.Series(values, dtype="Float64")
    if kinds <= {datetime.date, datetime.datetime}:
        return pd.to_datetime(pd.Series(values, dtype="object"))
    if kinds == {str}:
        return pd.Series(values, dtype="string")
    return pd.Series(values, dtype="object")


def _frame(columns: list[str], rows: list[list]) -> pd.DataFrame:
    return pd.DataFrame({name: typed_column([row[i] for row in rows]) for i, name in enumerate(columns)},
                        columns=columns)


def result_frame(result) -> pd.DataFrame | bool:
    """An rdflib SPARQL result as a DataFrame (SELECT), a bool (ASK), or subject/predicate/object rows."""
    if result.type == "ASK":
        return bool(result.askAnswer)
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        rows = [[python_value(s), python_value(p), python_value(o)] for s, p, o in result.graph]
        return _frame(["subject", "predicate", "object"], sorted(rows, key=lambda r: tuple(map(str, r))))
    names = [str(v) for v in result.vars]
    return _frame(names, [[python_value(v) for v in row] for row in result])


def entities_frame(G: nx.MultiDiGraph) -> pd.DataFrame:
    """One row per entity: iri, label, class, aliases, degree (statements it takes part in)."""
    degree: dict[str, int] = {}
    for s, o, data in G.edges(data=True):
        if not data.get("inferred"):
            degree[s] = degree.get(s, 0) + 1
            degree[o] = degree.get(o, 0) + 1
    rows = [[node, data["label"], data["kind"], list(data["aliases"]), degree.get(node, 0)]
            for node, data in G.nodes(data=True)]
    rows.sort(key=lambda r: (-r[4], r[1]))
    return _frame(["iri", "label", "class", "aliases", "degree"], rows)


def statements_frame(G: nx.MultiDiGraph, sources: dict[str, str] | None = None) -> pd.DataFrame:
    """One row per asserted statement (inferred inverses left out), with its sentence and source file."""
    sources = sources or {}
    rows = [
        [G.nodes[s]["label"], key, G.nodes[o]["label"], round(float(d["confidence"]), 2), d["sentence"],
         sources.get(d["document"]), d["document"], s, o]
        for s, o, key, d in G.edges(keys=True, data=True) if not d.get("inferred")
    ]
    rows.sort(key=lambda r: tuple("" if v is None else str(v) for v in r))
    return _frame(STATEMENT_COLUMNS, rows)


def investments_frame(store, G: nx.MultiDiGraph, sources: dict[str, str] | None = None) -> pd.DataFrame:
    """One row per investment or acquisition: who, in whom, how much, what stake, when; largest first."""
    sources = sources or {}
    rows = []
    for r in store.select(
        "SELECT ?kind ?investor ?target ?value ?currency ?stake ?date ?sentence ?doc WHERE { "
        "?deal a ?type . VALUES ?type { kg:Investment kg:Acquisition } BIND(STRAFTER(STR(?type), '#') AS ?kind) "
        "OPTIONAL { ?deal kg:investor ?investor } OPTIONAL { ?deal kg:target ?target } "
        "OPTIONAL { ?deal kg:amount ?a . ?a kg:value ?value ; kg:currency ?currency } "
        "OPTIONAL { ?deal kg:stake ?stake } OPTIONAL { ?deal kg:date ?date } "
        "OPTIONAL { ?deal kg:sentence ?sentence } OPTIONAL { ?deal prov:wasDerivedFrom ?doc } }"
    ):
        investor, target = python_value(r["investor"]), python_value(r["target"])
        date = python_value(r["date"])
        if isinstance(date, int):  # a year
            date = datetime.date(date, 1, 1)
        rows.append([
            str(r["kind"]),
            G.nodes[investor]["label"] if investor in G else None,
            G.nodes[target]["label"] if target in G else None,
            python_value(r["value"]), python_value(r["currency"]), python_value(r["stake"]), date,
            python_value(r["sentence"]), sources.get(python_value(r["doc"])), python_value(r["doc"]),
            investor, target,
        ])
    rows.sort(key=lambda r: (r[3] is None, -(r[3] or 0), str(r[1]), str(r[2])))
    frame = _frame(DEAL_COLUMNS, rows)
    frame["amount"] = frame["amount"].astype("Float64")
    frame["stake"] = frame["stake"].astype("Float64")
    frame["date"] = pd.to_datetime(frame["date"])
    return frame
