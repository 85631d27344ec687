"""Background: the reader's long work in threads (annotating, indexing), stopped on quit.

A thread cannot be killed: the work checks :meth:`Background.check` between pieces
(an article, a file) and stops there once the reader is quitting. What is still
running a moment after the reader has closed (inside one long piece, say a huge
article in the model) does not keep the process alive: see ``NewsreaderApp.run``.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager


class Stopped(Exception):
    """Raised inside background work when the reader is quitting."""


class Background:
    """Counts the background work running and tells it to stop."""

    def __init__(self) -> None:
        self._stopping = threading.Event()
        self._running = 0
        self._idle = threading.Condition()

    @contextmanager
    def running(self) -> Iterator[None]:
        """Wrap one piece of background work (in its thread)."""
        with self._idle:
            self._running += 1
        try:
            yield
        finally:
            with self._idle:
                self._running -= 1
                self._idle.notify_all()

    @property
    def busy(self) -> bool:
        """True while some background work is running."""
        with self._idle:
            return self._running > 0

    @property
    def stopping(self) -> bool:
        return self._stopping.is_set()

    def check(self) -> None:
        """Called by the work between pieces: raises :class:`Stopped` once quitting."""
        if self._stopping.is_set():
            raise Stopped("the reader is quitting")

    def stop(self) -> None:
        """Tell the work to stop at its next check."""
        self._stopping.set()

    def wait(self, timeout: float) -> bool:
        """Wait up to ``timeout`` seconds for the work to end; True if none is left."""
        with self._idle:
            return self._idle.wait_for(lambda: self._running == 0, timeout)
