"""The picker: type to filter, Enter takes the best match, not the pinned "New …" item."""

from __future__ import annotations

import pytest
from textual.app import App

from tui.ui.screens.picker_modal import Choice, PickerModal

CHOICES = [
    Choice("new", "+ New event from this sentence", pinned=True),
    Choice("ev-1", "Shares fell: Acme, Initech, 2024-05-02"),
    Choice("ev-2", "Stake sale: Acme, Globex, 2024-05-02"),
    Choice("ev-3", "Meeting: Li Wen, Acme"),
]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("", "new"),  # nothing typed: the pinned item heads the list
        ("stake sale", "ev-2"),
        ("Stake sale: Acme, Globex, 2024-05", "ev-2"),  # a long, exact prefix
        ("meeting", "ev-3"),
        ("zzzz qqq", "new"),  # nothing matches: the pinned item
    ],
)
async def test_enter_takes_the_best_match(typed: str, expected: str) -> None:
    picked: list[str | None] = []

    class Host(App[None]):
        def on_mount(self) -> None:
            self.push_screen(PickerModal("Link to an event", CHOICES), picked.append)

    app = Host()
    async with app.run_test() as pilot:
        await pilot.pause()
        for key in typed:
            await pilot.press("space" if key == " " else key)
        await pilot.press("enter")
        await pilot.pause()
    assert picked == [expected]
