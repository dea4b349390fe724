"""The page opens offline in a real headless Chromium (Debian's), draws the graph, runs no injected script."""

from pathlib import Path

import networkx as nx
import pytest
from conftest import CHROMIUM

from kg.viz import write_html

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed (make browser)")




def open_page(browser, path, events: list | None = None):
    """The page, loaded offline, with the requests that tried to leave and the errors; `events`,
    if given, collects every dialog ("dialog", message) and every request ("request", url)."""
    page = browser.new_page(viewport={"width": 1200, "height": 800})
    outside, errors = [], []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    if events is not None:
        page.on("dialog", lambda d: (events.append(("dialog", d.message)), d.dismiss()))
        page.on("request", lambda r: events.append(("request", r.url)))

    def route(r):
        if r.request.url.startswith("file://"):
            r.continue_()
        else:
            outside.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.goto(path.as_uri())
    page.wait_for_function("window.kgNetwork !== undefined")
    return page, outside, errors


def test_examples_page_draws_offline(browser, examples_kg, tmp_path):
    G = examples_kg.to_networkx()
    path = examples_kg.viz(tmp_path / "graph.html")
    page, outside, errors = open_page(browser, path)
    drawn = page.evaluate("window.kgNetwork.body.nodeIndices.length")
    connected = {n for s, o, d in G.edges(data=True) if not d["inferred"] for n in (s, o)}
    assert drawn == len(connected) > 20
    assert page.evaluate("window.kgData.edges.length") == sum(1 for *_, d in G.edges(data=True) if not d["inferred"])
    # a tooltip shows the source sentence as text
    title = page.evaluate("window.kgData.edges.get()[0].title.textContent")
    assert "«" in title
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "graph.png"))
    assert outside == [] and errors == []


def test_hostile_names_run_nothing(browser, tmp_path):
    G = nx.MultiDiGraph()
    evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'
    G.add_node("a", label=evil, kind="Organization", aliases=())
    G.add_node("b", label="B", kind="Person", aliases=())
    G.add_edge("a", "b", key="employs", relation="employs", inferred=False, sentence=evil, document="d", confidence=0.5, rule="r")
    path = write_html(G, tmp_path / "evil.html")
    page, outside, errors = open_page(browser, path)
    page.evaluate("document.body.appendChild(window.kgData.nodes.get('a').title)")
    page.evaluate("document.body.appendChild(window.kgData.edges.get()[0].title)")
    page.wait_for_timeout(200)
    assert page.evaluate("window.__pwned") is None
    assert evil in page.evaluate("document.body.innerText")
    assert outside == []


def test_inline_notebook_view_draws_offline(browser, examples_kg, tmp_path):
    """What Jupyter shows for `g.show()`: an iframe whose srcdoc is the whole page; it draws with no network."""
    host = tmp_path / "cell.html"
    host.write_text(f"<!DOCTYPE html><html><body>{examples_kg.show(focus='Scale AI', hops=1)._repr_html_()}</body></html>",
                    encoding="utf-8")
    page = browser.new_page(viewport={"width": 1000, "height": 700})
    outside, errors = [], []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file://", "about:")) else
               (outside.append(r.request.url), r.abort()))
    page.goto(host.as_uri())
    frame = page.frames[1]
    frame.wait_for_function("window.kgNetwork !== undefined")
    labels = frame.evaluate("window.kgData.nodes.get().map(n => n.label)")
    assert "Scale AI" in labels and "Meta" in labels
    assert frame.evaluate("document.querySelector('canvas').width") > 0
    assert outside == [] and errors == []


def test_a_large_graph_settles_and_stops_moving(browser, tmp_path):
    """Past 400 entities the browser's physics lays the graph out, then switches itself off."""
    import random

    rng = random.Random(3)
    G = nx.MultiDiGraph()
    for n in range(2000):
        G.add_node(f"n{n}", label=f"Entity {n}", kind="Organization", aliases=())
    for n in range(1, 2000):
        G.add_edge(f"n{n}", f"n{rng.randrange(n)}", key="partnersWith", relation="partnersWith", inferred=False,
                   sentence="s", document="d", confidence=0.8)
    page, outside, errors = open_page(browser, write_html(G, tmp_path / "large.html"))
    page.wait_for_function("() => window.kgStabilized === true", timeout=120_000)
    assert page.evaluate("window.kgData.nodes.length") == 1500
    assert page.evaluate("window.kgNetwork.physics.options.enabled") is False
    assert "only the 1500 best-connected of 2000 entities drawn" in page.inner_text("#counts")
    assert outside == [] and errors == []


def test_the_hostile_corpus_page_runs_nothing(browser, hostile_build, tmp_path):
    """The page of the store built from tests/hostile/: names with <script>, quotes and markup,
    sentences with <img onerror=...>, shown in every node and edge tooltip."""
    from kg.api import KnowledgeGraph

    store, _, _ = hostile_build
    with KnowledgeGraph.open(store, read_only=True) as kg:
        path = kg.viz(tmp_path / "hostile.html")
    events: list = []
    page, outside, errors = open_page(browser, path, events)
    page.evaluate("window.kgData.nodes.get().forEach(function (n) { document.body.appendChild(n.title); })")
    page.evaluate("window.kgData.edges.get().forEach(function (e) { document.body.appendChild(e.title); })")
    page.mouse.move(600, 400)
    page.wait_for_timeout(300)
    assert [e for e in events if e[0] == "dialog"] == []
    assert [e for e in events if e[0] == "request"] == [("request", path.as_uri())]  # no <img src=x> loaded
    assert page.evaluate("document.querySelectorAll('script').length") == 2  # the page's own
    assert page.evaluate("document.querySelectorAll('img, iframe, svg, object').length") == 0
    shown = page.evaluate("document.body.innerText")
    for name in ('Zeta"><script>alert(1)</script', 'Evil"""Corp', "Bad>Corp"):
        assert name in shown
    assert "start-up Zeta\"><script>alert(1)</script> pour" in shown  # a sentence that holds markup, as text
    assert outside == [] and errors == []
