"""AnnotationStore: the YAML files in ``annotations/``, read safely and written atomically.

Reading validates with pydantic and turns any problem into a :class:`StoreError`
naming the file, the line and the field. Writing goes through a temp file in the
same folder, ``fsync`` and ``os.replace``, so a crash leaves the old file or the
new one, whole. A file that exists but cannot be read is never written over, and
a file changed on disk since it was loaded raises :class:`ConflictError`. A write the
system refuses (disk full, read-only folder) raises :class:`WriteError`, naming the
file; the file on disk is left as it was.

Limits (``docs/reliability.md``): a file larger than :data:`MAX_ANNOTATION_BYTES`
(an article's annotations) or :data:`MAX_SHARED_BYTES` (events, knowledge base) is
reported as too large before it is parsed, and an article's annotations hold at most
:data:`MAX_SPANS` spans; the store never writes a file it would refuse to read.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError
from yaml.representer import SafeRepresenter

from tui.core.model.schema import (
    ANNOTATION_FORMAT,
    ENTITY_LABELS,
    EVENTS_FORMAT,
    KB_FORMAT,
    QUANTITY_LABELS,
    ArticleAnnotation,
    Entity,
    EventsFile,
    Furniture,
    KnowledgeBase,
    Mention,
    Quantity,
    Sentence,
    Span,
    Trigger,
)

try:  # libyaml is much faster; fall back to the pure-Python classes without it.
    from yaml import CSafeDumper as _Dumper
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeDumper as _Dumper  # type: ignore[assignment]
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

M = TypeVar("M", bound=BaseModel)


class _StrictLoader(_Loader):
    """The safe loader, refusing a key given twice in one mapping (YAML keeps the last
    silently, and saving would then drop the first)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[str, int] = {}
        for key_node, _ in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                continue
            line = key_node.start_mark.line + 1
            if key_node.value in seen:
                raise yaml.constructor.ConstructorError(
                    None,
                    None,
                    f"duplicate key {key_node.value!r} (first on line {seen[key_node.value]})",
                    key_node.start_mark,
                )
            seen[key_node.value] = line
        return super().construct_mapping(node, deep)


class _OneLineDumper(_Dumper):
    """Writes strings holding line breaks as double-quoted escapes, so a span stays one line."""

    def ignore_aliases(self, data: Any) -> bool:
        # What is dumped comes fresh from ``model_dump``: no object is in it twice, so
        # no anchor is ever written, and the representer need not track every object.
        return True


def _represent_str(dumper: SafeRepresenter, value: str) -> yaml.ScalarNode:
    style = '"' if ("\n" in value or "\r" in value) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _represent_dict(dumper: SafeRepresenter, value: dict[Any, Any]) -> yaml.MappingNode:
    node = dumper.represent_mapping("tag:yaml.org,2002:map", value.items())
    node.flow_style = all(isinstance(v, yaml.ScalarNode) for _, v in node.value)
    return node


def _represent_list(dumper: SafeRepresenter, value: list[Any]) -> yaml.SequenceNode:
    node = dumper.represent_sequence("tag:yaml.org,2002:seq", value)
    node.flow_style = all(isinstance(v, yaml.ScalarNode) for v in node.value)
    return node


_OneLineDumper.add_representer(str, _represent_str)
_OneLineDumper.add_representer(dict, _represent_dict)
_OneLineDumper.add_representer(list, _represent_list)

EVENTS_FILE = "events.yaml"
KB_FILE = "entities.yaml"
STATE_FILE = ".state.yaml"
FURNITURE_FILE = "furniture.yaml"
#: Files in the annotations folder that are not per-article annotations.
RESERVED_FILES = frozenset({EVENTS_FILE, KB_FILE, STATE_FILE, FURNITURE_FILE})
#: Article ids that would name one of those files (compared without case, as macOS and
#: Windows compare file names).
RESERVED_IDS = frozenset(name.removesuffix(".yaml") for name in RESERVED_FILES)
#: The folder (inside the annotations folder) holding the annotations of articles whose
#: id is one of :data:`RESERVED_IDS`: a path with a folder never equals a reserved file.
RESERVED_ID_FOLDER = "_articles"

#: The largest article annotation file read (bytes); larger ones are reported, not parsed.
MAX_ANNOTATION_BYTES = 16_000_000
#: The largest ``events.yaml`` or ``entities.yaml`` read (bytes).
MAX_SHARED_BYTES = 64_000_000
#: The most spans (entities, quantities and orphans together) one article's file may hold.
MAX_SPANS = 200_000

# Keys dropped from the YAML when they hold their empty default, to keep files short.
_OPTIONAL_EMPTY = {"prefix": "", "suffix": "", "kb_id": None, "value": None, "text": ""}


@dataclass(frozen=True, slots=True)
class StoreError(Exception):
    """A file that could not be read: where and why."""

    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


def megabytes(size: int) -> str:
    """A size in bytes as megabytes for messages: ``16 MB``, ``2.3 MB`` (rounded up, so
    a size just over a limit never shows as the limit)."""
    tenths = -(-size // 100_000)
    return f"{tenths // 10} MB" if tenths % 10 == 0 else f"{tenths / 10:.1f} MB"


class WriteError(OSError):
    """A file the system would not let us write (disk full, read-only folder): the file on
    disk is as it was, and the work that was to be written is still in memory."""

    def __init__(self, path: Path, error: OSError) -> None:
        super().__init__(error.errno, error.strerror or str(error))
        self.path = path
        self.reason = error.strerror or str(error)

    def __str__(self) -> str:
        return f"{self.path}: cannot write ({self.reason})"


class TooLargeError(ValueError):
    """Refusal to write a file over the store's limits (it could not be read back)."""


class ConflictError(Exception):
    """The file on disk changed since it was loaded; writing would lose someone's work."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path}: changed on disk since it was loaded")
        self.path = path


class BrokenFileError(Exception):
    """Refusal to write over a file that exists but could not be read."""

    def __init__(self, error: StoreError) -> None:
        super().__init__(f"not overwriting unreadable file {error}")
        self.error = error


# ----------------------------------------------------------------------------- YAML


def dump_yaml(data: Any) -> str:
    """Deterministic YAML, keys in the order given, unicode kept.

    Collections of scalars (a span, a list of languages) go on one line each, so
    that a diff of an annotation file shows one changed line per changed span.
    """
    return yaml.dump(
        data,
        Dumper=_OneLineDumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=None,
        width=1_000_000,
    )


#: The items :func:`span_order` orders: spans, sentences, page furniture, event mentions.
Ordered = Sentence | Furniture | Span | Mention


class _Whole:
    """An item as sorted JSON, the last key of :func:`span_order`: made only for items
    that tie on everything before it (rare), so sorting stays cheap."""

    __slots__ = ("_item", "_text")

    def __init__(self, item: Ordered) -> None:
        self._item = item
        self._text: str | None = None

    def text(self) -> str:
        if self._text is None:
            data = self._item.model_dump(mode="json")
            self._text = json.dumps(data, sort_keys=True, ensure_ascii=False)
        return self._text

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Whole) and self.text() == other.text()

    def __lt__(self, other: _Whole) -> bool:
        return self.text() < other.text()

    __hash__ = None  # type: ignore[assignment]


def span_order(item: Ordered) -> tuple[Any, ...]:
    """The canonical order of spans, sentences, furniture and event mentions: the order
    the store writes them in, and the one every in-memory collection keeps.

    By article (mentions), position, label (or furniture kind), origin, status and
    kb_id, then by the whole item, so that equal positions still give the same bytes.
    """
    whole = _Whole(item)
    if isinstance(item, Span):
        kb_id = item.kb_id if isinstance(item, Entity) else None
        return ("", item.start, item.end, item.label, item.origin, item.status, kb_id or "", whole)
    if isinstance(item, Furniture):
        return ("", item.start, item.end, item.kind, item.origin, item.status, "", whole)
    if isinstance(item, Mention):
        return (item.article, item.start, item.end, "", item.origin, item.status, "", whole)
    return ("", item.start, item.end, "", "", "", "", whole)


def canonical_annotation(annotation: ArticleAnnotation) -> ArticleAnnotation:
    """The annotation with every collection in :func:`span_order` (what a save and a reload give)."""
    return annotation.model_copy(
        update={
            "sentences": tuple(sorted(annotation.sentences, key=span_order)),
            "furniture": tuple(sorted(annotation.furniture, key=span_order)),
            "entities": tuple(sorted(annotation.entities, key=span_order)),
            "quantities": tuple(sorted(annotation.quantities, key=span_order)),
            "orphans": tuple(sorted(annotation.orphans, key=span_order)),
            "triggers": tuple(sorted(annotation.triggers, key=_trigger_order)),
        }
    )


def _trigger_order(trigger: Trigger) -> tuple[int, int, str, str, str]:
    return trigger.start, trigger.end, trigger.pos, trigger.lemma, trigger.model_dump_json()


def canonical_events(events: EventsFile) -> EventsFile:
    """Events in their order, each event's mentions in :func:`span_order`."""
    return events.model_copy(
        update={
            "events": tuple(
                event.model_copy(update={"mentions": tuple(sorted(event.mentions, key=span_order))})
                for event in events.events
            )
        }
    )


def canonical_kb(kb: KnowledgeBase) -> KnowledgeBase:
    """The knowledge base with its entities by id."""
    return kb.model_copy(update={"entities": tuple(sorted(kb.entities, key=lambda e: e.id))})


def _clean(value: Any) -> Any:
    """Drop empty optional keys and turn tuples into lists, recursively."""
    if isinstance(value, dict):
        return {
            key: _clean(item)
            for key, item in value.items()
            if not (key in _OPTIONAL_EMPTY and item == _OPTIONAL_EMPTY[key])
        }
    if isinstance(value, (list, tuple)):
        return [_clean(item) for item in value]
    return value


class _BlockList(list[Any]):
    """A list written one item per line, even of scalars (the triggers)."""


def _represent_block_list(dumper: SafeRepresenter, value: _BlockList) -> yaml.SequenceNode:
    node = dumper.represent_sequence("tag:yaml.org,2002:seq", value)
    node.flow_style = False
    return node


_OneLineDumper.add_representer(_BlockList, _represent_block_list)


def _compact(data: dict[str, Any], triggers: tuple[Trigger, ...]) -> dict[str, Any]:
    """An annotation's data with its triggers one line each (:meth:`Trigger.line`: a
    file of a few hundred triggers reads three times faster than as mappings), and
    the fields that hold nothing new left out (``headline: false``, no triggers), so
    that an annotation without them gives the bytes it gave before they existed."""
    for sentence in data["sentences"]:
        if not sentence.get("headline"):
            sentence.pop("headline", None)
    if triggers:
        data["triggers"] = _BlockList(trigger.line() for trigger in triggers)
    else:
        del data["triggers"]
    return data


def annotation_to_yaml(annotation: ArticleAnnotation) -> str:
    """The YAML text of an annotation: same annotation, same bytes; spans by position,
    triggers one line each."""
    canonical = canonical_annotation(annotation)
    data = _clean(canonical.model_dump(mode="json", exclude={"triggers"}))
    data["triggers"] = None
    if "orphans" in data:  # keep the field order of the schema: triggers before orphans
        data["orphans"] = data.pop("orphans")
    return dump_yaml(_compact(data, canonical.triggers))


def events_to_yaml(events: EventsFile) -> str:
    """The YAML text of the events file: same events, same bytes; mentions by position."""
    return dump_yaml(_clean(canonical_events(events).model_dump(mode="json")))


def kb_to_yaml(kb: KnowledgeBase) -> str:
    """The YAML text of the knowledge base, entities by id."""
    return dump_yaml(_clean(canonical_kb(kb).model_dump(mode="json")))


def _node_line(root: yaml.Node | None, loc: tuple[int | str, ...]) -> int | None:
    """The 1-based line of the YAML node at a pydantic error location."""
    node = root
    line = node.start_mark.line + 1 if node is not None else None
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if key.value == part:
                    node = value
                    line = key.start_mark.line + 1
                    break
            else:
                return line
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            if part >= len(node.value):
                return line
            node = node.value[part]
            line = node.start_mark.line + 1
        else:
            return line
    return line


def _loc_text(loc: tuple[int | str, ...]) -> str:
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def parse_model(text: str, model: type[M], path: str) -> M:
    """Parse YAML text into ``model``.

    Raises:
        StoreError: Syntax error or validation error, with the line and field.
    """
    try:
        data = yaml.load(text, Loader=_StrictLoader)
    except yaml.constructor.ConstructorError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        raise StoreError(path, line, str(error.problem or error)) from None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        raise StoreError(path, line, f"YAML syntax: {error.problem or error}") from None
    except yaml.YAMLError as error:
        raise StoreError(path, None, f"YAML: {error}") from None
    if not isinstance(data, dict):
        raise StoreError(path, 1, f"expected a mapping at the top, found {type(data).__name__}")
    if model is ArticleAnnotation:
        spans = sum(
            len(data.get(name) or ()) if isinstance(data.get(name), list) else 0
            for name in ("entities", "quantities", "orphans")
        )
        if spans > MAX_SPANS:
            raise StoreError(path, None, f"too many spans ({spans}; limit {MAX_SPANS})")
    try:
        return model.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        loc = tuple(first["loc"])
        # Union members add their class name to the location; keep the data path only.
        loc = tuple(p for p in loc if not (isinstance(p, str) and p[:1].isupper()))
        try:
            root = yaml.compose(text, Loader=_Loader)
        except yaml.YAMLError:
            root = None
        line = _node_line(root, loc)
        more = f" (and {error.error_count() - 1} more)" if error.error_count() > 1 else ""
        raise StoreError(path, line, f"{_loc_text(loc)}: {first['msg']}{more}") from None


# -------------------------------------------------------------------------- writing


def _file_mode(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def atomic_write(path: Path, text: str | bytes, *, sync_folder: bool = True) -> None:
    """Write ``text`` (UTF-8) or bytes to ``path`` so that readers see the old file or the new one, whole.

    With ``sync_folder`` False the rename is not yet made durable: a caller writing
    many files into one folder syncs it once, after them (:func:`fsync_folder`).

    Raises:
        WriteError: The system refused (disk full, read-only folder, no permission);
            ``path`` is as it was and no temp file is left.
    """
    data = text.encode("utf-8") if isinstance(text, str) else text
    try:
        _atomic_write(path, data, sync_folder)
    except WriteError:
        raise
    except OSError as error:
        raise WriteError(path, error) from error


def _atomic_write(path: Path, data: bytes, sync_folder: bool = True) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        # mkstemp makes the file private (0600): give it the mode the file had, or
        # the mode a new file gets under the umask, as any editor would.
        os.chmod(tmp_name, _file_mode(path))
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        try:
            os.unlink(tmp_name)
        except FileNotFoundError:
            pass
        raise
    if sync_folder:
        fsync_folder(path.parent)


def fsync_folder(folder: Path) -> None:
    """Make the renames done in ``folder`` durable (where the platform has folder fds)."""
    try:
        dir_fd = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - platforms without directory fds
        return
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def leading_comments(path: Path) -> str:
    """The comment block a file opens with (kept when the file is rewritten), or ''."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return ""
    lines = []
    for line in text.splitlines(keepends=True):
        if not (line.startswith("#") or not line.strip()):
            break
        lines.append(line if line.endswith("\n") else line + "\n")
    return "".join(lines)


def sha256_of(path: Path) -> str | None:
    """Digest of the file's bytes, or None if there is no file."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except FileNotFoundError:
        return None


# ---------------------------------------------------------------------------- store


@dataclass(frozen=True, slots=True)
class Loaded:
    """What reading one file gave: the value, or the error; and the bytes' digest."""

    value: Any
    error: StoreError | None
    sha256: str | None


class AnnotationStore:
    """The annotations folder: one YAML per article, plus events and the knowledge base."""

    def __init__(self, root: Path | str = "annotations") -> None:
        self.root = Path(root)
        #: Folders holding files saved with ``sync_folder=False`` since the last :meth:`sync`.
        self._unsynced: set[Path] = set()
        #: The digest of each file as this store last read it whole and valid: a save
        #: finding those bytes still there need not parse them again to know they can be
        #: read (a large corpus's ``events.yaml`` takes seconds to parse).
        self._readable: dict[Path, str] = {}

    def sync(self) -> None:
        """Make durable the files saved with ``sync_folder=False``: one fsync per folder.

        Raises:
            WriteError: The system refused.
        """
        while self._unsynced:
            folder = self._unsynced.pop()
            try:
                fsync_folder(folder)
            except OSError as error:
                raise WriteError(folder, error) from error

    # paths
    def path_for(self, article_id: str) -> Path:
        """``<root>/<id>.yaml``; for an id named like one of the folder's own files
        (:data:`RESERVED_IDS`), ``<root>/_articles/<id>.yaml``, so it never takes their place."""
        if article_id.casefold() in RESERVED_IDS:
            return self.root / RESERVED_ID_FOLDER / f"{article_id}.yaml"
        return self.root / f"{article_id}.yaml"

    @property
    def events_path(self) -> Path:
        return self.root / EVENTS_FILE

    @property
    def kb_path(self) -> Path:
        return self.root / KB_FILE

    @property
    def state_path(self) -> Path:
        return self.root / STATE_FILE

    @property
    def furniture_path(self) -> Path:
        """The person's own page-furniture patterns (optional)."""
        return self.root / FURNITURE_FILE

    def annotation_files(self) -> list[Path]:
        """Every article annotation file of the folder (``<id>.yaml``; the id is the stem)."""
        if not self.root.is_dir():
            return []
        files = [p for p in self.root.glob("*.yaml") if p.name not in RESERVED_FILES]
        files.extend((self.root / RESERVED_ID_FOLDER).glob("*.yaml"))
        return sorted(p for p in files if p.is_file())

    # generic
    def _load(self, path: Path, model: type[M], limit: int) -> Loaded:
        try:
            size = path.stat().st_size
            if size > limit:
                with path.open("rb") as handle:
                    digest = hashlib.file_digest(handle, "sha256").hexdigest()
                message = f"too large ({megabytes(size)}; limit {megabytes(limit)})"
                return Loaded(None, StoreError(str(path), None, message), digest)
            data = path.read_bytes()
        except FileNotFoundError:
            return Loaded(None, None, None)
        except OSError as error:
            return Loaded(None, StoreError(str(path), None, error.strerror or str(error)), None)
        digest = hashlib.sha256(data).hexdigest()
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            return Loaded(None, StoreError(str(path), None, f"not UTF-8: {error.reason}"), digest)
        try:
            value = parse_model(text, model, str(path))
        except StoreError as error:
            self._readable.pop(path, None)
            return Loaded(None, error, digest)
        self._readable[path] = digest
        return Loaded(value, None, digest)

    def _save(
        self,
        path: Path,
        text: str,
        model: type[M],
        expected_sha: str | None | bool,
        limit: int,
        sync_folder: bool = True,
    ) -> str:
        """Write after checking the file on disk; returns the new digest.

        ``expected_sha`` is the digest of the file when it was loaded (None: there
        was no file); pass ``False`` to skip the conflict check. With ``sync_folder``
        False the folder is synced by the next :meth:`sync`.

        Raises:
            BrokenFileError: The file on disk cannot be read (never written over).
            ConflictError: The file changed since ``expected_sha``.
            TooLargeError: The text is over ``limit`` (it could not be read back).
            WriteError: The system refused the write; the file is as it was.
        """
        data = text.encode("utf-8")
        if len(data) > limit:
            raise TooLargeError(
                f"{path}: not written: {megabytes(len(data))} is over the limit of "
                f"{megabytes(limit)}"
            )
        current_sha = self._unchanged(path)
        if current_sha is None:
            current = self._load(path, model, limit)
            if current.error is not None:
                raise BrokenFileError(current.error)
            current_sha = current.sha256
        if expected_sha is not False and current_sha != expected_sha:
            raise ConflictError(path)
        new_sha = hashlib.sha256(data).hexdigest()
        if current_sha != new_sha:
            atomic_write(path, data, sync_folder=sync_folder)
            if not sync_folder:
                self._unsynced.add(path.parent)
        return new_sha

    def _unchanged(self, path: Path) -> str | None:
        """The file's digest if it holds the very bytes this store last read whole and
        valid (None: absent, unread, changed or unreadable now: read it again)."""
        known = self._readable.get(path)
        if known is None:
            return None
        try:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            return None
        return digest if digest == known else None

    # article annotations
    def load(self, article_id: str) -> Loaded:
        """Read the article's annotation file: value is an ArticleAnnotation, or None if absent."""
        path = self.path_for(article_id)
        loaded = self._load(path, ArticleAnnotation, MAX_ANNOTATION_BYTES)
        if loaded.value is not None and loaded.value.format != ANNOTATION_FORMAT:
            error = StoreError(str(path), 1, f"format: unknown {loaded.value.format!r}")
            return Loaded(None, error, loaded.sha256)
        if loaded.value is not None:
            out_of_bounds = check_bounds(loaded.value, str(path))
            if out_of_bounds:
                return Loaded(None, out_of_bounds, loaded.sha256)
        return loaded

    def save(
        self,
        annotation: ArticleAnnotation,
        expected_sha: str | None | bool = False,
        *,
        sync_folder: bool = True,
    ) -> str:
        """Write one article's annotations atomically; returns the digest written.

        A batch passes ``sync_folder=False`` and calls :meth:`sync` after its files
        (each is still written whole, or not at all).

        Raises:
            TooLargeError: More than :data:`MAX_SPANS` spans, or a file over the size limit.
            (And as :meth:`_save`.)
        """
        path = self.path_for(annotation.article)
        spans = len(annotation.entities) + len(annotation.quantities) + len(annotation.orphans)
        if spans > MAX_SPANS:
            raise TooLargeError(f"{path}: not written: {spans} spans (limit {MAX_SPANS})")
        return self._save(
            path,
            annotation_to_yaml(annotation),
            ArticleAnnotation,
            expected_sha,
            MAX_ANNOTATION_BYTES,
            sync_folder,
        )

    # events
    def load_events(self) -> Loaded:
        loaded = self._load(self.events_path, EventsFile, MAX_SHARED_BYTES)
        if loaded.value is not None and loaded.value.format != EVENTS_FORMAT:
            error = StoreError(str(self.events_path), 1, f"format: unknown {loaded.value.format!r}")
            return Loaded(None, error, loaded.sha256)
        return loaded

    def save_events(self, events: EventsFile, expected_sha: str | None | bool = False) -> str:
        text = leading_comments(self.events_path) + events_to_yaml(events)
        return self._save(self.events_path, text, EventsFile, expected_sha, MAX_SHARED_BYTES)

    # knowledge base
    def load_kb(self) -> Loaded:
        loaded = self._load(self.kb_path, KnowledgeBase, MAX_SHARED_BYTES)
        if loaded.value is not None and loaded.value.format != KB_FORMAT:
            error = StoreError(str(self.kb_path), 1, f"format: unknown {loaded.value.format!r}")
            return Loaded(None, error, loaded.sha256)
        return loaded

    def save_kb(self, kb: KnowledgeBase, expected_sha: str | None | bool = False) -> str:
        text = leading_comments(self.kb_path) + kb_to_yaml(kb)
        return self._save(self.kb_path, text, KnowledgeBase, expected_sha, MAX_SHARED_BYTES)

    def check(self) -> list[StoreError]:
        """Every file of the folder that cannot be read, one error per file (an article's
        file in the wrong place counts too)."""
        problems: list[StoreError] = []
        for path in self.annotation_files():
            if self.path_for(path.stem) != path:
                problems.append(
                    StoreError(
                        str(path),
                        None,
                        f"article {path.stem!r} is named like one of the folder's own files: "
                        f"its annotations belong in {self.path_for(path.stem)}",
                    )
                )
                continue
            error = self.load(path.stem).error
            if error:
                problems.append(error)
        for loaded in (self.load_events(), self.load_kb()):
            if loaded.error:
                problems.append(loaded.error)
        return problems


class _Lines:
    """The line of each place in one YAML file, for messages: the file is composed on
    first use, so only a file with a problem pays for it."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._root: yaml.Node | None = None
        self._read = False

    def __call__(self, loc: tuple[int | str, ...]) -> int | None:
        if not self._read:
            self._read = True
            try:
                text = Path(self.path).read_text(encoding="utf-8-sig")
                self._root = yaml.compose(text, Loader=_Loader)
            except (OSError, UnicodeDecodeError, yaml.YAMLError):
                self._root = None
        return _node_line(self._root, loc)


def check_bounds(annotation: ArticleAnnotation, path: str) -> StoreError | None:
    """Each span's quote must be as long as its offsets say (the text itself is not known here)."""
    for name in ("entities", "quantities", "orphans"):
        for index, span in enumerate(getattr(annotation, name)):
            if len(span.text) != span.end - span.start:
                return StoreError(
                    path,
                    _Lines(path)((name, index, "text")),
                    f"{name}[{index}].text: {span.text!r} is {len(span.text)} characters, "
                    f"but start..end spans {span.end - span.start}",
                )
    return None


def _mismatch(start: int, end: int, quote: str, text: str) -> str | None:
    """Why ``quote`` is not ``text[start:end]``, or None if it is."""
    if end > len(text):
        return f"{start}-{end} is beyond the end of the text ({len(text)} characters)"
    if text[start:end] != quote:
        return f"{start}-{end} {quote!r} does not match the text there ({text[start:end]!r})"
    return None


def _mismatches(annotation: ArticleAnnotation, text: str) -> Iterator[tuple[str, int, str]]:
    """Each span whose quote is not the article text at its offsets: list, index, why."""
    for name in ("entities", "quantities"):
        spans: tuple[Entity | Quantity, ...] = getattr(annotation, name)
        for index, span in enumerate(spans):
            problem = _mismatch(span.start, span.end, span.text, text)
            if problem is not None:
                yield name, index, f"{span.label} {problem}"


def check_text(annotation: ArticleAnnotation, text: str) -> list[str]:
    """Spans whose quote does not match the article text at their offsets."""
    return [problem for _, _, problem in _mismatches(annotation, text)]


def check_annotation(
    annotation: ArticleAnnotation, text: str | None, path: str
) -> list[StoreError]:
    """What ``newsreader check`` finds in a readable article file beyond its schema.

    Args:
        annotation: The file's annotation.
        text: The article's text now (None: not known, or changed since the annotation
            was made; the spans are then not compared with it).
        path: The file, for the messages (and their lines).

    Returns:
        Labels newsreader does not know (or in the wrong list), and spans that are not
        the article's text at their offsets, each with its line, in line order.
    """
    lines = _Lines(path)
    problems: list[StoreError] = []
    known = {"entities": ENTITY_LABELS, "quantities": QUANTITY_LABELS}
    for name in ("entities", "quantities", "orphans"):
        spans: tuple[Entity | Quantity, ...] = getattr(annotation, name)
        for index, span in enumerate(spans):
            allowed = known.get(name, ENTITY_LABELS + QUANTITY_LABELS)
            if span.label in allowed:
                continue
            other = next((n for n, labels in known.items() if span.label in labels), None)
            why = f"a {other} label, in {name}" if other else "unknown label"
            problems.append(
                StoreError(
                    path,
                    lines((name, index, "label")),
                    f"{name}[{index}].label: {why} {span.label!r}",
                )
            )
    for name, index, problem in _mismatches(annotation, text) if text is not None else ():
        problems.append(
            StoreError(path, lines((name, index, "start")), f"{name}[{index}]: {problem}")
        )
    return sorted(problems, key=lambda error: error.line or 0)


def check_events(events: EventsFile, texts: Mapping[str, str], path: str) -> list[StoreError]:
    """Passages and figures of ``events.yaml`` that point nowhere.

    Args:
        events: The events file.
        texts: Every article's text, by id.
        path: The file, for the messages (and their lines).

    Returns:
        Mentions of articles that are not in the corpus, or beyond their text (event
        mentions: or unlike it); figures of articles not in the corpus. In line order.
    """
    lines = _Lines(path)
    problems: list[StoreError] = []

    def mention(loc: tuple[int | str, ...], item: Mention, quoted: bool) -> None:
        text = texts.get(item.article)
        if text is None:
            why: str | None = f"no article {item.article!r} in the corpus"
        else:
            # An alignment's text joins its passages; only an event mention's is a quote.
            quote = item.text if quoted and item.text else text[item.start : item.end]
            why = _mismatch(item.start, item.end, quote, text)
        if why is not None:
            problems.append(StoreError(path, lines(loc), f"{_loc_text(loc)}: {why}"))

    for i, event in enumerate(events.events):
        for j, item in enumerate(event.mentions):
            mention(("events", i, "mentions", j), item, quoted=True)
        for j, figure in enumerate(event.figures):
            if figure.article not in texts:
                loc: tuple[int | str, ...] = ("events", i, "figures", j)
                why = f"no article {figure.article!r} in the corpus"
                problems.append(StoreError(path, lines(loc), f"{_loc_text(loc)}: {why}"))
    for i, alignment in enumerate(events.alignments):
        for j, item in enumerate(alignment.mentions):
            mention(("alignments", i, "mentions", j), item, quoted=False)
    return sorted(problems, key=lambda error: error.line or 0)
