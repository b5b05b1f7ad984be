"""envfleet.AsyncClient against a real gateway, through a counting TCP relay to show that a rollout
loop's requests share pooled connections."""

from __future__ import annotations

import asyncio
from typing import List

import pytest
from gateway import TOKEN
from test_client import task_row

httpx = pytest.importorskip("httpx", reason="AsyncClient needs httpx (the 'async' extra)")

from envfleet import AsyncClient, AsyncEpisode, EnvfleetError  # noqa: E402


class CountingRelay:
    """Forwards TCP connections to the gateway and counts how many were opened."""

    def __init__(self, port: int):
        self.target_port = port
        self.connections = 0
        self.server = None

    async def start(self) -> str:
        self.server = await asyncio.start_server(self._relay, "127.0.0.1", 0)
        return f"http://127.0.0.1:{self.server.sockets[0].getsockname()[1]}"

    async def stop(self) -> None:
        self.server.close()
        await self.server.wait_closed()

    async def _relay(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        upstream_reader, upstream_writer = await asyncio.open_connection("127.0.0.1", self.target_port)

        async def pipe(source: asyncio.StreamReader, sink: asyncio.StreamWriter) -> None:
            try:
                while data := await source.read(65536):
                    sink.write(data)
                    await sink.drain()
            except ConnectionError:
                pass
            finally:
                sink.close()

        await asyncio.gather(pipe(reader, upstream_writer), pipe(upstream_reader, writer))


def test_rollout_loop_reuses_one_connection(gateway) -> None:
    async def main() -> List[float]:
        relay = CountingRelay(gateway.port)
        base_url = await relay.start()
        try:
            async with AsyncClient(base_url, token=TOKEN) as client:
                async with await client.episode(["Calendar"], presets={"Calendar": "demo"}, seed=3) as root:
                    assert isinstance(root, AsyncEpisode)
                    group = await root.fork(2)
                    rewards = []
                    for member, event_id in zip(group, ["event_1", "event_404"]):
                        async with member:
                            for _ in range(10):
                                await member.call("list_calendars")
                            result = await member.call("delete_event", {"event_id": event_id})
                            assert result["isError"] == (event_id == "event_404")
                            # final_config={}: the server requires one outside a task; only the trace is compared here.
                            evaluation = await member.evaluate(
                                [{"name": "Calendar-delete_event", "arguments": {"event_id": "event_1"}}], final_config={}
                            )
                            rewards.append(evaluation["trace"])
                        assert member.closed
                    snapshot = await root.snapshot()
                    await root.call("delete_event", {"event_id": "event_2"})
                    assert await root.restore(snapshot["snapshotId"]) == {"step": 0}
                    assert "event_2" in (await root.state())["state"]["Calendar"]["events"]
                assert root.closed
        finally:
            await relay.stop()
        # About 30 sequential requests, one connection: the pool kept it alive between them.
        assert relay.connections == 1
        return rewards

    assert asyncio.run(main()) == [1, 0]


def test_concurrent_rollouts_share_the_pool(gateway) -> None:
    async def main() -> int:
        relay = CountingRelay(gateway.port)
        base_url = await relay.start()
        try:
            async with AsyncClient(base_url, token=TOKEN, max_connections=4) as client:

                async def rollout(seed: int) -> int:
                    async with await client.episode(["Calendar"], seed=seed) as episode:
                        for _ in range(5):
                            await episode.call("list_calendars")
                        return (await episode.state())["step"]

                steps = await asyncio.gather(*(rollout(seed) for seed in range(16)))
                assert steps == [5] * 16
        finally:
            await relay.stop()
        return relay.connections

    assert asyncio.run(main()) <= 4  # 16 rollouts × 7 requests over at most max_connections connections


def test_tasks_and_the_reward_schedule(gateway) -> None:
    async def main() -> None:
        async with AsyncClient(gateway.base_url, token=TOKEN) as client:
            async with await client.episode(["Calendar"], presets={"Calendar": "demo"}) as demo:
                row = task_row(21, (await demo.state())["state"]["Calendar"])
            assert await client.import_tasks([row]) == {"taskIds": ["21"]}
            async with await client.episode(task_id="21") as episode:
                assert isinstance(episode, AsyncEpisode) and episode.servers == ["Calendar"]
                await episode.call("delete_event", {"event_id": "event_2"})
                # The task's ground truth and final state; tau from the schedule at epoch 3 of 4:
                # 0.8 + (0.2 - 0.8) * 3/4. Any of the three not sent gives another tau (0.65, 0.2, 0.3).
                evaluation = await episode.evaluate(
                    epoch=3, total_epochs=4, reward_scheduler={"mode": "linear", "start_ratio": 0.8, "end_ratio": 0.2}
                )
                assert (evaluation["trace"], evaluation["state"], evaluation["reward"]) == (1, 1, 1)
                assert evaluation["tau"] == pytest.approx(0.35)
                fixed = await client.evaluate(episode.id, reward_scheduler={"mode": "fix", "default_ratio": 0.3})
                assert fixed["tau"] == pytest.approx(0.3)
            with pytest.raises(EnvfleetError) as unknown:
                await client.episode(task_id="task_missing")
            assert unknown.value.status == 404

    asyncio.run(main())


def test_errors_carry_the_problem(gateway) -> None:
    async def main() -> None:
        async with AsyncClient(gateway.base_url, token=TOKEN) as client:
            with pytest.raises(EnvfleetError) as missing:
                await client.close("ep_nope")
            assert (missing.value.status, missing.value.title) == (404, "Not Found")
            assert missing.value.request == "DELETE /v1/episodes/ep_nope"
            with pytest.raises(EnvfleetError) as bad:
                await client.reset(["Calendar"], scenario={"Calendar": {"events": 5}})
            assert bad.value.status == 400
            assert any("events" in issue for issue in bad.value.issues)
            assert (await client.batch([{"op": "state", "episodeId": "ep_nope"}]))["results"][0]["status"] == 404
        async with AsyncClient(gateway.base_url) as anonymous:
            with pytest.raises(EnvfleetError) as unauthorized:
                await anonymous.environments()
            assert unauthorized.value.status == 401

    asyncio.run(main())
