"""The ``newsreader`` command: open the reader, or annotate, link, export and check
(``add``, ``import``, ``serve`` and the other export formats are in :mod:`tui.exchange`).

What it prints goes through :func:`tui.exchange.say` and :func:`tui.exchange.err`
(control characters made visible, no markup), and no path ends in a traceback: a folder
that is not there exits 2, problems exit 1 with ``error: path: why`` lines, Ctrl-C
exits 130, and anything unforeseen exits 70 with one line (``NEWSREADER_DEBUG=1``
shows the traceback).
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tui import exchange
from tui.core.model.progress import format_duration
from tui.core.model.settings import Settings
from tui.exchange import err, say

if TYPE_CHECKING:
    from tui.core.model.article import Article
    from tui.core.model.store import AnnotationStore
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
        "paths",
        nargs="*",
        type=Path,
        help="articles or folders (default: seeds); events are linked over seeds and these",
    )
    annotate.add_argument("--jobs", "-j", type=int, default=1, help="worker processes")
    annotate.add_argument("--force", action="store_true", help="redo current annotations too")
    annotate.add_argument("--no-link", action="store_true", help="skip event linking afterwards")
    annotate.add_argument(
        "--cluster",
        metavar="ADDRESS",
        help="run the NLP on a Dask cluster: a scheduler's tcp://host:port, or 'local' to "
        "start one here (needs the 'cluster' extra); this machine merges and writes",
    )

    link = commands.add_parser("link", help="link passages that report the same event")
    link.add_argument(
        "paths", nargs="*", type=Path, help="articles or folders to link with the seeds"
    )

    export = commands.add_parser("export", help="write all annotations as one document")
    export.add_argument("--format", choices=["json", *exchange.EXPORT_FORMATS], default="json")
    export.add_argument("-o", "--output", type=Path, help="file to write (default or -: stdout)")
    export.add_argument("paths", nargs="*", type=Path, help="articles or folders (default: seeds)")

    commands.add_parser("check", help="validate every annotation file")
    exchange.register(commands)
    return parser


def _settings(args: argparse.Namespace) -> Settings:
    base = Settings()
    return Settings(
        seeds=args.seeds or base.seeds,
        annotations=args.annotations or base.annotations,
        model=args.model or base.model,
        ja_model=base.ja_model,
    )


class UsageError(Exception):
    """What the command was given cannot work (a folder that is not there): exit 2."""


def _articles(
    paths: Sequence[Path], settings: Settings
) -> tuple[tuple[Article, ...], tuple[Article, ...]]:
    """The articles a command names, and the corpus they belong to.

    Args:
        paths: Articles or folders given on the command line (none: the seeds folder).
        settings: Where the seeds folder is.

    Returns:
        The named articles, and every article of the corpus: the seeds folder's plus
        the named ones (events are always linked over all of it).

    Raises:
        UsageError: A named path, or the seeds folder when none is named, does not exist.
    """
    from tui.core.model.corpus import load_corpus

    _require(paths, settings)
    named = load_corpus(*(paths or [settings.seeds]))
    for problem in named.problems:
        err(f"skipped {problem}")
    if not paths:
        return named.articles, named.articles
    by_id: dict[str, Article] = {}
    if settings.seeds.is_dir():
        seeds = load_corpus(settings.seeds)
        for problem in seeds.problems:
            err(f"skipped {problem}")
        by_id = seeds.by_id()
    by_id.update((a.id, a) for a in named.articles)
    return named.articles, tuple(sorted(by_id.values(), key=lambda a: a.id))


def _require(paths: Sequence[Path], settings: Settings) -> None:
    """Raise :class:`UsageError` for a named path that is not there, or a missing seeds
    folder when none is named."""
    for path in paths:
        if not path.exists():
            raise UsageError(f"{path}: no such file or folder")
    if not paths and not settings.seeds.is_dir():
        raise UsageError(
            f"{settings.seeds}: no such folder (name the articles' folder with --seeds DIR)"
        )


class AnnotateProgress:
    """How ``annotate`` shows its progress: a rich bar on a terminal, else a plain line now
    and then (every ``interval`` seconds, and the last one); both with the same figures
    (:class:`~tui.core.model.progress.Rate`: count, articles and tokens per second, ETA).

    Both go to stderr; nothing from a file reaches them (the figures are counts), and a
    dumb terminal (``TERM=dumb``) gets the plain lines.

    Args:
        articles: The articles being annotated (their words count as tokens).
        tty: Draw a bar (True) or print lines (False); None: a bar on a terminal that
            takes escape sequences.
        interval: Seconds between plain lines.
    """

    def __init__(
        self, articles: Sequence[Article], *, tty: bool | None = None, interval: float = 10.0
    ) -> None:
        from rich.console import Console

        from tui.core.model.progress import Rate

        self._words = {a.id: a for a in articles}
        self.console = Console(stderr=True)
        if tty is None:
            tty = self.console.is_terminal and not self.console.is_dumb_terminal
        self.tty = tty
        self.interval = interval
        self.rate = Rate(0)
        self._last_line = 0.0
        self._bar: Any = None
        self._task: Any = None

    def __enter__(self) -> AnnotateProgress:
        if self.tty:
            from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

            self._bar = Progress(
                TextColumn("[bold]annotating"),
                BarColumn(),
                TextColumn("{task.description}", markup=False),
                TimeElapsedColumn(),
                console=self.console,
            )
            self._bar.__enter__()
            self._task = self._bar.add_task("checking which articles are current…", total=None)
        else:
            err(f"checking {len(self._words):,} articles…")
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.__exit__(None, None, None)
            self._bar = None

    def started(self, total: int) -> None:
        """The articles to annotate are known (``total``); the models load next."""
        from tui.core.model.progress import Rate

        self.rate = Rate(total)
        if not total:
            return
        if self._bar is not None:
            self._bar.update(self._task, total=total, description="loading models…")
        else:
            err(f"annotating {total:,} articles (loading models…)")

    def progress(self, article_id: str, done: int, total: int) -> None:
        import time

        article = self._words.get(article_id)
        self.rate.update(done, total, len(article.text.split()) if article else 0)
        if self._bar is not None:
            self._bar.update(
                self._task, completed=done, total=total, description=self.rate.describe()
            )
            return
        now = time.monotonic()
        if done == total or done == 1 or now - self._last_line >= self.interval:
            self._last_line = now
            err(f"annotating {self.rate.describe()}")


#: An article this long (characters) takes minutes: ``annotate`` says so before it starts.
LONG_ARTICLE = 300_000


def _warn_long(articles: Sequence[Article], store: AnnotationStore, force: bool) -> None:
    """Say which articles will take minutes (progress comes once an article is done)."""
    from tui.core.model.settings import is_current
    from tui.core.pipeline import MAX_ARTICLE_CHARS

    for article in articles:
        if not LONG_ARTICLE < len(article.text) <= MAX_ARTICLE_CHARS:
            continue
        if force or not is_current(store.load(article.id).value, article):
            err(f"note: {article.path} has {len(article.text):,} characters: it takes minutes")


def cmd_annotate(args: argparse.Namespace, settings: Settings) -> int:
    from tui.core.model.index import INDEX_FILE, CorpusIndex
    from tui.core.model.store import AnnotationStore
    from tui.core.pipeline import ArticleExtractor, Interrupted, annotate_and_link

    named, corpus = _articles(args.paths, settings)
    store = AnnotationStore(settings.annotations)
    extractor: ArticleExtractor | None = None
    if args.cluster:
        try:
            import distributed  # noqa: F401

            from tui.core.cluster import ClusterExtractor
        except ImportError:
            err("error: --cluster needs Dask: pip install 'newsreader[cluster]'")
            return 2
        # An unreadable knowledge base stops the run before anything is sent (annotate).
        extractor = ClusterExtractor(args.cluster, settings, store.load_kb().value)
    _warn_long(named, store, args.force)
    shown = AnnotateProgress(named)
    try:
        with shown:
            run = annotate_and_link(
                named,
                corpus,
                store,
                settings,
                jobs=max(1, args.jobs),
                force=args.force,
                progress=shown.progress,
                link=not args.no_link,
                extractor=extractor,
                index=CorpusIndex.beside(settings.annotations),
                started=shown.started,
            )
    except KeyboardInterrupt as stop:
        total = shown.rate.total
        done = shown.rate.done
        if isinstance(stop, Interrupted):
            done = len(stop.report.written) + len(stop.report.unchanged)
        err(
            f"interrupted: {done:,} of {total:,} articles annotated and written "
            f"(each file whole); run the same command again to do the other {total - done:,}"
        )
        return 130
    report = run.annotated
    if report.index_rebuilt:
        index = settings.annotations / INDEX_FILE
        err(f"note: {index} was {report.index_rebuilt}: rebuilt from the annotation files")
    for error in report.errors:
        err(f"error: {error}")
    if report.stopped is not None:
        err(report.stopped)
    say(
        f"annotated {len(report.written)} written, {len(report.unchanged)} unchanged, "
        f"{len(report.skipped_current)} already current, {len(report.errors)} errors"
    )
    articles, tokens = shown.rate.overall()
    if articles:
        say(
            f"{articles:.1f} articles/s, {tokens:,.0f} tokens/s; "
            f"{format_duration(shown.rate.elapsed())} in all, loading the models included"
        )
    if run.link_summary is not None:
        say(run.link_summary)
    if run.link_error is not None:
        err(f"error: {run.link_error}")
    return 1 if report.errors or report.stopped or run.link_error else 0


def cmd_link(args: argparse.Namespace, settings: Settings) -> int:
    from tui.core.model.index import CorpusIndex
    from tui.core.model.store import AnnotationStore
    from tui.core.pipeline import LinkError, link_corpus

    _, corpus = _articles(args.paths, settings)
    try:
        index = CorpusIndex.beside(settings.annotations)
        say(link_corpus(corpus, AnnotationStore(settings.annotations), index=index))
    except LinkError as error:
        err(f"error: {error}")
        return 1
    return 0


def cmd_export(args: argparse.Namespace, settings: Settings) -> int:
    from tui.core.model.corpus import load_corpus
    from tui.core.model.export import export_document, write_json
    from tui.core.model.store import AnnotationStore

    if args.format != "json":
        _require(args.paths, settings)
        return exchange.export_other(args, settings)
    _require(args.paths, settings)
    corpus = load_corpus(*(args.paths or [settings.seeds]))
    for problem in corpus.problems:
        err(f"skipped {problem}")
    document, problems = export_document(corpus.articles, AnnotationStore(settings.annotations))
    for error in problems:
        err(f"error: {error}")
    output = exchange.output_path(args.output)
    try:
        text = write_json(document, output)
    except OSError as error:
        err(f"error: {error}")
        return 1
    if output is None:
        sys.stdout.write(text)
    else:
        err(f"wrote {len(document['articles'])} articles to {output}")
    return 1 if problems else 0


def check_problems(settings: Settings) -> list[str]:
    """Every problem ``check`` finds, one ``path:line: problem`` (or ``path: problem``) each.

    Args:
        settings: Where the articles and the annotations are.

    Returns:
        Unreadable articles and index lines; annotation files that cannot be read, are
        misplaced, have no article, were made for another text, hold unknown labels or
        spans that are not the text; events that point at no article or beyond its text;
        an unusable ``furniture.yaml``.
    """
    from tui.core.model.corpus import load_corpus
    from tui.core.model.store import AnnotationStore, check_annotation, check_events
    from tui.core.nlp.furniture import FurniturePatternError, load_patterns

    store = AnnotationStore(settings.annotations)
    corpus = load_corpus(settings.seeds)
    problems = [str(problem) for problem in corpus.problems]
    problems.extend(str(error) for error in store.check())
    by_id = corpus.by_id()
    for path in store.annotation_files():
        if store.path_for(path.stem) != path:
            continue  # reported by store.check()
        loaded = store.load(path.stem)
        if loaded.value is None:
            continue
        article = by_id.get(path.stem)
        if article is None:
            problems.append(f"{path}: no article {path.stem}.txt in {settings.seeds}")
            continue
        if loaded.value.sha256 != article.sha256:
            problems.append(f"{path}: article text changed since it was annotated")
            text = None
        else:
            text = article.text
        found = check_annotation(loaded.value, text, str(path))
        problems.extend(str(error) for error in found)
    events = store.load_events()
    if events.value is not None:
        texts = {article.id: article.text for article in corpus.articles}
        found = check_events(events.value, texts, str(store.events_path))
        problems.extend(str(error) for error in found)
    if store.furniture_path.exists():
        try:
            load_patterns(store.furniture_path)
        except (FurniturePatternError, OSError, UnicodeDecodeError) as error:
            problems.append(str(error))
    return problems


def cmd_check(args: argparse.Namespace, settings: Settings) -> int:
    from tui.core.model.store import AnnotationStore

    _require((), settings)
    store = AnnotationStore(settings.annotations)
    if not store.root.is_dir():
        raise UsageError(f"{store.root}: no such folder (name it with --annotations DIR)")
    problems = check_problems(settings)
    for line in problems:
        say(line)
    if not problems:
        say(f"ok: {len(store.annotation_files())} annotation files")
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
    return app.return_code or 0


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
        "add": exchange.cmd_add,
        "import": exchange.cmd_import,
        "serve": exchange.cmd_serve,
    }[command]
    try:
        return handler(args, settings)
    except UsageError as error:
        err(f"error: {error}")
        return 2
    except KeyboardInterrupt:
        err("interrupted: the files written so far are whole; the rest are as they were")
        return 130
    except Exception as error:  # no traceback for the person: say what, and how to see more
        if os.environ.get("NEWSREADER_DEBUG"):
            raise
        err(f"error: {type(error).__name__}: {error}")
        err("(a bug in newsreader: NEWSREADER_DEBUG=1 shows where)")
        return 70


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
