"""EditView: the article view with an edit mode (``i``): a token cursor, selections,
and keys that label, relabel, reject, accept, link and correct spans, link sentences
to events, edit metadata, undo and redo. Every change goes through the
:class:`~tui.ui.editor.Editor` it is given, which saves it safely; what edit mode
is on (the cursor, the span there, unsaved work) it reports in
:class:`EditView.StatusChanged` for the screen's status line.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.reactive import reactive

from tui.core.model.article import ENTITY_LABELS, QUANTITY_LABELS
from tui.core.text.display import visible
from tui.core.text.tokens import is_word, token_at, tokenize
from tui.ui.editor import AUTOSAVE_DELAY, AUTOSAVE_MAX_DELAY
from tui.ui.formatting import format_quantity
from tui.ui.widgets.article_view import ArticleView

# The edit machinery (tui.core.editing, the pydantic model, the dialogs) is imported by
# the methods that use it: edit mode starts after the reader's first frame, and the
# view is part of that frame.
if TYPE_CHECKING:
    from tui.core.editing import AnySpan, Edit
    from tui.core.model.article import Article
    from tui.core.model.library import Mark
    from tui.core.model.schema import ArticleAnnotation, Qualifier, Sentence
    from tui.ui.editor import Editor, SaveResult
    from tui.ui.screens.picker_modal import Choice

#: Labels on the hotkeys ``1``-``9``, in legend order.
HOTKEY_LABELS: tuple[str, ...] = ENTITY_LABELS[:9]
NEW = "\x00new"
UNLINK = "\x00unlink"

#: Actions that only work in edit mode.
EDIT_ACTIONS = frozenset(
    {
        "token",
        "word",
        "select",
        "label_hotkey",
        "label_pick",
        "delete",
        "relabel",
        "accept",
        "link_kb",
        "quantity",
        "unreviewed",
        "link_event",
        "unlink_event",
        "metadata",
        "undo_in_edit_mode",
        "redo_in_edit_mode",
        "escape",
        "leave_edit",
        "orphans",
    }
)


def _selected_text(text: str, start: int, end: int, limit: int = 40) -> str:
    quote = " ".join(text[start:end].split())
    return quote if len(quote) <= limit else quote[: limit - 1] + "…"


class EditView(ArticleView):
    """The article view; ``i`` toggles edit mode (the footer shows it)."""

    DEFAULT_CSS = """
    EditView > .articleview--edit-cursor { background: $accent 55%; text-style: bold; }
    EditView > .articleview--edit-selection { background: $accent 30%; text-style: underline; }
    EditView.-editing { border-left: outer $warning; }
    """

    COMPONENT_CLASSES = ArticleView.COMPONENT_CLASSES | {
        "articleview--edit-cursor",
        "articleview--edit-selection",
    }

    BINDINGS = [
        Binding(
            "i",
            "toggle_edit",
            "Edit",
            id="edit.toggle",
            tooltip="Edit mode on / off (leaving it saves)",
        ),
        Binding(
            "i",
            "leave_edit",
            "✎ EDITING (i: read)",
            id="edit.leave",
            tooltip="Back to reading (saves)",
        ),
        Binding(
            "ctrl+s",
            "save_dirty",
            "● Unsaved",
            key_display="^s",
            id="edit.save_dirty",
            tooltip=(
                f"Save now (edits are also saved {AUTOSAVE_DELAY:g} s after the last one, "
                f"at most {AUTOSAVE_MAX_DELAY:g} s after the first, on leaving the article or "
                "edit mode, and on quitting)"
            ),
        ),
        Binding("ctrl+s", "save", "Save", show=False, id="edit.save", tooltip="Save edits now"),
        Binding(
            "ctrl+z",
            "undo_edit",
            "Undo",
            show=False,
            id="edit.undo",
            tooltip="Undo this article's last edit, in any mode",
        ),
        Binding(
            "ctrl+y",
            "redo_edit",
            "Redo",
            show=False,
            id="edit.redo",
            tooltip="Redo this article's edit undone last, in any mode",
        ),
        # Edit mode only (see check_action).
        Binding(
            "u",
            "undo_in_edit_mode",
            "Undo",
            id="edit.undo_u",
            tooltip="Undo this article's last edit (events linked from it included)",
        ),
        Binding(
            "ctrl+r",
            "redo_in_edit_mode",
            "Redo",
            show=False,
            id="edit.redo_r",
            tooltip="Redo this article's edit undone last",
        ),
        Binding(
            "escape",
            "escape",
            "Leave",
            show=False,
            id="edit.escape",
            tooltip="Drop the selection, else leave edit mode",
        ),
        Binding(
            "h,left",
            "token(-1)",
            "Left",
            show=False,
            id="edit.left",
            tooltip=(
                "Previous token: a word or number, a run of kanji, hiragana or katakana, "
                "or one punctuation mark"
            ),
        ),
        Binding("l,right", "token(1)", "Right", show=False, id="edit.right", tooltip="Next token"),
        Binding(
            "w",
            "word(1)",
            "Word",
            show=False,
            id="edit.word",
            tooltip="Next word (skips punctuation)",
        ),
        Binding("b", "word(-1)", "Back", show=False, id="edit.back", tooltip="Previous word"),
        Binding(
            "j,down", "sentence(1)", "Down", show=False, id="edit.down", tooltip="Next sentence"
        ),
        Binding(
            "k,up", "sentence(-1)", "Up", show=False, id="edit.up", tooltip="Previous sentence"
        ),
        Binding(
            "v",
            "select",
            "Select",
            id="edit.select",
            tooltip="Start or drop a selection; the moves extend it (across line breaks)",
        ),
        *(
            Binding(
                str(n),
                f"label_hotkey({n})",
                "Label",
                key_display="1-9",
                show=n == 1,
                id=f"edit.label{n}",
                tooltip=f"Label the selection (or the token): {' '.join(HOTKEY_LABELS)}",
            )
            for n in range(1, 10)
        ),
        Binding(
            "enter,t",
            "label_pick",
            "Label…",
            show=False,
            id="edit.label_pick",
            tooltip="Label the selection from a list of every label (type to filter)",
        ),
        Binding(
            "x,d",
            "delete",
            "Reject",
            id="edit.delete",
            tooltip="Reject a suggestion (kept as rejected) or delete your own highlight",
        ),
        Binding(
            "r",
            "relabel",
            "Relabel",
            id="edit.relabel",
            tooltip="Relabel the highlight under the cursor",
        ),
        Binding(
            "a",
            "accept",
            "Accept",
            id="edit.accept",
            tooltip="Accept a suggestion: it becomes your decision",
        ),
        Binding(
            "K",
            "link_kb",
            "Entity",
            id="edit.kb",
            tooltip="Link to a knowledge-base entity (fuzzy search), or make a new one",
        ),
        Binding(
            "equals_sign",
            "quantity",
            "Value",
            key_display="=",
            id="edit.quantity",
            tooltip="Correct a number: value, unit, qualifier",
        ),
        Binding(
            "right_curly_bracket",
            "unreviewed(1)",
            "To review",
            key_display="}",
            id="edit.next_todo",
            tooltip="Next suggestion nobody has reviewed",
        ),
        Binding(
            "left_curly_bracket",
            "unreviewed(-1)",
            "Prev to review",
            key_display="{",
            show=False,
            id="edit.prev_todo",
            tooltip="Previous suggestion nobody has reviewed",
        ),
        Binding(
            "o",
            "link_event",
            "Event",
            id="edit.event",
            tooltip="Link this sentence to an event (nearest first) or start a new one",
        ),
        Binding(
            "O",
            "unlink_event",
            "Unlink event",
            show=False,
            id="edit.unlink_event",
            tooltip="Unlink this sentence from its event",
        ),
        Binding(
            "M",
            "metadata",
            "Metadata",
            id="edit.metadata",
            tooltip="Metadata: title, source, date (relative dates follow it), url, languages",
        ),
        Binding(
            "exclamation_mark",
            "orphans",
            "Orphans",
            key_display="!",
            show=False,
            id="edit.orphans",
            tooltip="List orphans: highlights whose text is gone from a changed article",
        ),
    ]

    editing: reactive[bool] = reactive(False, init=False)
    """Edit mode is on."""

    class StatusChanged(Message):
        """What the status line of edit mode should show (None: edit mode is off)."""

        def __init__(self, status: Text | None) -> None:
            super().__init__()
            self.status = status

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, EditView.StatusChanged)

    def __init__(
        self, editor: Editor, *, id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.editor = editor
        self.tokens: tuple[tuple[int, int], ...] = ()
        self.token = 0
        #: The token where the selection began (None: nothing selected, the token is).
        self.selection_from: int | None = None
        self._tokens_for: str | None = None

    # ---------------------------------------------------------------- plumbing
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in EDIT_ACTIONS:
            return self.editing
        if action == "toggle_edit":
            return not self.editing
        if action == "save_dirty":
            return self.editing and self.editor.dirty
        return True

    # ----------------------------------------------------------------- showing
    def show_article(
        self,
        article: Article,
        annotation: ArticleAnnotation | None,
        sentences: Sequence[Sentence],
        marks: Sequence[Mark],
        regions: Sequence[tuple[int, int]],
        **options: Any,
    ) -> None:
        previous = self.article_id
        if previous is not None and previous != article.id and self.editor.dirty:
            self.editor.save()  # leaving an article saves its edits
        if self.editor.is_open(article.id):
            self.editor.refresh(article.id)
        if self.editing and previous != article.id:
            self._start_editing(article.id)
        super().show_article(article, annotation, sentences, marks, regions, **options)
        if self._tokens_for != article.id:
            self.tokens = tokenize(article.text)
            self._tokens_for = article.id
            self.selection_from = None
            self.token = self._first_token_of(self.cursor)
        self.token = max(0, min(self.token, len(self.tokens) - 1))
        self._show_status()

    def scroll_to_offset(self, offset: int) -> None:
        """Jump to ``offset`` (search, panel, palette): in edit mode the token cursor goes there."""
        super().scroll_to_offset(offset)
        if self.editing and self.tokens:
            self.selection_from = None
            self._move_to(token_at(self.tokens, offset), sync=False)
            self._refresh_all()

    def _first_token_of(self, index: int) -> int:
        sentence = self.sentences[index] if 0 <= index < len(self.sentences) else None
        return token_at(self.tokens, sentence.start) if sentence else 0

    def watch_cursor(self, old: int, new: int) -> None:
        super().watch_cursor(old, new)
        if self.editing and self.tokens and self.sentences:
            start, end = self.tokens[self.token]
            sentence = self.sentences[new]
            if not (sentence.start <= start < max(sentence.end, start + 1)):
                self._move_to(self._first_token_of(new), sync=False)

    def watch_editing(self, editing: bool) -> None:
        self.set_class(editing, "-editing")
        if not editing:
            self.selection_from = None
            self.post_message(self.StatusChanged(None))
        self._refresh_all()
        self.refresh_bindings()
        self._show_status()

    def refresh_edit_state(self) -> None:
        """The editor's documents changed or were saved: the keys and the status line follow."""
        self.refresh_bindings()
        self._show_status()

    def overlays(self, start: int, end: int) -> Sequence[tuple[int, int, str]]:
        if not self.editing or not self.tokens:
            return ()
        sel_start, sel_end = self.selection()
        found = []
        if self.selection_from is not None and sel_start < end and start < sel_end:
            found.append((sel_start, sel_end, "edit-selection"))
        t_start, t_end = self.tokens[self.token]
        if t_start < end and start < t_end:
            found.append((t_start, t_end, "edit-cursor"))
        return found

    def _refresh_all(self) -> None:
        self._strips.clear()
        self.refresh()

    def selection(self) -> tuple[int, int]:
        """The selected text as ``(start, end)``: the cursor's token if nothing is selected."""
        if not self.tokens:
            return (0, 0)
        first = self.selection_from if self.selection_from is not None else self.token
        low, high = min(self.token, first), max(self.token, first)
        return self.tokens[low][0], self.tokens[high][1]

    def current_span(self) -> AnySpan | None:
        """The innermost visible span under the cursor's token."""
        annotation = self._annotation()
        if annotation is None or not self.tokens:
            return None
        from tui.core.editing import spans_at

        start, end = self.tokens[self.token]
        found = spans_at(annotation, start, end)
        return found[0] if found else None

    def _annotation(self) -> ArticleAnnotation | None:
        return self.editor.annotation(self.article_id) if self.article_id else None

    def _show_status(self) -> None:
        if not self.editing or self.article is None or not self.tokens:
            return
        from tui.core.editing import EVENTS_DOC, article_doc
        from tui.core.model.schema import Entity, Quantity

        text = Text()
        start, end = self.selection()
        what = "selection" if self.selection_from is not None else "token"
        text.append(f"✎ {what} “{visible(_selected_text(self.article.text, start, end))}”")
        span = self.current_span()
        if span is not None:
            text.append(f"  {visible(span.label)}", "bold")
            state = "yours" if span.origin == "human" else "suggested, to review"
            text.append(f" ({state})")
            if isinstance(span, Entity) and span.kb_id:
                text.append(f" → {visible(span.kb_id)}")
            if isinstance(span, Quantity):
                text.append(f" = {visible(format_quantity(span) or 'no value')}")
        annotation = self._annotation()
        if annotation is not None and annotation.orphans:
            text.append(f"  · {len(annotation.orphans)} orphan(s) (!)", "italic")
        key = article_doc(self.article.id)
        session = self.editor.session
        unsaved = session.is_dirty(key) or session.is_dirty(EVENTS_DOC)
        text.append("  ● unsaved" if unsaved else "  ✓ saved", "bold" if unsaved else "dim")
        self.post_message(self.StatusChanged(text))

    # ------------------------------------------------------------ edit mode
    def action_toggle_edit(self) -> None:
        if self.editing:
            self.editor.save()
            self.editing = False
            return
        if self.article_id is not None and self._start_editing(self.article_id):
            self.token = self._first_token_of(self.cursor)
            self.editing = True

    def action_leave_edit(self) -> None:
        self.action_toggle_edit()

    def action_save_dirty(self) -> None:
        self.action_save()

    def _start_editing(self, article_id: str) -> bool:
        opened = self.editor.open(article_id)
        if opened.error is not None:
            self.notify(
                f"Not editable: {opened.error}",
                title="Annotation file unreadable",
                severity="error",
            )
            self.editing = False
            return False
        return True

    def action_escape(self) -> None:
        if self.selection_from is not None:
            self.selection_from = None
            self._refresh_all()
            self._show_status()
        else:
            self.action_toggle_edit()

    def action_save(self) -> None:
        def saved(result: SaveResult) -> None:
            if result == "saved":
                self.notify("Saved.", timeout=2)

        self.editor.save(saved)

    # -------------------------------------------------------------- movement
    def _move_to(self, index: int, sync: bool = True) -> None:
        if not self.tokens:
            return
        old = self.selection()
        self.token = max(0, min(index, len(self.tokens) - 1))
        new = self.selection()
        self._refresh_range(min(old[0], new[0]), max(old[1], new[1]))
        start, end = self.tokens[self.token]
        if sync:
            sentence = self._sentence_at(start)
            if sentence != self.cursor:
                self.cursor = sentence
        self._scroll_to_range(start, end)
        self._show_status()

    def action_token(self, step: int) -> None:
        self._move_to(self.token + step)

    def action_word(self, step: int) -> None:
        index = self.token + step
        assert self.article is not None
        while 0 <= index < len(self.tokens) and not is_word(self.article.text, self.tokens[index]):
            index += step
        if 0 <= index < len(self.tokens):
            self._move_to(index)
        else:
            self.app.bell()

    def action_sentence(self, step: int) -> None:
        """``j`` / ``k``: the next or previous sentence (in edit mode, its first token)."""
        if not self.editing:
            self.select_sentence(self.cursor + step)
            return
        if not self.sentences:
            return
        target = max(0, min(self.cursor + step, len(self.sentences) - 1))
        if target == self.cursor:
            self.app.bell()
            return
        self._move_to(self._first_token_of(target))

    def action_select(self) -> None:
        self.selection_from = None if self.selection_from is not None else self.token
        self._refresh_all()
        self._show_status()

    def action_unreviewed(self, step: int) -> None:
        annotation = self._annotation()
        if annotation is None or not self.tokens:
            return
        from tui.core.editing import next_unreviewed

        span = next_unreviewed(annotation, self.tokens[self.token][0], backward=step < 0)
        if span is None:
            self.notify("Every suggestion in this article is reviewed.", timeout=3)
            return
        self.selection_from = None
        self._move_to(token_at(self.tokens, span.start))
        self._refresh_all()

    # ------------------------------------------------------------ span edits
    def _apply(self, edit: Edit) -> bool:
        return self.editor.apply(edit)

    def _label_selection(self, label: str) -> None:
        from tui.core.editing import AddSpan

        assert self.article_id is not None
        start, end = self.selection()
        if self._apply(AddSpan(self.article_id, start, end, label)):
            self.selection_from = None
            self._refresh_all()

    def action_label_hotkey(self, number: int) -> None:
        self._label_selection(HOTKEY_LABELS[number - 1])

    def _label_choices(self) -> list[Choice]:
        from tui.ui.screens.picker_modal import Choice

        return [
            Choice(label, label, hint=f"{i + 1}" if label in HOTKEY_LABELS else "")
            for i, label in enumerate(ENTITY_LABELS + QUANTITY_LABELS)
        ]

    def action_label_pick(self) -> None:
        from tui.ui.screens.picker_modal import PickerModal

        def chosen(label: str | None) -> None:
            if label:
                self._label_selection(label)

        self.app.push_screen(PickerModal("Label the selection", self._label_choices()), chosen)

    def _need_span(self) -> AnySpan | None:
        span = self.current_span()
        if span is None:
            self.notify("No highlight under the cursor.", timeout=2)
            self.app.bell()
        return span

    def action_delete(self) -> None:
        span = self._need_span()
        if span is not None and self.article_id:
            from tui.core.editing import DeleteSpan

            self._apply(DeleteSpan(self.article_id, span))

    def action_accept(self) -> None:
        span = self._need_span()
        if span is not None and self.article_id:
            from tui.core.editing import AcceptSpan

            self._apply(AcceptSpan(self.article_id, span))

    def action_relabel(self) -> None:
        from tui.core.editing import RelabelSpan
        from tui.ui.screens.picker_modal import PickerModal

        span = self._need_span()
        if span is None or not self.article_id:
            return
        article_id = self.article_id

        def chosen(label: str | None) -> None:
            if label:
                self._apply(RelabelSpan(article_id, span, label))

        choices = [c for c in self._label_choices() if c.value != span.label]
        self.app.push_screen(PickerModal(f"Relabel “{span.text}” ({span.label})", choices), chosen)

    def action_link_kb(self) -> None:
        from tui.core.editing import KB_DOC, EditError, LinkEntity, NewKbEntity
        from tui.core.model.schema import Entity
        from tui.ui.screens.picker_modal import Choice, PickerModal

        span = self._need_span()
        if span is None or not self.article_id:
            return
        if not isinstance(span, Entity):
            self.notify("Numbers are corrected with =, not linked.")
            return
        article_id = self.article_id
        try:
            kb = self.editor.session.kb
        except EditError as error:
            self.notify(str(error), severity="error")
            return
        kb_error = self.editor.session.error(KB_DOC)
        if kb_error is not None:
            self.notify(f"Knowledge base unreadable: {kb_error}", severity="error")
            return
        choices = [
            Choice(NEW, f"+ New entity “{' '.join(span.text.split())}” ({span.label})", pinned=True)
        ]
        if span.kb_id:
            choices.append(Choice(UNLINK, f"− Unlink from {span.kb_id}", pinned=True))
        for entity in kb.entities:
            aliases = ", ".join(entity.aliases)
            choices.append(
                Choice(
                    entity.id,
                    f"{entity.name} ({entity.label})",
                    search=" ".join((entity.name, *entity.aliases, entity.id)),
                    hint=aliases,
                    names=(entity.name, *entity.aliases),
                )
            )

        def chosen(value: str | None) -> None:
            if value == NEW:
                self._apply(NewKbEntity(article_id, span, label=span.label))
            elif value == UNLINK:
                self._apply(LinkEntity(article_id, span, None))
            elif value:
                self._apply(LinkEntity(article_id, span, value))

        query = " ".join(span.text.split())
        self.app.push_screen(PickerModal(f"Link “{query}” to an entity", choices, query), chosen)

    def action_quantity(self) -> None:
        from tui.core.editing import QUALIFIERS, CorrectQuantity
        from tui.core.model.schema import Quantity
        from tui.ui.screens.form_modal import Field, FormModal

        span = self._need_span()
        if span is None or not self.article_id:
            return
        if not isinstance(span, Quantity):
            self.notify("Only numbers have a value; relabel it first (r).")
            return
        article_id = self.article_id
        value = "" if span.value is None else repr(span.value).removesuffix(".0")

        def check(values: dict[str, str]) -> str | None:
            if values["value"]:
                try:
                    float(values["value"].replace(",", "").replace("_", ""))
                except ValueError:
                    return f"not a number: {values['value']}"
            if values["qualifier"] not in QUALIFIERS:
                return f"qualifier: one of {', '.join(QUALIFIERS)}"
            return None

        def done(values: dict[str, str] | None) -> None:
            if values is None:
                return
            number = (
                float(values["value"].replace(",", "").replace("_", ""))
                if values["value"]
                else None
            )
            qualifier = cast("Qualifier", values["qualifier"])  # checked against QUALIFIERS
            self._apply(
                CorrectQuantity(article_id, span, number, values["unit"] or None, qualifier)
            )

        fields = [
            Field("value", "Value (a number)", value),
            Field("unit", "Unit (USD, HKD, percent, shares, count …)", span.unit or ""),
            Field("qualifier", f"Qualifier ({' '.join(QUALIFIERS)})", span.qualifier),
        ]
        self.app.push_screen(FormModal(f"Value of “{span.text}”", fields, check), done)

    # ---------------------------------------------------------- sentence edits
    def _sentence(self) -> Sentence | None:
        return self.cursor_sentence

    def _events_ready(self) -> bool:
        """True once the events are read (in the background); else says they are loading."""
        if self.editor.events_ready():
            return True
        self.notify("Events are still loading; try again in a moment.", timeout=3)
        return False

    def action_link_event(self) -> None:
        from tui.core.editing import EVENTS_DOC, LinkSentence, NewEvent, event_mentions_at
        from tui.core.events.nearest import nearest_events
        from tui.ui.screens.picker_modal import Choice, PickerModal

        sentence = self._sentence()
        article = self.article
        if sentence is None or article is None or not self._events_ready():
            return
        session = self.editor.session
        events = session.events
        if session.error(EVENTS_DOC) is not None:
            self.notify(f"Events unreadable: {session.error(EVENTS_DOC)}", severity="error")
            return
        here = {e.id for e in event_mentions_at(events, article.id, sentence.start, sentence.end)}
        annotation = self._annotation()
        date = (annotation.metadata.date if annotation else None) or article.date
        candidates = nearest_events(events.events, article.id, sentence.start, date, exclude=here)
        choices = [Choice(NEW, "+ New event from this sentence", pinned=True)]
        for event in candidates:
            sources = len({m.article for m in event.mentions if m.status == "accepted"})
            choices.append(
                Choice(event.id, event.title, hint=f"{event.date or ''} · {sources} source(s)")
            )
        start, end = sentence.start, sentence.end
        article_id = article.id

        def chosen(value: str | None) -> None:
            if value == NEW:
                self._apply(NewEvent(article_id, start, end))
            elif value:
                self._apply(LinkSentence(article_id, start, end, value))

        self.app.push_screen(
            PickerModal("Link this sentence to an event (nearest first)", choices), chosen
        )

    def action_unlink_event(self) -> None:
        from tui.core.editing import UnlinkSentence, event_mentions_at
        from tui.ui.screens.picker_modal import Choice, PickerModal

        sentence = self._sentence()
        article = self.article
        if sentence is None or article is None or not self._events_ready():
            return
        events = event_mentions_at(
            self.editor.session.events, article.id, sentence.start, sentence.end
        )
        if not events:
            self.notify("This sentence is not linked to an event.")
            return
        article_id = article.id

        def unlink(event_id: str | None) -> None:
            if not event_id:
                return
            event = next(e for e in events if e.id == event_id)
            for mention in event.mentions:
                if (
                    mention.article == article_id
                    and mention.status == "accepted"
                    and mention.start < sentence.end
                    and sentence.start < mention.end
                ):
                    self._apply(UnlinkSentence(article_id, mention.start, mention.end, event_id))
                    return

        if len(events) == 1:
            unlink(events[0].id)
            return
        choices = [Choice(e.id, e.title, hint=e.date or "") for e in events]
        self.app.push_screen(PickerModal("Unlink this sentence from which event?", choices), unlink)

    def action_metadata(self) -> None:
        from tui.core.editing import METADATA_FIELDS, EditError, SetMetadata, parse_date
        from tui.ui.screens.form_modal import Field, FormModal

        annotation = self._annotation()
        if annotation is None or self.article_id is None:
            return
        article_id = self.article_id
        meta = annotation.metadata
        current = {
            "title": meta.title or "",
            "source": meta.source or "",
            "date": meta.date or "",
            "url": meta.url or "",
            "languages": ", ".join(meta.languages),
        }

        def check(values: dict[str, str]) -> str | None:
            if values["date"]:
                try:
                    parse_date(values["date"])
                except EditError as error:
                    return str(error)
            return None

        def done(values: dict[str, str] | None) -> None:
            if values is None:
                return
            for name in METADATA_FIELDS:
                if values[name] != current[name]:
                    self._apply(SetMetadata(article_id, name, values[name] or None))

        fields = [
            Field("title", "Title", current["title"]),
            Field("source", "Source", current["source"]),
            Field(
                "date", "Date (YYYY-MM-DD; relative dates are resolved against it)", current["date"]
            ),
            Field("url", "URL", current["url"]),
            Field("languages", "Languages (en, ja …)", current["languages"]),
        ]
        self.app.push_screen(FormModal("Article metadata", fields, check), done)

    def action_orphans(self) -> None:
        from tui.ui.screens.picker_modal import Choice, PickerModal

        annotation = self._annotation()
        if annotation is None or not annotation.orphans:
            self.notify("No orphans: every span is placed in the text.")
            return
        choices = [
            Choice(
                str(i),
                f"{o.label} “{' '.join(o.text.split())}”",
                hint=f"was at {o.start}; {o.origin}, {o.status}",
            )
            for i, o in enumerate(annotation.orphans)
        ]
        self.app.push_screen(
            PickerModal("Orphans: spans whose text is gone (kept in the file)", choices)
        )

    # ------------------------------------------------------------ undo, redo
    def _scope(self) -> str | None:
        from tui.core.editing import article_doc

        return article_doc(self.article_id) if self.article_id else None

    def action_undo_edit(self) -> None:
        scope = self._scope()
        if scope is not None:
            self.editor.undo(scope)

    def action_redo_edit(self) -> None:
        scope = self._scope()
        if scope is not None:
            self.editor.redo(scope)

    def action_undo_in_edit_mode(self) -> None:
        self.action_undo_edit()

    def action_redo_in_edit_mode(self) -> None:
        self.action_redo_edit()
