"""The keys of edit mode, for the help screen and ``docs/keys.md`` (appended to the reader's keys)."""

from __future__ import annotations

#: (section, keys, what it does), in the order the help screen shows them.
EDIT_KEYS: tuple[tuple[str, str, str], ...] = (
    (
        "Edit mode",
        "i",
        "enter / leave edit mode (the footer and a status line show it; leaving saves)",
    ),
    (
        "Edit mode",
        "h l / ← →",
        "previous / next token (words; runs of kanji, hiragana, katakana; punctuation)",
    ),
    ("Edit mode", "w / b", "next / previous word (skips punctuation)"),
    ("Edit mode", "j k / ↓ ↑", "next / previous sentence"),
    ("Edit mode", "v", "start / drop a selection; the moves above extend it (across line breaks)"),
    ("Edit mode", "Esc", "drop the selection, else leave edit mode"),
    (
        "Label",
        "1 … 9",
        "label the selection (or the token): PERSON ORG GPE NORP LOC PRODUCT EVENT DATE LAW",
    ),
    ("Label", "Enter / t", "label the selection from a list (type to filter)"),
    ("Label", "r", "relabel the highlight under the cursor"),
    ("Label", "x / d", "reject a suggestion (kept as rejected) or delete your own highlight"),
    ("Label", "a", "accept a suggestion (it becomes your decision)"),
    ("Label", "} / {", "next / previous suggestion nobody has reviewed"),
    ("Label", "K", "link to a knowledge-base entity (fuzzy search), or make a new one"),
    ("Label", "=", "correct a number: value, unit, qualifier"),
    ("Label", "!", "list orphans: highlights whose text is gone from a changed article"),
    ("Events", "o", "link the sentence to an event (nearest first) or start a new one"),
    ("Events", "O", "unlink the sentence from its event"),
    ("Events", "E", "events view: r rename, m merge (on one, then on the target), s split, u undo"),
    ("Article", "M", "metadata: title, source, date (relative dates follow it), url, languages"),
    ("Saving", "u / ctrl+r", "undo / redo in edit mode (this article's edits)"),
    ("Saving", "ctrl+z / ctrl+y", "undo / redo, in any mode"),
    (
        "Saving",
        "ctrl+s",
        "save now (edits are also saved 2 s after the last one, on leaving an article and on quitting)",
    ),
    (
        "Saving",
        "t m g d",
        "when a file changed on disk: keep theirs, keep mine, merge, show the difference",
    ),
)
