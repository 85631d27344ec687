"""The reader as a process in a terminal (a pseudo-terminal): stopped by signals, refused
on a dumb terminal. What Pilot cannot show: the real signal, the real exit."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import signal
import struct
import subprocess
import sys
import termios
import threading
import time
from pathlib import Path

import pytest

from tui.core.model.store import AnnotationStore

from .conftest import ROOT
from .test_edit_mode import make_corpus


class Reader:
    """``python -m tui`` in a pseudo-terminal of 160×48, its output collected."""

    def __init__(self, seeds: Path, notes: Path, **env: str) -> None:
        self.master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 48, 160, 0, 0))
        environ = {**os.environ, "TERM": "xterm-256color", "PYTHONPATH": str(ROOT), **env}
        for name in ("NO_COLOR", "COLUMNS", "LINES", "TEXTUAL_DRIVER"):  # pytest may set them
            environ.pop(name, None)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tui", "--seeds", str(seeds), "--annotations", str(notes)],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=environ,
            cwd=ROOT,
            start_new_session=True,
        )
        os.close(slave)
        self.output = bytearray()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        while True:
            try:
                data = os.read(self.master, 65536)
            except OSError:
                return
            if not data:
                return
            self.output.extend(data)

    def wait_for(self, text: str, timeout: float = 20) -> None:
        deadline = time.monotonic() + timeout
        while text.encode() not in self.output:
            assert self.process.poll() is None, self.text()
            assert time.monotonic() < deadline, f"no {text!r} on screen: {self.text()[-2000:]!r}"
            time.sleep(0.05)

    def keys(self, *keys: str) -> None:
        for key in keys:
            os.write(self.master, key.encode())
            time.sleep(0.15)

    def text(self) -> str:
        """The output with escape sequences taken out."""
        return re.sub(
            r"\x1b\[[0-9;?<>=]*[A-Za-z]|\x1b\][^\x07]*\x07",
            "",
            self.output.decode(errors="replace"),
        )

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        try:
            os.close(self.master)
        except OSError:
            pass


@pytest.mark.parametrize(
    ("signum", "hang_up"),
    [
        (signal.SIGTERM, False),
        (signal.SIGHUP, False),
        (signal.SIGINT, False),
        (signal.SIGHUP, True),
    ],
    ids=["kill -TERM", "kill -HUP", "kill -INT", "terminal closed"],
)
def test_signal_after_an_edit_saves_it_and_the_reader_exits(
    tmp_path: Path, signum: int, hang_up: bool
) -> None:
    """``kill -TERM``, ``-HUP`` or ``-INT`` half a second after an edit, or the terminal closing
    under the reader (its ``SIGHUP`` then comes with nothing left to draw on)."""
    seeds, notes = make_corpus(tmp_path)
    reader = Reader(seeds, notes)
    try:
        reader.wait_for("Entities in this sentence")  # started: the panel is filled
        reader.keys("i")
        reader.wait_for("EDITING")
        reader.keys("}", "a")
        reader.wait_for("unsaved")
        time.sleep(0.5)
        if hang_up:
            os.close(reader.master)
        reader.process.send_signal(signum)
        assert reader.process.wait(timeout=15) == 128 + signum
    finally:
        reader.close()
    saved = AnnotationStore(notes).load("a").value
    assert saved is not None
    assert next(e for e in saved.entities if e.text == "Monday").origin == "human"


def test_dumb_terminal_is_refused_at_once(tmp_path: Path) -> None:
    seeds, notes = make_corpus(tmp_path)
    reader = Reader(seeds, notes, TERM="dumb")
    try:
        assert reader.process.wait(timeout=15) == 1
        time.sleep(0.2)
        assert "cannot show the full-screen reader" in reader.text()
        assert b"\x1b" not in reader.output
    finally:
        reader.close()
