"""KeyFooter: the footer of live key bindings, showing whole keys only, as many as fit."""

from __future__ import annotations

from textual.widget import Widget
from textual.widgets import Footer


class KeyFooter(Footer):
    """A compact footer that leaves out keys that do not fit instead of cutting them.

    Keys keep their order (the focused widget's first, then the screen's, then the
    app's); when the row is too narrow the last ones are left out, whole, except those
    of :attr:`PINNED` actions, which always show. Every key stays in the help screen
    (``?``) and the command palette (``ctrl+p``).
    """

    #: Actions whose keys show at any width: the way to every other key, and out.
    PINNED = frozenset({"help", "quit"})

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, compact=True)
        self._shown: tuple[object, ...] | None = None

    async def recompose(self) -> None:
        # Focus moves and screen changes each ask for a recompose, often of the same keys
        # (several at start-up): rebuild only when what the footer shows would change.
        if not self.is_attached:  # its screen was closed before the request came
            return
        shown = self._shown_bindings()
        if shown == self._shown and self.children:
            return
        self._shown = shown
        await super().recompose()
        self.fit_keys()

    def _shown_bindings(self) -> tuple[object, ...]:
        """What the footer would show: every binding it lists, with its state."""
        return tuple(
            (
                binding.key,
                binding.action,
                binding.description,
                binding.key_display,
                binding.show,
                enabled,
                tooltip,
            )
            for _node, binding, enabled, tooltip in self.screen.active_bindings.values()
        ) + (self.compact, self.show_command_palette)

    def on_resize(self) -> None:
        self.fit_keys()

    def fit_keys(self) -> None:
        """Show the keys that fit the width, in order, pinned ones first served."""
        width = self.size.width
        if not width or not self.children:
            return
        palette = [key for key in self.children if key.has_class("-command-palette")]
        keys = [key for key in self.children if key not in palette]
        pinned = [key for key in keys if getattr(key, "action", None) in self.PINNED]
        room = width - sum(self._width(key) for key in (*palette, *pinned))
        full = False
        for key in keys:
            if key in pinned:
                shown = True
            else:
                need = self._width(key)
                full = full or need > room
                shown = not full
                if shown:
                    room -= need
            if key.display != shown:  # setting it at all costs a layout pass
                key.display = shown

    def _width(self, key: Widget) -> int:
        """Cells a key takes in the row: its text, padding, border and margins."""
        styles = key.styles
        text = key.get_content_width(self.size, self.app.size)
        return text + styles.gutter.width + styles.margin.width
