"""`kg`: the command line, a thin layer over `kg.api.KnowledgeGraph`.

Every command takes ``--store DIR`` (default ``./kg-store``). Library errors become one
clean line on stderr and a non-zero exit status; nothing here loads spaCy before a
command needs it.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from .errors import KGError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Build a knowledge graph of companies, people, money and products from French and English news.",
)
query_app = typer.Typer(no_args_is_help=True, help="Explicit graph queries (networkx).")
app.add_typer(query_app, name="query")

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

StoreOpt = Annotated[str, typer.Option("--store", help="Store folder, or a SPARQL server: http://host:7878/ (Oxigraph) or sparql+http://... (README).", show_default=True)]
DEFAULT = "kg-store"


def _fail(error: Exception, code: int = 2):
    err.print(f"kg: error: {error}", markup=False)
    raise typer.Exit(code)


def _open(store: str, read_only: bool = True):
    from .api import KnowledgeGraph

    kg = KnowledgeGraph.open(store, read_only=read_only)
    if kg.store.recovered:
        err.print(f"kg: {len(kg.store.recovered)} graphs that an interrupted write had left unfinished were removed; "
                  "building the same documents again adds them back", markup=False)
    return kg


Workers = Annotated[int, typer.Option("--workers", "-j", min=1, help="spaCy processes (each loads the models once).")]


class _Progress:
    """A progress bar on stderr (documents/s and ETA) that also prints one line per skipped document."""

    def __init__(self, paths: list[Path], quiet: bool):
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            SpinnerColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        from .documents import iter_files

        total = sum(1 for item in iter_files(paths) if not isinstance(item, KGError))
        self.bar = Progress(
            SpinnerColumn(), TextColumn("[bold]reading[/]"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[rate]} docs/s"), TimeElapsedColumn(), TimeRemainingColumn(),
            console=err, disable=quiet or not err.is_terminal, transient=True,
        )
        self.task = self.bar.add_task("read", total=total or None, rate="0.0")
        self.started, self.done = time.monotonic(), 0

    def __enter__(self):
        self.bar.__enter__()
        return self

    def __exit__(self, *exc):
        self.bar.__exit__(*exc)

    def __call__(self, source: str, status: str) -> None:
        self.done += 1
        if status not in ("added", "unchanged", "written"):
            self.bar.console.print(f"kg: skipped {status}", markup=False)
        rate = self.done / max(time.monotonic() - self.started, 1e-6)
        self.bar.update(self.task, advance=1, rate=f"{rate:.1f}")


@app.command()
def build(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders: .txt .md .html .htm .jsonl")],
    store: StoreOpt = DEFAULT,
    min_confidence: Annotated[float, typer.Option(help="Drop statements below this confidence (0-1).")] = 0.0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    infer: Annotated[bool, typer.Option(help="Then write the OWL-RL closure (inverses, super-properties) into the named graph https://w3id.org/kg-news/inferred.")] = False,
    workers: Workers = 1,
):
    """Read documents into the store; one line per document that had to be skipped."""
    try:
        kg = _open(store, read_only=False)
    except KGError as e:
        _fail(e)
    with _Progress(paths, quiet) as progress:
        try:
            report = kg.build(paths, min_confidence=min_confidence, on_document=progress, workers=workers)
            inferred = kg.infer() if infer else None
        except KGError as e:
            kg.close()
            _fail(e)
    kg.close()
    out.print(
        f"{report.added} added, {report.unchanged} unchanged, {len(report.skipped)} skipped; "
        f"{report.statements} statements" + (f"; {inferred} inferred triples" if infer else "") + f"; store: {store}"
    )
    if report.skipped:
        raise typer.Exit(1)


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders: .txt .md .html .htm .jsonl")],
    output: Annotated[Path, typer.Option("-o", "--output", help="The N-Quads file to write.")],
    min_confidence: Annotated[float, typer.Option(help="Drop statements below this confidence (0-1).")] = 0.0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    workers: Workers = 1,
):
    """Extract documents to N-Quads without a store (the map step); `kg load` is the reduce step.

    Entity IRIs are minted from each document's own names, so a name merges across documents;
    the cross-document alias resolution of `kg build` ("Wang" in one article, "Alexandr Wang" in
    another) needs the store and happens only there.
    """
    from .errors import DocumentError
    from .pipeline import documents
    from .rdf import document_quads
    from .store import nquads

    written = skipped = 0
    tmp = output.with_name(output.name + ".part")
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as fh, _Progress(paths, quiet) as progress:
            for doc in documents(paths, workers=workers, min_confidence=min_confidence):
                if isinstance(doc, DocumentError):
                    skipped += 1
                    progress(doc.source, str(doc))
                    continue
                fh.write(nquads(document_quads(doc)))
                written += 1
                progress(doc.source, "written")
        tmp.replace(output)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        _fail(KGError(f"{output}: cannot write ({e.strerror or e})"))
    except KGError as e:
        tmp.unlink(missing_ok=True)
        _fail(e)
    out.print(f"{written} documents written, {skipped} skipped; {output}")
    if skipped:
        raise typer.Exit(1)


@app.command()
def load(
    files: Annotated[list[Path], typer.Argument(help="N-Quads files that `kg extract` wrote.")],
    store: StoreOpt = DEFAULT,
):
    """Load N-Quads files into the store, whole documents a batch at a time; documents already there stay."""
    try:
        kg = _open(store, read_only=False)
    except KGError as e:
        _fail(e)
    added = unchanged = failed = 0
    for path in files:
        try:
            a, u = kg.store.load_nquads(path)
            added, unchanged = added + a, unchanged + u
        except KGError as e:
            failed += 1
            err.print(f"kg: skipped {e}", markup=False)
    kg.close()
    out.print(f"{added} graphs added, {unchanged} unchanged, {failed} files failed; store: {store}")
    if failed:
        raise typer.Exit(1)


@app.command()
def ask(question: Annotated[str, typer.Argument(help='e.g. "who depends on Scale AI?"')], store: StoreOpt = DEFAULT):
    """Answer a question in plain French or English."""
    try:
        with _open(store) as kg:
            answer = kg.ask(question)
    except KGError as e:
        _fail(e)
    if not answer.lines:
        out.print("(no answer in the graph)")
    for line in answer.lines:
        out.print(line, markup=False)


@query_app.command("dependents")
def query_dependents(name: str, store: StoreOpt = DEFAULT):
    """Who depends on NAME (its customers included)."""
    _print_list(lambda kg: kg.dependents(name), store)


@query_app.command("related")
def query_related(
    name: str,
    relation: Annotated[str | None, typer.Option(help="An ontology relation, e.g. investsIn.")] = None,
    direction: Annotated[str, typer.Option(help="out (NAME is the subject) or in.")] = "out",
    store: StoreOpt = DEFAULT,
):
    """Neighbours of NAME, through one relation or all."""
    if direction not in ("in", "out"):
        _fail(KGError(f"--direction must be 'in' or 'out', not {direction!r}"))
    _print_list(lambda kg: kg.related(name, relation, direction), store)


@query_app.command("path")
def query_path(a: str, b: str, store: StoreOpt = DEFAULT):
    """The chain of statements between A and B, with the sentence behind each hop."""
    _print_list(lambda kg: kg.path(a, b) or [f"no path between {a} and {b}"], store)


@query_app.command("central")
def query_central(n: Annotated[int, typer.Option("-n", help="How many.")] = 10, store: StoreOpt = DEFAULT):
    """The most central entities (degree centrality)."""
    _print_list(lambda kg: [f"{label}  {score:.3f}" for label, score in kg.central(n)], store)


def _print_list(call, store: str) -> None:
    try:
        with _open(store) as kg:
            lines = call(kg)
    except KGError as e:
        _fail(e)
    for line in lines:
        out.print(line, markup=False)


@app.command()
def sparql(
    query: Annotated[str, typer.Argument(help="A SPARQL query, or @FILE to read it from a file.")],
    format: Annotated[str, typer.Option("--format", "-f", help="table, csv or json.")] = "table",
    store: StoreOpt = DEFAULT,
):
    """Run a SPARQL query on the store (Oxigraph's engine; prefixes kg:, kgr:, rdfs:... are predeclared)."""
    if format not in ("table", "csv", "json"):
        _fail(KGError(f"--format must be table, csv or json, not {format!r}"))
    if query.startswith("@"):
        try:
            query = Path(query[1:]).read_text(encoding="utf-8")
        except OSError as e:
            _fail(KGError(f"{query[1:]}: cannot read ({e.strerror})"))
    try:
        with _open(store) as kg:
            result = kg.query(query)
            _print_result(result, format)
    except KGError as e:
        _fail(e)


def _print_result(result, format: str) -> None:
    if result.type == "ASK":
        out.print("true" if result.askAnswer else "false")
        return
    if result.type == "CONSTRUCT":
        sys.stdout.write(result.graph.serialize(format="turtle"))
        return
    names = [str(v) for v in result.vars]
    rows = [[("" if v is None else str(v)) for v in row] for row in result]
    if format == "json":
        sys.stdout.write(json.dumps([dict(zip(names, r)) for r in rows], ensure_ascii=False, indent=1) + "\n")
    elif format == "csv":
        import csv

        writer = csv.writer(sys.stdout)
        writer.writerow(names)
        writer.writerows(rows)
    else:
        table = Table(*names)
        for r in rows:
            table.add_row(*r)
        out.print(table)


@app.command()
def viz(
    output: Annotated[Path, typer.Option("-o", "--output", help="The HTML file to write.")],
    focus: Annotated[str | None, typer.Option(help="Draw only around this entity.")] = None,
    hops: Annotated[int, typer.Option(help="How far from --focus.")] = 2,
    max_nodes: Annotated[int, typer.Option(min=1, help="Past this many entities, draw the best-connected ones only.")] = 1500,
    store: StoreOpt = DEFAULT,
):
    """Write a self-contained interactive HTML page of the graph (opens offline)."""
    try:
        with _open(store) as kg:
            path = kg.viz(output, focus=focus, hops=hops, max_nodes=max_nodes)
    except KGError as e:
        _fail(e)
    out.print(f"wrote {path}")


@app.command()
def export(
    output: Annotated[Path, typer.Option("-o", "--output", help="File; its extension picks the format: .ttl .nt .nq .trig .jsonld .graphml .csv")],
    store: StoreOpt = DEFAULT,
):
    """Export the graph."""
    try:
        with _open(store) as kg:
            count = kg.export(output)
    except KGError as e:
        _fail(e)
    out.print(f"wrote {output} ({count} {'edges' if output.suffix in ('.graphml', '.csv') else 'triples'})")


@app.command()
def stats(store: StoreOpt = DEFAULT):
    """Counts of triples, documents, entities per class and statements per relation."""
    try:
        with _open(store) as kg:
            counts = kg.stats()
    except KGError as e:
        _fail(e)
    out.print(f"{counts['triples']} triples, {counts['documents']} documents, {counts['deals']} deals")
    for title, key in (("entities", "entities"), ("statements", "statements")):
        table = Table(title, "count")
        for name, n in sorted(counts[key].items(), key=lambda kv: (-kv[1], kv[0])):
            table.add_row(name, str(n))
        out.print(table)


@app.command("eval")
def eval_(
    gold: Annotated[Path, typer.Argument(help="A gold .jsonl file (documents named relative to it, or inline text).")],
    explain: Annotated[bool, typer.Option(help="List each miss and each false positive with its sentence.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
):
    """Score extraction against a gold file, on a fresh temporary graph."""
    from .evaluate import evaluate

    try:
        report = evaluate(gold, explain=explain)
    except KGError as e:
        _fail(e)
    if as_json:
        sys.stdout.write(json.dumps(report.as_dict(), ensure_ascii=False, indent=1) + "\n")
        return
    table = Table("relation", "precision", "recall", "F1", "TP", "FP", "found", "gold", title=f"{gold} ({report.documents} documents)")
    for name, s in sorted(report.per_relation.items()):
        table.add_row(name, f"{s.precision:.2f}", f"{s.recall:.2f}", f"{s.f1:.2f}", str(s.tp), str(s.fp), str(s.found), str(s.found + s.missed))
    o = report.overall
    table.add_row("[bold]overall[/]", f"{o.precision:.3f}", f"{o.recall:.3f}", f"{o.f1:.3f}", str(o.tp), str(o.fp), str(o.found), str(o.found + o.missed))
    out.print(table)
    for kind, (found, total) in report.numbers.items():
        out.print(f"{kind}: {found}/{total}")
    for source, reason in report.skipped:
        err.print(f"kg: skipped {source}: {reason}", markup=False)
    if explain:
        for m in report.misses:
            out.print(f"MISS  [{m['doc']}] {m['fact']}  «{m['sentence']}»", markup=False)
        for f in report.false_positives:
            out.print(f"FALSE [{f['doc']}] {f['fact']}  ({f['rule']})  «{f['sentence']}»", markup=False)


from .serve import serve_command  # noqa: E402 - imports only typer and the standard library
from .validate import validate_command  # noqa: E402 - pyshacl loads when the command runs

app.command("serve")(serve_command)
app.command("validate")(validate_command)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
