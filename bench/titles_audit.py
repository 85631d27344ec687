"""Titles audit: events and stories drawn at random from three folders, their titles judged by hand.

Each folder is linked afresh (no previous ``events.yaml``, as ``newsreader link`` after
deleting it), then ``random.Random(20261206)`` draws, in this order and from items sorted
by their passages (an event: its passages' article ids and offsets; a story: its
article ids), so the same items come back however their titles change:

- ``ecb114-events``: 30 events of the 114 ECB+ documents of the tmux check;
- ``ecb114-stories``: all its stories;
- ``reuters-events``: 30 events of the 200 Reuters stories of the tmux check (all, if fewer);
- ``reuters-stories``: 30 of its stories;
- ``ecb772-events``: 30 events of the whole ``ecbplus-dev`` folder (772 annotated documents).

The verdicts are in ``bench/gold/titles_audit.yaml``: per item its key, the title judged
and three verdicts (readable: says what happened, who or what as the passages name them,
nothing misleading; date: right or rightly absent; place: right or rightly absent), once
before a round's change and once after (rounds titles6, titles17, titles18 and titles19,
each with a held-out draw; a key judged in several is read from the latest; titles19's
folders, nr24: ``NEWSREADER_TITLES_AUDIT=/work/scratch/titles19``). No article text is kept.

    .venv/bin/python bench/titles_audit.py                # the items' titles now, and the verdicts
    .venv/bin/python bench/titles_audit.py --show         # with passages and dates, to judge
    .venv/bin/python bench/titles_audit.py --set ecb772-events --show
    .venv/bin/python bench/titles_audit.py --siblings     # same-titled events of one story

Folders: ``--ecb114 SEEDS ANNOTATIONS``, ``--reuters SEEDS ANNOTATIONS``, ``--ecb772
ANNOTATIONS`` (its texts are ``ecbplus-dev`` under ``$NEWSREADER_CORPORA``); the defaults are
``ecb114/seeds`` and ``ecb114/ann``, ``reuters/seeds`` and ``reuters/ann``, and ``ecb772`` under
``$NEWSREADER_TITLES_AUDIT`` (default ``/work/scratch/titles18``, round titles18's folders).
``--seed N`` draws another sample (a part not looked at while changing code).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.event_linking import ECB, read_folder  # noqa: E402
from bench.newswire_gold import corpus_root  # noqa: E402
from tui.core.events.linking import link_model  # noqa: E402
from tui.core.model.schema import Article, ArticleAnnotation, Event, Story  # noqa: E402

SEED = 20261206
GOLD = ROOT / "bench/gold/titles_audit.yaml"
SETS = ("ecb114-events", "ecb114-stories", "reuters-events", "reuters-stories", "ecb772-events")
#: How many items each set draws (None: all).
SIZES: dict[str, int | None] = {
    "ecb114-events": 30,
    "ecb114-stories": None,
    "reuters-events": 30,
    "reuters-stories": 30,
    "ecb772-events": 30,
}
SCRATCH = Path(os.environ.get("NEWSREADER_TITLES_AUDIT", "/work/scratch/titles18"))


def event_key(event: Event) -> str:
    """An event's key: its passages, ``article:start-end`` joined by spaces, sorted."""
    return " ".join(
        f"{m.article}:{m.start}-{m.end}" for m in sorted(event.mentions, key=lambda m: m.key)
    )


def story_key(story: Story) -> str:
    """A story's key: its article ids, sorted, joined by spaces."""
    return " ".join(sorted(story.articles))


Folder = tuple[list[Article], dict[str, ArticleAnnotation]]


def draw(
    folders: Mapping[str, Folder], seed: int = SEED, last: str = SETS[-1]
) -> dict[str, list[tuple[str, Event | Story]]]:
    """Link each folder and draw the sets' items, in the order of :data:`SETS`.

    Args:
        folders: ``ecb114``, ``reuters``, ``ecb772`` -> articles and annotations.
        seed: The draw's seed.
        last: The last set drawn (the folders of later ones are not linked).

    Returns:
        Set name -> (key, event or story) drawn.
    """
    rng = random.Random(seed)
    linked: dict[str, Any] = {}
    out: dict[str, list[tuple[str, Event | Story]]] = {}
    for name in SETS[: SETS.index(last) + 1]:
        folder, kind = name.rsplit("-", 1)
        if folder not in linked:
            linked[folder] = link_model(*folders[folder])
        items: list[tuple[str, Event | Story]]
        if kind == "events":
            items = sorted(((event_key(e), e) for e in linked[folder].events), key=lambda x: x[0])
        else:
            items = sorted(((story_key(s), s) for s in linked[folder].stories), key=lambda x: x[0])
        size = SIZES[name]
        out[name] = items if size is None or size >= len(items) else rng.sample(items, size)
    return out


def _short(text: str, n: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def show(item: Event | Story, folder: Folder, events: Mapping[str, Event]) -> list[str]:
    """Lines to judge a title by: passages (or headlines), article dates, DATE values."""
    articles = {a.id: a for a in folder[0]}
    annotations = folder[1]
    lines: list[str] = []
    if isinstance(item, Story):
        for aid in sorted(item.articles)[:6]:
            a = articles[aid]
            date = annotations[aid].metadata.date
            lines.append(f"      {aid} [{date}] {_short(a.text.split(chr(10))[0], 100)}")
        return lines
    dated = Counter(str(annotations[m.article].metadata.date) for m in item.mentions)
    lines.append(f"      article dates: {dict(dated)}")
    told: Counter[str] = Counter(" ".join(m.text.split()) for m in item.mentions)
    for m in sorted(item.mentions, key=lambda m: (-told[" ".join(m.text.split())], m.key))[:5]:
        ann = annotations[m.article]
        dates = [
            f"{e.text}={e.value}"
            for e in ann.entities
            if e.label == "DATE" and m.start <= e.start < m.end and e.status == "accepted"
        ]
        lines.append(f"      {m.article}:{m.start} {_short(m.text)}  {dates if dates else ''}")
    return lines


def load_gold() -> dict[str, dict[str, Any]]:
    """The verdicts by set and key."""
    if not GOLD.exists():
        return {}
    data = yaml.safe_load(GOLD.read_text(encoding="utf-8")) or {}
    return {f"{x['set']} {x['key']}": x for x in data.get("items", ())}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--ecb114", nargs=2, type=Path,
        default=(SCRATCH / "ecb114/seeds", SCRATCH / "ecb114/ann"),
    )  # fmt: skip
    parser.add_argument(
        "--reuters", nargs=2, type=Path,
        default=(SCRATCH / "reuters/seeds", SCRATCH / "reuters/ann"),
    )  # fmt: skip
    parser.add_argument("--ecb772", type=Path, default=SCRATCH / "ecb772")
    parser.add_argument("--seed", type=int, default=SEED, help="another draw")
    parser.add_argument("--set", choices=SETS, action="append", help="only these sets")
    parser.add_argument("--show", action="store_true", help="passages and dates to judge by")
    parser.add_argument("--siblings", action="store_true", help="same-titled events of a story")
    parser.add_argument("--dump", type=Path, help="every event's and story's title to FILE")
    parser.add_argument("--yaml", action="store_true", help="the items as YAML (to fill in)")
    args = parser.parse_args(argv)
    ecb = corpus_root() / ECB
    if not ecb.is_dir():
        print(f"skipped: {ecb} not found (set NEWSREADER_CORPORA)")
        return 0
    wanted = [name for name in SETS if not args.set or name in args.set]
    where = {"ecb114": args.ecb114, "reuters": args.reuters, "ecb772": (ecb, args.ecb772)}
    needed = (
        where
        if args.siblings or args.dump
        else {n.split("-")[0] for n in SETS[: SETS.index(wanted[-1]) + 1]}
    )
    folders = {name: read_folder(*where[name]) for name in where if name in needed}
    if args.dump:
        # Every event and story of each folder: key, title, participants (to check that a
        # change of titles leaves linking as it was).
        dump = {}
        for name, folder in folders.items():
            linked = link_model(*folder)
            ids = {e.id: event_key(e) for e in linked.events}
            dump[name] = {
                "events": {event_key(e): [e.title, sorted(e.participants)] for e in linked.events},
                "stories": {
                    story_key(s): [s.title, sorted(ids[x] for x in s.events if x in ids)]
                    for s in linked.stories
                },
            }
        args.dump.write_text(
            yaml.safe_dump(dump, allow_unicode=True, width=10**6), encoding="utf-8"
        )
        return 0
    if args.siblings:
        for name, folder in folders.items():
            linked = link_model(*folder)
            by_id = {e.id: e for e in linked.events}
            same = 0
            for story in linked.stories:
                titles = Counter(by_id[e].title for e in story.events if e in by_id)
                for title, n in titles.items():
                    if n > 1:
                        same += n
                        print(f"  {name}: {n} x {title}")
            print(f"{name}: {same} of {len(linked.events)} events share a title with a sibling")
        return 0
    drawn = draw(folders, args.seed, wanted[-1])
    gold = load_gold()
    tally: dict[str, Counter[str]] = {}
    for name in SETS:
        if args.set and name not in args.set:
            continue
        folder = folders[name.split("-")[0]]
        events = {}
        print(f"== {name}: {len(drawn[name])} items")
        counts = tally.setdefault(name, Counter())
        for n, (key, item) in enumerate(drawn[name], 1):
            judged = gold.get(f"{name} {key}")
            if args.yaml:
                print(f"- set: {name}\n  key: {key}\n  before: {{title: {item.title!r}}}")
                continue
            print(f"  {n:2d}. {item.title}")
            if judged is not None:
                for when in ("before", "after"):
                    verdict = judged.get(when)
                    if not verdict:
                        continue
                    same = "" if verdict["title"] == item.title else f"  [{verdict['title']}]"
                    marks = " ".join(f"{k}={verdict.get(k)}" for k in ("readable", "date", "place"))
                    print(f"      {when}: {marks}{same}  {verdict.get('note', '')}")
                    for k in ("readable", "date", "place"):
                        counts[f"{when} {k}"] += verdict.get(k) is True
                # The titles as they are now, by the verdict given to the same title.
                now = next(
                    (
                        v
                        for v in (judged.get("after"), judged.get("before"))
                        if v and v["title"] == item.title
                    ),
                    None,
                )
                counts["judged"] += now is not None
                for k in ("readable", "date", "place"):
                    counts[f"now {k}"] += now is not None and now.get(k) is True
            if args.show:
                print("\n".join(show(item, folder, events)))
    if args.yaml:
        return 0
    print("set (items): readable / date right / place right, before -> after; now")
    print("  (now: the titles as they are, by the verdict given to the same title)")
    for name, counts in tally.items():
        n = len(drawn[name])
        row = {
            w: "/".join(str(counts[f"{w} {k}"]) for k in ("readable", "date", "place"))
            for w in ("before", "after", "now")
        }
        print(f"  {name} ({n}): {row['before']} -> {row['after']}; now {row['now']}", end="")
        print(f" of {counts['judged']} judged")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
