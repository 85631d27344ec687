"""brat standoff: ``<id>.txt`` + ``<id>.ann`` per article out, people's decisions back in.

The ``.txt`` is the article text exactly, so ``.ann`` offsets are the annotation
files' code-point offsets. Each span is a ``T`` line (a span across a line break
is written as fragments, ``ORG 0 5;6 12``, as brat requires); a model suggestion
nobody reviewed carries the attribute ``Suggested``, a rejected span
``Rejected``; ``kb_id``, a date's ``value`` and a quantity's ``value``, ``unit``
and ``qualifier`` are ``N`` (normalisation) lines. See ``docs/annotation-format.md``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tui.core.formats.common import Exported
from tui.core.formats.decisions import ImportedArticle, ImportedSpan
from tui.core.model.schema import ENTITY_LABELS, QUANTITY_LABELS, Entity, Quantity, Status

SUGGESTED = "Suggested"
REJECTED = "Rejected"
#: Normalisation databases: the span attribute each stands for.
DATABASES = {
    "newsreader-kb": "kb_id",
    "iso8601": "value",
    "value": "value",
    "unit": "unit",
    "qualifier": "qualifier",
}
#: A run of text within one line, from its first to its last non-space character.
_LINE_PIECE = re.compile(r"\S(?:[^\n]*\S)?")


def fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``start..end`` cut at line breaks (brat spans may not hold one), whitespace trimmed."""
    pieces = [(start + m.start(), start + m.end()) for m in _LINE_PIECE.finditer(text[start:end])]
    return pieces or [(start, end)]


def _normalisations(span: Entity | Quantity) -> list[tuple[str, str]]:
    """(database, id) pairs for the span's attributes."""
    pairs: list[tuple[str, str]] = []
    if isinstance(span, Quantity):
        if span.value is not None:
            pairs.append(("value", repr(span.value)))
        if span.unit is not None:
            pairs.append(("unit", span.unit))
        if span.qualifier != "exact":
            pairs.append(("qualifier", span.qualifier))
    else:
        if span.kb_id is not None:
            pairs.append(("newsreader-kb", span.kb_id))
        if span.value is not None:
            pairs.append(("iso8601", span.value))
    return pairs


def ann_text(item: Exported) -> str:
    """The ``.ann`` file of one article."""
    text = item.article.text
    lines: list[str] = []
    attribute = normalisation = 0
    for number, span in enumerate(item.spans(), start=1):
        parts = fragments(text, span.start, span.end)
        offsets = ";".join(f"{a} {b}" for a, b in parts)
        quote = " ".join(text[a:b] for a, b in parts)
        lines.append(f"T{number}\t{span.label} {offsets}\t{quote}")
        flag = REJECTED if span.status == "rejected" else SUGGESTED if not span.reviewed else None
        if flag:
            attribute += 1
            lines.append(f"A{attribute}\t{flag} T{number}")
        for database, identifier in _normalisations(span):
            normalisation += 1
            lines.append(
                f"N{normalisation}\tReference T{number} {database}:{identifier}\t{identifier}"
            )
    return "".join(line + "\n" for line in lines)


def annotation_conf(labels: Iterable[str]) -> str:
    """brat's ``annotation.conf`` for the exported labels and the two attributes."""
    known = [*ENTITY_LABELS, *QUANTITY_LABELS]
    extra = sorted(set(labels) - set(known))
    return (
        "# newsreader export: entity and number labels, and the review attributes.\n"
        "[entities]\n"
        + "".join(f"{label}\n" for label in (*known, *extra))
        + "[relations]\n[events]\n[attributes]\n"
        + f"{SUGGESTED}\tArg:<ENTITY>\n{REJECTED}\tArg:<ENTITY>\n"
    )


def write_collection(items: Iterable[Exported], folder: Path) -> int:
    """Write ``<id>.txt`` and ``<id>.ann`` per article and ``annotation.conf`` into ``folder``.

    Returns:
        How many articles were written.
    """
    from tui.core.model.store import atomic_write

    labels: set[str] = set()
    count = 0
    for item in items:
        atomic_write(folder / f"{item.article.id}.txt", item.article.text)
        atomic_write(folder / f"{item.article.id}.ann", ann_text(item))
        labels.update(span.label for span in item.spans())
        count += 1
    atomic_write(folder / "annotation.conf", annotation_conf(labels))
    return count


# ------------------------------------------------------------------------- parsing


@dataclass
class BratSpan:
    """A ``T`` line with what its ``A`` and ``N`` lines say about it."""

    label: str
    fragments: list[tuple[int, int]]
    quote: str
    line: int
    attributes: set[str] = field(default_factory=set)
    normalisations: list[tuple[str, str]] = field(default_factory=list)

    @property
    def start(self) -> int:
        return min(a for a, _ in self.fragments)

    @property
    def end(self) -> int:
        return max(b for _, b in self.fragments)


def parse_ann(ann: str, where: str) -> tuple[dict[str, BratSpan], list[str]]:
    """The text-bound annotations of an ``.ann`` file by id, and the lines that could not be read.

    Relations, events and notes are skipped (newsreader has nothing to put them in).
    """
    spans: dict[str, BratSpan] = {}
    problems: list[str] = []
    for number, line in enumerate(ann.splitlines(), start=1):
        if not line.strip() or line[0] not in "TAMN":
            continue
        parts = line.split("\t")
        at = f"{where}:{number}"
        try:
            if line[0] == "T":
                label, _, offsets = parts[1].partition(" ")
                pieces = [tuple(int(x) for x in piece.split()) for piece in offsets.split(";")]
                if not label or any(len(p) != 2 or p[0] >= p[1] for p in pieces):
                    raise ValueError(f"bad offsets {offsets!r}")
                spans[parts[0]] = BratSpan(
                    label,
                    [(p[0], p[1]) for p in pieces],
                    parts[2] if len(parts) > 2 else "",
                    number,
                )
            elif line[0] in "AM":
                name, target = parts[1].split()[:2]
                spans[target].attributes.add(name)
            else:
                kind, target, reference = parts[1].split()[:3]
                database, _, identifier = reference.partition(":")
                if kind == "Reference" and database in DATABASES:
                    spans[target].normalisations.append((database, identifier))
        except (IndexError, ValueError, KeyError) as error:
            problems.append(f"{at}: cannot read {line!r} ({error})")
    return spans, problems


def _decision(span: BratSpan, text: str, where: str) -> ImportedSpan | None:
    """The decision a ``T`` line holds (None: a suggestion nobody reviewed).

    Raises:
        ValueError: Offsets outside the text, a quote that is not the text there,
            or a value that is not a number.
    """
    if SUGGESTED in span.attributes:
        return None
    if any(b > len(text) for _, b in span.fragments):
        raise ValueError(f"{where}:{span.line}: offsets outside the text")
    quote = " ".join(text[a:b] for a, b in span.fragments)
    if " ".join(span.quote.split()) != " ".join(quote.split()):
        raise ValueError(f"{where}:{span.line}: {span.quote!r} is not the text there ({quote!r})")
    status: Status = "rejected" if REJECTED in span.attributes else "accepted"
    attributes: dict[str, object] = {}
    for database, identifier in span.normalisations:
        name = DATABASES[database]
        if name == "value" and span.label in QUANTITY_LABELS:
            try:
                attributes[name] = float(identifier)
            except ValueError:
                raise ValueError(
                    f"{where}:{span.line}: value {identifier!r} is not a number"
                ) from None
        else:
            attributes[name] = identifier
    return ImportedSpan(span.start, span.end, span.label, status, attributes)


def read_document(txt: Path, ann: Path) -> tuple[ImportedArticle, list[str]]:
    """The decisions in one ``.ann`` file about the text of its ``.txt``, and the problems."""
    text = txt.read_bytes().decode("utf-8-sig")
    spans, problems = parse_ann(ann.read_text(encoding="utf-8"), str(ann))
    decisions: list[ImportedSpan] = []
    for span in spans.values():
        try:
            decision = _decision(span, text, str(ann))
        except ValueError as error:
            problems.append(str(error))
            continue
        if decision is not None:
            decisions.append(decision)
    return ImportedArticle(str(ann), ann.stem, text, tuple(decisions)), problems


def read_collection(paths: Iterable[Path]) -> Iterator[ImportedArticle | str]:
    """The decisions of every ``.ann`` named or inside a named folder, or problems."""
    files: list[Path] = []
    for path in paths:
        files.extend(sorted(path.glob("*.ann")) if path.is_dir() else [path])
    for ann in files:
        txt = ann.with_suffix(".txt")
        try:
            record, problems = read_document(txt, ann)
        except (OSError, UnicodeDecodeError) as error:
            yield f"{ann}: cannot read it or its .txt ({error})"
            continue
        yield from problems
        yield record
