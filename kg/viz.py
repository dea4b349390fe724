"""A self-contained interactive HTML page of the graph, drawn with pyvis and vis-network.

The page needs no network: vis-network's script and style are inlined from the copy that
ships inside pyvis, and pyvis's own template (which links Bootstrap from a CDN) is not
used. Every text from a document reaches the page as JSON data and is shown with
``textContent``: a name like ``<img onerror=...>`` is displayed, never run.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("a", label="<b>A</b>", kind="Organization", aliases=())
>>> page = render_html(G, isolated=True)
>>> "<b>A</b>" in page, "\\\\u003cb\\\\u003eA" in page
(False, True)
"""

from __future__ import annotations

import html
import json
from importlib import resources
from pathlib import Path

import networkx as nx

__all__ = ["STYLES", "MAX_NODES", "render_html", "write_html", "subgraph", "most_central", "PageView"]

MAX_NODES = 1500  # past this, a page draws the best-connected entities only
LAYOUT_IN_PYTHON = 400  # up to this, networkx computes positions; past it, the browser's physics does

STYLES = {
    "Organization": {"color": "#4e79a7", "shape": "dot"},
    "Person": {"color": "#f28e2b", "shape": "diamond"},
    "Product": {"color": "#59a14f", "shape": "triangle"},
    "Place": {"color": "#e15759", "shape": "square"},
    "Event": {"color": "#b07aa1", "shape": "star"},
}


def vis_assets() -> tuple[str, str]:
    """vis-network's script and style sheet, as shipped inside the pyvis package."""
    lib = resources.files("pyvis").joinpath("templates/lib/vis-9.1.2")
    return lib.joinpath("vis-network.min.js").read_text(encoding="utf-8"), lib.joinpath("vis-network.css").read_text(encoding="utf-8")


def _script_json(value) -> str:
    """JSON that is safe inside a <script> element."""
    return (
        json.dumps(value, ensure_ascii=False)
        .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    )


def subgraph(G: nx.MultiDiGraph, focus: str | None = None, hops: int = 2, isolated: bool = False) -> nx.MultiDiGraph:
    """The asserted edges only, around `focus` (a node) when given; entities in no
    statement are left out unless `isolated`."""
    H = nx.MultiDiGraph()
    H.add_nodes_from(G.nodes(data=True))
    H.add_edges_from((s, o, k, d) for s, o, k, d in G.edges(keys=True, data=True) if not d.get("inferred"))
    if focus is not None:
        near = nx.ego_graph(H.to_undirected(as_view=True), focus, radius=hops)
        H = H.subgraph(near.nodes).copy()
    if not isolated:
        H.remove_nodes_from([n for n in list(H.nodes) if H.degree(n) == 0 and n != focus])
    return H


def most_central(H: nx.MultiDiGraph, max_nodes: int, keep: str | None = None) -> nx.MultiDiGraph:
    """The `max_nodes` best-connected nodes of `H` (and `keep`), with the edges between them.

    >>> H = nx.MultiDiGraph([("hub", "a"), ("hub", "b"), ("a", "b"), ("c", "d")])
    >>> sorted(most_central(H, 3).nodes)
    ['a', 'b', 'hub']
    """
    if len(H) <= max_nodes:
        return H
    ranked = sorted(H.nodes, key=lambda n: (-H.degree(n), str(H.nodes[n].get("label", n))))
    chosen = ranked[:max_nodes]
    if keep is not None and keep in H and keep not in chosen:
        chosen[-1] = keep
    return H.subgraph(chosen).copy()


def render_html(
    G: nx.MultiDiGraph, *, focus: str | None = None, hops: int = 2, title: str = "kg graph", isolated: bool = False,
    max_nodes: int = MAX_NODES,
) -> str:
    """The page, as a string. Past `max_nodes` entities it draws the best-connected ones and says
    how many it left out, so that a browser tab never freezes on a large graph."""
    from pyvis.network import Network

    H = subgraph(G, focus, hops, isolated)
    notes = []
    if focus is None and len(G) > len(H):
        notes.append(f"{len(G) - len(H)} entities in no statement not drawn")
    shown = most_central(H, max_nodes, keep=focus)
    if len(shown) < len(H):
        notes.append(f"only the {len(shown)} best-connected of {len(H)} entities drawn (kg viz --focus NAME "
                     "draws a neighbourhood, --max-nodes N draws more)")
        H = shown
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    # up to LAYOUT_IN_PYTHON entities networkx lays the graph out and the page draws at once;
    # past it the browser's Barnes-Hut physics settles it in a bounded number of steps, then stops
    positions = _layout(H) if len(H) <= LAYOUT_IN_PYTHON else {}
    scale = 160 * max(1.0, len(H) ** 0.5)
    tooltips: dict[str, str] = {}
    for node, data in H.nodes(data=True):
        style = STYLES.get(data.get("kind"), {"color": "#999999", "shape": "dot"})
        degree = H.degree(node)
        placed = {"x": float(positions[node][0]) * scale, "y": float(positions[node][1]) * scale} if positions else {}
        net.add_node(
            node, label=data.get("label", node), color=style["color"], shape=style["shape"],
            size=12 + 3 * min(degree, 10), **placed,
        )
        lines = [f"{data.get('label', node)} ({data.get('kind', '?')})"]
        if data.get("aliases"):
            lines.append("also: " + ", ".join(data["aliases"]))
        tooltips[f"n:{node}"] = "\n".join(lines)
    for n, (s, o, key, data) in enumerate(H.edges(keys=True, data=True)):
        edge_id = f"e{n}"
        net.add_edge(s, o, id=edge_id, label=key, arrows="to", color="#888888")
        tooltips[f"e:{edge_id}"] = (
            f"{H.nodes[s].get('label')} {key} {H.nodes[o].get('label')}\n«{data.get('sentence', '')}»\n"
            f"{data.get('document', '')}  confidence {data.get('confidence', 0):.2f}"
        )
    nodes, edges = net.nodes, net.edges
    physics = {"enabled": False} if positions or not len(H) else {
        "enabled": True, "solver": "barnesHut",
        "barnesHut": {"gravitationalConstant": -3000, "springLength": 120, "damping": 0.4, "avoidOverlap": 0.1},
        "stabilization": {"enabled": True, "iterations": 150, "updateInterval": 50, "fit": True},
    }
    options = {
        "physics": physics,
        "interaction": {"hover": True, "tooltipDelay": 80, "navigationButtons": False},
        "edges": {"font": {"size": 10, "align": "middle"}, "smooth": {"type": "continuous"}},
        "nodes": {"font": {"size": 14}},
    }
    if not positions and len(H):
        # a large graph: straight edges, relation names in the tooltips only, no clustering pre-pass
        options.update(layout={"improvedLayout": False},
                       edges={"font": {"size": 0}, "smooth": False}, interaction={**options["interaction"], "hideEdgesOnDrag": True})
    js, css = vis_assets()
    legend = "".join(
        f'<li><span class="swatch" style="background:{s["color"]}"></span>{html.escape(kind)} ({s["shape"]})</li>'
        for kind, s in STYLES.items()
    )
    return _PAGE.format(
        title=html.escape(title),
        css=css,
        js=js,
        legend=legend,
        count=len(H),
        left_out="".join(f"; {html.escape(note)}" for note in notes),
        edge_count=H.number_of_edges(),
        nodes=_script_json(nodes),
        edges=_script_json(edges),
        tooltips=_script_json(tooltips),
        options=_script_json(options),
    )


def _layout(H: nx.MultiDiGraph) -> dict:
    """Positions computed here, so the browser draws at once with physics off."""
    if not len(H):
        return {}
    simple = nx.Graph(H)
    if len(H) <= 400:
        return nx.kamada_kawai_layout(simple)
    return nx.spring_layout(simple, seed=7, k=1.2 / len(H) ** 0.5)


def write_html(G: nx.MultiDiGraph, path: str | Path, **kwargs) -> Path:
    """Write the page to `path` (through a temporary file, so a reader never sees half of it)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(render_html(G, **kwargs), encoding="utf-8")
    tmp.replace(path)
    return path


class PageView:
    """The page inline in Jupyter: an iframe whose `srcdoc` holds the whole page, so it needs no
    server and no network, and its scripts stay inside the frame.

    >>> view = PageView("<p>x & y</p>")
    >>> view._repr_html_()[:40]
    '<iframe srcdoc="&lt;p&gt;x &amp; y&lt;/p'
    """

    def __init__(self, page: str, height: int = 600):
        self.page = page
        self.height = height

    def _repr_html_(self) -> str:
        return (f'<iframe srcdoc="{html.escape(self.page, quote=True)}" style="width:100%;height:{int(self.height)}px;'
                'border:1px solid #ddd" sandbox="allow-scripts"></iframe>')

    def save(self, path: str | Path) -> Path:
        path = Path(path)
        path.write_text(self.page, encoding="utf-8")
        return path


_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>{title}</title>
<style>{css}</style>
<style>
html, body {{ margin: 0; height: 100%; font-family: system-ui, sans-serif; }}
#graph {{ position: absolute; inset: 0; }}
#legend {{ position: absolute; top: 8px; left: 8px; background: rgba(255,255,255,.92); padding: 8px 12px;
  border: 1px solid #ccc; border-radius: 6px; font-size: 13px; z-index: 2; }}
#legend ul {{ list-style: none; margin: 4px 0 0; padding: 0; }}
.swatch {{ display: inline-block; width: 10px; height: 10px; margin-right: 6px; border-radius: 2px; }}
div.vis-tooltip {{ white-space: pre-wrap; max-width: 420px; }}
</style>
</head>
<body>
<div id="legend"><strong>{title}</strong> <span id="counts">{count} entities, {edge_count} statements{left_out}</span><ul>{legend}</ul></div>
<div id="graph"></div>
<script>{js}</script>
<script>
(function () {{
  var nodes = {nodes};
  var edges = {edges};
  var tooltips = {tooltips};
  function tip(text) {{ var el = document.createElement("div"); el.textContent = text; return el; }}
  nodes.forEach(function (n) {{ n.title = tip(tooltips["n:" + n.id] || String(n.label)); }});
  edges.forEach(function (e) {{ e.title = tip(tooltips["e:" + e.id] || ""); }});
  var data = {{ nodes: new vis.DataSet(nodes), edges: new vis.DataSet(edges) }};
  var options = {options};
  var network = new vis.Network(document.getElementById("graph"), data, options);
  window.kgStabilized = !options.physics.enabled;
  network.once("stabilizationIterationsDone", function () {{
    network.setOptions({{ physics: {{ enabled: false }} }});  // settled: stop moving
    window.kgStabilized = true;
  }});
  window.kgNetwork = network;
  window.kgData = data;
}})();
</script>
</body>
</html>
"""
