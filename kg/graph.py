"""The RDF graph as a networkx MultiDiGraph, and the questions researchers ask of it.

Nodes are entity IRIs with ``label``, ``kind`` and ``aliases``; edges are keyed by
relation and carry the ``sentence``, ``document`` and ``confidence`` behind them.
Super-properties and inverses are materialised with ``inferred=True``, so that
"who depends on Scale AI?" also finds its customers.

>>> G = nx.MultiDiGraph()
>>> G.add_node("a", label="OpenAI", kind="Organization", aliases=())
>>> G.add_node("b", label="Scale AI", kind="Organization", aliases=())
>>> _ = G.add_edge("a", "b", key="dependsOn", relation="dependsOn", inferred=False)
>>> [G.nodes[n]["label"] for n in dependents(G, "b")]
['OpenAI']
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

import networkx as nx

from .errors import EntityNotFound
from .extract import normalize_name
from .ontology import KG_NS, Ontology, load_ontology

__all__ = ["project", "find", "dependents", "related", "path", "central", "describe_path"]


def project(store, ontology: Ontology | None = None) -> nx.MultiDiGraph:
    """Build the networkx view of a kg Store."""
    ontology = ontology or load_ontology()
    G = nx.MultiDiGraph()
    # inside one document's graph, then DISTINCT: over the union, an entity named in m documents
    # would give m x m rows (45,954 entities gave 710,933 rows on a store of 1M triples)
    rows = store.select(
        "SELECT DISTINCT ?e ?label ?type WHERE { GRAPH ?g { ?e a ?type ; rdfs:label ?label } "
        "FILTER(STRSTARTS(STR(?e), STR(kgr:))) }"
    )
    for row in rows:
        node = str(row["e"])
        kind = str(row["type"]).rsplit("#", 1)[-1]
        label = str(row["label"])
        if node in G:
            data = G.nodes[node]
            if label != data["label"] and label not in data["aliases"]:
                # several documents may name it differently: keep the longest as the label
                names = sorted({label, data["label"], *data["aliases"]}, key=lambda n: (-len(n), n))
                data["label"], data["aliases"] = names[0], tuple(names[1:])
        else:
            G.add_node(node, label=label, kind=kind, aliases=())
    for row in store.select("SELECT DISTINCT ?e ?alias WHERE { ?e skos:altLabel ?alias }"):
        node = str(row["e"])
        if node in G and str(row["alias"]) not in G.nodes[node]["aliases"] and str(row["alias"]) != G.nodes[node]["label"]:
            G.nodes[node]["aliases"] = tuple(sorted({*G.nodes[node]["aliases"], str(row["alias"])}))
    statements = store.select(
        "SELECT ?s ?p ?o ?sentence ?doc ?conf ?rule WHERE { ?st a kg:Statement ; rdf:subject ?s ; "
        "rdf:predicate ?p ; rdf:object ?o ; kg:sentence ?sentence ; prov:wasDerivedFrom ?doc ; "
        "kg:confidence ?conf ; kg:rule ?rule }"
    )
    for row in statements:
        s, o = str(row["s"]), str(row["o"])
        relation = str(row["p"])[len(KG_NS):]
        if s not in G or o not in G or relation not in ontology.relations:
            continue
        data = {
            "sentence": str(row["sentence"]), "document": str(row["doc"]),
            "confidence": float(row["conf"]), "rule": str(row["rule"]),
        }
        _add_edge(G, s, o, relation, data, inferred=False)
        for parent in ontology.ancestors(relation)[1:]:
            _add_edge(G, s, o, parent, data, inferred=True)
        for rel in ontology.ancestors(relation):
            spec = ontology.relations[rel]
            if spec.symmetric:
                _add_edge(G, o, s, rel, data, inferred=True)
            for name, other in ontology.relations.items():
                if other.inverse_of == rel:
                    _add_edge(G, o, s, name, data, inferred=True)
    return G


def _add_edge(G, s, o, relation, data, inferred):
    if G.has_edge(s, o, key=relation):
        edge = G.edges[s, o, relation]
        if not inferred and edge["inferred"]:
            edge.update(data, inferred=False)
        elif data["confidence"] > edge["confidence"] and edge["inferred"] == inferred:
            edge.update(data)
        return
    G.add_edge(s, o, key=relation, relation=relation, inferred=inferred, **data)


def find(G: nx.MultiDiGraph, name: str) -> str:
    """The node whose label or alias is `name`, ignoring case and accents.

    Raises EntityNotFound, with suggestions, when no entity has that name.
    """
    if name in G:
        return name
    key = normalize_name(name)
    labels, aliases = _name_index(G)
    exact = labels.get(key) or aliases.get(key)
    if exact:
        return max(exact, key=G.degree)
    words = set(key.split())
    close = sorted(
        (d["label"] for _, d in G.nodes(data=True) if words & set(normalize_name(d["label"]).split())),
        key=len,
    )[:5]
    raise EntityNotFound(name, close)


_NAME_INDEXES: WeakKeyDictionary = WeakKeyDictionary()


def _name_index(G: nx.MultiDiGraph) -> tuple[dict, dict]:
    """Normalised label -> nodes, and normalised alias -> nodes; built once per graph and size."""
    cached = _NAME_INDEXES.get(G)
    if cached is None or cached[0] != len(G):
        labels: dict[str, list] = {}
        aliases: dict[str, list] = {}
        for node, data in G.nodes(data=True):
            labels.setdefault(normalize_name(data["label"]), []).append(node)
            for alias in data.get("aliases", ()):
                aliases.setdefault(normalize_name(alias), []).append(node)
        cached = _NAME_INDEXES[G] = (len(G), labels, aliases)
    return cached[1], cached[2]


def related(G: nx.MultiDiGraph, node: str, relation: str | None = None, direction: str = "out") -> list[str]:
    """Neighbours of `node` through `relation` (any when None), going "out" or "in"."""
    edges = G.out_edges(node, keys=True) if direction == "out" else G.in_edges(node, keys=True)
    out = []
    for s, o, key in edges:
        if relation is None or key == relation:
            other = o if direction == "out" else s
            if other not in out:
                out.append(other)
    return sorted(out, key=lambda n: G.nodes[n]["label"].lower())


def dependents(G: nx.MultiDiGraph, node: str) -> list[str]:
    """Who depends on `node`: incoming dependsOn edges, which include customers (customerOf)."""
    return related(G, node, "dependsOn", direction="in")


def _simple(G: nx.MultiDiGraph) -> nx.Graph:
    """An undirected view with one edge per pair: the most confident asserted statement."""
    H = nx.Graph()
    H.add_nodes_from(G.nodes)
    for s, o, key, data in G.edges(keys=True, data=True):
        if data.get("inferred"):
            continue
        if not H.has_edge(s, o) or data["confidence"] > H.edges[s, o]["confidence"]:
            H.add_edge(s, o, relation=key, source=s, target=o, **{k: data[k] for k in ("sentence", "document", "confidence")})
    return H


def path(G: nx.MultiDiGraph, a: str, b: str) -> list[dict]:
    """The shortest chain of statements linking `a` and `b`, each hop with its sentence."""
    H = _simple(G)
    try:
        nodes = nx.shortest_path(H, a, b)
    except nx.NetworkXNoPath:
        return []
    hops = []
    for x, y in zip(nodes, nodes[1:]):
        data = H.edges[x, y]
        hops.append({
            "subject": data["source"], "relation": data["relation"], "object": data["target"],
            "sentence": data["sentence"], "document": data["document"],
        })
    return hops


def describe_path(G: nx.MultiDiGraph, hops: list[dict]) -> list[str]:
    """One line per hop: "Microsoft investsIn OpenAI  («sentence»)"."""
    return [
        f"{G.nodes[h['subject']]['label']} {h['relation']} {G.nodes[h['object']]['label']}  «{h['sentence']}»"
        for h in hops
    ]


def central(G: nx.MultiDiGraph, n: int = 10) -> list[tuple[str, float]]:
    """The `n` most central entities by degree in the asserted graph, with their score."""
    H = _simple(G)
    if H.number_of_nodes() == 0:
        return []
    scores = nx.degree_centrality(H)
    return sorted(scores.items(), key=lambda kv: (-kv[1], G.nodes[kv[0]]["label"]))[:n]
