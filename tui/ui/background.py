"""Background: the reader's long work in threads (annotating, indexing), stopped on quit.

A thread cannot be killed: the work checks :meth:`Background.check` between pieces
(an article, a file) and stops there once the reader is quitting. Inside one long
piece (a huge article in the model) it cannot stop, so :meth:`Background.run` runs
the work in a daemon thread of its own, which nothing waits for once the reader
quits: neither asyncio's executor (Textual's thread workers run there, and the
event loop waits for them on closing) nor the interpreter. ``NewsreaderApp.run``
gives it a moment, then leaves without it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
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

    def run(self, work: Callable[[], object], name: str = "background") -> None:
        """Run ``work`` in a daemon thread and wait for it (call this from a worker
        thread); stop waiting as soon as the reader quits, leaving the work to end alone.

        Raises:
            Exception: What ``work`` raised (the worker reports it).
        """
        done = threading.Event()
        failure: list[BaseException] = []

        def target() -> None:
            with self.running():
                try:
                    work()
                except Stopped:
                    pass
                except BaseException as error:  # handed to the waiting worker
                    failure.append(error)
                finally:
                    done.set()

        threading.Thread(target=target, name=name, daemon=True).start()
        while not done.wait(0.1):
            if self._stopping.is_set():
                return
        if failure:
            raise failure[0]

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
