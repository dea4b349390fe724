"""One short sentence per common phrasing, in both languages, through the real models.

Each line of phrasings.jsonl gives a sentence and the statements it must yield (entity keys
as `normalize_name` gives them); an empty list means the sentence asserts nothing (negation,
speculation, a rejected bid), and "absent" lists statements it must not yield. Lines marked "known_gap" are phrasings kg does not read yet:
they must fail, so that the day one starts to pass, the suite says so.
"""

import json
from pathlib import Path

import pytest

from kg.extract import extract_doc
from kg.nlp import parse

CASES = [json.loads(line) for line in (Path(__file__).parent / "phrasings.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]


def _param(case):
    marks = [pytest.mark.xfail(strict=True, reason="a known gap, listed in the README")] if case.get("known_gap") else []
    return pytest.param(case, id=case["text"][:48], marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_phrasing(case, fr_nlp, en_nlp):
    doc = extract_doc(next(parse(case["lang"], [case["text"]])), case["lang"])
    got = {(s.subject, s.relation, s.object) for s in doc.statements}
    want = {tuple(x) for x in case["expect"]}
    if want:
        assert want <= got
    else:
        assert got == set(), f"nothing should be asserted, got {got}"
    assert not {tuple(x) for x in case.get("absent", [])} & got
