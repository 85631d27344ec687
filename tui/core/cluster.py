"""ClusterExtractor: the NLP of ``annotate`` on a Dask distributed cluster.

Workers run the same extractor on batches of articles (text and metadata go out,
annotations come back as plain dicts); the client alone merges them with people's
decisions and writes the files (:func:`tui.core.pipeline.annotate`), so every rule
about annotation files holds whatever the workers do. Needs the optional extra
``cluster`` (``dask[distributed]``); every worker needs newsreader and the same
models installed (their versions are in each annotation's pipeline stamp).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from tui.core.model.settings import Settings

if TYPE_CHECKING:
    from tui.core.model.schema import Article, ArticleAnnotation, KnowledgeBase

#: Articles per task sent to a worker.
BATCH = 64
#: Tasks in flight per worker thread (more keep workers busy, fewer bound memory).
IN_FLIGHT = 2

# Per worker process: the extractor, loaded by the first batch, kept for the next ones.
_worker_extractors: dict[str, Any] = {}
_worker_lock = threading.Lock()


def extract_batch(
    settings: dict[str, Any], kb_json: str | None, articles: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Run on a worker: annotate a batch of articles with the extractor.

    Args:
        settings: The client's model settings (``Settings`` as a dict).
        kb_json: The knowledge base as JSON (None: empty).
        articles: Articles as dicts (``Article`` fields).

    Returns:
        One annotation per article, as ``model_dump()`` dicts.
    """
    from pathlib import Path

    from tui.core.model.schema import Article, KnowledgeBase
    from tui.core.nlp.extractor import Extractor

    key = repr((sorted(settings.items()), kb_json))
    with _worker_lock:
        extractor = _worker_extractors.get(key)
        if extractor is None:
            kb = KnowledgeBase.model_validate_json(kb_json) if kb_json else None
            values = dict(settings)
            values["seeds"], values["annotations"] = (
                Path(values["seeds"]),
                Path(values["annotations"]),
            )
            _worker_extractors.clear()
            extractor = _worker_extractors[key] = Extractor(Settings(**values), kb)
        batch = [Article(**{**a, "languages": tuple(a["languages"])}) for a in articles]
        return [annotation.model_dump() for annotation in extractor.extract(batch)]


class ClusterExtractor:
    """Fresh annotations from a Dask cluster, for :func:`tui.core.pipeline.annotate`.

    Args:
        address: A scheduler's address (``tcp://host:8786``), or ``local`` to start a
            ``LocalCluster`` on this machine.
        settings: Model names the workers load.
        kb: The knowledge base whose names they find.
        workers: Worker processes of a local cluster.
        batch: Articles per task.
    """

    #: The cluster's workers are the processes: ``annotate`` forks none of its own.
    remote = True

    def __init__(
        self,
        address: str,
        settings: Settings,
        kb: KnowledgeBase | None = None,
        *,
        workers: int = 2,
        batch: int = BATCH,
    ) -> None:
        self.address = address
        self.settings = settings
        self.kb = kb
        self.workers = workers
        self.batch = batch

    def extract(
        self, articles: Iterable[Article], n_process: int = 1
    ) -> Iterator[ArticleAnnotation]:
        """Annotate the articles on the cluster, yielding each annotation as its batch returns.

        ``n_process`` is ignored: the cluster's workers are the processes.
        """
        from distributed import Client, LocalCluster, as_completed

        from tui.core.model.schema import ArticleAnnotation

        settings = {**asdict(self.settings), "model": self.settings.english_model}
        settings["seeds"], settings["annotations"] = (
            str(settings["seeds"]),
            str(settings["annotations"]),
        )
        kb_json = self.kb.model_dump_json() if self.kb is not None else None
        batches = _batches(articles, self.batch)
        cluster = None
        if self.address == "local":
            cluster = LocalCluster(
                n_workers=self.workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
            )
            client = Client(cluster)
        else:
            client = Client(self.address)
        try:
            threads = sum(client.nthreads().values()) or 1
            pending = as_completed()
            for batch in _take(batches, threads * IN_FLIGHT):
                pending.add(client.submit(extract_batch, settings, kb_json, batch, pure=False))
            for future in pending:
                for data in future.result():
                    yield ArticleAnnotation.model_validate(data)
                future.release()
                for batch in _take(batches, 1):
                    pending.add(client.submit(extract_batch, settings, kb_json, batch, pure=False))
        finally:
            client.close()
            if cluster is not None:
                cluster.close()


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for article in articles:
        batch.append(asdict(article))
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _take(batches: Iterator[list[dict[str, Any]]], count: int) -> list[list[dict[str, Any]]]:
    taken = []
    for batch in batches:
        taken.append(batch)
        if len(taken) >= count:
            break
    return taken
