"""Event linking benchmark: ECB+ against a TF-IDF baseline, the seeds' gold, and time.

``ecb``: newsreader's stories and events over ``ecbplus-dev`` (773 news documents in
33 topics, gold event chains at sentence level), against a two-stage TF-IDF baseline
computed here (cluster the documents, then link similar sentences inside a cluster),
both scored by the folder's own ``score.py`` (run, never copied) on the tune topics
(1-25, where the parameters were chosen), the held-out topics (26-35) and all; what the
side panel shows first beside each validated sentence, for both systems (the first
event's closest passage of another source: of the same gold chain, of another, or a
sentence ECB+ did not validate); how many passages each system finds in sentences ECB+
did not validate (never scored: judge them by hand); and how crowded newsreader's events
are (events per passage, pairs of one story's events that mostly coincide).
Annotations come from ``--annotations DIR`` (newsreader annotation files of that
folder), else the real pipeline annotates into a temporary folder.

``seeds``: the seeds and tests/fixtures/events_corpus, annotated by the real pipeline,
linked and scored against tests/fixtures/gold_events_*.yaml (pairwise precision and
recall across sources, single-source events linked elsewhere, EN-JA pairs).

``small``: the common case of a folder of a few articles on one story. Many samples of
k articles (k = 3, 5, 8) drawn from one tune topic (both its sub-topics mixed, and now
and then one article of another topic), each linked alone and scored by ``score.py`` on
its own documents; the scores are averaged (P, R, F1 over samples with predicted /
gold pairs; cross-happening share over all predicted pairs). The held-out topics are
sampled the same way and reported once at the end (never tuned on). ``--draws`` pools
draws of other seeds: draw 0, the default, is the one the small folders' rules were
chosen on over many sessions, and flatters them; fresh draws (11 12 13, 60 samples)
tell how they generalise on the tune topics.

``folders``: a reader's folder on a few stories. Each ECB+ topic linked alone as its own
folder (14 to 39 reports of one or two happenings of a kind), or, with ``--per-folder M``,
``--samples`` folders of M whole topics drawn at random; scored by ``score.py`` on the
folder's documents and pooled over the folders (pairs summed: P, R, F1, cross-happening
share), newsreader against the baseline; tune topics, then the held-out ones.

``scaling``: link time of chronological prefixes of the Reuters corpus
(``--annotations DIR`` of its annotation files), and the ratio per doubling.

``stories``: the Reuters corpus's stories (``--annotations DIR``) against story pairs
judged by hand (``bench/gold/reuters_story_pairs.yaml``, file ids only): of the right and
of the wrong pairs, how many share a story; and the stories' pairs by filing gap. With
``--folder-size N``, the pairs as a reader's folder holds them: ten judged pairs and
stories of their topics, N in all, each folder linked alone.

``events``: the Reuters corpus's events against article pairs judged by hand
(``bench/gold/reuters_event_pairs.yaml``, file ids only): of the right pairs (both
passages report one happening) and of the wrong ones, how many share an event.

    .venv/bin/python bench/event_linking.py ecb [--annotations DIR] [--errors N]
    .venv/bin/python bench/event_linking.py small --annotations DIR [--samples 20] [--draws 0]
    .venv/bin/python bench/event_linking.py folders --annotations DIR [--per-folder 1] [--samples 20]
    .venv/bin/python bench/event_linking.py seeds
    .venv/bin/python bench/event_linking.py scaling --annotations DIR [--sizes 1000 2000 ...]
    .venv/bin/python bench/event_linking.py sample --annotations DIR   # 20 random links to judge
    .venv/bin/python bench/event_linking.py stories --annotations DIR  # judged story pairs
    .venv/bin/python bench/event_linking.py stories --annotations DIR --folder-size 200
    .venv/bin/python bench/event_linking.py events --annotations DIR   # judged event pairs

The corpora are read from ``$NEWSREADER_CORPORA``, else ``../shared/corpora``; without
them the run says so and skips.
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# The tui imports follow the sys.path insert (hence noqa: E402), so the script runs from a checkout.
from bench.newswire_gold import CORPORA_ENV, corpus_root  # noqa: E402
from bench.scoring.events import format_score, score_corpus  # noqa: E402
from tui.core.events.linking import link_events, link_model  # noqa: E402
from tui.core.model.corpus import load_corpus  # noqa: E402
from tui.core.model.export import stories_records  # noqa: E402
from tui.core.model.schema import Article, ArticleAnnotation, EventsFile, Story  # noqa: E402
from tui.core.text.terms import content_words  # noqa: E402

GOLD_SETS = (
    ("seeds", ROOT / "seeds", ROOT / "tests/fixtures/gold_events_seeds.yaml"),
    (
        "written corpus",
        ROOT / "tests/fixtures/events_corpus",
        ROOT / "tests/fixtures/gold_events_corpus.yaml",
    ),
)
ECB = "ecbplus-dev"
REUTERS = "reuters21578"
#: Topics the parameters were chosen on, and topics held out.
TUNE = range(1, 26)
HELDOUT = range(26, 36)
#: The baseline's thresholds (documents: average link; sentences: cosine), chosen on TUNE.
BASELINE_DOC = 0.20
BASELINE_SENTENCE = 0.15


def annotate_folder(
    folder: Path, extractor: object, into: Path | None = None
) -> tuple[list[Article], dict[str, ArticleAnnotation]]:
    """Annotate every article of ``folder`` with the real pipeline (into ``into``, else a
    temporary folder) and read the annotations back."""
    from tui.core.model.store import AnnotationStore
    from tui.core.pipeline import annotate

    articles = list(load_corpus(folder).articles)
    with tempfile.TemporaryDirectory() as tmp:
        store = AnnotationStore(into or tmp)
        annotate(articles, store, extractor=extractor)  # type: ignore[arg-type]
        annotations = {a.id: store.load(a.id).value for a in articles}
    return articles, {k: v for k, v in annotations.items() if v is not None}


def read_folder(
    folder: Path, annotations: Path
) -> tuple[list[Article], dict[str, ArticleAnnotation]]:
    """The articles of ``folder`` and their current annotations stored in ``annotations``."""
    from tui.core.model.store import AnnotationStore

    articles = list(load_corpus(folder).articles)
    store = AnnotationStore(annotations)
    out: dict[str, ArticleAnnotation] = {}
    for a in articles:
        value = store.load(a.id).value
        if value is not None and value.sha256 == a.sha256:
            out[a.id] = value
    return articles, out


def _extractor() -> object:
    from tui.core.model.store import AnnotationStore
    from tui.core.nlp.extractor import Extractor

    return Extractor(None, AnnotationStore(ROOT / "annotations").load_kb().value)


# ------------------------------------------------------------------ ECB+ and the baseline


def export(articles: Sequence[Article], events: EventsFile) -> dict[str, Any]:
    """The parts of a newsreader/1 export that ``score.py`` reads."""
    from tui.core.model.export import events_records

    event_list, _ = events_records(events)
    return {
        "format": "newsreader/1",
        "articles": [{"id": a.id, "path": a.path} for a in articles],
        "events": event_list,
        "stories": stories_records(events),
    }


def _unit_rows(bags: Sequence[Counter[str]], idf: Mapping[str, float]) -> Any:
    import numpy as np

    vocabulary = {w: i for i, w in enumerate(idf)}
    m = np.zeros((len(bags), len(vocabulary)), dtype=np.float32)
    for r, b in enumerate(bags):
        for w, c in b.items():
            if w in vocabulary:
                m[r, vocabulary[w]] = (1 + math.log(c)) * idf[w]
    norm = np.linalg.norm(m, axis=1, keepdims=True)
    norm[norm == 0] = 1
    return m / norm


def _average_link(similarity: Any, threshold: float) -> list[list[int]]:
    import numpy as np

    n = similarity.shape[0]
    s = similarity.astype(np.float64).copy()
    np.fill_diagonal(s, -np.inf)
    size = np.ones(n)
    members = {i: [i] for i in range(n)}
    while len(members) > 1:
        i, j = divmod(int(np.argmax(s)), n)
        if s[i, j] < threshold:
            break
        merged = (s[i] * size[i] + s[j] * size[j]) / (size[i] + size[j])
        s[i, :] = merged
        s[:, i] = merged
        s[i, i] = -np.inf
        s[j, :] = -np.inf
        s[:, j] = -np.inf
        size[i] += size[j]
        members[i].extend(members.pop(j))
    return list(members.values())


def _components(n: int, pairs: Sequence[tuple[int, int]]) -> list[list[int]]:
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        parent[find(a)] = find(b)
    groups: dict[int, list[int]] = defaultdict(list)
    for x in range(n):
        groups[find(x)].append(x)
    return list(groups.values())


def baseline(
    articles: Sequence[Article], annotations: Mapping[str, ArticleAnnotation]
) -> EventsFile:
    """Two-stage TF-IDF: documents by average link, then sentences of different documents
    of one cluster with cosine >= BASELINE_SENTENCE, joined into connected components."""
    from tui.core.model.schema import Event, Mention

    present = [a for a in articles if a.id in annotations]
    bags = [Counter(content_words(a.text)) for a in present]
    df: Counter[str] = Counter()
    for b in bags:
        df.update(b.keys())
    n = len(present)
    idf = {w: math.log((n + 1) / (c + 1)) + 1 for w, c in df.items()}
    docs = _unit_rows(bags, idf)
    clusters = _average_link(docs @ docs.T, BASELINE_DOC)
    events: list[Event] = []
    stories: list[Story] = []
    for number, cluster in enumerate(sorted(clusters, key=min)):
        sentences = [
            (i, s.start, s.end) for i in cluster for s in annotations[present[i].id].sentences
        ]
        ids: list[str] = []
        if len(cluster) > 1 and sentences:
            rows = _unit_rows(
                [Counter(content_words(present[i].text[a:b])) for i, a, b in sentences], idf
            )
            sim = rows @ rows.T
            pairs = [
                (a, b)
                for a in range(len(sentences))
                for b in range(a + 1, len(sentences))
                if sentences[a][0] != sentences[b][0] and sim[a, b] >= BASELINE_SENTENCE
            ]
            for g in _components(len(sentences), pairs):
                if len({sentences[x][0] for x in g}) < 2:
                    continue
                event_id = f"ev-{len(events)}"
                ids.append(event_id)
                events.append(
                    Event(
                        id=event_id,
                        title="",
                        mentions=tuple(
                            Mention(
                                article=present[sentences[x][0]].id,
                                start=sentences[x][1],
                                end=sentences[x][2],
                            )
                            for x in g
                        ),
                    )
                )
        stories.append(
            Story(
                id=f"story-{number}",
                title="",
                articles=tuple(present[i].id for i in cluster),
                events=tuple(ids),
            )
        )
    return EventsFile(events=tuple(events), stories=tuple(stories))


def _split(folder: Path, topics: range, into: Path, files: frozenset[str] | None = None) -> Path:
    """A folder ``score.py`` scores ``topics`` on (only ``files`` of them, if given): the
    texts linked, gold.json filtered."""
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    kept = {t: v for t, v in gold["topics"].items() if int(t) in topics}
    if files is not None:
        kept = {
            t: dict(v, documents=[d for d in v["documents"] if d["file"] in files])
            for t, v in kept.items()
        }
        kept = {t: v for t, v in kept.items() if v["documents"]}
    into.mkdir(parents=True, exist_ok=True)
    (into / "gold.json").write_text(json.dumps(dict(gold, topics=kept)), encoding="utf-8")
    for topic in kept.values():
        for doc in topic["documents"]:
            link = into / doc["file"]
            if not link.exists():
                link.symlink_to(folder / doc["file"])
    return into


def official(folder: Path, exported: Path, data: Path) -> dict[str, Any]:
    """What the folder's own ``score.py`` says of an export."""
    out = subprocess.run(
        [sys.executable, str(folder / "score.py"), str(exported), str(data)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    result: dict[str, Any] = json.loads(out)
    return result


def _ecb_annotations(
    folder: Path, annotations_dir: Path | None
) -> tuple[list[Article], dict[str, ArticleAnnotation]] | None:
    """The ECB+ articles and their annotations (read from ``annotations_dir``, else made
    by the real pipeline); None, having said why, when the folder is not there."""
    if not (folder / "score.py").is_file():
        print(f"skipped: {folder} not found (set {CORPORA_ENV} to the folder holding {ECB}/)")
        return None
    if annotations_dir is not None:
        return read_folder(folder, annotations_dir)
    print("annotating ecbplus-dev with the real pipeline (minutes)...", flush=True)
    return annotate_folder(folder, _extractor())


def _sentence_lines(text: str) -> list[int]:
    """Where each line starts (ECB+ files hold one sentence a line, as score.py reads them)."""
    return [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]


class _Gold:
    """ECB+ gold on some topics: each file's text and line starts, the validated
    sentences (file, line), the chains each is in, and the chains' validated sentences."""

    def __init__(self, folder: Path, articles: Sequence[Article], topics: range) -> None:
        gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
        self.texts = {Path(a.path).name: a.text for a in articles}
        self.lines: dict[str, list[int]] = {}
        self.validated: set[tuple[str, int]] = set()
        self.chains: dict[tuple[str, int], set[str]] = defaultdict(set)
        self.gold_chains: list[tuple[str, list[tuple[str, int]]]] = []
        for number, topic in gold["topics"].items():
            if int(number) not in topics:
                continue
            for d in topic["documents"]:
                self.lines[d["file"]] = _sentence_lines(self.texts.get(d["file"], ""))
                self.validated.update((d["file"], s) for s in d["validated_sentences"])
            for ch in topic["event_chains"]:
                name = f"{ch['tag_descriptor']}/{ch['subtopic']}"
                held = sorted({(f, s) for f, s in ch["sentences"] if (f, s) in self.validated})
                self.gold_chains.append((name, held))
                for x in held:
                    self.chains[x].add(name)

    def line_of(self, file: str, offset: int) -> int:
        import bisect

        return bisect.bisect_right(self.lines[file], offset) - 1

    def span(self, x: tuple[str, int]) -> tuple[int, int]:
        starts = self.lines[x[0]]
        end = starts[x[1] + 1] - 1 if x[1] + 1 < len(starts) else len(self.texts[x[0]])
        return starts[x[1]], end


def side_panel(folder: Path, articles: Sequence[Article], linked: EventsFile, topics: range) -> str:
    """What the side panel shows first beside each validated ECB+ sentence in an event: the
    first event's first passage of another source, closest first (as
    :class:`tui.ui.widgets.event_section.EventSection` draws them). Right when that
    passage is validated and shares a gold chain with the sentence, wrong when it is
    validated and does not, unjudged when ECB+ did not validate it."""
    from tui.core.events.index import EventIndex

    gold = _Gold(folder, articles, topics)
    index = EventIndex(linked)
    name = {a.id: Path(a.path).name for a in articles}
    ids = {v: k for k, v in name.items()}
    counts: Counter[str] = Counter()
    for x in sorted(gold.validated):
        article = ids.get(x[0])
        if article is None:
            continue
        start, end = gold.span(x)
        here = gold.texts[x[0]][start:end]
        first = None
        for event in index.events_at(article, start, end):
            reports = index.reports(event, exclude=article, near=here)
            if reports and reports[0].mentions:
                first = reports[0].mentions[0]
                break
        if first is None:
            counts["none"] += 1
            continue
        other = (name.get(first.article, ""), 0)
        if other[0] in gold.lines:
            other = (other[0], gold.line_of(other[0], first.start))
        if other not in gold.validated:
            counts["unjudged"] += 1
        elif gold.chains[x] & gold.chains[other]:
            counts["right"] += 1
        else:
            counts["wrong"] += 1
    judged = counts["right"] + counts["wrong"]
    return (
        f"side panel, first cross-reference beside {len(gold.validated)} validated sentences "
        f"(topics {topics.start}-{topics.stop - 1}): right {counts['right']}, another "
        f"happening {counts['wrong']} ({counts['right'] / max(1, judged):.1%} right of those "
        f"judged), a sentence ECB+ did not validate {counts['unjudged']}, none {counts['none']}"
    )


def errors(
    folder: Path,
    articles: Sequence[Article],
    linked: EventsFile,
    topics: range,
    n: int,
) -> None:
    """The ``n`` events with most wrong sentence pairs on ``topics``, each sentence with
    the gold chains it is in, and the ``n`` gold chains with most pairs missed, each
    sentence with the events that hold it (to find error families; tune topics only)."""
    import bisect
    import itertools

    gold = _Gold(folder, articles, topics)
    texts, lines, validated, chains = gold.texts, gold.lines, gold.validated, gold.chains
    gold_chains = gold.gold_chains
    by_id = {a.id: Path(a.path).name for a in articles}

    def pairs(xs: Sequence[tuple[str, int]]) -> list[tuple[tuple[str, int], tuple[str, int]]]:
        return [(a, b) for a, b in itertools.combinations(sorted(xs), 2) if a[0] != b[0]]

    def line(x: tuple[str, int]) -> str:
        starts = lines[x[0]]
        text = texts.get(x[0], "")
        end = starts[x[1] + 1] if x[1] + 1 < len(starts) else len(text)
        return " ".join(text[starts[x[1]] : end].split())[:110]

    held_by: dict[tuple[str, int], set[str]] = defaultdict(set)
    rows = []
    for e in linked.events:
        told: set[tuple[str, int]] = set()
        for m in e.mentions:
            f = by_id.get(m.article, "")
            if f in lines:
                lo = bisect.bisect_right(lines[f], m.start) - 1
                hi = bisect.bisect_right(lines[f], max(m.start, m.end - 1)) - 1
                told.update((f, s) for s in range(lo, hi + 1) if (f, s) in validated)
        for x in told:
            held_by[x].add(e.title)
        wrong = [(a, b) for a, b in pairs(sorted(told)) if not chains[a] & chains[b]]
        if wrong:
            rows.append((len(wrong), len(pairs(sorted(told))), e.title, sorted(told)))
    print(f"\nevents with most wrong pairs (topics {topics.start}-{topics.stop - 1}):")
    for wrong, total, title, told_sentences in sorted(rows, key=lambda r: -r[0])[:n]:
        print(f"  {title}: {wrong} of {total} pairs wrong")
        for x in told_sentences:
            print(f"    {x[0]}:{x[1]} [{', '.join(sorted(chains[x])) or '-'}] {line(x)}")
    print(f"\ngold chains with most pairs missed (topics {topics.start}-{topics.stop - 1}):")
    missed = []
    for name, held in gold_chains:
        gold_pairs = pairs(held)
        lost = [p for p in gold_pairs if not held_by[p[0]] & held_by[p[1]]]
        if lost:
            missed.append((len(lost), len(gold_pairs), name, held))
    for lost_n, total, name, held in sorted(missed, key=lambda r: -r[0])[:n]:
        print(f"  {name}: {lost_n} of {total} pairs missed")
        for x in held:
            print(f"    {x[0]}:{x[1]} [{'; '.join(sorted(held_by[x])) or '-'}] {line(x)}")


def ecb(annotations_dir: Path | None, show_errors: int = 0) -> int:
    """Newsreader against the baseline on ECB+, tune / held-out / all, in one run (and,
    with ``show_errors``, the tune topics' worst events and missed chains)."""
    folder = corpus_root() / ECB
    loaded = _ecb_annotations(folder, annotations_dir)
    if loaded is None:
        return 0
    articles, annotations = loaded
    print(f"{len(annotations)} of {len(articles)} articles annotated")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        splits = {
            "tune": _split(folder, TUNE, base / "tune"),
            "heldout": _split(folder, HELDOUT, base / "heldout"),
            "all": folder,
        }
        for name, run in (("baseline (TF-IDF 2-stage)", baseline), ("newsreader", link_events)):
            gc.collect()
            started = time.process_time()
            linked = run(articles, annotations)
            seconds = time.process_time() - started
            exported = base / f"{name.split()[0]}.json"
            exported.write_text(json.dumps(export(articles, linked)), encoding="utf-8")
            for split, data in splits.items():
                r = official(folder, exported, data)
                cross = 100.0 * r["pred_pairs_joining_same_kind_events"] / max(1, r["pred_pairs"])
                rows.append((name, split, r, cross, seconds))
            for topics in (TUNE, HELDOUT):
                print(f"{name}: {side_panel(folder, articles, linked, topics)}")
            print(f"{name}: {unscored(folder, articles, linked)}")
            if name == "newsreader":
                print(crowding(linked))
                _show_titles(linked)
                if show_errors:
                    errors(folder, articles, linked, TUNE, show_errors)
    print(
        f"{'system':26s} {'split':8s} {'P':>6s} {'R':>6s} {'F1':>6s} {'cross%':>7s} "
        f"{'storyB3':>8s} {'pairs':>6s} {'cpu s':>6s}"
    )
    for name, split, r, cross, seconds in rows:
        print(
            f"{name:26s} {split:8s} {r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f} "
            f"{cross:7.1f} {r['story_b3_f1']:8.3f} {r['pred_pairs']:6d} {seconds:6.1f}"
        )
    print("targets: F1 >= 0.80, cross-happening pairs <= 5%, story B3 >= 0.92")
    return 0


#: Sample sizes of the small-corpus bench, and the chance a sample holds one article
#: of another topic.
SMALL_SIZES = (3, 5, 8)
SMALL_INTRUDER = 0.3


def _topic_files(folder: Path, topics: range) -> dict[int, list[str]]:
    """Each of ``topics``' file names, sorted (``gold.json``)."""
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    return {
        int(t): sorted(d["file"] for d in v["documents"])
        for t, v in gold["topics"].items()
        if int(t) in topics
    }


def _joining(r: Mapping[str, Any]) -> int:
    """``score.py``'s predicted pairs joining two happenings of a topic, or two topics."""
    return int(r["pred_pairs_joining_same_kind_events"] + r["pred_pairs_across_topics"])


#: The systems the folder benches compare, by name.
SYSTEMS = (("baseline (TF-IDF 2-stage)", baseline), ("newsreader", link_events))


def small_samples(
    folder: Path, topics: range, samples: int, seed: int = 0
) -> list[tuple[int, list[str]]]:
    """``samples`` draws of each size in :data:`SMALL_SIZES` from ``topics``: k files of
    one topic (its sub-topics mixed), one of them now and then from another topic.

    Returns:
        (k, file names) per sample, in a fixed order for a fixed seed.
    """
    by_topic = _topic_files(folder, topics)
    rng = random.Random(seed)
    out = []
    for k in SMALL_SIZES:
        for _ in range(samples):
            topic = rng.choice(sorted(t for t, fs in by_topic.items() if len(fs) >= k))
            files = rng.sample(by_topic[topic], k)
            if rng.random() < SMALL_INTRUDER:
                other = rng.choice(sorted(t for t in by_topic if t != topic))
                files[-1] = rng.choice(by_topic[other])
            out.append((k, sorted(files)))
    return out


def folder_score(
    folder: Path,
    topics: range,
    files: Sequence[str],
    chosen: Sequence[Article],
    annotations: Mapping[str, ArticleAnnotation],
    link: Callable[[Sequence[Article], Mapping[str, ArticleAnnotation]], EventsFile],
    work: Path,
) -> dict[str, Any]:
    """``score.py``'s scores of ``chosen`` (the articles of ``files``) linked alone by
    ``link``, on their own documents (``work``: the folder's gold and the export)."""
    data = _split(folder, topics, work, frozenset(files))
    exported = work.with_suffix(".json")
    exported.write_text(json.dumps(export(chosen, link(chosen, annotations))), encoding="utf-8")
    return official(folder, exported, data)


def small_score(
    folder: Path,
    articles: Sequence[Article],
    annotations: Mapping[str, ArticleAnnotation],
    topics: range,
    samples: int,
    work: Path,
    link: Callable[[Sequence[Article], Mapping[str, ArticleAnnotation]], EventsFile] | None = None,
    seeds: Sequence[int] = (0,),
) -> dict[int, dict[str, float]]:
    """Average scores of the small samples of ``topics``, per sample size, linked by
    ``link`` (newsreader's :func:`link_events` unless given: :func:`baseline`), over the
    draws of ``seeds`` (``samples`` of each size a draw).

    Returns:
        k -> P, R, F1 (means over the samples that have predicted, gold, either pairs),
        cross (% of all predicted pairs joining two happenings of a topic or two
        topics), samples.
    """
    by_file = {Path(a.path).name: a for a in articles if a.id in annotations}
    sums: dict[int, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    drawn = [x for seed in seeds for x in small_samples(folder, topics, samples, seed)]
    for n, (k, files) in enumerate(drawn):
        chosen = [by_file[f] for f in files if f in by_file]
        r = folder_score(
            folder, topics, files, chosen, annotations, link or link_events, work / f"s{n}"
        )
        row = sums[k]
        if r["pred_pairs"]:
            row["P"].append(r["precision"])
        if r["gold_pairs"]:
            row["R"].append(r["recall"])
        if r["pred_pairs"] or r["gold_pairs"]:
            row["F1"].append(r["f1"])
        row["pred"].append(r["pred_pairs"])
        row["cross"].append(_joining(r))
    out = {}
    for k, row in sorted(sums.items()):
        mean = {m: sum(row[m]) / len(row[m]) if row[m] else 0.0 for m in ("P", "R", "F1")}
        mean["cross"] = 100.0 * sum(row["cross"]) / max(1.0, sum(row["pred"]))
        mean["samples"] = float(len(row["pred"]))
        out[k] = mean
    return out


def small(annotations_dir: Path | None, samples: int, draws: Sequence[int] = (0,)) -> int:
    """Small folders sampled from ECB+: tune topics, then the held-out ones once; the
    samples of each draw in ``draws`` (a draw's seed) pooled."""
    folder = corpus_root() / ECB
    loaded = _ecb_annotations(folder, annotations_dir)
    if loaded is None:
        return 0
    articles, annotations = loaded
    print(
        f"{'system':26s} {'split':8s} {'k':>3s} {'samples':>7s} {'P':>6s} {'R':>6s} {'F1':>6s} "
        f"{'cross%':>7s}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for number, (name, link) in enumerate(SYSTEMS):
            for split, topics in (("tune", TUNE), ("heldout", HELDOUT)):
                work = Path(tmp) / f"{split}-{number}"
                scores = small_score(
                    folder, articles, annotations, topics, samples, work, link, draws
                )
                for k, m in scores.items():
                    print(
                        f"{name:26s} {split:8s} {k:3d} {int(m['samples']):7d} {m['P']:6.3f} "
                        f"{m['R']:6.3f} {m['F1']:6.3f} {m['cross']:7.1f}",
                        flush=True,
                    )
    print("cross%: predicted pairs joining two happenings of a topic, or two topics")
    return 0


def topic_folders(
    folder: Path, topics: range, per_folder: int, samples: int, seed: int = 0
) -> list[list[str]]:
    """The file names of each folder: every topic alone (``per_folder`` 1), else
    ``samples`` draws of ``per_folder`` whole topics."""
    by_topic = _topic_files(folder, topics)
    if per_folder <= 1:
        return [by_topic[t] for t in sorted(by_topic)]
    rng = random.Random(seed)
    return [
        sorted(f for t in rng.sample(sorted(by_topic), per_folder) for f in by_topic[t])
        for _ in range(samples)
    ]


def folders(annotations_dir: Path | None, per_folder: int, samples: int) -> int:
    """ECB+ topics linked as folders of their own (``per_folder`` topics each), pooled."""
    folder = corpus_root() / ECB
    loaded = _ecb_annotations(folder, annotations_dir)
    if loaded is None:
        return 0
    articles, annotations = loaded
    by_file = {Path(a.path).name: a for a in articles if a.id in annotations}
    print(
        f"{'system':26s} {'split':8s} {'folders':>7s} {'sizes':>9s} {'P':>6s} {'R':>6s} "
        f"{'F1':>6s} {'cross%':>7s} {'pairs':>6s}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for name, link in SYSTEMS:
            for split, topics in (("tune", TUNE), ("heldout", HELDOUT)):
                found = predicted = wanted = cross = 0
                drawn = topic_folders(folder, topics, per_folder, samples)
                for n, files in enumerate(drawn):
                    chosen = [by_file[f] for f in files if f in by_file]
                    r = folder_score(
                        folder, topics, files, chosen, annotations, link, Path(tmp) / f"{split}{n}"
                    )
                    predicted += r["pred_pairs"]
                    wanted += r["gold_pairs"]
                    found += round(r["precision"] * r["pred_pairs"])
                    cross += _joining(r)
                p = found / max(1, predicted)
                rec = found / max(1, wanted)
                f1 = 2 * p * rec / max(1e-9, p + rec)
                sizes = sorted(len(f) for f in drawn)
                print(
                    f"{name:26s} {split:8s} {len(drawn):7d} {f'{sizes[0]}-{sizes[-1]}':>9s} "
                    f"{p:6.3f} {rec:6.3f} {f1:6.3f} {100.0 * cross / max(1, predicted):7.1f} "
                    f"{predicted:6d}",
                    flush=True,
                )
    print("pairs summed over the folders; cross%: predicted pairs joining two happenings")
    return 0


#: Two events of one story coincide when this share of the smaller one's passages is in the
#: other (the reader sees one happening twice).
COINCIDE = 0.8


def unscored(folder: Path, articles: Sequence[Article], linked: EventsFile) -> str:
    """How many of the folder's sentences are passages of an event, and how many of those
    ECB+ validated: ``score.py`` scores only validated sentences (about one line in nine,
    nearly all of them in a gold chain), so a passage in any other sentence, right or
    wrong, is never scored; that share is for judging by hand (``sample``)."""
    gold = _Gold(folder, articles, range(1, 10_000))
    name = {a.id: Path(a.path).name for a in articles}
    lines = sum(sum(1 for line in text.split("\n") if line.strip()) for text in gold.texts.values())
    passages = set()
    for event in linked.events:
        for m in event.mentions:
            file = name.get(m.article, "")
            if file in gold.lines:
                passages.add((file, gold.line_of(file, m.start)))
    scored = len(passages & gold.validated)
    return (
        f"passages in {len(passages)} of {lines} sentences ({len(passages) / max(1, lines):.0%}); "
        f"{scored} validated by ECB+ (scored), {len(passages) - scored} not (never scored)"
    )


def crowding(linked: EventsFile) -> str:
    """How many events a passage sits in (mean, share in 3 or more, over passages in some
    event) and how many pairs of events of one story mostly coincide (:data:`COINCIDE`)."""
    per: Counter[tuple[str, int]] = Counter()
    for event in linked.events:
        per.update({(m.article, m.start) for m in event.mentions})
    passages = {e.id: {(m.article, m.start) for m in e.mentions} for e in linked.events}
    coincide = 0
    for story in linked.stories:
        ids = [e for e in story.events if e in passages]
        for x, a in enumerate(ids):
            for b in ids[x + 1 :]:
                small = min(len(passages[a]), len(passages[b]))
                if small and len(passages[a] & passages[b]) >= COINCIDE * small:
                    coincide += 1
    mean = sum(per.values()) / max(1, len(per))
    three = 100.0 * sum(1 for n in per.values() if n >= 3) / max(1, len(per))
    return (
        f"events per passage {mean:.2f} (in >= 3: {three:.1f}% of {len(per)}); "
        f"pairs of one story's events coinciding (>= {COINCIDE:.0%} of the smaller): {coincide}"
    )


def _show_titles(linked: EventsFile, n: int = 8) -> None:
    print("some story titles:")
    for story in sorted(linked.stories, key=lambda s: -len(s.articles))[:n]:
        print(f"  {len(story.articles):3d} articles  {story.title}")


# ------------------------------------------------------------------ the seeds' gold


def seeds() -> int:
    """The seeds and the written corpus against their gold."""
    extractor = _extractor()
    for name, folder, gold in GOLD_SETS:
        articles, annotations = annotate_folder(folder, extractor)
        started = time.perf_counter()
        events = link_events(articles, annotations)
        elapsed = time.perf_counter() - started
        score = score_corpus(articles, events, gold)
        multi = sum(1 for e in events.events if len({m.article for m in e.mentions}) > 1)
        print(format_score(name, score))
        print(
            f"{name}: {len(events.events)} events ({multi} across sources), "
            f"{len(events.stories)} stories, linked in {elapsed * 1000:.0f} ms"
        )
        for story in events.stories:
            print(
                f"    story: {story.title} ({len(story.articles)} articles, {len(story.events)} events)"
            )
        for line in score.wrong_pairs[:10]:
            print(f"    wrong: {line}")
        for line in score.missed_pairs[:10]:
            print(f"    missed: {line}")
        for line in score.leaks:
            print(f"    leak: {line}")
    return 0


# ------------------------------------------------------------------ Reuters: time, sample


def chronological(
    articles: Sequence[Article], annotations: Mapping[str, ArticleAnnotation]
) -> list[Article]:
    """The annotated articles by date, then id."""
    present = [a for a in articles if a.id in annotations]
    return sorted(present, key=lambda a: (annotations[a.id].metadata.date or a.date or "", a.id))


def scaling(
    articles: Sequence[Article],
    annotations: Mapping[str, ArticleAnnotation],
    sizes: Sequence[int],
    repeats: int = 3,
) -> list[tuple[int, float]]:
    """Best CPU time of ``repeats`` runs of linking chronological prefixes of each size.

    CPU time of this process, not wall time: the machine may be shared.
    """
    ordered = chronological(articles, annotations)
    print("articles   cpu s   stories   events   ratio per doubling")
    out: list[tuple[int, float]] = []
    previous: tuple[int, float] | None = None
    for size in sizes:
        part = ordered[:size]
        best = float("inf")
        linked = None
        for _ in range(repeats):
            gc.collect()
            started = time.process_time()
            linked = link_model(part, annotations)
            best = min(best, time.process_time() - started)
        assert linked is not None
        ratio = "-"
        if previous is not None:
            doublings = math.log2(len(part) / previous[0])
            ratio = f"{(best / previous[1]) ** (1 / doublings):.2f}" if doublings > 0 else "-"
        print(
            f"{len(part):>8}   {best:5.1f}   {len(linked.stories):7d}   {len(linked.events):6d}   {ratio}",
            flush=True,
        )
        previous = (len(part), best)
        out.append((len(part), best))
    return out


def sample(
    articles: Sequence[Article],
    annotations: Mapping[str, ArticleAnnotation],
    n: int = 20,
    seed: int = 0,
) -> None:
    """Print ``n`` random cross-article event links (two passages each) to judge by hand."""
    linked = link_model(articles, annotations)
    by_id = {a.id: a for a in articles}
    rng = random.Random(seed)
    across = [e for e in linked.events if len({m.article for m in e.mentions}) > 1]
    print(
        f"{len(linked.stories)} stories, {len(linked.events)} events, {len(across)} across articles"
    )
    rng.shuffle(across)
    for event in across[:n]:
        first: dict[str, Any] = {}
        for m in event.mentions:
            first.setdefault(m.article, m)
        a, b = rng.sample(sorted(first), 2)
        print(f"\n== {event.title}   [{len(event.mentions)} passages, {len(first)} articles]")
        for x in (a, b):
            article, m = by_id[x], first[x]
            print(f"  [{x} {annotations[x].metadata.date}] {article.title[:70]!r}")
            print(f"      {article.text[m.start : m.end][:220]!r}")


STORY_PAIRS = ROOT / "bench" / "gold" / "reuters_story_pairs.yaml"
#: Filing gaps (days) the story pairs are counted in: up to each bound, and beyond the last.
GAP_BOUNDS = (2, 7, 30, 90)


EVENT_PAIRS = ROOT / "bench" / "gold" / "reuters_event_pairs.yaml"


def _judged_pairs(gold_path: Path, together: Callable[[str, str], bool]) -> None:
    """Print, for each set of article pairs judged by hand in ``gold_path`` (``[a, b,
    right]``, file ids only), how many of its right pairs and of its wrong pairs are
    still ``together``, and the precision of those kept."""
    import yaml

    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    print(f"{'set':10s} {'right kept':>12s} {'wrong kept':>12s} {'precision':>10s}")
    for name, pairs in gold["sets"].items():
        right = [(a, b) for a, b, same in pairs if same]
        wrong = [(a, b) for a, b, same in pairs if not same]
        r = sum(1 for a, b in right if together(a, b))
        w = sum(1 for a, b in wrong if together(a, b))
        print(
            f"{name:10s} {f'{r} of {len(right)}':>12s} {f'{w} of {len(wrong)}':>12s} "
            f"{r / max(1, r + w):10.2f}"
        )


def event_pairs(articles: Sequence[Article], annotations: Mapping[str, ArticleAnnotation]) -> None:
    """Events of the Reuters corpus against the article pairs judged by hand
    (``bench/gold/reuters_event_pairs.yaml``): of each set's right pairs (both articles'
    passages report one happening) and wrong pairs, how many share an event."""
    start = time.process_time()
    linked = link_model(articles, annotations)
    took = time.process_time() - start
    events_of: dict[str, set[int]] = defaultdict(set)
    for n, event in enumerate(linked.events):
        for m in event.mentions:
            events_of[m.article].add(n)
    print(f"{len(linked.events)} events, linked in {took:.1f} CPU s")
    _judged_pairs(EVENT_PAIRS, lambda a, b: bool(events_of[a] & events_of[b]))


def story_pairs(articles: Sequence[Article], annotations: Mapping[str, ArticleAnnotation]) -> None:
    """Stories of the Reuters corpus against the story pairs judged by hand
    (``bench/gold/reuters_story_pairs.yaml``): of each set's right pairs and wrong pairs,
    how many share a story; and all the stories' article pairs by filing gap."""
    import datetime as dt
    import itertools

    start = time.process_time()
    linked = link_model(articles, annotations)
    took = time.process_time() - start
    story_of: dict[str, int] = {}
    for n, story in enumerate(linked.stories):
        for article in story.articles:
            story_of[article] = n
    print(f"{len(linked.stories)} stories of two or more articles, linked in {took:.1f} CPU s")
    _judged_pairs(STORY_PAIRS, lambda a, b: a in story_of and story_of[a] == story_of.get(b))
    day = {
        a: dt.date.fromisoformat(str(n.metadata.date)[:10])
        for a, n in annotations.items()
        if n.metadata.date
    }
    counts: Counter[int | None] = Counter()
    for story in linked.stories:
        for a, b in itertools.combinations(sorted(set(story.articles)), 2):
            if a in day and b in day:
                gap = abs((day[a] - day[b]).days)
                counts[next((g for g in GAP_BOUNDS if gap <= g), None)] += 1
    labels = [f"<= {g}" for g in GAP_BOUNDS] + [f"> {GAP_BOUNDS[-1]}"]
    print(
        "story article pairs by filing gap (days): "
        + ", ".join(
            f"{label}: {counts[g]:,}" for label, g in zip(labels, (*GAP_BOUNDS, None), strict=True)
        )
    )


def story_pairs_in_folders(
    articles: Sequence[Article],
    annotations: Mapping[str, ArticleAnnotation],
    size: int,
    per_folder: int = 10,
    seed: int = 72,
) -> None:
    """The judged story pairs as a reader's folder holds them: each pair put, with
    ``per_folder - 1`` other judged pairs, in a folder of ``size`` stories drawn from the
    pairs' topics (``index.jsonl``), the folder linked alone; of each set's right and
    wrong pairs, how many share a story there. A folder has no stories filed between a
    thread's reports to chain them, and its few articles make near words rare."""
    import yaml

    index = corpus_root() / REUTERS / "index.jsonl"
    topics: dict[str, list[str]] = {}
    for line in index.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        topics[row["file"].removesuffix(".txt")] = row["topics"] or ["none"]
    by_topic: dict[str, list[str]] = defaultdict(list)
    for article_id, names in sorted(topics.items()):
        if article_id in annotations:
            for name in names:
                by_topic[name].append(article_id)
    gold = yaml.safe_load(STORY_PAIRS.read_text(encoding="utf-8"))
    pairs = [(name, a, b) for name, judged in gold["sets"].items() for a, b, _ in judged]
    rng = random.Random(seed)
    rng.shuffle(pairs)
    by_id = {a.id: a for a in articles}
    kept: set[tuple[str, str, str]] = set()
    start = time.process_time()
    for g in range(0, len(pairs), per_folder):
        group = pairs[g : g + per_folder]
        chosen = {x for _, a, b in group for x in (a, b) if x in by_id}
        pool = sorted({y for x in chosen for t in topics[x] for y in by_topic[t]} - chosen)
        rng.shuffle(pool)
        chosen |= set(pool[: max(0, size - len(chosen))])
        ids = sorted(chosen)
        linked = link_model([by_id[x] for x in ids], {x: annotations[x] for x in ids})
        story_of = {x: n for n, story in enumerate(linked.stories) for x in story.articles}
        kept.update(
            (name, a, b) for name, a, b in group if a in story_of and story_of[a] == story_of.get(b)
        )
    took = time.process_time() - start
    print(
        f"judged story pairs in folders of {size} stories of their topics "
        f"({per_folder} pairs a folder), linked in {took:.1f} CPU s"
    )
    _judged_pairs(STORY_PAIRS, lambda a, b: any((n, a, b) in kept for n in gold["sets"]))


def _reuters(annotations_dir: Path) -> tuple[list[Article], dict[str, ArticleAnnotation]] | None:
    folder = corpus_root() / REUTERS
    if not folder.is_dir():
        print(f"skipped: {folder} not found (set {CORPORA_ENV} to the folder holding {REUTERS}/)")
        return None
    return read_folder(folder, annotations_dir)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "what",
        nargs="?",
        choices=(
            "ecb",
            "small",
            "folders",
            "seeds",
            "scaling",
            "sample",
            "stories",
            "events",
            "all",
        ),
        default="all",
    )
    parser.add_argument("--annotations", type=Path, help="annotation files to reuse")
    parser.add_argument(
        "--sizes", type=int, nargs="*", default=[1000, 2000, 4000, 8000, 16000, 19000]
    )
    parser.add_argument(
        "--samples",
        type=int,
        default=20,
        help="small: samples of each size; folders: folders drawn, with --per-folder > 1 "
        "(default 20)",
    )
    parser.add_argument(
        "--per-folder",
        type=int,
        default=1,
        metavar="M",
        help="folders: whole topics per folder (default 1: each topic alone; more: "
        "--samples folders drawn at random)",
    )
    parser.add_argument(
        "--draws",
        type=int,
        nargs="*",
        default=[0],
        metavar="SEED",
        help="small: the draws of samples, by seed, pooled (default 0: the draw the small "
        "folders' rules were chosen on; others are fresh)",
    )
    parser.add_argument(
        "--folder-size",
        type=int,
        default=0,
        metavar="N",
        help="stories: put the judged pairs in folders of N stories of their topics, each "
        "linked alone (a reader's folder), instead of the whole corpus",
    )
    parser.add_argument(
        "--errors",
        type=int,
        default=0,
        metavar="N",
        help="ecb: list the N events with most wrong pairs and the N gold chains with most "
        "pairs missed, on the tune topics",
    )
    args = parser.parse_args(argv)
    if args.what == "small":
        small(args.annotations, args.samples, args.draws)
    if args.what == "folders":
        folders(args.annotations, args.per_folder, args.samples)
    if args.what in ("ecb", "all"):
        ecb(args.annotations if args.what == "ecb" else None, args.errors)
    if args.what in ("seeds", "all"):
        seeds()
    if args.what in ("scaling", "sample", "stories", "events"):
        if args.annotations is None:
            parser.error(f"{args.what} needs --annotations DIR (annotations of {REUTERS})")
        loaded = _reuters(args.annotations)
        if loaded is not None:
            if args.what == "scaling":
                scaling(*loaded, args.sizes)
            elif args.what == "stories" and args.folder_size:
                story_pairs_in_folders(*loaded, args.folder_size)
            elif args.what == "stories":
                story_pairs(*loaded)
            elif args.what == "events":
                event_pairs(*loaded)
            else:
                sample(*loaded)
    return 0


if __name__ == "__main__":
    sys.exit(main())
