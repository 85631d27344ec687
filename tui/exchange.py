"""The commands that exchange news and annotations with the outside: ``add``, ``import``,
``serve``, and ``export`` to spaCy, Prodigy and brat (``tui.cli`` registers them)."""

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


def _err(message: str) -> None:
    print(message, file=sys.stderr)


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
        print(f"added {settings.seeds / entry.file}")
    for line in report.duplicates:
        print(f"duplicate: {line}")
    for line in report.near_duplicates:
        print(f"near-duplicate: {line}")
    for line in report.errors:
        _err(f"error: {line}")
    if report.not_fetched:
        _err(f"limit: {len(report.not_fetched)} URLs not fetched this run (--limit {args.limit})")
    print(report.summary())
    return 1 if report.errors else 0


def export_other(args: argparse.Namespace, settings: Settings) -> int:
    """``export --format spacy|prodigy|brat``."""
    from tui.core.formats.common import Exported, exportable
    from tui.core.model.corpus import load_corpus
    from tui.core.model.store import AnnotationStore

    if args.format in ("spacy", "brat") and args.output is None:
        _err(f"error: --format {args.format} needs -o (a .spacy file, or a folder for brat)")
        return 2
    corpus = load_corpus(*(args.paths or [settings.seeds]))
    for skipped in corpus.problems:
        _err(f"skipped {skipped}")
    items: list[Exported] = []
    problems: list[str] = []
    for item in exportable(corpus.articles, AnnotationStore(settings.annotations)):
        if isinstance(item, str):
            problems.append(item)
        else:
            items.append(item)
    for problem in problems:
        _err(f"error: {problem}")
    if args.format == "spacy":
        from tui.core.formats.spacy import write_docbin

        count = write_docbin(items, args.output)
        _err(f"wrote {count} documents to {args.output}")
    elif args.format == "brat":
        from tui.core.formats.brat import write_collection

        count = write_collection(items, args.output)
        _err(f"wrote {count} articles to {args.output}")
    else:
        from tui.core.formats.prodigy import write_tasks

        text = "".join(write_tasks(items))
        if args.output is None:
            sys.stdout.write(text)
        else:
            from tui.core.model.store import atomic_write

            atomic_write(args.output, text)
            _err(f"wrote {len(items)} tasks to {args.output}")
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
    report = import_decisions(records, corpus.articles, AnnotationStore(settings.annotations))
    for line in (*problems, *report.errors):
        _err(f"error: {line}")
    for line in report.conflicts:
        _err(f"conflict: {line}")
    print(report.summary())
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
        _err(
            f"error: {args.host} is not a loopback address: anyone who reaches it can read "
            "and edit the corpus; add --public to serve it anyway"
        )
        return 2
    from textual_serve.server import Server

    server = Server(serve_command(settings), host=args.host, port=args.port, title="newsreader")
    server.serve()
    return 0
