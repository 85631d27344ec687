"""Figures side by side: how many of an events file's figure rows compare two sources or more.

For each event of an ``events.yaml`` (``newsreader --seeds DIR --annotations DIR link``
writes one), its figures are lined up as the side panel lines them up
(:func:`tui.core.events.figures.line_up`: one unit, one magnitude a row). It prints the
events, those whose figures come from two sources or more, the rows, the rows that
compare two sources or more, and the rows flagged (sources differ). Give two files, the
same folder linked by two linkers, to compare them in one run.

Run: .venv/bin/python bench/figure_rows.py EVENTS.yaml [EVENTS.yaml ...]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tui.core.events.figures import line_up  # noqa: E402
from tui.core.model.store import AnnotationStore  # noqa: E402


def figure_rows(path: Path) -> dict[str, int]:
    """The counts of one events file (see the module's docstring)."""
    store = AnnotationStore(path.parent)
    if store.events_path.resolve() != path.resolve():
        raise SystemExit(f"{path}: give the {store.events_path.name} of an annotations folder")
    events = store.load_events().value
    if events is None:
        raise SystemExit(f"{path}: no events file")
    rows = [row for event in events.events for row in line_up(event.figures)]
    return {
        "events": len(events.events),
        "events with figures of 2+ sources": sum(
            len({f.article for f in e.figures}) > 1 for e in events.events
        ),
        "rows": len(rows),
        "rows of 2+ sources": sum(len({f.article for f in r.figures}) > 1 for r in rows),
        "rows flagged": sum(not r.agree for r in rows),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("events", nargs="+", type=Path, help="events.yaml files")
    args = parser.parse_args()
    for path in args.events:
        counts = figure_rows(path)
        print(f"{path}: " + " · ".join(f"{k} {v:,}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
