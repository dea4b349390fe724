"""A remote store: every command works unchanged against a real Oxigraph server (`oxigraph serve`,
from the PyPI package), started here on 127.0.0.1 and stopped afterwards."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.api import KnowledgeGraph
from kg.cli import app
from kg.errors import KGError

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
OXIGRAPH = Path(sys.executable).parent / "oxigraph"
runner = CliRunner()
pytestmark = pytest.mark.skipif(not OXIGRAPH.exists(), reason="the oxigraph server (pip package oxigraph) is not installed")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    port = free_port()
    proc = subprocess.Popen([str(OXIGRAPH), "serve", "--location", str(tmp_path_factory.mktemp("oxigraph")),
                             "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                break
        time.sleep(0.1)
    else:
        proc.kill()
        pytest.fail(f"oxigraph serve did not start: {proc.stderr.read().decode()}")
    yield port
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def remote(server, fr_nlp, en_nlp):
    url = f"http://127.0.0.1:{server}/"
    result = runner.invoke(app, ["build", str(EXAMPLES), "--store", url, "-q"])
    assert result.exit_code == 0, result.output
    return url


def quads(path: Path) -> set[str]:
    return {line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}


def test_a_build_on_the_server_holds_what_a_local_build_holds(remote, examples_store, tmp_path):
    runner.invoke(app, ["export", "-o", str(tmp_path / "remote.nq"), "--store", remote])
    runner.invoke(app, ["export", "-o", str(tmp_path / "local.nq"), "--store", str(examples_store)])
    assert quads(tmp_path / "remote.nq") == quads(tmp_path / "local.nq")
    again = runner.invoke(app, ["build", str(EXAMPLES), "--store", remote, "-q"])
    assert "0 added, 8 unchanged" in again.output


def test_every_reading_command_works_unchanged(remote, examples_kg, tmp_path):
    stats = runner.invoke(app, ["stats", "--store", remote])
    assert stats.exit_code == 0 and stats.output.startswith(f"{examples_kg.stats()['triples']} triples, 8 documents")
    asked = runner.invoke(app, ["ask", "who depends on Scale AI?", "--store", remote])
    assert [line.split("  ")[0] for line in asked.output.splitlines()] == ["Google", "Meta", "Microsoft", "OpenAI"]
    path = runner.invoke(app, ["query", "path", "Satya Nadella", "Alexandr Wang", "--store", remote])
    assert path.exit_code == 0 and path.output.startswith("Satya Nadella leads Microsoft")
    rows = runner.invoke(app, ["sparql", "SELECT ?a WHERE { ?a kg:investsIn kgr:scale-ai }", "-f", "csv", "--store", remote])
    assert rows.output.split() == ["a", "https://w3id.org/kg-news/id/meta"]
    page = runner.invoke(app, ["viz", "-o", str(tmp_path / "g.html"), "--store", remote])
    assert page.exit_code == 0 and "Alexandr Wang" in (tmp_path / "g.html").read_text(encoding="utf-8")
    syntax = runner.invoke(app, ["sparql", "SELECT ?a WHERE {", "--store", remote])
    assert syntax.exit_code == 2 and "SPARQL error from" in syntax.output


def test_the_generic_form_and_a_read_only_opening(server, remote):
    url = f"sparql+http://127.0.0.1:{server}/query?update=/update&gsp=/store"
    with KnowledgeGraph.open(url, read_only=True) as g:
        assert g.dependents("Scale AI") == ["Google", "Meta", "Microsoft", "OpenAI"]
        assert len(g.store.documents()) == 8
        with pytest.raises(KGError, match="read-only"):
            g.store.add_quads([])


def test_an_unreachable_server_is_one_clear_line():
    result = runner.invoke(app, ["stats", "--store", f"http://127.0.0.1:{free_port()}/"])
    assert result.exit_code == 2
    assert result.output.startswith("kg: error: http://127.0.0.1:") and "cannot reach the SPARQL server" in result.output
