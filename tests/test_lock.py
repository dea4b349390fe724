"""The supply chain: every dependency is pinned by hash, and each spaCy model to its one audited wheel."""

import re
from pathlib import Path

import pytest

REQUIREMENTS = Path(__file__).resolve().parent.parent / "requirements"
LOCKS = sorted(REQUIREMENTS.glob("*.lock"))


def requirements(path: Path) -> dict[str, list[str]]:
    """name==version -> its hashes."""
    out: dict[str, list[str]] = {}
    current = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if re.match(r"^[A-Za-z0-9]", line):
            current = line.split()[0]
            out[current] = []
        elif line.strip().startswith("--hash=sha256:") and current:
            out[current].append(line.strip().split(":", 1)[1].rstrip(" \\"))
    return out


def test_there_is_a_lock_for_the_installer_running_testing_and_the_notebook():
    assert {p.name for p in LOCKS} == {"pip.lock", "run.lock", "dev.lock", "notebook.lock"}


@pytest.mark.parametrize("lock", LOCKS, ids=lambda p: p.name)
def test_every_requirement_is_pinned_with_a_hash(lock):
    reqs = requirements(lock)
    assert len(reqs) > (0 if lock.name == "pip.lock" else 40)
    for requirement, hashes in reqs.items():
        assert "==" in requirement, requirement
        assert hashes and all(re.fullmatch(r"[0-9a-f]{64}", h) for h in hashes), requirement


@pytest.mark.parametrize("lock", [p for p in LOCKS if p.name != "pip.lock"], ids=lambda p: p.name)
def test_the_model_packages_are_pinned_to_their_audited_wheels(lock):
    import importlib.util
    import sys

    sys.path.insert(0, str(REQUIREMENTS))
    spec = importlib.util.spec_from_file_location("pin_models", REQUIREMENTS / "pin_models.py")
    pin_models = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(pin_models)
    reqs = requirements(lock)
    for requirement, digest in pin_models.MODEL_WHEELS.items():
        assert reqs[requirement] == [digest]


def test_the_dependencies_in_pyproject_are_those_locked():
    import tomllib

    project = tomllib.loads((REQUIREMENTS.parent / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    locked = {r.split("==")[0].lower().replace("_", "-"): r for r in requirements(REQUIREMENTS / "dev.lock")}
    for dep in project["dependencies"] + project["optional-dependencies"]["dev"]:
        name = dep.split("==")[0].lower().replace("_", "-")
        assert locked.get(name) == dep.lower().replace("_", "-"), f"{dep} is not what requirements/dev.lock pins: run make lock"
