"""The commands that exchange news and annotations with the outside: ``add``, ``import``,
``serve``, and ``export`` to spaCy, Prodigy and brat (``tui.cli`` registers them); and
how every command prints (:func:`say`, :func:`err`)."""

from __future__ import annotations

import argparse
import ipaddress
import shlex
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tui.core.model.settings import Settings

#: ``export --format`` values besides ``json``.
EXPORT_FORMATS = ("spacy", "prodigy", "brat")
IMPORT_FORMATS = ("prodigy", "brat")


def say(message: str) -> None:
    """Print one message on stdout. Messages hold file names, ids and text from files:
    every control character is shown as a visible one (:func:`tui.core.text.display.visible`),
    so none reaches the terminal, and nothing is read as markup."""
    from tui.core.text.display import visible

    print(visible(message))


def err(message: str) -> None:
    """Print one message on stderr, as :func:`say` does."""
    from tui.core.text.display import visible

    print(visible(message), file=sys.stderr)


def output_path(path: Path | None) -> Path | None:
    """``-o`` as given: None for stdout (no ``-o``, or ``-o -``)."""
    return None if path is None or str(path) == "-" else path


def _field(text: str) -> tuple[str, str]:
    from tui.core.ingest.sources import DUMP_FIELDS

    name, sep, key = text.partition("=")
    if not sep or name not in DUMP_FIELDS or not key:
        raise argparse.ArgumentTypeError(
            f"expected NAME=KEY with NAME one of {', '.join(DUMP_FIELDS)}: {text!r}"
        )
    return name, key


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``add``, ``import`` and ``serve`` subcommands."""
    add = commands.add_parser(
        "add", help="bring articles in from feeds, pages, JSONL dumps, .txt and .md files"
    )
    add.add_argument("sources", nargs="+", help="feed or page URLs, files or folders")
    add.add_argument("--limit", type=int, default=100, help="HTTP requests per run (100)")
    add.add_argument("--timeout", type=float, default=20.0, help="seconds per request (20)")
    add.add_argument(
        "--field",
        type=_field,
        action="append",
        default=[],
        metavar="NAME=KEY",
        help="read a dump's NAME (text, title, date, url, source) from KEY",
    )
    add.add_argument("--allow-near-duplicates", action="store_true", help="add near-duplicates too")

    imports = commands.add_parser(
        "import", help="bring people's decisions back from Prodigy JSONL or brat .ann files"
    )
    imports.add_argument("paths", nargs="+", type=Path, help="a .jsonl file, .ann files or folders")
    imports.add_argument("--format", choices=IMPORT_FORMATS, help="default: from the file names")

    serve = commands.add_parser("serve", help="run the reader in a browser (textual-serve)")
    serve.add_argument("--port", type=int, default=8000, help="port (8000)")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    serve.add_argument("--public", action="store_true", help="allow an address other than loopback")


def cmd_add(args: argparse.Namespace, settings: Settings) -> int:
    from tui.core.ingest.add import AddOptions, add_sources

    options = AddOptions(
        limit=max(0, args.limit),
        timeout=args.timeout,
        fields=dict(args.field),
        allow_near_duplicates=args.allow_near_duplicates,
    )
    report = add_sources(settings.seeds, args.sources, options)
    for entry in report.added:
        say(f"added {settings.seeds / entry.file}")
    for line in report.duplicates:
        say(f"duplicate: {line}")
    for line in report.near_duplicates:
        say(f"near-duplicate: {line}")
    for line in report.errors:
        err(f"error: {line}")
    if report.not_fetched:
        err(f"limit: {len(report.not_fetched)} URLs not fetched this run (--limit {args.limit})")
    say(report.summary())
    return 1 if report.errors else 0


def export_other(args: argparse.Namespace, settings: Settings) -> int:
    """``export --format spacy|prodigy|brat``."""
    from tui.core.formats.common import Exported, exportable
    from tui.core.model.corpus import load_corpus
    from tui.core.model.store import AnnotationStore

    output = output_path(args.output)
    if args.format in ("spacy", "brat") and output is None:
        err(f"error: --format {args.format} needs -o (a .spacy file, or a folder for brat)")
        return 2
    corpus = load_corpus(*(args.paths or [settings.seeds]))
    for skipped in corpus.problems:
        err(f"skipped {skipped}")
    items: list[Exported] = []
    problems: list[str] = []
    for item in exportable(corpus.articles, AnnotationStore(settings.annotations)):
        if isinstance(item, str):
            problems.append(item)
        else:
            items.append(item)
    for problem in problems:
        err(f"error: {problem}")
    try:
        if args.format == "spacy":
            from tui.core.formats.spacy import write_docbin

            assert output is not None  # checked above
            count = write_docbin(items, output)
            err(f"wrote {count} documents to {output}")
        elif args.format == "brat":
            from tui.core.formats.brat import write_collection

            assert output is not None  # checked above
            count = write_collection(items, output)
            err(f"wrote {count} articles to {output}")
        else:
            from tui.core.formats.prodigy import write_tasks

            text = "".join(write_tasks(items))
            if output is None:
                sys.stdout.write(text)
            else:
                from tui.core.model.store import atomic_write

                atomic_write(output, text)
                err(f"wrote {len(items)} tasks to {output}")
    except OSError as error:
        err(f"error: {error}")
        return 1
    return 1 if problems else 0


def cmd_import(args: argparse.Namespace, settings: Settings) -> int:
    from tui.core.formats.decisions import ImportedArticle, import_decisions
    from tui.core.model.corpus import load_corpus
    from tui.core.model.store import AnnotationStore

    kind = args.format or (
        "prodigy" if all(p.suffix in (".jsonl", ".json") for p in args.paths) else "brat"
    )
    items: list[ImportedArticle | str] = []
    if kind == "prodigy":
        from tui.core.formats.prodigy import read_tasks

        for path in args.paths:
            try:
                text = path.read_text(encoding="utf-8-sig")
            except (OSError, UnicodeDecodeError) as error:
                items.append(f"{path}: cannot read ({error})")
                continue
            items.extend(read_tasks(text, str(path)))
    else:
        from tui.core.formats.brat import read_collection

        items.extend(read_collection(args.paths))
    problems = [item for item in items if isinstance(item, str)]
    records = [item for item in items if not isinstance(item, str)]
    corpus = load_corpus(settings.seeds)
    try:
        report = import_decisions(records, corpus.articles, AnnotationStore(settings.annotations))
    except OSError as error:  # a full disk or a read-only folder: files written so far are whole
        for line in problems:
            err(f"error: {line}")
        err(f"error: {error}")
        return 1
    for line in (*problems, *report.errors):
        err(f"error: {line}")
    for line in report.conflicts:
        err(f"conflict: {line}")
    say(report.summary())
    return 1 if problems or report.errors or report.conflicts else 0


def is_loopback(host: str) -> bool:
    """True for ``localhost`` and loopback addresses."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve_command(settings: Settings) -> str:
    """The shell command each browser session runs: this reader, on the same folders."""
    return shlex.join(
        [
            sys.executable,
            "-m",
            "tui",
            "--seeds",
            str(settings.seeds.resolve()),
            "--annotations",
            str(settings.annotations.resolve()),
            *(["--model", settings.model] if settings.model else []),
            "read",
        ]
    )


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    if not is_loopback(args.host) and not args.public:
        err(
            f"error: {args.host} is not a loopback address: anyone who reaches it can read "
            "and edit the corpus; add --public to serve it anyway"
        )
        return 2
    from textual_serve.server import Server

    server = Server(serve_command(settings), host=args.host, port=args.port, title="newsreader")
    server.serve()
    return 0
