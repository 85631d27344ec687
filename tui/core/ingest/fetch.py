"""Polite HTTP fetching for ``newsreader add``: a timeout, a user agent, a limit per run, no retries."""

from __future__ import annotations

import http.client
import os
import urllib.error
import urllib.request
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version

#: Seconds to wait for a server before giving up on a URL.
TIMEOUT = 20.0
#: Requests per run; the rest wait for the next run.
LIMIT = 100
#: Largest response read (bytes); a bigger one is refused, not truncated.
MAX_BYTES = 10 * 1024 * 1024


def user_agent() -> str:
    """``newsreader/<version>``, with ``(+contact)`` from ``NEWSREADER_CONTACT`` when it is set."""
    try:
        number = version("newsreader")
    except PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        number = "0"
    contact = os.environ.get("NEWSREADER_CONTACT", "").strip()
    return f"newsreader/{number}" + (f" (+{contact})" if contact else "")


def is_url(text: str) -> bool:
    """True for an ``http://`` or ``https://`` address."""
    return text.lower().startswith(("http://", "https://"))


class FetchError(Exception):
    """A URL that could not be fetched, and why."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason


class LimitReached(FetchError):
    """The run's fetch limit was reached before this URL."""


@dataclass(frozen=True, slots=True)
class Fetched:
    """A response: the final URL (after redirects), its body and content type."""

    url: str
    data: bytes
    content_type: str


class Fetcher:
    """Fetches http(s) URLs one at a time, at most ``limit`` per run."""

    def __init__(
        self, timeout: float = TIMEOUT, limit: int = LIMIT, agent: str | None = None
    ) -> None:
        self.timeout = timeout
        self.limit = limit
        self.agent = agent or user_agent()
        #: Requests made so far, and URLs refused for the limit.
        self.requests = 0
        self.over_limit: list[str] = []

    def get(self, url: str) -> Fetched:
        """The body at ``url``.

        Raises:
            FetchError: Not http(s), an HTTP error status, a network error or a
                timeout; the message gives the reason.
            LimitReached: The run already made ``limit`` requests.
        """
        if not is_url(url):
            raise FetchError(url, "not an http(s) URL")
        if self.requests >= self.limit:
            self.over_limit.append(url)
            raise LimitReached(url, f"not fetched: the limit of {self.limit} requests per run")
        self.requests += 1
        request = urllib.request.Request(url, headers={"User-Agent": self.agent, "Accept": "*/*"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                data = response.read(MAX_BYTES + 1)
                final, kind = response.geturl(), response.headers.get("Content-Type", "")
        except urllib.error.HTTPError as error:
            raise FetchError(url, f"HTTP {error.code} {error.reason}") from None
        except urllib.error.URLError as error:
            reason = error.reason
            if isinstance(reason, TimeoutError):
                raise FetchError(url, f"timed out after {self.timeout:g} s") from None
            text = getattr(reason, "strerror", None) or str(reason)
            raise FetchError(url, text) from None
        except TimeoutError:
            raise FetchError(url, f"timed out after {self.timeout:g} s") from None
        except (OSError, ValueError, http.client.HTTPException) as error:
            raise FetchError(url, str(error) or type(error).__name__) from None
        if len(data) > MAX_BYTES:
            raise FetchError(url, f"larger than {MAX_BYTES // (1024 * 1024)} MB")
        return Fetched(final, data, kind)
