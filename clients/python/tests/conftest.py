"""One gateway for the whole session: every test drives the real server, nothing is mocked."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import Iterator

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gateway import TOKEN, Gateway, build_if_stale, install_sigterm_handler, restore_sigterm_handler, start_gateway  # noqa: E402

from envfleet import Client  # noqa: E402


@pytest.fixture(scope="session")
def gateway() -> Iterator[Gateway]:
    if shutil.which("node") is None:
        pytest.skip("node is not on PATH: the gateway these tests drive is a Node program")
    build_if_stale()
    previous = install_sigterm_handler()
    try:
        started = start_gateway()
    except BaseException:
        restore_sigterm_handler(previous)
        raise
    yield started
    started.stop()
    restore_sigterm_handler(previous)


@pytest.fixture(scope="session")
def client(gateway: Gateway) -> Client:
    return Client(gateway.base_url + "/", token=TOKEN)
