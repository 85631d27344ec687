"""Page furniture tells no happening in a folder of any size: web pages' publication
stamps ("Posted Oct 26, 2031 8:57 AM, updated ..."), alike in every page of a site,
never join the event their pages report (tui.core.events.happenings)."""

from __future__ import annotations

import re

import pytest

from tests.core.linking_world import fillers, make
from tui.core.events.linking import link_events
from tui.core.model.schema import Article, ArticleAnnotation, EventsFile, Furniture

#: A site's stamp under every headline (a verb the parse takes for a trigger), naming
#: the desk that filed it, so more than a line that only dates the page
#: (``features.date_line``); alike on every page but for its time when ``timed``.
_STAMP = (
    "First <Posted|post|VERB>: [10/26/31|DATE|2031-10-26] {time} ET by the Quillmouth "
    "City Desk <Updated|update|VERB>: [10/27/31|DATE|2031-10-27] 05:12 AM ET"
)
_TIMES = iter(("6:02 AM", "7:15 AM", "8:57 AM"))


def _page(article_id: str, headline: str, body: str) -> tuple[str, str, str | None]:
    return article_id, f"# {headline}\n{_STAMP.format(time=next(_TIMES))}\n{body}", "2031-10-26"


PAGES = (
    _page(
        "herald",
        "Fire destroys Quillmouth warehouse",
        "A fire <destroyed|destroy|VERB|subj:fire,obj:warehouse> a grain warehouse in "
        "[Quillmouth|GPE|quillmouth] on [Saturday|DATE|2031-10-25].\n"
        "Firefighters <fought|fight|VERB|subj:Firefighters,obj:blaze> the blaze for six hours.",
    ),
    _page(
        "courier",
        "Grain warehouse burns down in Quillmouth",
        "A grain warehouse in [Quillmouth|GPE|quillmouth] was <destroyed|destroy|VERB|obj:warehouse> "
        "by fire on [Saturday|DATE|2031-10-25].\n"
        "Crews <fought|fight|VERB|subj:Crews,obj:blaze> the blaze through the night.",
    ),
    _page(
        "gazette",
        "Quillmouth warehouse lost to fire",
        "Fire <destroyed|destroy|VERB|subj:Fire,obj:warehouse> a grain warehouse in "
        "[Quillmouth|GPE|quillmouth] on [Saturday|DATE|2031-10-25], officials said.",
    ),
)


def _corpus(
    stamps_are_furniture: bool, timed: bool
) -> tuple[list[Article], dict[str, ArticleAnnotation]]:
    articles, annotations = [], {}
    for article_id, marked, date in (*PAGES, *fillers()):
        if not timed:
            marked = re.sub(r"\d+:\d\d AM by", "8:57 AM by", marked)
        article, annotation = make(article_id, marked, date)
        if stamps_are_furniture and article_id in {p[0] for p in PAGES}:
            stamp = annotation.sentences[1]
            annotation = annotation.model_copy(
                update={"furniture": (Furniture(start=stamp.start, end=stamp.end, kind="stamp"),)}
            )
        articles.append(article)
        annotations[article.id] = annotation
    return articles, annotations


def _stamps_in_events(result: EventsFile, annotations: dict[str, ArticleAnnotation]) -> int:
    stamps = {(p[0], annotations[p[0]].sentences[1].start) for p in PAGES}
    return sum(1 for e in result.events for m in e.mentions if (m.article, m.start) in stamps)


@pytest.mark.parametrize("timed", [False, True], ids=["worded-the-same", "timed-apart"])
def test_publication_stamps_join_no_event_of_their_pages(timed: bool) -> None:
    """Worded the same, the stamps would be copies of one sentence; timed apart, each
    names the place of the pages' happening and would join its event."""
    articles, annotations = _corpus(stamps_are_furniture=True, timed=timed)
    assert len(articles) >= 19  # a large folder's rules, not a small one's
    result = link_events(articles, annotations)
    assert _stamps_in_events(result, annotations) == 0
    # (the same stamps, not marked as furniture, are the pages' one shared "happening")
    articles, plain = _corpus(stamps_are_furniture=False, timed=timed)
    assert _stamps_in_events(link_events(articles, plain), plain) > 0
