"""A real gateway for the tests: `node packages/cli/dist/main.js serve` on a free port.

The gateway runs from the build (dist/); the build is redone first when a package's sources are
newer than it, so the tests never drive stale JavaScript.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import List

from envfleet import Client, EnvfleetError

REPO_ROOT = Path(__file__).resolve().parents[3]
CLI = REPO_ROOT / "packages" / "cli" / "dist" / "main.js"
TOKEN = "python-client-test-token"
MAX_STEPS = 40  # low enough for a test to reach, high enough for every other test
START_TIMEOUT_SECONDS = 20

# Every gateway started and not stopped yet.
live_gateways: List["Gateway"] = []


def stale_packages() -> List[str]:
    """Workspace packages whose dist/ is missing or older than a file of their src/."""
    stale = []
    package_dirs = list((REPO_ROOT / "packages").iterdir()) + list((REPO_ROOT / "environments").glob("*/*"))
    for package in package_dirs:
        src = package / "src"
        if not (package / "package.json").exists() or not src.is_dir():
            continue
        built = package / "dist" / "index.js"
        if not built.exists():
            stale.append(package.name)
            continue
        built_at = built.stat().st_mtime
        if any(source.stat().st_mtime > built_at for source in src.rglob("*.ts")):
            stale.append(package.name)
    return stale


def build_if_stale() -> None:
    # Under `pnpm test` the build is already fresh; building only when needed keeps a standalone
    # run cheap and never rewrites dist/ under suites running beside it.
    if not stale_packages():
        return
    env = {**os.environ, "ENVFLEET_QUIET_BUILD": "1"}
    subprocess.run([shutil.which("node") or "node", str(REPO_ROOT / "scripts" / "build.mjs")], cwd=REPO_ROOT, env=env, check=True, timeout=180)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Gateway:
    """The gateway as a child process, stopped by `stop()`."""

    def __init__(self) -> None:
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.log = tempfile.TemporaryFile()
        env = {
            **os.environ,
            "PORT": str(self.port),
            "HOST": "127.0.0.1",
            "ENVFLEET_TOKEN": TOKEN,
            "ENVFLEET_MAX_STEPS": str(MAX_STEPS),
            "LOG_LEVEL": "warn",
        }
        for name in ("INIT_CWD", "REDIS_URL", "DATABASE_URL"):  # the memory store; INIT_CWD would move the workspace
            env.pop(name, None)
        self.process = subprocess.Popen(
            [shutil.which("node") or "node", str(CLI), "serve"], cwd=REPO_ROOT, env=env, stdout=self.log, stderr=subprocess.STDOUT
        )
        live_gateways.append(self)

    def wait_until_up(self) -> bool:
        probe = Client(self.base_url, timeout=2)
        deadline = time.monotonic() + START_TIMEOUT_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                return False
            try:
                probe.health()
                return True
            except EnvfleetError:
                time.sleep(0.05)
        return False

    def output(self) -> str:
        self.log.seek(0)
        return self.log.read().decode("utf-8", errors="replace")[-4000:]

    def stop(self) -> None:
        if self in live_gateways:
            live_gateways.remove(self)
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if not self.log.closed:
            self.log.close()


def stop_gateways_and_exit(signum: int, _frame: object) -> None:
    # A runner that times out sends SIGTERM, which would end Python without fixture teardown and
    # leave the gateway running.
    for gateway in list(live_gateways):
        gateway.stop()
    os._exit(128 + signum)


def start_gateway() -> Gateway:
    # A second attempt covers the race a shared machine has: another process taking the port
    # between probe and listen.
    failures = []
    for _ in range(2):
        gateway = Gateway()
        if gateway.wait_until_up():
            return gateway
        failures.append(gateway.output())
        gateway.stop()
    raise RuntimeError(f"`node {CLI} serve` did not come up within {START_TIMEOUT_SECONDS}s; its output:\n" + "\n---\n".join(failures))


def install_sigterm_handler():
    return signal.signal(signal.SIGTERM, stop_gateways_and_exit)


def restore_sigterm_handler(previous) -> None:
    signal.signal(signal.SIGTERM, previous)
