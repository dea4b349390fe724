/* kg explorer: draws the graph from /api/graph with vis-network and answers from /api/....
   Every text from a document reaches the page through textContent or as a canvas label,
   never as HTML. */
"use strict";

(function () {
  const ANSWER = { background: "#ffd400", border: "#b8860b" };
  const FOCUS_BORDER = "#c0392b";
  const EDGE_COLOR = "#888888";
  const state = {
    nodes: new vis.DataSet(), edges: new vis.DataSet(), network: null,
    hiddenKinds: new Set(), hiddenRelations: new Set(),
    highlighted: [], focus: [], highlightedEdges: [], answers: [],
    shown: 0, total: 0, step: 0, entityNamespace: "", selected: null, ready: false,
  };

  // ------------------------------------------------------------ small helpers

  const { el, clear } = window.kgDom;  // dom.js

  async function getJSON(url) {
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    const body = await response.json();
    if (!response.ok) throw new Error(body.error || response.statusText);
    return body;
  }

  function tip(text) { return el("div", { className: "tip", text: text }); }

  function showError(where, error) {
    clear(where);
    where.appendChild(el("p", { className: "error", text: String(error.message || error) }));
  }

  function entityPage(id) {
    return id.startsWith(state.entityNamespace) ? "/entity/" + id.slice(state.entityNamespace.length) : null;
  }

  // ------------------------------------------------------------ drawing

  function visNode(n, x, y) {
    const names = n.aliases.length ? "\nalso: " + n.aliases.join(", ") : "";
    return {
      id: n.id, label: n.label, kind: n.kind, shape: n.shape, baseColor: n.color,
      color: { background: n.color, border: n.color }, borderWidth: 1,
      size: 12 + 3 * Math.min(n.degree, 10), x: x, y: y,
      title: tip(n.label + " (" + n.kind + ")" + names),
    };
  }

  function visEdge(e) {
    return {
      id: e.id, from: e.from, to: e.to, label: e.relation, relation: e.relation, arrows: "to",
      color: { color: EDGE_COLOR }, width: 1,
      title: tip(e.subject + " " + e.relation + " " + e.object + "\n«" + e.sentence + "»\n" +
                 e.document_name + "  confidence " + e.confidence.toFixed(2)),
    };
  }

  function addNodes(list, around) {
    const fresh = list.filter(n => !state.nodes.get(n.id));
    let centre = { x: 0, y: 0 };
    if (around && state.nodes.get(around)) centre = state.network.getPosition(around);
    else if (state.network) centre = state.network.getViewPosition();
    const radius = 140 + 12 * fresh.length;
    state.nodes.add(fresh.map((n, i) => {
      if (typeof n.x === "number") return visNode(n, n.x, n.y);
      const angle = (2 * Math.PI * i) / Math.max(fresh.length, 1);
      return visNode(n, centre.x + radius * Math.cos(angle), centre.y + radius * Math.sin(angle));
    }));
    for (const n of list) {
      if (state.hiddenKinds.has(n.kind)) setKindVisible(n.kind, true);
    }
  }

  function addEdges(list) {
    state.edges.add(list.filter(e => !state.edges.get(e.id) && state.nodes.get(e.from) && state.nodes.get(e.to)).map(visEdge));
  }

  function updateCounts() {
    const counts = document.getElementById("counts");
    const drawn = state.nodes.length;
    counts.textContent = drawn + " entities and " + state.edges.length + " statements drawn" +
      (state.total > drawn ? ", of " + state.total + " entities in statements (the most central first)" : "");
    document.getElementById("more").hidden = !(state.total > state.shown);
  }

  // ------------------------------------------------------------ filters

  function setKindVisible(kind, visible) {
    if (visible) state.hiddenKinds.delete(kind); else state.hiddenKinds.add(kind);
    const box = document.querySelector('#class-filters input[data-value="' + CSS.escape(kind) + '"]');
    if (box) box.checked = visible;
    state.nodeView.refresh();
  }

  function buildFilters(container, counts, hidden, view, styles) {
    clear(container);
    for (const [name, count] of Object.entries(counts)) {
      const box = el("input", { type: "checkbox", "data-value": name });
      box.checked = !hidden.has(name);
      box.addEventListener("change", () => {
        if (box.checked) hidden.delete(name); else hidden.add(name);
        view.refresh();
      });
      const swatch = el("span", { className: "swatch" });
      if (styles && styles[name]) swatch.style.background = styles[name];
      container.appendChild(el("label", { className: "filter" }, [box, swatch, name + " (" + count + ")"]));
    }
  }

  // ------------------------------------------------------------ an entity's facts

  function factItem(fact, current) {
    const part = (id, label) => id === current
      ? el("strong", { text: label })
      : el("button", { type: "button", className: "link", text: label, onclick: () => focusEntity(id) });
    return el("li", { className: "fact" }, [
      el("div", {}, [part(fact.from, fact.subject), " ", el("em", { text: fact.relation }), " ", part(fact.to, fact.object)]),
      el("div", { className: "sentence", text: "«" + fact.sentence + "»" }),
      el("div", { className: "document", text: fact.document_name + " · confidence " + fact.confidence.toFixed(2) }),
    ]);
  }

  function showDetails(data) {
    const details = document.getElementById("details");
    clear(details);
    const n = data.node;
    details.appendChild(el("h2", { text: n.label }));
    const about = [n.kind];
    if (n.aliases.length) about.push("also called " + n.aliases.join(", "));
    details.appendChild(el("p", { className: "kind", text: about.join(" · ") }));
    const page = entityPage(n.id);
    if (page) details.appendChild(el("p", {}, [el("a", { href: page, text: "entity page" })]));
    details.appendChild(el("h3", { text: data.facts.length + (data.facts.length === 1 ? " fact" : " facts") }));
    details.appendChild(el("ul", { className: "facts" }, data.facts.map(f => factItem(f, n.id))));
  }

  async function select(id) {
    state.selected = id;
    const details = document.getElementById("details");
    try {
      const data = await getJSON("/api/node?id=" + encodeURIComponent(id));
      addNodes([data.node], null);
      addNodes(data.nodes, id);
      addEdges(data.edges);
      updateCounts();
      showDetails(data);
    } catch (error) {
      showError(details, error);
    }
  }

  async function focusEntity(id) {
    if (!state.nodes.get(id)) {
      const data = await getJSON("/api/node?id=" + encodeURIComponent(id));
      addNodes([data.node], null);
    }
    const kind = state.nodes.get(id).kind;
    if (state.hiddenKinds.has(kind)) setKindVisible(kind, true);
    await select(id);
    state.network.selectNodes([id]);
    state.network.focus(id, { scale: 1.2, animation: false });
  }

  // ------------------------------------------------------------ search

  let searchTimer = null;
  let lastResults = [];

  async function search(text) {
    const list = document.getElementById("results");
    clear(list);
    lastResults = [];
    if (!text.trim()) return;
    try {
      const data = await getJSON("/api/search?q=" + encodeURIComponent(text));
      lastResults = data.results;
      if (!data.results.length) list.appendChild(el("li", { className: "hint", text: "no entity has that name" }));
      for (const hit of data.results) {
        const extra = hit.matched !== hit.label ? " (" + hit.matched + ")" : "";
        list.appendChild(el("li", {}, [el("button", {
          type: "button", className: "result", "data-id": hit.id, text: hit.label + extra + " · " + hit.kind,
          onclick: () => focusEntity(hit.id),
        })]));
      }
    } catch (error) {
      showError(list, error);
    }
  }

  // ------------------------------------------------------------ questions

  function resetHighlight() {
    state.nodes.update(state.highlighted.concat(state.focus).filter(id => state.nodes.get(id)).map(id => {
      const base = state.nodes.get(id).baseColor;
      return { id: id, color: { background: base, border: base }, borderWidth: 1 };
    }));
    state.edges.update(state.highlightedEdges.filter(id => state.edges.get(id)).map(id => ({ id: id, color: { color: EDGE_COLOR }, width: 1 })));
    state.highlighted = []; state.focus = []; state.highlightedEdges = [];
  }

  function highlight(answers, focus, edges) {
    resetHighlight();
    state.nodes.update(answers.filter(id => state.nodes.get(id)).map(id => ({ id: id, color: ANSWER, borderWidth: 4 })));
    state.nodes.update(focus.filter(id => state.nodes.get(id) && !answers.includes(id)).map(id => {
      const base = state.nodes.get(id).baseColor;
      return { id: id, color: { background: base, border: FOCUS_BORDER }, borderWidth: 5 };
    }));
    state.edges.update(edges.filter(id => state.edges.get(id)).map(id => ({ id: id, color: { color: FOCUS_BORDER }, width: 3 })));
    state.highlighted = answers.slice(); state.focus = focus.slice(); state.highlightedEdges = edges.slice();
  }

  async function ask(question) {
    const panel = document.getElementById("answer");
    clear(panel);
    panel.appendChild(el("p", { className: "hint", text: "thinking…" }));
    try {
      const data = await getJSON("/api/ask?q=" + encodeURIComponent(question));
      addNodes(data.nodes, data.focus[0] || null);
      addEdges(data.edges);
      updateCounts();
      highlight(data.highlight, data.focus, data.edges.map(e => e.id));
      state.answers = data.answers;
      clear(panel);
      panel.appendChild(el("p", { className: "kind", text: data.highlight.length + " highlighted in the graph" }));
      const lines = data.lines.length ? data.lines : ["(no answer in the graph)"];
      panel.appendChild(el("ul", { className: "answer-lines" }, lines.map(line => el("li", { text: line }))));
      const shown = data.highlight.concat(data.focus).filter(id => state.nodes.get(id));
      if (shown.length) state.network.fit({ nodes: shown, animation: false });
    } catch (error) {
      showError(panel, error);
    }
  }

  // ------------------------------------------------------------ start

  async function more() {
    const button = document.getElementById("more");
    button.disabled = true;
    try {
      const data = await getJSON("/api/graph?limit=" + (state.shown + (state.step || 1000)));
      const positions = data.nodes.filter(n => state.nodes.get(n.id)).map(n => ({ id: n.id, x: n.x, y: n.y }));
      state.nodes.update(positions);
      addNodes(data.nodes, null);
      addEdges(data.edges);
      state.shown = data.shown;
      updateCounts();
    } finally {
      button.disabled = false;
    }
  }

  async function start() {
    const counts = document.getElementById("counts");
    const params = new URLSearchParams(window.location.search);
    // ?limit=N draws the N most central entities first, and "show more" adds N at a time
    state.step = Math.max(0, parseInt(params.get("limit") || "0", 10) || 0);
    let data;
    try {
      data = await getJSON("/api/graph" + (state.step ? "?limit=" + state.step : ""));
    } catch (error) {
      showError(counts, error);
      return;
    }
    state.entityNamespace = data.entity_namespace;
    state.total = data.total;
    state.shown = data.shown;
    state.nodes.add(data.nodes.map(n => visNode(n, n.x, n.y)));
    state.edges.add(data.edges.map(visEdge));
    state.nodeView = new vis.DataView(state.nodes, { filter: n => !state.hiddenKinds.has(n.kind) });
    state.edgeView = new vis.DataView(state.edges, { filter: e => !state.hiddenRelations.has(e.relation) });
    const big = data.edges.length > 2000;
    state.network = new vis.Network(document.getElementById("graph"), { nodes: state.nodeView, edges: state.edgeView }, {
      physics: { enabled: false },
      interaction: { hover: true, tooltipDelay: 80, hideEdgesOnDrag: big, hideEdgesOnZoom: big },
      edges: { font: { size: 10, align: "middle" }, smooth: big ? false : { type: "continuous" } },
      nodes: { font: { size: 14 } },
    });
    state.network.on("click", params => { if (params.nodes.length) select(params.nodes[0]); });
    const colours = {};
    for (const n of data.nodes) colours[n.kind] = n.color;
    buildFilters(document.getElementById("class-filters"), data.classes, state.hiddenKinds, state.nodeView, colours);
    buildFilters(document.getElementById("relation-filters"), data.relations, state.hiddenRelations, state.edgeView, null);
    updateCounts();

    const input = document.getElementById("search");
    input.addEventListener("input", () => { clearTimeout(searchTimer); searchTimer = setTimeout(() => search(input.value), 150); });
    input.addEventListener("keydown", async event => {
      if (event.key !== "Enter") return;
      event.preventDefault();
      clearTimeout(searchTimer);
      await search(input.value);
      if (lastResults.length) await focusEntity(lastResults[0].id);
    });
    document.getElementById("ask-form").addEventListener("submit", event => {
      event.preventDefault();
      ask(document.getElementById("question").value);
    });
    document.getElementById("more").addEventListener("click", more);

    window.kgExplorer = { network: state.network, nodes: state.nodes, edges: state.edges, state: state, focusEntity: focusEntity };
    const focus = params.get("focus");
    if (focus) await focusEntity(focus).catch(error => showError(document.getElementById("details"), error));
    state.ready = true;
  }

  document.addEventListener("DOMContentLoaded", start);
})();
