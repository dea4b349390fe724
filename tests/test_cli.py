"""The command line: help without spaCy, clean errors, exit codes, every command documented."""

import json
import re
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from kg.cli import app

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()


def test_import_and_help_load_no_model():
    code = "import sys, kg, kg.cli; assert 'spacy' not in sys.modules, 'spacy imported'; print('ok')"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "ok"
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0 and "build" in result.output


def test_every_command_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = [c.name or c.callback.__name__ for c in app.registered_commands]
    commands += [f"query {c.name}" for c in app.registered_groups[0].typer_instance.registered_commands]
    for command in commands:
        assert re.search(rf"kg {command}\b", readme), f"README does not document `kg {command}`"


def test_bad_input_one_line_each_and_exit_status(tmp_path, fr_nlp):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "good.txt").write_text("Google a racheté la start-up Wiz pour 32 milliards de dollars.", encoding="utf-8")
    (docs / "empty.txt").write_text("")
    (docs / "bad.txt").write_bytes(b"\xff\xfe\xfa not utf8 \xff")
    (docs / "de.txt").write_text("Die Firma hat einen neuen Chef und will im Ausland stark wachsen.", encoding="utf-8")
    store = tmp_path / "store"
    result = runner.invoke(app, ["build", str(docs), str(tmp_path / "missing.txt"), "--store", str(store)])
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.startswith("kg: skipped")]
    assert len(lines) == 4
    assert any("empty.txt" in line and "empty" in line for line in lines)
    assert any("de.txt" in line and "German" in line for line in lines)
    assert "1 added" in result.output
    # the good document is in the store, whole
    result = runner.invoke(app, ["sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?a kg:acquired ?b }", "--format", "json", "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)[0]["n"] == "1"
    # building again changes nothing
    result = runner.invoke(app, ["build", str(docs / "good.txt"), "--store", str(store)])
    assert result.exit_code == 0 and "0 added, 1 unchanged" in result.output


def test_query_errors_are_one_clean_line(tmp_path):
    result = runner.invoke(app, ["ask", "who depends on Scale AI?", "--store", str(tmp_path / "none")])
    assert result.exit_code == 2 and "no kg store" in result.output and "Traceback" not in result.output
    result = runner.invoke(app, ["sparql", "SELEC nonsense", "--store", str(tmp_path / "none")])
    assert result.exit_code == 2


def test_extract_then_load_is_a_build_split_in_two(tmp_path, examples_kg, fr_nlp, en_nlp):
    """The map step writes N-Quads without a store; the reduce step loads them, a document per transaction."""
    nq = tmp_path / "out" / "examples.nq"
    result = runner.invoke(app, ["extract", str(ROOT / "examples"), "-o", str(nq), "-q"])
    assert result.exit_code == 0, result.output
    assert "8 documents written, 0 skipped" in result.output and not nq.with_name("examples.nq.part").exists()
    broken = tmp_path / "broken.nq"
    broken.write_text("<http://a> <http://b> \"unterminated .\n", encoding="utf-8")
    store = tmp_path / "store"
    result = runner.invoke(app, ["load", str(broken), str(nq), "--store", str(store)])
    assert result.exit_code == 1
    assert "8 graphs added, 0 unchanged, 1 files failed" in result.output
    assert re.search(r"kg: skipped .*broken\.nq: not valid N-Quads", result.output)
    again = runner.invoke(app, ["load", str(nq), "--store", str(store)])
    assert "0 graphs added, 8 unchanged" in again.output
    from kg.api import KnowledgeGraph

    with KnowledgeGraph.open(store, read_only=True) as loaded:
        built = examples_kg.stats()
        assert loaded.stats()["documents"] == built["documents"] == 8
        assert loaded.stats()["statements"] == built["statements"]
        assert set(loaded.dependents("Scale AI")) == set(examples_kg.dependents("Scale AI"))
