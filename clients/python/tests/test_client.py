"""envfleet.Client against a real gateway."""

from __future__ import annotations

import json
from typing import Any, Dict

import pytest
from gateway import MAX_STEPS, free_port

from envfleet import Client, EnvfleetClient, EnvfleetError, EnvfleetTimeout, Episode


def test_health_and_environments(client: Client) -> None:
    assert client.health() == {"status": "ok"}
    assert client.ready() == {"status": "ready", "store": "memory"}
    names = [env["name"] for env in client.environments()["environments"]]
    assert "Calendar" in names
    calendar = client.environment("Calendar")
    assert calendar["domain"] == "office"
    assert "demo" in calendar["presets"]
    assert "calendars" in calendar["defaultScenario"]


def test_grpo_group_from_one_reset(client: Client, gateway) -> None:
    # Reset once, fork into a group, let each member act differently, score each, close.
    with client.episode(["Calendar"], presets={"Calendar": "demo"}, seed=11) as root:
        assert isinstance(root, Episode)
        assert root.mcp_url == f"{gateway.base_url}/v1/episodes/{root.id}/mcp"
        assert "Calendar-delete_event" in [tool["name"] for tool in root.tools]
        expected_state = client.state(root.id)["state"]["Calendar"]
        del expected_state["events"]["event_3"]

        group = root.fork(3)
        assert len(group) == 3
        rewards = []
        for member, event_id in zip(group, ["event_3", "event_4", "event_404"]):
            with member:
                assert member.tools == root.tools
                result = member.call("Calendar-delete_event", {"event_id": event_id})
                assert result["isError"] == (event_id == "event_404")
                evaluation = member.evaluate(
                    [{"name": "Calendar-delete_event", "arguments": {"event_id": "event_3"}}],
                    final_config={"Calendar": expected_state},
                )
                rewards.append(evaluation["reward"])
            assert member.closed
        assert rewards == [1.0, 0.0, 0.0]
        # The forks left the episode they came from untouched.
        assert root.state()["step"] == 0
    assert root.closed


def test_every_route_by_id(client: Client) -> None:
    reset = client.reset(["Calendar"], presets={"Calendar": "demo"}, seed=5, ttl_seconds=600)
    episode_id = reset["episodeId"]
    step = client.step(
        episode_id,
        [
            {"name": "Calendar-delete_event", "arguments": {"event_id": "event_1"}},
            {"name": "delete_event", "arguments": {"event_id": "event_1"}},
        ],
    )
    assert step["step"] == 1
    assert [r["isError"] for r in step["results"]] == [False, True]
    assert step["results"][1]["content"] == {"message": "Event event_1 not found"}

    snapshot = client.snapshot(episode_id)
    assert snapshot["step"] == 1
    client.step(episode_id, [{"name": "delete_event", "arguments": {"event_id": "event_2"}}])
    assert client.restore(episode_id, snapshot["snapshotId"]) == {"step": 1}
    state = client.state(episode_id)
    assert "event_1" not in state["state"]["Calendar"]["events"]
    assert "event_2" in state["state"]["Calendar"]["events"]
    assert [call["name"] for call in client.trajectory(episode_id)["calls"]] == ["Calendar-delete_event"] * 2

    forked = client.fork(episode_id)["episodeIds"]
    assert len(forked) == 1
    client.close(forked[0])

    evaluation = client.evaluate(
        episode_id,
        [{"name": "Calendar-delete_event", "arguments": {"event_id": "event_999"}}],
        final_config={"Calendar": state["state"]["Calendar"]},
        masked_arguments={"Calendar-delete_event": ["event_id"]},
        tau=0.5,
        format_errors=1,
    )
    assert evaluation["trace"] == 1
    assert evaluation["state"] == 1
    assert evaluation["reward"] == pytest.approx(0.9)  # 1 - 0.05 (extra call) - 0.05 (format error)
    assert evaluation["diff"] == {"Calendar": []}

    assert client.close(episode_id)["steps"] == 1


def task_row(index: int, demo: Dict[str, Any]) -> Dict[str, Any]:
    """An EnvFactory-RL dataset row whose task is to delete event_2 from the Calendar demo world."""
    after = json.loads(json.dumps(demo))
    del after["events"]["event_2"]
    return {
        "data_source": "envfactory",
        "prompt": [{"role": "user", "content": "Cancel event_2."}],
        "reward_model": {"ground_truth": json.dumps([{"name": "Calendar-delete_event", "arguments": {"event_id": "event_2"}}])},
        "extra_info": {
            "index": index,
            "mcp_factory_kwargs": {
                "mcp_servers": json.dumps(["Calendar"]),
                "initial_config": json.dumps({"Calendar": demo}),
                "final_config": json.dumps({"Calendar": after}),
            },
        },
    }


def calendar_demo(client: Client) -> Dict[str, Any]:
    with client.episode(["Calendar"], presets={"Calendar": "demo"}) as episode:
        return episode.state()["state"]["Calendar"]


def test_tasks_and_a_second_close(client: Client) -> None:
    assert client.import_tasks([task_row(7, calendar_demo(client))]) == {"taskIds": ["7"]}
    episode = client.episode(task_id="7")
    assert episode.servers == ["Calendar"]
    episode.call("Calendar-delete_event", {"event_id": "event_2"})
    # No ground truth nor final state sent: the task's are used; tau is the linear schedule's at epoch 0.
    evaluation = episode.evaluate(epoch=0, total_epochs=4, reward_scheduler={"mode": "linear"})
    assert (evaluation["trace"], evaluation["state"], evaluation["reward"]) == (1, 1, 1)
    assert evaluation["tau"] == pytest.approx(0.9)
    assert episode.evaluate(tau=0.25)["tau"] == 0.25  # a tau sent wins over the schedule
    first = client.close(episode.id)
    assert client.close(episode.id) == first
    with pytest.raises(EnvfleetError) as unknown:
        client.reset(task_id="8")
    assert unknown.value.status == 404


def test_servers_and_ground_truth_left_out_need_a_task(client: Client) -> None:
    # Left out, they are not sent at all, and the server names what is missing.
    with pytest.raises(EnvfleetError) as no_servers:
        client.reset()
    assert no_servers.value.status == 400
    assert "taskId" in no_servers.value.detail
    with client.episode(["Calendar"]) as episode:
        with pytest.raises(EnvfleetError) as no_ground_truth:
            episode.evaluate()
        assert no_ground_truth.value.status == 400
        assert "groundTruth is required" in no_ground_truth.value.detail


def test_batch(client: Client) -> None:
    episode_id = client.reset(["Calendar"])["episodeId"]
    results = client.batch(
        [
            {"op": "step", "episodeId": episode_id, "calls": [{"name": "list_calendars"}]},
            {"op": "state", "episodeId": "ep_missing"},
            {"op": "close", "episodeId": episode_id},
        ]
    )["results"]
    assert [r["status"] for r in results] == [200, 404, 200]
    assert "ep_missing" in results[1]["body"]["detail"]


def test_errors_carry_the_problem(client: Client, gateway) -> None:
    with pytest.raises(EnvfleetError) as missing:
        client.state("ep_nope")
    assert (missing.value.status, missing.value.title, missing.value.type) == (404, "Not Found", "about:blank")
    assert missing.value.request == "GET /v1/episodes/ep_nope/state"
    assert "ep_nope" in str(missing.value) and "ep_nope" in missing.value.detail
    assert missing.value.problem["status"] == 404

    with pytest.raises(EnvfleetError) as bad:
        client.reset([])
    assert bad.value.status == 400
    assert bad.value.issues == ["servers: name at least one server"]
    assert (bad.value.setting, bad.value.limit) == (None, None)

    with client.episode(["Calendar"]) as episode:
        with pytest.raises(EnvfleetError) as no_calls:
            episode.step([])
        assert no_calls.value.issues == ["calls: send at least one call"]
        assert episode.state()["step"] == 0

    with pytest.raises(EnvfleetError) as unauthorized:
        Client(gateway.base_url).environments()
    assert unauthorized.value.status == 401
    assert "ENVFLEET_TOKEN" in unauthorized.value.detail

    with pytest.raises(EnvfleetError) as unreachable:
        Client(f"http://127.0.0.1:{free_port()}", timeout=2).health()
    assert unreachable.value.status == 0
    assert not isinstance(unreachable.value, EnvfleetTimeout)
    assert "could not reach" in unreachable.value.detail


def test_a_limit_names_its_setting_and_value(client: Client) -> None:
    with client.episode(["Calendar"]) as episode:
        for _ in range(MAX_STEPS):
            episode.call("list_calendars")
        with pytest.raises(EnvfleetError) as refused:
            episode.call("list_calendars")
        assert refused.value.status == 429
        assert (refused.value.setting, refused.value.limit) == ("ENVFLEET_MAX_STEPS", MAX_STEPS)
        assert episode.state()["step"] == MAX_STEPS  # the refused step changed nothing


def test_mistakes_caught_before_sending(client: Client) -> None:
    with pytest.raises(ValueError, match=r"not an http\(s\) URL: give one like http://127.0.0.1:8080"):
        Client("localhost:8080")
    with pytest.raises(TypeError, match=r'servers must be a list of server names, e.g. \["Calendar"\]'):
        client.reset("Calendar")
    with pytest.raises(TypeError, match=r"rows must be a list of task rows, e\.g\. \[row\], not one row"):
        client.import_tasks({"data_source": "envfactory"})


def test_request_reaches_any_route_and_old_name_still_works(client: Client) -> None:
    assert client.request("get", "healthz") == {"status": "ok"}
    assert EnvfleetClient is Client


def test_tools_in_trainer_formats_and_a_step_from_model_text(client: Client) -> None:
    openai = client.tools("Calendar", "Retail", format="openai")["tools"]
    assert openai[0]["type"] == "function" and openai[0]["function"]["name"] == "Calendar-list_calendars"
    assert {tool["function"]["name"].split("-")[0] for tool in openai} == {"Calendar", "Retail"}
    verl = client.tools("Calendar", format="verl", class_name="my_pkg.FleetTool")["tools"]
    assert verl[0]["class_name"] == "my_pkg.FleetTool" and verl[0]["config"]["type"] == "native"
    bare = [tool["name"] for tool in client.environment("Calendar")["tools"]]
    assert [tool["name"] for tool in client.tools("Calendar")["tools"]] == [f"Calendar-{name}" for name in bare]

    with client.episode(["Calendar"], presets={"Calendar": "demo"}) as episode:
        text = (
            '<tool_call>{"name": "delete_event", "arguments": "{\\"event_id\\": \\"event_3\\"}"}</tool_call>\n'
            '<tool_call>{"name": "list_calendars"}</tool_call>'
        )
        step = episode.step(text=text)
        assert [(result["name"], result["isError"]) for result in step["results"]] == [("Calendar-delete_event", False)]
        assert step["malformed"] == [{"text": '{"name": "list_calendars"}', "reason": 'no "arguments"'}]
        assert step["formatErrors"] == 1
        evaluation = episode.evaluate(
            [{"name": "Calendar-delete_event", "arguments": {"event_id": "event_3"}}], final_config={}, tau=1.0
        )
        assert evaluation["formatPenalty"] == pytest.approx(0.05)
        with pytest.raises(EnvfleetError) as both:
            client.step(episode.id, [{"name": "list_calendars"}], text="x")
        assert both.value.status == 400


def test_graph_samples_and_benchmark_scores(client: Client) -> None:
    graph = client.tool_graph("Retail")
    assert graph["servers"] == ["Retail"] and {node["server"] for node in graph["nodes"]} == {"Retail"}
    assert all(edge["from"].startswith("Retail-") for edge in graph["edges"])

    sampled = client.samples(["Retail"], 2, seed=3, keep=True)
    assert len(sampled["tasks"]) == len(sampled["taskIds"]) >= 1
    with client.episode(task_id=sampled["taskIds"][0]) as episode:
        assert episode.servers == ["Retail"]

    with client.episode(["Tau2Retail"], presets={"Tau2Retail": "demo"}) as episode:
        untouched = client.evaluate_tau2(episode.id, [], reward_basis=["DB"])
        assert untouched["reward"] == 1 and untouched["server"] == "Tau2Retail" and untouched["rewardBasis"] == ["DB"]

    entry = {"GorillaFileSystem": {"root": {"w": {"type": "directory", "contents": {}}}}}
    made = client.bfcl_score(["GorillaFileSystem"], [[{"name": "mkdir", "arguments": {"dir_name": "old"}}]], [["mkdir(dir_name='old')"]], entry)
    assert made == {"valid": True}
    other = client.bfcl_score(["GorillaFileSystem"], [[{"name": "mkdir", "arguments": {"dir_name": "new"}}]], [["mkdir(dir_name='old')"]], entry)
    assert other["valid"] is False and other["errorType"] == "multi_turn:instance_state_mismatch"
