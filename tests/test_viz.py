"""The page is self-contained and shows document text as text."""

import re

import networkx as nx

from kg.viz import render_html

HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>"quoted" </script>'


def graph():
    G = nx.MultiDiGraph()
    G.add_node("a", label=HOSTILE, kind="Organization", aliases=("A&B",))
    G.add_node("b", label="Scale AI", kind="Organization", aliases=())
    G.add_node("c", label="Alexandr Wang", kind="Person", aliases=())
    G.add_edge("a", "b", key="investsIn", relation="investsIn", inferred=False, sentence=f"{HOSTILE} invests.",
               document="https://w3id.org/kg-news/doc/x", confidence=0.8, rule="t")
    G.add_edge("b", "a", key="backedBy", relation="backedBy", inferred=True, sentence="", document="", confidence=0.8, rule="t")
    G.add_edge("b", "c", key="foundedBy", relation="foundedBy", inferred=False, sentence="Fondée par Alexandr Wang.",
               document="https://w3id.org/kg-news/doc/x", confidence=0.8, rule="t")
    return G


def test_no_external_resources():
    page = render_html(graph())
    assert not re.search(r"<script[^>]+src=", page, re.I)
    assert not re.search(r"<link[^>]+href=", page, re.I)
    assert "cdn" not in page.lower().replace("cdnjs", "") or "https://cdn" not in page
    assert "vis.Network" in page and "Content-Security-Policy" in page


def test_document_text_never_becomes_markup():
    page = render_html(graph())
    assert "<img src=x" not in page
    assert "<script>alert" not in page
    assert "\\u003cscript\\u003ealert(1)" in page
    # tooltips become DOM text nodes, not HTML
    assert "textContent" in page and "innerHTML" not in page.split("<script>(function")[-1]


def test_legend_and_only_asserted_edges():
    page = render_html(graph())
    for kind in ("Organization", "Person", "Product", "Place", "Event"):
        assert kind in page
    assert '"label": "investsIn"' in page and '"label": "backedBy"' not in page


def test_focus_keeps_the_neighbourhood():
    page = render_html(graph(), focus="c", hops=1)
    assert "Alexandr Wang" in page and "1 statements" in page


def test_a_large_graph_draws_its_best_connected_part_and_says_what_it_left_out():
    import json
    import random
    import re

    import networkx as nx

    from kg.viz import render_html

    rng = random.Random(5)
    G = nx.MultiDiGraph()
    for n in range(5000):
        G.add_node(f"n{n}", label=f"Entity {n}", kind="Organization", aliases=())
    for n in range(1, 5000):  # a preferential-attachment tree: a few hubs, many leaves
        target = f"n{rng.randrange(n)}" if rng.random() < 0.5 else f"n{rng.randrange(min(n, 20))}"
        G.add_edge(f"n{n}", target, key="partnersWith", relation="partnersWith", inferred=False,
                   sentence="s", document="d", confidence=0.8)
    page = render_html(G, max_nodes=1500)
    nodes = json.loads(re.search(r"var nodes = (\[.*?\]);\n", page).group(1))
    assert len(nodes) == 1500
    assert "only the 1500 best-connected of 5000 entities drawn" in page
    hubs = sorted(G.nodes, key=G.degree, reverse=True)[:20]
    assert {n["id"] for n in nodes} >= set(hubs)
