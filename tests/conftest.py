"""Shared fixtures: each spaCy model loads once per session, the examples' graph is built once."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def fr_nlp():
    from kg.nlp import load_pipeline

    return load_pipeline("fr")


@pytest.fixture(scope="session")
def en_nlp():
    from kg.nlp import load_pipeline

    return load_pipeline("en")


@pytest.fixture(scope="session")
def examples_store(tmp_path_factory, fr_nlp, en_nlp):
    """A store on disk holding the graph of examples/, built once."""
    from kg.api import KnowledgeGraph

    path = tmp_path_factory.mktemp("store") / "kg-store"
    with KnowledgeGraph.open(path) as kg:
        report = kg.build([EXAMPLES])
    assert report.ok, report.skipped
    return path


@pytest.fixture(scope="session")
def examples_kg(examples_store):
    from kg.api import KnowledgeGraph

    kg = KnowledgeGraph.open(examples_store, read_only=True)
    yield kg
    kg.close()
