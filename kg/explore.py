"""What the graph explorer shows, as plain JSON-ready data: functions over the networkx graph.

`overview` gives the most central part of the asserted graph with positions, so the page
draws at once with physics off even when the graph has tens of thousands of entities;
`neighbourhood` gives an entity's facts (each with its sentence and document) and its
neighbours, to expand the drawing; `search` finds entities by any of their names;
`answer_view` turns an answer of ``KnowledgeGraph.ask`` into the nodes and edges to highlight.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("a", label="OpenAI", kind="Organization", aliases=("Open AI",))
>>> G.add_node("b", label="Scale AI", kind="Organization", aliases=())
>>> _ = G.add_edge("a", "b", key="customerOf", relation="customerOf", inferred=False,
...                sentence="OpenAI uses Scale AI.", document="d", confidence=0.9, rule="r")
>>> [hit["label"] for hit in search(G, "open ai")]
['OpenAI']
>>> [fact["sentence"] for fact in neighbourhood(G, "b")["facts"]]
['OpenAI uses Scale AI.']
"""

from __future__ import annotations

import math
import random
from collections import Counter

import networkx as nx

from . import graph as graphs
from .extract import normalize_name
from .viz import STYLES, subgraph

__all__ = ["asserted", "packed_layout", "Overview", "overview", "search", "neighbourhood", "answer_view", "node_info", "document_index"]

DEFAULT_STYLE = {"color": "#999999", "shape": "dot"}
KAMADA_KAWAI_MAX = 60


def asserted(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The statements as written (no inferred inverses or super-properties), between the
    entities that take part in at least one."""
    return subgraph(G)


def node_info(G: nx.MultiDiGraph, node: str) -> dict:
    """One entity: IRI, names, class, drawing style and degree."""
    data = G.nodes[node]
    style = STYLES.get(data.get("kind"), DEFAULT_STYLE)
    degree = sum(1 for *_, d in G.in_edges(node, data=True) if not d.get("inferred"))
    degree += sum(1 for *_, d in G.out_edges(node, data=True) if not d.get("inferred"))
    return {
        "id": node, "label": data.get("label", node), "kind": data.get("kind", "?"), "aliases": list(data.get("aliases", ())),
        "color": style["color"], "shape": style["shape"], "degree": degree,
    }


def edge_id(s: str, o: str, relation: str) -> str:
    return f"{s} {relation} {o}"


def _edge_info(G: nx.MultiDiGraph, s: str, o: str, relation: str, data: dict, documents: dict | None = None) -> dict:
    document = data.get("document", "")
    return {
        "id": edge_id(s, o, relation), "from": s, "to": o, "relation": relation,
        "subject": G.nodes[s].get("label", s), "object": G.nodes[o].get("label", o),
        "sentence": data.get("sentence", ""), "document": document,
        "document_name": _document_name(document, documents), "confidence": round(float(data.get("confidence", 0.0)), 2),
    }


def _document_name(iri: str, documents: dict | None) -> str:
    meta = (documents or {}).get(iri) or {}
    return meta.get("title") or meta.get("source") or meta.get("url") or iri


def _asserted_edges(G: nx.MultiDiGraph):
    return [(s, o, k, d) for s, o, k, d in G.edges(keys=True, data=True) if not d.get("inferred")]


def packed_layout(H: nx.MultiDiGraph, spacing: float = 150.0) -> dict[str, tuple[float, float]]:
    """Positions in pixels: each connected part laid out on its own (Kamada-Kawai, or a spring
    layout past KAMADA_KAWAI_MAX entities, where Kamada-Kawai takes seconds), scaled to its size, and the parts packed in rows, largest first,
    so that small parts do not crowd the large one.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph([("a", "b"), ("b", "c"), ("x", "y")])
    >>> pos = packed_layout(G)
    >>> sorted(pos), min(math.dist(pos[p], pos[q]) for p in "abc" for q in "xy") >= 150
    (['a', 'b', 'c', 'x', 'y'], True)
    """
    simple = nx.Graph(H)
    parts = sorted(nx.connected_components(simple), key=lambda c: (-len(c), min(c)))
    boxes = []
    for part in parts:
        sub = simple.subgraph(part)
        if len(part) == 1:
            raw = {next(iter(part)): (0.0, 0.0)}
        elif len(part) <= KAMADA_KAWAI_MAX:
            raw = {n: (float(x), float(y)) for n, (x, y) in nx.kamada_kawai_layout(sub).items()}
        else:
            raw = {n: (float(x), float(y)) for n, (x, y) in nx.spring_layout(sub, seed=7, k=1.2 / len(part) ** 0.5).items()}
        scale = spacing * 0.75 * max(1.0, len(part) ** 0.5)
        xs, ys = [p[0] for p in raw.values()], [p[1] for p in raw.values()]
        x0, y0 = min(xs), min(ys)
        placed = {n: ((x - x0) * scale, (y - y0) * scale) for n, (x, y) in raw.items()}
        width, height = (max(xs) - x0) * scale, (max(ys) - y0) * scale
        boxes.append((placed, width, height))
    row_width = max([boxes[0][1] if boxes else 0.0, sum((w + spacing) * (h + spacing) for _, w, h in boxes) ** 0.5])
    positions: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for placed, width, height in boxes:
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y + row_height + spacing, 0.0
        positions.update({n: (x + px, y + py) for n, (px, py) in placed.items()})
        x += width + spacing
        row_height = max(row_height, height)
    if positions:  # centre on the origin
        cx = (min(p[0] for p in positions.values()) + max(p[0] for p in positions.values())) / 2
        cy = (min(p[1] for p in positions.values()) + max(p[1] for p in positions.values())) / 2
        positions = {n: (px - cx, py - cy) for n, (px, py) in positions.items()}
    return positions


class Overview:
    """The asserted graph `H`, its entities ranked by degree centrality, and their positions.

    The `core` most central entities are laid out together once; an entity ranked past
    them is placed beside its neighbours already placed (or on an outer ring), so asking
    for more entities never moves those already drawn, and costs little.
    """

    def __init__(self, H: nx.MultiDiGraph, documents: dict | None = None, core: int = 1000):
        self.H = H
        self.documents = documents
        self.core = core
        self.ranked = [node for node, _ in graphs.central(H, len(H))]
        self.positions: dict[str, tuple[float, float]] = {}
        self._rng = random.Random(7)

    def _place(self, upto: int) -> None:
        if not self.positions and self.ranked:
            core = self.H.subgraph(self.ranked[: self.core])
            self.positions = {n: (round(x, 1), round(y, 1)) for n, (x, y) in packed_layout(core).items()}
            self._radius = max((max(abs(x), abs(y)) for x, y in self.positions.values()), default=0.0) + 200
        for i, node in enumerate(self.ranked[len(self.positions): upto]):
            near = [self.positions[n] for n in nx.all_neighbors(self.H, node) if n in self.positions]
            if near:
                x = sum(p[0] for p in near) / len(near) + self._rng.uniform(-90, 90)
                y = sum(p[1] for p in near) / len(near) + self._rng.uniform(-90, 90)
            else:
                angle = 2 * math.pi * ((i * 0.618034) % 1.0)
                x, y = self._radius * math.cos(angle), self._radius * math.sin(angle)
            self.positions[node] = (round(x, 1), round(y, 1))

    def view(self, limit: int = 1000) -> dict:
        """The `limit` most central entities and the statements between them, with positions;
        plus the counts per class and per relation of the whole graph."""
        H = self.H
        chosen = self.ranked[:limit]
        self._place(len(chosen))
        nodes = []
        for node in chosen:
            info = node_info(H, node)
            info["x"], info["y"] = self.positions[node]
            nodes.append(info)
        edges = [_edge_info(H, s, o, k, d, self.documents) for s, o, k, d in _asserted_edges(H.subgraph(chosen))]
        return {
            "nodes": nodes, "edges": edges, "shown": len(nodes), "total": len(H), "total_edges": H.number_of_edges(),
            "truncated": len(nodes) < len(H),
            "classes": dict(sorted(Counter(d.get("kind", "?") for _, d in H.nodes(data=True)).items())),
            "relations": dict(sorted(Counter(k for _, _, k in H.edges(keys=True)).items())),
        }


def overview(H: nx.MultiDiGraph, limit: int = 1000, documents: dict | None = None) -> dict:
    """The `limit` most central entities of `H` (an `asserted` graph) and the statements between
    them, with positions computed here, so the page draws at once with physics off.

    >>> import networkx as nx
    >>> H = nx.MultiDiGraph()
    >>> H.add_nodes_from((n, {"label": n, "kind": "Organization", "aliases": ()}) for n in "abcd")
    >>> for s, o in ("ab", "ac", "ad", "bc"):
    ...     _ = H.add_edge(s, o, key="investsIn", inferred=False, sentence="", document="", confidence=1.0)
    >>> view = overview(H, limit=2)
    >>> [n["label"] for n in view["nodes"]], view["shown"], view["total"], len(view["edges"])
    (['a', 'b'], 2, 4, 1)
    """
    return Overview(H, documents).view(limit)


def search(G: nx.MultiDiGraph, text: str, limit: int = 20) -> list[dict]:
    """Entities whose label or alias matches `text` (case, accents and punctuation ignored):
    exact names first, then names starting with it, then words starting with it, then any
    name containing it; the better connected first within each group."""
    key = normalize_name(text)
    if not key:
        return []
    hits = []
    for node, data in G.nodes(data=True):
        best = None
        for name in (data.get("label", ""), *data.get("aliases", ())):
            norm = normalize_name(name)
            if norm == key:
                rank = 0
            elif norm.startswith(key):
                rank = 1
            elif any(word.startswith(key) for word in norm.split()):
                rank = 2
            elif key in norm:
                rank = 3
            else:
                continue
            if best is None or rank < best[0]:
                best = (rank, name)
        if best is not None:
            hits.append((best[0], -G.degree(node), data.get("label", "").lower(), node, best[1]))
    hits.sort()
    out = []
    for _, _, _, node, matched in hits[:limit]:
        info = node_info(G, node)
        info["matched"] = matched
        out.append(info)
    return out


def neighbourhood(G: nx.MultiDiGraph, node: str, documents: dict | None = None) -> dict:
    """An entity, its facts (the statements it is in, each with sentence and document) and its
    neighbours, ready to be added to the drawing."""
    facts = _facts(G, node, documents)
    neighbours = sorted({f["to"] if f["from"] == node else f["from"] for f in facts} - {node},
                        key=lambda n: G.nodes[n].get("label", "").lower())
    return {
        "node": node_info(G, node),
        "facts": facts,
        "nodes": [node_info(G, n) for n in neighbours],
        "edges": facts,
    }


def _facts(G: nx.MultiDiGraph, node: str, documents: dict | None) -> list[dict]:
    out = [(s, o, k, d) for s, o, k, d in G.out_edges(node, keys=True, data=True) if not d.get("inferred")]
    out += [(s, o, k, d) for s, o, k, d in G.in_edges(node, keys=True, data=True) if not d.get("inferred") and s != node]
    out.sort(key=lambda e: (e[0] != node, e[2], G.nodes[e[1] if e[0] == node else e[0]].get("label", "").lower()))
    return [_edge_info(G, s, o, k, d, documents) for s, o, k, d in out]


def answer_view(G: nx.MultiDiGraph, answer, documents: dict | None = None) -> dict:
    """What to highlight for an answer of ``KnowledgeGraph.ask``: the answer's entities, the
    entities the question was about (`focus`), and the statements linking them."""
    q = answer.question
    focus: list[str] = []
    found: list[str] = []
    links: list[tuple] = []
    if q.kind == "path":
        a, b = graphs.find(G, q.entities[0]), graphs.find(G, q.entities[1])
        focus = [a, b]
        hops = graphs.path(G, a, b)
        found = list(dict.fromkeys(n for h in hops for n in (h["subject"], h["object"])))
        links = [(h["subject"], h["object"], h["relation"]) for h in hops]
    elif q.kind == "central":
        found = [node for node, _ in graphs.central(G)]
    else:
        node = graphs.find(G, q.entities[0])
        focus = [node]
        if q.kind == "about":
            found = [node] + [f["to"] if f["from"] == node else f["from"] for f in _facts(G, node, documents)]
            found = list(dict.fromkeys(found))
        else:
            found = graphs.related(G, node, q.relation, "in" if q.kind == "incoming" else "out")
        for other in found:
            for s, o in ((node, other), (other, node)):
                if G.has_edge(s, o):
                    links += [(s, o, k) for k, d in G[s][o].items() if not d.get("inferred")]
    involved = list(dict.fromkeys([*focus, *found]))
    edges = [_edge_info(G, s, o, k, G.edges[s, o, k], documents) for s, o, k in links]
    return {
        "question": {"kind": q.kind, "relation": q.relation, "entities": list(q.entities)},
        "lines": list(answer.lines),
        "answers": [G.nodes[n]["label"] for n in found] if q.kind != "path" else list(answer.entities),
        "highlight": found,
        "focus": focus,
        "nodes": [node_info(G, n) for n in involved],
        "edges": edges,
    }


def document_index(store) -> dict[str, dict]:
    """Each document's IRI -> its title, source path, URL and language, from a kg Store."""
    rows = store.select(
        "SELECT ?d ?title ?source ?url ?lang WHERE { ?d a kg:Document . OPTIONAL { ?d dcterms:title ?title } "
        "OPTIONAL { ?d kg:sourcePath ?source } OPTIONAL { ?d schema:url ?url } OPTIONAL { ?d dcterms:language ?lang } }"
    )
    out: dict[str, dict] = {}
    for row in rows:
        out[str(row["d"])] = {k: str(row[k]) for k in ("title", "source", "url", "lang") if row.get(k) is not None}
    return out
