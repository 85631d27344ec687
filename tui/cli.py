"""The ``newsreader`` command: open the reader, or annotate, link, export and check."""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from tui.core.model.settings import Settings

if TYPE_CHECKING:
    from tui.core.pipeline import Annotator


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsreader",
        description="Read news closely: entities, numbers and events across sources.",
    )
    parser.add_argument("--seeds", type=Path, help="folder of .txt articles (default ./seeds)")
    parser.add_argument(
        "--annotations", type=Path, help="folder of YAML annotations (default ./annotations)"
    )
    parser.add_argument("--model", help="English spaCy model package (default en_core_web_sm)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    commands.add_parser("read", help="open the reader (the default)")

    annotate = commands.add_parser("annotate", help="annotate articles and write their YAML")
    annotate.add_argument(
        "paths", nargs="*", type=Path, help="articles or folders (default: seeds)"
    )
    annotate.add_argument("--jobs", "-j", type=int, default=1, help="worker processes")
    annotate.add_argument("--force", action="store_true", help="redo current annotations too")
    annotate.add_argument("--no-link", action="store_true", help="skip event linking afterwards")

    link = commands.add_parser("link", help="link passages that report the same event")
    link.add_argument("paths", nargs="*", type=Path, help="articles or folders (default: seeds)")

    export = commands.add_parser("export", help="write all annotations as one document")
    export.add_argument("--format", choices=["json"], default="json")
    export.add_argument("-o", "--output", type=Path, help="file to write (default: stdout)")
    export.add_argument("paths", nargs="*", type=Path, help="articles or folders (default: seeds)")

    commands.add_parser("check", help="validate every annotation file")
    return parser


def _settings(args: argparse.Namespace) -> Settings:
    base = Settings()
    return Settings(
        seeds=args.seeds or base.seeds,
        annotations=args.annotations or base.annotations,
        model=args.model or base.model,
        ja_model=base.ja_model,
    )


def _err(message: str) -> None:
    print(message, file=sys.stderr)


def cmd_annotate(args: argparse.Namespace, settings: Settings) -> int:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from tui.core.model.corpus import load_corpus
    from tui.core.model.store import AnnotationStore
    from tui.core.pipeline import annotate

    corpus = load_corpus(*(args.paths or [settings.seeds]))
    for problem in corpus.problems:
        _err(f"skipped {problem}")
    store = AnnotationStore(settings.annotations)
    with Progress(
        TextColumn("[bold]annotating"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        transient=not sys.stderr.isatty(),
        console=None,
    ) as bar:
        task = bar.add_task("loading models…", total=None)

        def progress(article_id: str, done: int, total: int) -> None:
            bar.update(task, completed=done, total=total, description=article_id)

        report = annotate(
            corpus.articles,
            store,
            settings,
            jobs=max(1, args.jobs),
            force=args.force,
            progress=progress,
        )
    for error in report.errors:
        _err(f"error: {error}")
    print(
        f"annotated {len(report.written)} written, {len(report.unchanged)} unchanged, "
        f"{len(report.skipped_current)} already current, {len(report.errors)} errors"
    )
    if not args.no_link:
        code = _link(corpus.articles, store)
        if code:
            return code
    return 1 if report.errors else 0


def _link(articles: Sequence[object], store: object) -> int:
    try:
        from tui.core.events.linking import link_corpus
    except ImportError:
        return 0
    result = link_corpus(articles, store)  # type: ignore[arg-type]
    print(result)
    return 0


def cmd_link(args: argparse.Namespace, settings: Settings) -> int:
    from tui.core.model.corpus import load_corpus
    from tui.core.model.store import AnnotationStore

    corpus = load_corpus(*(args.paths or [settings.seeds]))
    for problem in corpus.problems:
        _err(f"skipped {problem}")
    return _link(corpus.articles, AnnotationStore(settings.annotations))


def cmd_export(args: argparse.Namespace, settings: Settings) -> int:
    from tui.core.model.corpus import load_corpus
    from tui.core.model.export import export_document, write_json
    from tui.core.model.store import AnnotationStore

    corpus = load_corpus(*(args.paths or [settings.seeds]))
    for problem in corpus.problems:
        _err(f"skipped {problem}")
    document, problems = export_document(corpus.articles, AnnotationStore(settings.annotations))
    for error in problems:
        _err(f"error: {error}")
    text = write_json(document, args.output)
    if args.output is None:
        sys.stdout.write(text)
    else:
        _err(f"wrote {len(document['articles'])} articles to {args.output}")
    return 1 if problems else 0


def cmd_check(args: argparse.Namespace, settings: Settings) -> int:
    from tui.core.model.corpus import load_corpus
    from tui.core.model.store import AnnotationStore, check_text

    store = AnnotationStore(settings.annotations)
    problems = [str(error) for error in store.check()]
    corpus = load_corpus(settings.seeds)
    by_id = corpus.by_id()
    for path in store.annotation_files():
        loaded = store.load(path.stem)
        article = by_id.get(path.stem)
        if loaded.value is None or article is None:
            if loaded.value is not None:
                problems.append(f"{path}: no article {path.stem}.txt in {settings.seeds}")
            continue
        if loaded.value.sha256 != article.sha256:
            problems.append(f"{path}: article text changed since it was annotated")
            continue
        problems.extend(f"{path}: {p}" for p in check_text(loaded.value, article.text))
    for line in problems:
        print(line)
    if not problems:
        print(f"ok: {len(store.annotation_files())} annotation files")
    return 1 if problems else 0


def cmd_read(args: argparse.Namespace, settings: Settings) -> int:
    # Start-up only makes objects that live as long as the reader: collecting garbage
    # among them delays the first frame. The app turns collection back on once started.
    gc.disable()
    from tui.ui.app import make_app

    def make_annotator() -> Annotator:
        # Imported when the reader first needs it, after its first frame (pydantic, the store).
        from tui.core.pipeline import Annotator

        return Annotator(settings)

    app = make_app(settings.seeds, settings.annotations, make_annotator=make_annotator)
    app.run()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    settings = _settings(args)
    command = args.command or "read"
    handler = {
        "read": cmd_read,
        "annotate": cmd_annotate,
        "link": cmd_link,
        "export": cmd_export,
        "check": cmd_check,
    }[command]
    try:
        return handler(args, settings)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
