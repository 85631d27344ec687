"""Page furniture: finding the parts of a scraped article that are not the article.

Three kinds of rule find them. A pattern list (``tui/core/nlp/data/furniture.yaml``,
extended or overridden by ``annotations/furniture.yaml``) catches sign-up
prompts, "READ ALSO" lines, ads, image credits, bare URLs and the attribution
lines of embedded posts, anywhere in a line. Structural rules catch the link
lists that follow a "Related" heading or trail at the end of an article, and a page's
publication stamps ("Published: ...", "Updated ..."). Pure
functions, no NLP: the reader can call them too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml

from tui.core.model.schema import Furniture
from tui.core.text.sentences import line_spans, sentence_end, strip_span
from tui.core.text.stamps import stamp_lines

FURNITURE_FORMAT = "newsreader-furniture/1"
USER_FILE = "furniture.yaml"

Extend = Literal["match", "sentence", "line"]

_BULLET = re.compile(r"^\s*(?:[-–•*·▪►]|\d{1,2}[.)])\s+\S")
_SENTENCE_FINAL = (".", "。", "!", "！", "?", "？", ":", "：", ";")
#: A heading line above a link list: short, and not a sentence.
_HEADING_MAX = 80
_RELATED_KINDS = frozenset({"related"})


@dataclass(frozen=True, slots=True)
class FurniturePattern:
    """One rule of the pattern list.

    Attributes:
        name: Unique name; a user entry with the same name replaces the default.
        kind: What the region is (``signup``, ``related``, ``ad``, ``credit``, ``url`` ...).
        regex: Compiled pattern, searched with MULTILINE.
        extend: How far the region reaches from the match: ``match``, ``sentence`` or ``line``.
    """

    name: str
    kind: str
    regex: re.Pattern[str]
    extend: Extend = "match"


class FurniturePatternError(ValueError):
    """A pattern file that cannot be used, with the entry at fault."""


def _compile(entry: dict[str, Any], where: str) -> FurniturePattern:
    try:
        name = str(entry["name"])
        kind = str(entry["kind"])
        source = str(entry["regex"])
    except KeyError as error:
        raise FurniturePatternError(f"{where}: missing key {error.args[0]!r}") from None
    extend = entry.get("extend", "match")
    if extend not in ("match", "sentence", "line"):
        raise FurniturePatternError(f"{where}: extend must be match, sentence or line")
    flags = re.MULTILINE
    if "i" in str(entry.get("flags", "")):
        flags |= re.IGNORECASE
    try:
        regex = re.compile(source, flags)
    except re.error as error:
        raise FurniturePatternError(f"{where}: bad regex: {error}") from None
    return FurniturePattern(name=name, kind=kind, regex=regex, extend=extend)


def parse_patterns(text: str, where: str = "furniture.yaml") -> list[tuple[dict[str, Any], bool]]:
    """The entries of a pattern file, each with whether it is enabled.

    Raises:
        FurniturePatternError: The file is not a pattern list.
    """
    try:
        data = yaml.safe_load(text) or {}
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = f":{mark.line + 1}" if mark else ""
        raise FurniturePatternError(f"{where}{line}: YAML syntax: {error.problem}") from None
    except yaml.YAMLError as error:
        raise FurniturePatternError(f"{where}: YAML: {error}") from None
    if not isinstance(data, dict) or not isinstance(data.get("patterns", []), list):
        raise FurniturePatternError(f"{where}: expected a mapping with a 'patterns' list")
    if data.get("format", FURNITURE_FORMAT) != FURNITURE_FORMAT:
        raise FurniturePatternError(f"{where}: unknown format {data.get('format')!r}")
    entries = []
    for index, entry in enumerate(data.get("patterns") or []):
        if not isinstance(entry, dict) or "name" not in entry:
            raise FurniturePatternError(f"{where}: patterns[{index}] needs a name")
        entries.append((entry, bool(entry.get("enabled", True))))
    return entries


@lru_cache(maxsize=1)
def _default_text() -> str:
    return resources.files("tui.core.nlp").joinpath("data", "furniture.yaml").read_text("utf-8")


def load_patterns(user_file: Path | str | None = None) -> tuple[FurniturePattern, ...]:
    """The packaged patterns merged with the user's file, if there is one.

    Args:
        user_file: ``annotations/furniture.yaml`` or None. A user entry replaces the
            default of the same name; ``enabled: false`` removes it.

    Raises:
        FurniturePatternError: A file has a bad entry (the message names it).
    """
    merged: dict[str, tuple[dict[str, Any], bool, str]] = {}
    for entry, enabled in parse_patterns(_default_text(), "tui/core/nlp/data/furniture.yaml"):
        merged[str(entry["name"])] = (entry, enabled, "tui/core/nlp/data/furniture.yaml")
    if user_file is not None and Path(user_file).is_file():
        where = str(user_file)
        for entry, enabled in parse_patterns(Path(user_file).read_text("utf-8-sig"), where):
            name = str(entry["name"])
            base = merged.get(name, ({}, True, where))[0]
            merged[name] = ({**base, **entry}, enabled, where)
    return tuple(
        _compile(entry, f"{where}: {name}")
        for name, (entry, enabled, where) in merged.items()
        if enabled
    )


@lru_cache(maxsize=1)
def default_patterns() -> tuple[FurniturePattern, ...]:
    return load_patterns(None)


# ------------------------------------------------------------------------ regions


def _line_bounds(text: str, index: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, index) + 1
    end = text.find("\n", index)
    return start, len(text) if end == -1 else end


def _url_end(text: str, start: int, end: int) -> int:
    # A URL does not end in sentence punctuation or a closing bracket it did not open.
    while end > start and text[end - 1] in ".,;:!?'\"’”":
        end -= 1
    if text[end - 1 : end] == ")" and "(" not in text[start:end]:
        end -= 1
    return end


def pattern_regions(text: str, patterns: Iterable[FurniturePattern]) -> list[Furniture]:
    """Regions found by the pattern list, not yet merged."""
    found: list[Furniture] = []
    for pattern in patterns:
        for match in pattern.regex.finditer(text):
            start, end = match.start(), match.end()
            if end == start:
                continue
            if pattern.extend == "line":
                end = _line_bounds(text, start)[1]
            elif pattern.extend == "sentence":
                end = sentence_end(text, max(start, end - 1))
            elif pattern.kind == "url":
                end = _url_end(text, start, end)
            start, end = strip_span(text, start, end)
            if end > start:
                found.append(
                    Furniture(start=start, end=end, kind=pattern.kind, text=text[start:end])
                )
    return found


def _is_list_item(line: str) -> bool:
    return bool(_BULLET.match(line)) and not line.rstrip().endswith(_SENTENCE_FINAL[:4])


def _is_heading(line: str) -> bool:
    stripped = line.strip()
    return 0 < len(stripped) <= _HEADING_MAX and not stripped.endswith(_SENTENCE_FINAL)


def _covered(start: int, end: int, regions: Sequence[Furniture]) -> bool:
    return any(r.start <= start and end <= r.end for r in regions)


def list_regions(text: str, found: Sequence[Furniture]) -> list[Furniture]:
    """Link lists: list items after a related heading, and a list trailing the article.

    A list trailing the article is a run of bullet items that do not end like
    sentences, each maybe under a short heading, after the last paragraph of prose.
    """
    lines = line_spans(text)
    regions: list[Furniture] = []

    def add(start: int, end: int) -> None:
        start, end = strip_span(text, start, end)
        if end > start:
            regions.append(Furniture(start=start, end=end, kind="related", text=text[start:end]))

    # Lists under a related heading, until the first line of prose.
    related = [r for r in found if r.kind in _RELATED_KINDS]
    for index, (start, end) in enumerate(lines):
        line = text[start:end]
        if not any(r.start <= start + len(line) - len(line.lstrip()) < r.end for r in related):
            continue
        following = [(a, b) for a, b in lines[index + 1 :] if text[a:b].strip()]
        for position, (follow_start, follow_end) in enumerate(following):
            follow = text[follow_start:follow_end]
            after = following[position + 1] if position + 1 < len(following) else None
            if _is_list_item(follow) or (
                # a heading of a further list, directly above its first item
                _is_heading(follow)
                and after is not None
                and _is_list_item(text[after[0] : after[1]])
            ):
                add(follow_start, follow_end)
            else:
                break
    # A list at the very end, under short headings, after blank lines and furniture.
    pending: list[tuple[int, int]] = []
    items = 0
    for start, end in reversed(lines):
        line = text[start:end]
        if not line.strip() or _covered(*strip_span(text, start, end), found):
            pending.append((start, end))
            continue
        if _is_list_item(line):
            items += 1
            add(start, end)
        elif items and _is_heading(line) and not pending:
            # A heading sits directly above its list, with no blank line between.
            add(start, end)
        else:
            break
        pending = []
    return regions


def stamp_regions(text: str) -> list[Furniture]:
    """Publication stamp lines ("Updated: November 11, 2011 20:09 IST"): when the page was
    published or changed, not a sentence of the report (:mod:`tui.core.text.stamps`)."""
    return [
        Furniture(start=start, end=end, kind="stamp", text=text[start:end])
        for start, end in stamp_lines(text)
    ]


def merge_regions(regions: Iterable[Furniture]) -> list[Furniture]:
    """Overlapping regions joined: the earliest (then longest) region's kind wins."""
    ordered = sorted(regions, key=lambda r: (r.start, -r.end, r.kind))
    merged: list[Furniture] = []
    for region in ordered:
        if merged and region.start < merged[-1].end:
            last = merged[-1]
            if region.end > last.end:
                merged[-1] = last.model_copy(update={"end": region.end})
            continue
        merged.append(region)
    return merged


def detect_furniture(
    text: str, patterns: Sequence[FurniturePattern] | None = None
) -> list[Furniture]:
    """Every region of ``text`` that is page furniture, in text order.

    Args:
        text: The article text.
        patterns: The pattern list (default: the packaged one; see :func:`load_patterns`).

    Returns:
        Non-overlapping regions with their kind and quoted text.
    """
    found = pattern_regions(text, default_patterns() if patterns is None else patterns)
    regions = merge_regions([*found, *list_regions(text, found), *stamp_regions(text)])
    return [r.model_copy(update={"text": text[r.start : r.end]}) for r in regions]


def inside(start: int, end: int, regions: Sequence[Furniture]) -> bool:
    """True if ``start..end`` overlaps any of the regions."""
    return any(r.start < end and start < r.end for r in regions)
