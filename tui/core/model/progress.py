"""Rate: how fast a long run goes and when it will end, as the command line and the reader say it."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

#: Seconds of recent progress the rate is measured over (older samples are dropped).
WINDOW = 30.0
#: Shortest run of finished articles a rate is measured over (seconds).
MIN_SPAN = 1.0


def format_duration(seconds: float) -> str:
    """``42 s``, ``3 min 5 s``, ``1 h 12 min``."""
    seconds = max(0, int(round(seconds)))
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {seconds} s" if minutes < 10 else f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes} min"


class Rate:
    """Articles (and tokens) per second over the last :data:`WINDOW` seconds, and the ETA.

    The rate is measured from the first article done on, so the time the models take to
    load does not count in it (it does in :meth:`elapsed`).

    Args:
        total: How many articles the run has to do.
        clock: Seconds, monotonic (tests pass a fake one).
    """

    def __init__(self, total: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.total = total
        self.done = 0
        self.tokens = 0
        self._clock = clock
        self.started = clock()
        #: (time, done, tokens) samples, oldest first (from the first article done on).
        self._samples: deque[tuple[float, int, int]] = deque()
        #: When the first article was done, and how many were done by then.
        self.first: tuple[float, int, int] | None = None

    def update(self, done: int, total: int | None = None, tokens: int = 0) -> None:
        """``done`` articles are finished; ``tokens`` more tokens were processed."""
        now = self._clock()
        self.done = done
        if total is not None:
            self.total = total
        self.tokens += tokens
        sample = (now, done, self.tokens)
        if self.first is None:
            self.first = sample
        self._samples.append(sample)
        while len(self._samples) > 2 and now - self._samples[1][0] >= WINDOW:
            self._samples.popleft()

    @staticmethod
    def _between(
        first: tuple[float, int, int] | None, last: tuple[float, int, int] | None
    ) -> tuple[float, float]:
        if first is None or last is None:
            return 0.0, 0.0
        elapsed = last[0] - first[0]
        if elapsed <= 0 or last[1] <= first[1]:
            return 0.0, 0.0
        return (last[1] - first[1]) / elapsed, (last[2] - first[2]) / elapsed

    def per_second(self) -> tuple[float, float]:
        """Articles and tokens per second lately (0 before there is anything to measure)."""
        if not self._samples:
            return 0.0, 0.0
        return self._between(self._samples[0], self._samples[-1])

    def overall(self) -> tuple[float, float]:
        """Articles and tokens per second from the first article done to the last.

        A run whose articles came back within :data:`MIN_SPAN` of each other (a few
        articles, done in one batch) is measured from its start instead, loading
        included: a rate over a few milliseconds says nothing.
        """
        last = self._samples[-1] if self._samples else None
        if self.first is not None and last is not None and last[0] - self.first[0] < MIN_SPAN:
            return self._between((self.started, 0, 0), last)
        return self._between(self.first, last)

    def eta(self) -> float | None:
        """Seconds until the last article is done at the recent rate (None: not known yet)."""
        articles, _ = self.per_second()
        if articles <= 0:
            return None
        return max(0, self.total - self.done) / articles

    def elapsed(self) -> float:
        return self._clock() - self.started

    def describe(self) -> str:
        """``1,234/19,018 · 8.3 articles/s · 2,150 tokens/s · ETA 36 min``."""
        parts = [f"{self.done:,}/{self.total:,}"]
        articles, tokens = self.per_second()
        if articles > 0:
            parts.append(f"{articles:.1f} articles/s")
            if tokens > 0:
                parts.append(f"{tokens:,.0f} tokens/s")
        eta = self.eta()
        if eta is not None and self.done < self.total:
            parts.append(f"ETA {format_duration(eta)}")
        return " · ".join(parts)
