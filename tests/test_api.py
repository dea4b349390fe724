"""The library facade: a failing document never costs the rest of a batch."""

import kg.api as api
from kg.api import KnowledgeGraph


def test_an_extraction_failure_skips_only_that_document(tmp_path, fr_nlp, monkeypatch):
    (tmp_path / "a.txt").write_text("Google a racheté Wiz pour 32 milliards de dollars.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Meta a investi dans Scale AI, une start-up américaine.", encoding="utf-8")
    real = api.extract_doc

    def flaky(parsed, lang, **kwargs):
        if "Meta" in parsed.text:
            raise IndexError("boom")
        return real(parsed, lang, **kwargs)

    monkeypatch.setattr(api, "extract_doc", flaky)
    seen = []
    kg = KnowledgeGraph.memory()
    report = kg.build([tmp_path], on_document=lambda source, status: seen.append((source, status)))
    assert report.added == 1
    assert [source for source, _ in report.skipped] == [str(tmp_path / "b.txt")]
    assert "IndexError" in report.skipped[0][1]
    assert kg.related("Google", "acquired") == ["Wiz"]
