"""envfleet_client against a real gateway: `node packages/cli/dist/main.js serve` on a free port.

Standard library only. Run from the repository root:

    python3 -m unittest discover -s clients/python -p 'test_*.py'

The gateway runs from the build (dist/); the build is redone first when a package's sources are
newer than it, so the test never drives stale JavaScript.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from envfleet_client import EnvfleetClient, EnvfleetError, Episode  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parents[2]
CLI = REPO_ROOT / "packages" / "cli" / "dist" / "main.js"
TOKEN = "python-client-test-token"
START_TIMEOUT_SECONDS = 20

# Every gateway this module started and has not stopped yet.
live_gateways: list = []


def stale_packages() -> list:
    """Workspace packages whose dist/ is missing or older than a file of their src/."""
    stale = []
    package_dirs = [p for p in (REPO_ROOT / "packages").iterdir()] + [p for p in (REPO_ROOT / "environments").glob("*/*")]
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
    # run of this file cheap and never rewrites dist/ under suites running beside it.
    if not stale_packages():
        return
    node = shutil.which("node")
    if node is None:
        raise unittest.SkipTest("node is not on PATH: the gateway this test drives is a Node program")
    env = {**os.environ, "ENVFLEET_QUIET_BUILD": "1"}
    subprocess.run([node, str(REPO_ROOT / "scripts" / "build.mjs")], cwd=REPO_ROOT, env=env, check=True, timeout=120)


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
        env = {**os.environ, "PORT": str(self.port), "HOST": "127.0.0.1", "ENVFLEET_TOKEN": TOKEN, "LOG_LEVEL": "warn"}
        env.pop("INIT_CWD", None)  # the CLI finds the workspace from INIT_CWD when pnpm sets it
        self.process = subprocess.Popen(
            [shutil.which("node") or "node", str(CLI), "serve"], cwd=REPO_ROOT, env=env, stdout=self.log, stderr=subprocess.STDOUT
        )
        live_gateways.append(self)

    def wait_until_up(self) -> bool:
        probe = EnvfleetClient(self.base_url, timeout=2)
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
    # A runner that times out sends SIGTERM, which would end Python without tearDownClass and
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


class EnvfleetClientTest(unittest.TestCase):
    gateway: Gateway
    client: EnvfleetClient

    @classmethod
    def setUpClass(cls) -> None:
        if shutil.which("node") is None:
            raise unittest.SkipTest("node is not on PATH: the gateway this test drives is a Node program")
        build_if_stale()
        cls.previous_sigterm = signal.signal(signal.SIGTERM, stop_gateways_and_exit)
        try:
            cls.gateway = start_gateway()
        except BaseException:
            signal.signal(signal.SIGTERM, cls.previous_sigterm)
            raise
        cls.client = EnvfleetClient(cls.gateway.base_url + "/", token=TOKEN)

    @classmethod
    def tearDownClass(cls) -> None:
        cls.gateway.stop()
        signal.signal(signal.SIGTERM, cls.previous_sigterm)

    def test_health_and_environments(self) -> None:
        self.assertEqual(self.client.health(), {"status": "ok"})
        self.assertEqual(self.client.ready(), {"status": "ready", "store": "memory"})
        names = [env["name"] for env in self.client.environments()["environments"]]
        self.assertIn("Calendar", names)
        calendar = self.client.environment("Calendar")
        self.assertEqual(calendar["domain"], "office")
        self.assertIn("demo", calendar["presets"])
        self.assertIn("calendars", calendar["defaultScenario"])

    def test_grpo_group_from_one_reset(self) -> None:
        # Reset once, fork into a group, let each member act differently, score each, close.
        with self.client.episode(["Calendar"], presets={"Calendar": "demo"}, seed=11) as root:
            self.assertIsInstance(root, Episode)
            self.assertEqual(root.mcp_url, f"{self.gateway.base_url}/v1/episodes/{root.id}/mcp")
            self.assertIn("Calendar-delete_event", [tool["name"] for tool in root.tools])
            expected_state = self.client.state(root.id)["state"]["Calendar"]
            del expected_state["events"]["event_3"]

            group = root.fork(3)
            self.assertEqual(len(group), 3)
            rewards = []
            for member, event_id in zip(group, ["event_3", "event_4", "event_404"]):
                with member:
                    self.assertEqual(member.tools, root.tools)
                    result = member.call("Calendar-delete_event", {"event_id": event_id})
                    self.assertEqual(result["isError"], event_id == "event_404")
                    evaluation = member.evaluate(
                        [{"name": "Calendar-delete_event", "arguments": {"event_id": "event_3"}}],
                        final_config={"Calendar": expected_state},
                    )
                    rewards.append(evaluation["reward"])
                self.assertTrue(member.closed)
            self.assertEqual(rewards, [1.0, 0.0, 0.0])
            # The forks left the episode they came from untouched.
            self.assertEqual(root.state()["step"], 0)
        self.assertTrue(root.closed)

    def test_every_route_by_id(self) -> None:
        reset = self.client.reset(["Calendar"], presets={"Calendar": "demo"}, seed=5, ttl_seconds=600)
        episode_id = reset["episodeId"]
        step = self.client.step(
            episode_id,
            [
                {"name": "Calendar-delete_event", "arguments": {"event_id": "event_1"}},
                {"name": "delete_event", "arguments": {"event_id": "event_1"}},
            ],
        )
        self.assertEqual(step["step"], 1)
        self.assertEqual([r["isError"] for r in step["results"]], [False, True])
        self.assertEqual(step["results"][1]["content"], {"message": "Event event_1 not found"})

        snapshot = self.client.snapshot(episode_id)
        self.assertEqual(snapshot["step"], 1)
        self.client.step(episode_id, [{"name": "delete_event", "arguments": {"event_id": "event_2"}}])
        self.assertEqual(self.client.restore(episode_id, snapshot["snapshotId"]), {"step": 1})
        state = self.client.state(episode_id)
        self.assertNotIn("event_1", state["state"]["Calendar"]["events"])
        self.assertIn("event_2", state["state"]["Calendar"]["events"])
        self.assertEqual([call["name"] for call in self.client.trajectory(episode_id)["calls"]], ["Calendar-delete_event"] * 2)

        forked = self.client.fork(episode_id)["episodeIds"]
        self.assertEqual(len(forked), 1)
        self.client.close(forked[0])

        evaluation = self.client.evaluate(
            episode_id,
            [{"name": "Calendar-delete_event", "arguments": {"event_id": "event_999"}}],
            final_config={"Calendar": state["state"]["Calendar"]},
            masked_arguments={"Calendar-delete_event": ["event_id"]},
            tau=0.5,
            format_errors=1,
        )
        self.assertEqual(evaluation["trace"], 1)
        self.assertEqual(evaluation["state"], 1)
        self.assertAlmostEqual(evaluation["reward"], 0.9)  # 1 - 0.05 (extra call) - 0.05 (format error)
        self.assertEqual(evaluation["diff"], {"Calendar": []})

        closed = self.client.close(episode_id)
        self.assertEqual(closed["steps"], 1)

    def test_tasks_and_a_second_close(self) -> None:
        demo = self.client.state(self.client.reset(["Calendar"], presets={"Calendar": "demo"})["episodeId"])["state"]["Calendar"]
        after = json.loads(json.dumps(demo))
        del after["events"]["event_2"]
        row = {
            "data_source": "envfactory",
            "prompt": [{"role": "user", "content": "Cancel event_2."}],
            "reward_model": {"ground_truth": json.dumps([{"name": "Calendar-delete_event", "arguments": {"event_id": "event_2"}}])},
            "extra_info": {
                "index": 7,
                "mcp_factory_kwargs": {
                    "mcp_servers": json.dumps(["Calendar"]),
                    "initial_config": json.dumps({"Calendar": demo}),
                    "final_config": json.dumps({"Calendar": after}),
                },
            },
        }
        self.assertEqual(self.client.import_tasks([row]), {"taskIds": ["7"]})
        episode = self.client.episode(task_id="7")
        episode.call("Calendar-delete_event", {"event_id": "event_2"})
        evaluation = episode.evaluate(epoch=0, total_epochs=4, reward_scheduler={"mode": "linear"})
        self.assertEqual((evaluation["trace"], evaluation["state"], evaluation["reward"]), (1, 1, 1))
        self.assertAlmostEqual(evaluation["tau"], 0.9)
        first = self.client.close(episode.id)
        self.assertEqual(self.client.close(episode.id), first)
        with self.assertRaises(EnvfleetError) as unknown:
            self.client.reset(task_id="8")
        self.assertEqual(unknown.exception.status, 404)

    def test_batch(self) -> None:
        episode_id = self.client.reset(["Calendar"])["episodeId"]
        results = self.client.batch(
            [
                {"op": "step", "episodeId": episode_id, "calls": [{"name": "list_calendars"}]},
                {"op": "state", "episodeId": "ep_missing"},
                {"op": "close", "episodeId": episode_id},
            ]
        )["results"]
        self.assertEqual([r["status"] for r in results], [200, 404, 200])
        self.assertIn("ep_missing", results[1]["body"]["detail"])

    def test_errors_carry_the_problem(self) -> None:
        with self.assertRaises(EnvfleetError) as missing:
            self.client.state("ep_nope")
        self.assertEqual((missing.exception.status, missing.exception.title), (404, "Not Found"))
        self.assertEqual(missing.exception.request, "GET /v1/episodes/ep_nope/state")
        self.assertIn("ep_nope", str(missing.exception))

        with self.assertRaises(EnvfleetError) as bad:
            self.client.reset([])
        self.assertEqual(bad.exception.status, 400)
        self.assertEqual(bad.exception.issues, ["servers: name at least one server"])

        with self.client.episode(["Calendar"]) as episode:
            with self.assertRaises(EnvfleetError) as no_calls:
                episode.step([])
            self.assertEqual(no_calls.exception.issues, ["calls: send at least one call"])
            self.assertEqual(episode.state()["step"], 0)

        with self.assertRaises(EnvfleetError) as unauthorized:
            EnvfleetClient(self.gateway.base_url).environments()
        self.assertEqual(unauthorized.exception.status, 401)
        self.assertIn("ENVFLEET_TOKEN", unauthorized.exception.detail)

        with self.assertRaises(EnvfleetError) as unreachable:
            EnvfleetClient(f"http://127.0.0.1:{free_port()}", timeout=2).health()
        self.assertEqual(unreachable.exception.status, 0)
        self.assertIn("could not reach", unreachable.exception.detail)

    def test_mistakes_caught_before_sending(self) -> None:
        with self.assertRaisesRegex(ValueError, "not an http\\(s\\) URL: give one like http://127.0.0.1:8080"):
            EnvfleetClient("localhost:8080")
        with self.assertRaisesRegex(TypeError, 'servers must be a list of server names, e.g. \\["Calendar"\\]'):
            self.client.reset("Calendar")


if __name__ == "__main__":
    unittest.main()
