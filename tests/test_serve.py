"""``newsreader serve``: the reader in a browser through textual-serve, on 127.0.0.1 only."""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tui.cli import main
from tui.exchange import is_loopback

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("localhost", True),
        ("::1", True),
        ("0.0.0.0", False),
        ("10.1.2.3", False),
    ],
)
def test_only_loopback_without_public(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def test_serve_refuses_other_addresses(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--host", "0.0.0.0", "--port", str(free_port())]) == 2
    assert "not a loopback address" in capsys.readouterr().err


def test_the_page_and_the_app_behind_it(tmp_path: Path) -> None:
    aiohttp = pytest.importorskip("aiohttp")
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    shutil.copytree(ROOT / "annotations", tmp_path / "annotations")
    port = free_port()
    command = [sys.executable, "-m", "tui", "--seeds", "seeds", "--annotations", "annotations"]
    server = subprocess.Popen(
        [*command, "serve", "--port", str(port)],
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        page = b""
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as response:
                    page = response.read()
                break
            except OSError:
                time.sleep(0.2)
        assert b"textual.js" in page and f"ws://127.0.0.1:{port}/ws".encode() in page

        async def screen() -> bytes:
            url = f"ws://127.0.0.1:{port}/ws?width=120&height=40"
            drawn = b""
            async with aiohttp.ClientSession() as session, session.ws_connect(url) as ws:
                while b"Alibaba" not in drawn:
                    message = await ws.receive(timeout=30)
                    if message.type == aiohttp.WSMsgType.BINARY:
                        drawn += message.data
                    elif message.type == aiohttp.WSMsgType.TEXT:
                        drawn += message.data.encode()
                    else:
                        break
            return drawn

        # The app started behind the websocket and drew the article list.
        assert b"Alibaba" in asyncio.run(screen())
    finally:
        server.terminate()
        server.wait(timeout=10)
