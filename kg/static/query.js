/* kg query page: sends the query to /sparql and shows the answer; text goes in with textContent only. */
"use strict";

(function () {
  const ENTITY_NS = "https://w3id.org/kg-news/id/";
  const TABLE_ACCEPT = "application/sparql-results+json, text/turtle;q=0.9";

  const { el, clear } = window.kgDom;  // dom.js

  function cell(term) {
    if (!term) return el("td");
    if (term.type === "uri" && term.value.startsWith(ENTITY_NS)) {
      return el("td", {}, [el("a", { href: "/entity/" + term.value.slice(ENTITY_NS.length), text: term.value })]);
    }
    const td = el("td", { text: term.value });
    if (term["xml:lang"]) td.appendChild(el("span", { className: "tag", text: "@" + term["xml:lang"] }));
    return td;
  }

  function table(results) {
    const vars = results.head.vars;
    const head = el("tr", {}, vars.map(v => el("th", { text: v })));
    const rows = results.results.bindings.map(b => el("tr", {}, vars.map(v => cell(b[v]))));
    return el("table", { className: "results" }, [el("thead", {}, [head]), el("tbody", {}, rows)]);
  }

  async function run() {
    const query = document.getElementById("query").value;
    const format = document.getElementById("format").value;
    const status = document.getElementById("status");
    const output = document.getElementById("output");
    clear(output);
    status.textContent = "running…";
    const started = performance.now();
    let response, text;
    try {
      response = await fetch("/sparql", {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: format === "table" ? TABLE_ACCEPT : format },
        body: new URLSearchParams({ query: query }),
      });
      text = await response.text();
    } catch (error) {
      status.textContent = "";
      output.appendChild(el("p", { className: "error", text: String(error) }));
      return;
    }
    const ms = Math.round(performance.now() - started);
    const type = (response.headers.get("Content-Type") || "").split(";")[0];
    if (!response.ok) {
      status.textContent = "HTTP " + response.status + " after " + ms + " ms";
      output.appendChild(el("pre", { className: "error", text: text }));
      return;
    }
    if (format === "table" && type === "application/sparql-results+json") {
      const results = JSON.parse(text);
      if ("boolean" in results) {
        status.textContent = "ASK in " + ms + " ms";
        output.appendChild(el("p", { className: "boolean", text: String(results.boolean) }));
      } else {
        status.textContent = results.results.bindings.length + " rows in " + ms + " ms";
        output.appendChild(table(results));
      }
      return;
    }
    status.textContent = type + ", " + text.length + " characters in " + ms + " ms";
    output.appendChild(el("pre", { className: "raw", text: text }));
  }

  async function start() {
    const area = document.getElementById("query");
    const origin = window.location.origin;
    document.getElementById("endpoint").textContent = origin + "/sparql";
    const snippet = document.getElementById("snippet");
    snippet.textContent = snippet.textContent.replace("http://127.0.0.1:8000", origin);
    document.getElementById("query-form").addEventListener("submit", event => { event.preventDefault(); run(); });
    area.addEventListener("keydown", event => {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) { event.preventDefault(); run(); }
    });
    const response = await fetch("/api/examples", { headers: { Accept: "application/json" } });
    const data = await response.json();
    document.getElementById("limits").textContent =
      "Each query may run " + data.limits.timeout + " s and return " + data.limits.max_rows + " rows.";
    document.getElementById("prefixes").textContent = Object.keys(data.prefixes).map(p => p + ":").join(" ");
    const examples = document.getElementById("examples");
    data.examples.forEach((example, i) => {
      examples.appendChild(el("button", {
        type: "button", className: "example", "data-index": String(i), text: example.title,
        onclick: () => { area.value = example.query; run(); },
      }));
    });
    if (!area.value) area.value = data.examples[0].query;
    window.kgQuery = { run: run, ready: true };
  }

  document.addEventListener("DOMContentLoaded", start);
})();
