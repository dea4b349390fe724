"""A 5,000-node `kg viz` page in headless Chromium: time to load and to finish stabilising.

    .venv/bin/python bench/viz_speed.py [--nodes 5000] [kg viz options, e.g. --max-nodes 5000]

The graph: generated, already-extracted documents (bench/corpus.py `covering_documents`) whose
statements touch exactly `--nodes` entities, written to a fresh on-disk store. Then
`kg viz -o page.html --store ...` runs in a subprocess (timed: projection, layout, page), and
Debian's Chromium (/usr/bin/chromium, through Playwright, offline: every request that is not
a file is blocked and counted) opens the page. Times are from the navigation start, in the
page's own clock (performance.now()):
  * `network_ms`: the script has built `window.kgNetwork` (a vis.Network);
  * `first_draw_ms`: vis-network's first "afterDrawing";
  * `stabilised_ms`: the page has finished stabilising: the "stabilizationIterationsDone" event
    when the page runs physics (or `window.kgStabilized` turning true, if the page sets it),
    else the first drawing (a page drawn with physics off and positions computed in Python
    does not move after it is drawn);
  * `settled_draw_ms`: the first drawing after stabilisation.
The page says what it drew: the nodes vis-network holds (`body.nodeIndices`), and the legend's
counts (which say what was left out).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402
import proc  # noqa: E402

WORK = HERE.parent / "out" / "bench"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]

# Runs before the page's own scripts: stamps vis-network's events on the network the page builds.
_WATCH = """
(() => {
  const w = window.__kgBench = { events: {}, progress: 0, stabilizedFlagAt: null };
  const stamp = (name) => { if (!(name in w.events)) w.events[name] = performance.now(); };
  let network;
  Object.defineProperty(window, "kgNetwork", {
    configurable: true,
    get() { return network; },
    set(value) {
      network = value;
      stamp("network");
      w.physicsAtStart = !!(value.physics && value.physics.options && value.physics.options.enabled);
      value.on("afterDrawing", () => {
        stamp("afterDrawing");
        if ("stabilizationIterationsDone" in w.events && !("afterDrawingSettled" in w.events)) stamp("afterDrawingSettled");
      });
      value.on("stabilizationProgress", () => { w.progress += 1; });
      value.on("stabilizationIterationsDone", () => stamp("stabilizationIterationsDone"));
      value.on("stabilized", () => stamp("stabilized"));
    },
  });
  const poll = () => {
    if (window.kgStabilized === true && w.stabilizedFlagAt === null) w.stabilizedFlagAt = performance.now();
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})();
"""


def build_store(nodes: int, seed: int = 0) -> Path:
    from kg.api import KnowledgeGraph

    store = WORK / f"store-viz-{nodes}"
    shutil.rmtree(store, ignore_errors=True)
    with KnowledgeGraph.open(store) as g:
        for doc in corpus.covering_documents(nodes, seed=seed):
            g.add_document(doc)
    return store


def measure(nodes: int = 5000, timeout_s: float = 120, viz_args: tuple[str, ...] = ()) -> dict:
    """Build the store, run `kg viz [viz_args]`, open the page; the figures in the module's docstring."""
    WORK.mkdir(parents=True, exist_ok=True)
    store = build_store(nodes)
    page_path = WORK / f"viz-{nodes}.html"
    kg = Path(sys.executable).with_name("kg")
    r = proc.run_measured([str(kg), "viz", "-o", str(page_path), "--store", str(store), *viz_args])
    if r["returncode"] != 0:
        raise RuntimeError(f"kg viz failed:\n{r['stderr'][-2000:]}")
    out = {"nodes_in_graph": nodes, "viz_args": " ".join(viz_args), "kg_viz_s": r["wall_s"], "kg_viz_maxrss_mb": r["maxrss_mb"],
           "page_mb": page_path.stat().st_size / 1e6, "others_cpu": r["others_cpu"]}
    if not Path(CHROMIUM).exists():
        out["failed"] = f"no Chromium at {CHROMIUM} (make browser)"
        return out
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        out["failed"] = "playwright is not installed (make dev)"
        return out
    with proc.CpuWatch() as watch, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 1200, "height": 800})
        outside, errors = [], []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file://")
                   else (outside.append(route.request.url), route.abort()))
        page.add_init_script(_WATCH)
        started = time.perf_counter()
        page.goto(page_path.as_uri(), wait_until="load", timeout=timeout_s * 1000)
        page.wait_for_function("window.kgNetwork !== undefined", timeout=timeout_s * 1000)
        physics = page.evaluate("window.__kgBench.physicsAtStart === true")
        done = ("(() => { const w = window.__kgBench; "
                "return w.events.stabilizationIterationsDone !== undefined || w.stabilizedFlagAt !== null "
                "|| (w.events.afterDrawing !== undefined && !window.kgNetwork.physics.options.enabled "
                "&& window.kgStabilized !== false); })()")
        finished = True
        try:
            page.wait_for_function(done, timeout=timeout_s * 1000, polling=50)
            page.wait_for_function("window.__kgBench.events.afterDrawing !== undefined", timeout=timeout_s * 1000)
            page.wait_for_timeout(300)  # let the drawing after stabilisation land
        except Exception:  # noqa: BLE001 - a page that never settles is a result, not a crash
            finished = False
        wall = time.perf_counter() - started
        state = page.evaluate("""(() => {
            const w = window.__kgBench, n = window.kgNetwork, t = performance.timing;
            return { events: w.events, progress: w.progress, stabilizedFlagAt: w.stabilizedFlagAt,
                     drawn: n.body.nodeIndices.length, edges: n.body.edgeIndices.length,
                     counts: (document.getElementById("counts") || document.body).textContent.slice(0, 300),
                     dom_ms: t.domContentLoadedEventEnd - t.navigationStart, load_ms: t.loadEventEnd - t.navigationStart,
                     physicsNow: n.physics.options.enabled };
        })()""")
        watch.stop()  # the browser's own work counts as ours
        browser.close()
    ev = state["events"]
    if "stabilizationIterationsDone" in ev:
        stabilised = ev["stabilizationIterationsDone"]
    elif state["stabilizedFlagAt"] is not None and physics:
        stabilised = state["stabilizedFlagAt"]
    else:
        stabilised = ev.get("afterDrawing")
    out.update(
        finished=finished, physics=physics, drawn_nodes=state["drawn"], drawn_edges=state["edges"],
        legend=" ".join(state["counts"].split()), load_ms=state["load_ms"], network_ms=ev.get("network"),
        first_draw_ms=ev.get("afterDrawing"), stabilised_ms=stabilised if finished else None,
        settled_draw_ms=ev.get("afterDrawingSettled"), stabilization_progress_events=state["progress"],
        stabilized_event_ms=ev.get("stabilized"), wall_s=wall, requests_outside=len(outside), page_errors=errors[:5],
        others_cpu_browser=watch.others,
    )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=5000)
    parser.add_argument("--timeout", type=float, default=120, help="seconds to wait for the page to settle")
    parser.add_argument("--json", action="store_true")
    args, viz_args = parser.parse_known_args()  # the rest goes to kg viz, e.g. --max-nodes 5000
    print(json.dumps(measure(args.nodes, args.timeout, tuple(viz_args)), indent=None if args.json else 2))


if __name__ == "__main__":
    main()
