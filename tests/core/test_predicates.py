"""The act lexicon: stems join inflections, acts are recognised whatever the wording."""

from __future__ import annotations

import pytest

from tui.core.events.acts import find_acts, load_lexicon, parse_lexicon, stem


@pytest.mark.parametrize(
    "forms",
    [
        ["halt", "halted", "halting", "halts"],
        ["scrap", "scrapped", "scrapping"],
        ["cancel", "cancelled", "canceled", "cancelling", "canceling"],
        ["shelve", "shelved", "shelving"],
        ["meet", "met", "meeting", "meetings"],
        ["fall", "fell", "falling", "fallen"],
        ["rally", "rallied", "rallies"],
        ["restructure", "restructured", "restructuring"],
        ["reorganise", "reorganised", "reorganize", "reorganized"],
        ["criticise", "criticised", "criticized"],
        ["sell", "sold", "selling"],
        ["IPO", "IPOs"],
    ],
)
def test_stem_joins_inflections(forms: list[str]) -> None:
    irregular = load_lexicon().irregular
    assert len({stem(f, irregular) for f in forms}) == 1


@pytest.mark.parametrize(
    ("text", "lang", "numbers", "acts"),
    [
        ("Regulators halted the IPO.", "en", (), {"ipo_halt"}),
        ("The company was forced to scrap its dual listing.", "en", (), {"ipo_halt"}),
        (
            "It cancelled plans for the largest initial public offering ever.",
            "en",
            (),
            {"ipo_halt"},
        ),
        ("The firm priced its IPO at the top of the range.", "en", (), {"ipo"}),
        ("The premier convened a meeting with executives.", "en", (), {"meeting"}),
        ("It did not meet the requirements to go public.", "en", (), set()),
        ("Shares tumbled 5 per cent.", "en", ("PERCENT",), {"share_fall"}),
        ("The index rallied.", "en", (), {"share_rise"}),
        ("Regulators fined the group.", "en", (), {"fine"}),
        ("It will split into six business units.", "en", (), {"split"}),
        ("The regulators began a crackdown on tech firms.", "en", (), {"crackdown_begin"}),
        ("A $1 trillion rout.", "en", ("MONEY",), {"value_loss"}),
        ("His remarks angered regulators.", "en", (), {"remarks"}),
        ("His return to public view was welcomed.", "en", (), {"reappearance"}),
        ("It plans to sell its stake.", "en", (), {"stake_sale"}),
        ("北京がIPOを中止した。", "ja", (), {"ipo_halt"}),
        ("両社は提携した。", "ja", (), {"partnership"}),
        ("Nothing happened here.", "en", (), set()),
    ],
)
def test_find_acts(text: str, lang: str, numbers: tuple[str, ...], acts: set[str]) -> None:
    assert set(find_acts(text, lang, numbers)) == acts


def test_lexicon_is_data() -> None:
    lexicon = parse_lexicon(
        {
            "format": "newsreader-acts/1",
            "irregular": {"flew": "fly"},
            "acts": {"flight": {"title": "Flight", "patterns": [[["fly"], ["plane"]]]}},
        }
    )
    assert find_acts("She flew the planes home.", lexicon=lexicon) == ("flight",)
    with pytest.raises(ValueError):
        parse_lexicon({"format": "other"})
