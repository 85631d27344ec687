"""EditView: the article view with an edit mode (``i``): a token cursor, selections,
and keys that label, relabel, reject, accept, link and correct spans, link sentences
to events, edit metadata, undo and redo. Every change goes through the app's
:class:`~tui.ui.editor.Editor`, which saves it safely.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from rich.text import Text
from textual.binding import Binding
from textual.reactive import reactive
from textual.widgets import Static

from tui.core.model.article import ENTITY_LABELS, QUANTITY_LABELS
from tui.core.text.display import visible
from tui.core.text.tokens import is_word, token_at, tokenize
from tui.ui.formatting import format_quantity
from tui.ui.widgets.article_view import ArticleView

# The edit machinery (tui.core.editing.edits, the pydantic model, the dialogs) is imported by
# the methods that use it: edit mode starts after the reader's first frame, and the
# view is part of that frame.
if TYPE_CHECKING:
    from tui.core.editing.edits import AnySpan
    from tui.core.model.article import Article
    from tui.core.model.library import Mark
    from tui.core.model.schema import ArticleAnnotation, Sentence
    from tui.ui.editor import Editor
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
        "events_editor",
    }
)


def _selected_text(text: str, start: int, end: int, limit: int = 40) -> str:
    quote = " ".join(text[start:end].split())
    return quote if len(quote) <= limit else quote[: limit - 1] + "…"


class EditStatus(Static):
    """One line under the article in edit mode: cursor, selection, the span there, unsaved work."""


class EditView(ArticleView):
    """The article view; ``i`` toggles edit mode (the footer shows it)."""

    DEFAULT_CSS = """
    EditView > .articleview--edit-cursor { background: $accent 55%; text-style: bold; }
    EditView > .articleview--edit-selection { background: $accent 30%; text-style: underline; }
    EditView.-editing { border-left: outer $warning; }
    EditStatus { height: 1; padding: 0 1 0 2; background: $warning 15%; }
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
            tooltip="Edit mode: label, fix and link spans",
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
            tooltip="Save edits now",
        ),
        Binding("ctrl+s", "save", "Save", show=False, id="edit.save", tooltip="Save edits now"),
        Binding("ctrl+z", "undo_edit", "Undo", show=False, id="edit.undo"),
        Binding("ctrl+y", "redo_edit", "Redo", show=False, id="edit.redo"),
        # Edit mode only (see check_action).
        Binding("u", "undo_in_edit_mode", "Undo", id="edit.undo_u"),
        Binding("ctrl+r", "redo_in_edit_mode", "Redo", show=False, id="edit.redo_r"),
        Binding("escape", "escape", "Leave", show=False, id="edit.escape"),
        Binding("h,left", "token(-1)", "Left", show=False, id="edit.left"),
        Binding("l,right", "token(1)", "Right", show=False, id="edit.right"),
        Binding("w", "word(1)", "Word", show=False, id="edit.word"),
        Binding("b", "word(-1)", "Back", show=False, id="edit.back"),
        Binding("j,down", "sentence(1)", "Down", show=False, id="edit.down"),
        Binding("k,up", "sentence(-1)", "Up", show=False, id="edit.up"),
        Binding("v", "select", "Select", id="edit.select", tooltip="Start or drop a selection"),
        *(
            Binding(
                str(n),
                f"label_hotkey({n})",
                "Label",
                key_display="1-9",
                show=n == 1,
                id=f"edit.label{n}",
            )
            for n in range(1, 10)
        ),
        Binding("enter,t", "label_pick", "Label…", show=False, id="edit.label_pick"),
        Binding(
            "x,d",
            "delete",
            "Reject",
            id="edit.delete",
            tooltip="Reject a suggestion / delete your span",
        ),
        Binding("r", "relabel", "Relabel", id="edit.relabel"),
        Binding("a", "accept", "Accept", id="edit.accept"),
        Binding("K", "link_kb", "Entity", id="edit.kb", tooltip="Link to a knowledge-base entity"),
        Binding("equals_sign", "quantity", "Value", key_display="=", id="edit.quantity"),
        Binding(
            "right_curly_bracket",
            "unreviewed(1)",
            "To review",
            key_display="}",
            id="edit.next_todo",
        ),
        Binding(
            "left_curly_bracket",
            "unreviewed(-1)",
            "Prev to review",
            key_display="{",
            show=False,
            id="edit.prev_todo",
        ),
        Binding(
            "o", "link_event", "Event", id="edit.event", tooltip="Link this sentence to an event"
        ),
        Binding("O", "unlink_event", "Unlink event", show=False, id="edit.unlink_event"),
        Binding("E", "events_editor", "Events", show=False, id="edit.events"),
        Binding("M", "metadata", "Metadata", id="edit.metadata"),
        Binding(
            "exclamation_mark", "orphans", "Orphans", key_display="!", show=False, id="edit.orphans"
        ),
    ]

    editing: reactive[bool] = reactive(False, init=False)
    """Edit mode is on."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.tokens: tuple[tuple[int, int], ...] = ()
        self.token = 0
        self.anchor: int | None = None
        self.status = EditStatus("", markup=False)
        self._tokens_for: str | None = None

    # ---------------------------------------------------------------- plumbing
    @property
    def editor(self) -> Editor:
        return cast("Editor", self.app.editor)

    def on_mount(self) -> None:
        self.status.display = False
        if self.parent is not None:
            self.parent.mount(self.status, after=self)
        self.editor.listeners.append(self.editor_changed)

    def on_unmount(self) -> None:
        if self.editor_changed in self.editor.listeners:
            self.editor.listeners.remove(self.editor_changed)

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
            self.editor.absorb(article.id)
        if self.editing and previous != article.id:
            self._start_editing(article.id, announce=False)
        super().show_article(article, annotation, sentences, marks, regions, **options)
        if self._tokens_for != article.id:
            self.tokens = tokenize(article.text)
            self._tokens_for = article.id
            self.anchor = None
            self.token = self._first_token_of(self.cursor)
        self.token = max(0, min(self.token, len(self.tokens) - 1))
        self._show_status()

    def scroll_to_offset(self, offset: int) -> None:
        """Jump to ``offset`` (search, panel, palette): in edit mode the token cursor goes there."""
        super().scroll_to_offset(offset)
        if self.editing and self.tokens:
            self.anchor = None
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
        self.status.display = editing
        if not editing:
            self.anchor = None
        self._refresh_all()
        self.refresh_bindings()
        self._show_status()

    def editor_changed(self) -> None:
        """The editor changed something: show the article's annotation as it is now."""
        article_id = self.article_id
        if article_id is None:
            return
        show = getattr(self.screen, "open_article", None)
        if callable(show):
            show(article_id, keep_position=True)
        self.refresh_bindings()
        self._show_status()

    def overlays(self, start: int, end: int) -> Sequence[tuple[int, int, str]]:
        if not self.editing or not self.tokens:
            return ()
        sel_start, sel_end = self.selection()
        found = []
        if self.anchor is not None and sel_start < end and start < sel_end:
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
        low = min(self.token, self.anchor if self.anchor is not None else self.token)
        high = max(self.token, self.anchor if self.anchor is not None else self.token)
        return self.tokens[low][0], self.tokens[high][1]

    def current_span(self) -> AnySpan | None:
        """The innermost visible span under the cursor's token."""
        annotation = self._annotation()
        if annotation is None or not self.tokens:
            return None
        from tui.core.editing.edits import spans_at

        start, end = self.tokens[self.token]
        found = spans_at(annotation, start, end)
        return found[0] if found else None

    def _annotation(self) -> ArticleAnnotation | None:
        return self.editor.annotation(self.article_id) if self.article_id else None

    def _show_status(self) -> None:
        if not self.editing or self.article is None or not self.tokens:
            return
        from tui.core.editing.edits import EVENTS_DOC, article_doc
        from tui.core.model.schema import Entity, Quantity

        text = Text()
        start, end = self.selection()
        what = "selection" if self.anchor is not None else "token"
        text.append(f"✎ {what} “{visible(_selected_text(self.article.text, start, end))}”")
        span = self.current_span()
        if span is not None:
            text.append(f"  {span.label}", "bold")
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
        unsaved = self.editor.session.is_dirty(key) or self.editor.session.is_dirty(EVENTS_DOC)
        text.append("  ● unsaved" if unsaved else "  ✓ saved", "bold" if unsaved else "dim")
        self.status.update(text)

    # ------------------------------------------------------------ edit mode
    def action_toggle_edit(self) -> None:
        if self.editing:
            self.editor.save()
            self.editing = False
            return
        if self.article_id is not None and self._start_editing(self.article_id, announce=True):
            self.token = self._first_token_of(self.cursor)
            self.editing = True

    def action_leave_edit(self) -> None:
        self.action_toggle_edit()

    def action_save_dirty(self) -> None:
        self.action_save()

    def _start_editing(self, article_id: str, announce: bool) -> bool:
        opened = self.editor.open(article_id)
        if opened.error is not None:
            self.app.notify(
                f"Not editable: {opened.error}",
                title="Annotation file unreadable",
                severity="error",
                markup=False,
            )
            self.editing = False
            return False
        if announce:
            self.editor_changed()
        return True

    def action_escape(self) -> None:
        if self.anchor is not None:
            self.anchor = None
            self._refresh_all()
            self._show_status()
        else:
            self.action_toggle_edit()

    def action_save(self) -> None:
        if self.editor.save():
            self.app.notify("Saved.", markup=False, timeout=2)

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
        self.anchor = None if self.anchor is not None else self.token
        self._refresh_all()
        self._show_status()

    def action_unreviewed(self, step: int) -> None:
        annotation = self._annotation()
        if annotation is None or not self.tokens:
            return
        from tui.core.editing.edits import next_unreviewed

        span = next_unreviewed(annotation, self.tokens[self.token][0], backward=step < 0)
        if span is None:
            self.app.notify(
                "Every suggestion in this article is reviewed.", markup=False, timeout=3
            )
            return
        self.anchor = None
        self._move_to(token_at(self.tokens, span.start))
        self._refresh_all()

    # ------------------------------------------------------------ span edits
    def _apply(self, edit: Any) -> bool:
        return self.editor.apply(edit)

    def _label_selection(self, label: str) -> None:
        from tui.core.editing.edits import AddSpan

        assert self.article_id is not None
        start, end = self.selection()
        if self._apply(AddSpan(self.article_id, start, end, label)):
            self.anchor = None
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
            self.app.notify("No highlight under the cursor.", markup=False, timeout=2)
            self.app.bell()
        return span

    def action_delete(self) -> None:
        span = self._need_span()
        if span is not None and self.article_id:
            from tui.core.editing.edits import DeleteSpan

            self._apply(DeleteSpan(self.article_id, span))

    def action_accept(self) -> None:
        span = self._need_span()
        if span is not None and self.article_id:
            from tui.core.editing.edits import AcceptSpan

            self._apply(AcceptSpan(self.article_id, span))

    def action_relabel(self) -> None:
        from tui.core.editing.edits import RelabelSpan
        from tui.ui.screens.picker_modal import PickerModal

        span = self._need_span()
        if span is None or not self.article_id:
            return
        article_id = self.article_id

        def chosen(label: str | None) -> None:
            if label:
                self._apply(RelabelSpan(article_id, span, label))

        choices = [c for c in self._label_choices() if c.value != span.label]
        self.app.push_screen(
            PickerModal(f"Relabel “{visible(span.text)}” ({span.label})", choices), chosen
        )

    def action_link_kb(self) -> None:
        from tui.core.editing.edits import EditError, LinkEntity, NewKbEntity
        from tui.core.model.schema import Entity
        from tui.ui.screens.picker_modal import Choice, PickerModal

        span = self._need_span()
        if span is None or not self.article_id:
            return
        if not isinstance(span, Entity):
            self.app.notify("Numbers are corrected with =, not linked.", markup=False)
            return
        article_id = self.article_id
        try:
            kb = self.editor.session.kb
        except EditError as error:
            self.app.notify(str(error), severity="error", markup=False)
            return
        if self.editor.session.error("kb") is not None:
            self.app.notify(
                f"Knowledge base unreadable: {self.editor.session.error('kb')}",
                severity="error",
                markup=False,
            )
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
        self.app.push_screen(
            PickerModal(f"Link “{visible(query)}” to an entity", choices, query), chosen
        )

    def action_quantity(self) -> None:
        from tui.core.editing.edits import QUALIFIERS, CorrectQuantity
        from tui.core.model.schema import Quantity
        from tui.ui.screens.form_modal import Field, FormModal

        span = self._need_span()
        if span is None or not self.article_id:
            return
        if not isinstance(span, Quantity):
            self.app.notify("Only numbers have a value; relabel it first (r).", markup=False)
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
            self._apply(
                CorrectQuantity(
                    article_id, span, number, values["unit"] or None, values["qualifier"]
                )
            )  # type: ignore[arg-type]

        fields = [
            Field("value", "Value (a number)", value),
            Field("unit", "Unit (USD, HKD, percent, shares, count …)", span.unit or ""),
            Field("qualifier", f"Qualifier ({' '.join(QUALIFIERS)})", span.qualifier),
        ]
        self.app.push_screen(FormModal(f"Value of “{visible(span.text)}”", fields, check), done)

    # ---------------------------------------------------------- sentence edits
    def _sentence(self) -> Sentence | None:
        return self.cursor_sentence

    def action_link_event(self) -> None:
        from tui.core.editing.edits import EVENTS_DOC, LinkSentence, NewEvent, event_mentions_at
        from tui.ui.screens.picker_modal import Choice, PickerModal

        sentence = self._sentence()
        article = self.article
        if sentence is None or article is None:
            return
        session = self.editor.session
        events = session.events
        if session.error(EVENTS_DOC) is not None:
            self.app.notify(
                f"Events unreadable: {session.error(EVENTS_DOC)}", severity="error", markup=False
            )
            return
        here = {e.id for e in event_mentions_at(events, article.id, sentence.start, sentence.end)}
        date = (
            (self._annotation().metadata.date if self._annotation() else None) or article.date or ""
        )

        def nearness(event: Any) -> tuple[int, int, str]:
            in_article = [
                abs(m.start - sentence.start)
                for m in event.mentions
                if m.article == article.id and m.status == "accepted"
            ]
            if in_article:
                return (0, min(in_article), event.title)
            gap = abs(_day(event.date) - _day(date)) if event.date and date else 10**9
            return (1, gap, event.title)

        candidates = sorted(
            (e for e in events.events if e.status == "accepted" and e.id not in here), key=nearness
        )
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
        from tui.core.editing.edits import UnlinkSentence, event_mentions_at
        from tui.ui.screens.picker_modal import Choice, PickerModal

        sentence = self._sentence()
        article = self.article
        if sentence is None or article is None:
            return
        events = event_mentions_at(
            self.editor.session.events, article.id, sentence.start, sentence.end
        )
        if not events:
            self.app.notify("This sentence is not linked to an event.", markup=False)
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

    def action_events_editor(self) -> None:
        """The events view (rename, merge, split there); a plain list if there is none."""
        events_view = getattr(self.screen, "action_events_view", None)
        if callable(events_view):
            events_view()
            return
        from tui.ui.screens.events_edit_modal import EventsEditModal

        self.app.push_screen(EventsEditModal(self.editor))

    def action_metadata(self) -> None:
        from tui.core.editing.edits import METADATA_FIELDS, EditError, SetMetadata, parse_date
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
            self.app.notify("No orphans: every span is placed in the text.", markup=False)
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
        from tui.core.editing.edits import article_doc

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


def _day(date: str) -> int:
    """A date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, or an interval) as a day number, for nearness."""
    first = date.split("/")[0]
    parts = [int(p) for p in first.split("-")[:3] if p.isdigit()]
    year, month, day = (parts + [1, 1])[:3] if parts else (0, 1, 1)
    return year * 372 + month * 31 + day
