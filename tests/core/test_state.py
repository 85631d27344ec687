"""ReadingState: read marks and positions, saved atomically, unreadable files left alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tui.core.model.state import ArticleState, ReadingState


def test_round_trip(tmp_path: Path) -> None:
    state = ReadingState.load(tmp_path)
    assert state.articles == {} and state.error is None
    state.mark_read("a")
    state.set_position("a", 7)
    state.set_position("b", 2)
    state.current = "b"
    assert state.save()
    again = ReadingState.load(tmp_path)
    assert again.get("a") == ArticleState(True, 7)
    assert again.get("b") == ArticleState(False, 2)
    assert again.get("zzz") == ArticleState()
    assert again.current == "b"
    assert not again.group_by_story


def test_grouping_by_story_is_kept_and_absent_by_default(tmp_path: Path) -> None:
    state = ReadingState.load(tmp_path)
    assert state.save()
    assert "group_by_story" not in state.path.read_text(encoding="utf-8")
    state.group_by_story = True
    assert state.save()
    assert ReadingState.load(tmp_path).group_by_story
    state.path.write_text("format: newsreader-state/1\ngroup_by_story: maybe\n", encoding="utf-8")
    assert not ReadingState.load(tmp_path).group_by_story


@given(
    st.dictionaries(
        st.text(min_size=1, max_size=12).filter(lambda s: s.strip() == s and s),
        st.tuples(st.booleans(), st.integers(min_value=0, max_value=10_000)),
        max_size=8,
    )
)
def test_save_load_is_identity(
    tmp_path_factory: pytest.TempPathFactory, data: dict[str, tuple[bool, int]]
) -> None:
    folder = tmp_path_factory.mktemp("state")
    state = ReadingState(folder / ".state.yaml")
    for key, (read, sentence) in data.items():
        state.articles[key] = ArticleState(read, sentence)
    state.save()
    first = state.path.read_bytes() if state.path.exists() else b""
    again = ReadingState.load(folder)
    assert {k: v for k, v in again.articles.items()} == {
        k: v for k, v in state.articles.items() if v != ArticleState()
    }
    again.save()
    assert (state.path.read_bytes() if state.path.exists() else b"") == first


@pytest.mark.parametrize(
    "content",
    [
        "articles: [oops\n",
        "- a list\n",
        "format: other/9\n",
        "articles:\n  a: {read: maybe}\n",
        "articles:\n  a: {sentence: -1}\n",
    ],
)
def test_unreadable_file_is_reported_and_never_written(tmp_path: Path, content: str) -> None:
    path = tmp_path / ".state.yaml"
    path.write_text(content, encoding="utf-8")
    state = ReadingState.load(tmp_path)
    assert state.error is not None and str(path) in str(state.error)
    state.mark_read("a")
    assert not state.save()
    assert path.read_text(encoding="utf-8") == content


def test_saving_twice_writes_once(tmp_path: Path) -> None:
    state = ReadingState.load(tmp_path)
    state.mark_read("a")
    state.save()
    mtime = state.path.stat().st_mtime_ns
    state.save()
    assert state.path.stat().st_mtime_ns == mtime
    assert not list(tmp_path.glob("*.tmp"))
