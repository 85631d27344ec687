"""The boundary between core and UI, checked in fresh interpreters."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import tui.core

ROOT = Path(__file__).resolve().parents[1]
CORE_MODULES = sorted(
    m.name for m in pkgutil.walk_packages(tui.core.__path__, "tui.core.") if not m.ispkg
)


def _loaded_after_import(module: str) -> set[str]:
    code = f"import sys, {module}; print('\\n'.join(sys.modules))"
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    return set(out.split())


@pytest.mark.parametrize("module", CORE_MODULES)
def test_core_module_imports_no_textual(module: str) -> None:
    loaded = _loaded_after_import(module)
    assert not {m for m in loaded if m == "textual" or m.startswith("textual.")}


@pytest.mark.parametrize(
    "module",
    [
        "tui.core.model.store",
        "tui.core.model.corpus",
        "tui.core.model.schema",
        "tui.core.model.library",
        "tui.core.events.index",
        "tui.core.text.morph",
        "tui.core.nlp.triggers",
        "tui.core.editing",
        "tui.core.pipeline",
        "tui.ui.app",
        "tui.cli",
    ],
)
def test_reading_path_imports_no_spacy(module: str) -> None:
    loaded = _loaded_after_import(module)
    assert "spacy" not in loaded and "ginza" not in loaded


def test_import_linter_contracts_hold() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint)], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_pipeline_import_is_light() -> None:
    """The reader's command builds its Annotator before the first frame: importing the
    pipeline loads no pydantic, YAML or NLP (they load when there is work)."""
    loaded = _loaded_after_import("tui.core.pipeline")
    heavy = {"pydantic", "yaml", "rapidfuzz", "spacy", "ginza"}
    assert not {m for m in loaded if m.split(".")[0] in heavy}
