"""FormModal: a few labelled text fields; ``Enter`` moves on and, on the last, submits.

Values from files show with their control characters made visible; a field left
as it was returns its value as it was given, not as it was shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from tui.core.text.display import visible

#: Checks the values; returns a message saying what is wrong, or None.
Validator = Callable[[dict[str, str]], str | None]


@dataclass(frozen=True, slots=True)
class Field:
    name: str
    label: str
    value: str = ""
    placeholder: str = ""


class FormModal(ModalScreen[dict[str, str] | None]):
    """Returns every field's text (stripped), or None if cancelled."""

    DEFAULT_CSS = """
    FormModal { align: center middle; }
    FormModal > .edit-modal {
        width: 80%; max-width: 100; height: auto; max-height: 90%;
        border: thick $accent; background: $surface; padding: 0 1;
    }
    FormModal .edit-modal--title { text-style: bold; padding: 0 0 1 0; }
    FormModal #form-error { color: $text-muted; }
    FormModal #form-error.-error { color: $error; }
    """

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="form.cancel", tooltip="Close, changing nothing"),
        Binding(
            "ctrl+s",
            "submit",
            "Done",
            id="form.submit",
            tooltip="Done (Enter moves to the next field and, on the last, is done too)",
        ),
    ]

    def __init__(self, title: str, fields: list[Field], validate: Validator | None = None) -> None:
        super().__init__()
        self.title_text = title
        self.fields = fields
        self.validate = validate

    def compose(self) -> ComposeResult:
        with Vertical(classes="edit-modal"):
            yield Static(visible(self.title_text), classes="edit-modal--title", markup=False)
            for field in self.fields:
                yield Label(visible(field.label), markup=False)
                yield Input(
                    visible(field.value), placeholder=field.placeholder, id=f"field-{field.name}"
                )
            yield Static("Enter: next field / done · Esc: cancel", id="form-error", markup=False)

    def on_mount(self) -> None:
        self.query(Input).first().focus()

    def values(self) -> dict[str, str]:
        """Each field's text, stripped; a field left as shown gives its value as given."""
        found = {}
        for field in self.fields:
            typed = self.query_one(f"#field-{field.name}", Input).value
            found[field.name] = field.value if typed == visible(field.value) else typed.strip()
        return found

    @on(Input.Submitted)
    def next_field(self, event: Input.Submitted) -> None:
        inputs = list(self.query(Input))
        index = inputs.index(event.input)
        if index + 1 < len(inputs):
            inputs[index + 1].focus()
        else:
            self.action_submit()

    def action_submit(self) -> None:
        values = self.values()
        problem = self.validate(values) if self.validate else None
        if problem:
            error = self.query_one("#form-error", Static)
            error.update(f"⚠ {visible(problem)}")
            error.add_class("-error")
            return
        self.dismiss(values)

    def action_cancel(self) -> None:
        self.dismiss(None)
