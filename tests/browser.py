"""Headless Chromium through chromedriver's W3C WebDriver HTTP API, standard library only.

Used by tests/test_html.py and bench/bench_html.py. Needs Debian's ``chromium`` and
``chromium-driver`` (and ``fonts-noto-cjk`` for Korean and Chinese text in screenshots).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("KG_CHROMEDRIVER", "/usr/bin/chromedriver")

CHROMIUM_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1400,900",
    "--force-device-scale-factor=1",
]


class WebDriver:
    """The few W3C WebDriver calls the tests need, over a proxy-less HTTP client."""

    def __init__(self, port: int) -> None:
        self.base = f"http://127.0.0.1:{port}"
        self.opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        self.session = ""

    def call(self, method: str, path: str, body: Any = None) -> Any:
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(
            self.base + path, data=data, method=method, headers={"Content-Type": "application/json"}
        )
        try:
            with self.opener.open(req, timeout=180) as resp:
                return json.loads(resp.read())["value"]
        except urllib.error.HTTPError as err:
            raise AssertionError(f"WebDriver {method} {path}: {err.read()[:2000]!r}") from err

    def s(self, method: str, path: str, body: Any = None) -> Any:
        return self.call(method, f"/session/{self.session}{path}", body)

    def js(self, script: str, *args: Any) -> Any:
        return self.s("POST", "/execute/sync", {"script": script, "args": list(args)})

    def log(self, kind: str) -> list[dict[str, Any]]:
        return self.s("POST", "/se/log", {"type": kind})

    def open(self, url: str) -> None:
        self.s("POST", "/url", {"url": url})

    def element(self, css: str) -> str:
        found = self.s("POST", "/element", {"using": "css selector", "value": css})
        return next(iter(found.values()))

    def type_into(self, css: str, text: str) -> None:
        self.s("POST", f"/element/{self.element(css)}/value", {"text": text})

    def click(self, css: str) -> None:
        self.s("POST", f"/element/{self.element(css)}/click", {})

    def clear(self, css: str) -> None:
        self.s("POST", f"/element/{self.element(css)}/clear", {})

    def click_at(self, x: int, y: int) -> None:
        """A real mouse click at page coordinates ``(x, y)``."""
        self.s("POST", "/actions", {"actions": [{
            "type": "pointer", "id": "mouse", "parameters": {"pointerType": "mouse"},
            "actions": [
                {"type": "pointerMove", "duration": 0, "x": x, "y": y},
                {"type": "pointerDown", "button": 0},
                {"type": "pause", "duration": 60},
                {"type": "pointerUp", "button": 0},
            ]}]})
        self.s("DELETE", "/actions")

    def wait(self, script: str, seconds: float, what: str) -> Any:
        deadline = time.monotonic() + seconds
        while True:
            value = self.js(script)
            if value:
                return value
            if time.monotonic() > deadline:
                raise AssertionError(f"{what}: not within {seconds} s")
            time.sleep(0.1)

    def requests(self) -> list[str]:
        """URLs the browser asked for since the last call (DevTools performance log)."""
        urls = []
        for entry in self.log("performance"):
            message = json.loads(entry["message"])["message"]
            if message["method"] == "Network.requestWillBeSent":
                urls.append(message["params"]["request"]["url"])
        return urls


def missing() -> str:
    """The browser programs that are not installed, or ''."""
    return ", ".join(p for p in (CHROMIUM, CHROMEDRIVER) if not shutil.which(p))


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def chromium(profile: Path) -> Iterator[WebDriver]:
    """A chromedriver on a free loopback port with one headless Chromium session."""
    port = _free_port()
    proc = subprocess.Popen(
        [CHROMEDRIVER, f"--port={port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    driver = WebDriver(port)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if driver.call("GET", "/status").get("ready"):
                    break
            except (OSError, AssertionError):
                pass
            if time.monotonic() > deadline:
                raise AssertionError("chromedriver did not start")
            time.sleep(0.1)
        caps = {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": CHROMIUM,
                "args": [*CHROMIUM_FLAGS, f"--user-data-dir={profile}"],
            },
            "goog:loggingPrefs": {"browser": "ALL", "performance": "ALL"},
        }
        created = driver.call("POST", "/session", {"capabilities": {"alwaysMatch": caps}})
        driver.session = created["sessionId"]
        driver.s("POST", "/timeouts", {"script": 120_000, "pageLoad": 180_000})
        yield driver
    finally:
        if driver.session:
            with contextlib.suppress(OSError, AssertionError):
                driver.call("DELETE", f"/session/{driver.session}")
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
