"""envfleet.envfactory.MCPManager against a real gateway, driven the way the fork's agent loop
(verl/experimental/agent_loop/tool_agent_loop.py) drives its manager."""

from __future__ import annotations

import copy
import json
import threading
import uuid
from typing import Dict, List

import pytest
from gateway import TOKEN

from envfleet import Client, EnvfleetError
from envfleet.envfactory import MCPManager
from envfleet.envfactory.fastmcp_text import tool_result_text


def exported_config(base_url: str, servers: Dict[str, bool]) -> dict:
    """What `envfleet export mcp-config --base URL` writes."""
    return {"mcpServers": {name: {"tool_path": f"{base_url}/envfactory/{name}/mcp", "stateless": stateless} for name, stateless in servers.items()}}


@pytest.fixture
def manager(gateway, tmp_path):
    config_path = tmp_path / "mcp_server.json"
    config_path.write_text(json.dumps(exported_config(gateway.base_url, {"Calendar": False, "Dice": True})), encoding="utf-8")
    manager = MCPManager(token=TOKEN)  # the fleet's URL comes from the config's tool paths
    manager.init_config(str(config_path))
    yield manager
    manager.shutdown()


@pytest.fixture(scope="module")
def scenario(client: Client) -> dict:
    """Calendar's default world with one event fewer: a scenario that is not the default."""
    world = copy.deepcopy(client.environment("Calendar")["defaultScenario"])
    del world["events"]["event_2"]
    return world


def expected_final_state(client: Client, scenario: dict, calls: List[dict]) -> dict:
    with client.episode(["Calendar"], scenario={"Calendar": scenario}) as episode:
        episode.step(calls)
        return episode.state()["state"]["Calendar"]


def test_tools_as_the_fork_registers_them(manager: MCPManager, client: Client) -> None:
    tools = manager.get_tools()
    calendar_tools = [tool["name"] for tool in client.environment("Calendar")["tools"]]
    assert [name for name in tools if name.startswith("Calendar-")] == [
        "Calendar-load_scenario",
        "Calendar-save_scenario",
        *[f"Calendar-{name}" for name in calendar_tools],
    ]
    schema = tools["Calendar-delete_event"]
    assert schema["type"] == "function"
    assert schema["function"]["name"] == "Calendar-delete_event"
    assert "event_id" in schema["function"]["parameters"]["properties"]
    assert tools["Calendar-load_scenario"]["function"]["parameters"]["required"] == ["scenario"]
    assert manager.get_tool_schemas() == list(tools.values())
    assert manager.filter_tools() == list(tools.values())
    filtered = [schema["function"]["name"] for schema in manager.filter_tools(["Calendar"])]
    assert filtered == [f"Calendar-{name}" for name in calendar_tools]  # no session tools, no Dice
    assert manager.get_server_to_path_mapping()["Calendar"].endswith("/envfactory/Calendar/mcp")


def test_a_rollout_load_calls_save(manager: MCPManager, client: Client, scenario: dict) -> None:
    client_id = f"Calendar-{uuid.uuid4().hex}"
    assert manager.call_tool(client_id, "Calendar-load_scenario", {"scenario": scenario}) == "Successfully loaded scenario"
    assert manager.call_tool(client_id, "Calendar-load_scenario", {"scenario": {}}) == "Already loaded scenario, skipping load."

    # A list result is one text block per item, joined with ",": the scenario's calendars.
    calendars = manager.call_tool(client_id, "Calendar-list_calendars", {})
    assert calendars == ",".join(json.dumps(item, indent=2, ensure_ascii=False) for item in scenario["calendars"].values())
    assert manager.call_tool(client_id, "Calendar-delete_event", '{"event_id": "event_1"}') == "{}"  # JSON text arguments too
    assert (
        manager.call_tool(client_id, "Calendar-delete_event", {"event_id": "event_2"})
        == "The Calendar-delete_event error: Error executing tool delete_event: Event event_2 not found."
    )
    assert manager.call_tool(client_id, "Calendar-nope", {}) == "The Calendar-nope error: Unknown tool: nope."
    assert manager.call_tool("Nowhere-1", "Nowhere-list", {}) == "The Nowhere-list error: 'Nowhere'."

    episode_id = manager.clients[client_id].episode_id
    final = manager.save_and_close_clients([client_id])
    assert list(final) == ["Calendar"]
    expected = expected_final_state(client, scenario, [{"name": "delete_event", "arguments": {"event_id": "event_1"}}])
    assert json.loads(final["Calendar"]) == expected
    assert final["Calendar"] == tool_result_text(expected)  # the reference's text, not only its value
    assert client_id not in manager.clients
    with pytest.raises(EnvfleetError) as closed:
        client.state(episode_id)
    assert closed.value.status == 404


def test_a_bad_scenario_is_refused_and_changes_nothing(manager: MCPManager, scenario: dict) -> None:
    client_id = f"Calendar-{uuid.uuid4().hex}"
    refused = manager.call_tool(client_id, "Calendar-load_scenario", {"scenario": {"events": 5}})
    assert refused.startswith("The Calendar-load_scenario error: Error executing tool load_scenario: ")
    assert "events" in refused
    assert manager.call_tool(client_id, "Calendar-load_scenario", {"scenario": "not a dict"}) == (
        "The Calendar-load_scenario error: Error executing tool load_scenario: Scenario must be a dictionary."
    )
    # Still not loaded: the rollout's real scenario loads, and is what the tools see.
    assert manager.call_tool(client_id, "Calendar-load_scenario", {"scenario": scenario}) == "Successfully loaded scenario"
    assert "Event event_2 not found" in manager.call_tool(client_id, "Calendar-delete_event", {"event_id": "event_2"})
    manager.close_client(client_id)
    assert client_id not in manager.clients


def test_rollouts_are_isolated_and_run_in_parallel(manager: MCPManager, client: Client, scenario: dict) -> None:
    client_ids = [f"Calendar-{uuid.uuid4().hex}" for _ in range(8)]
    answers: Dict[str, str] = {}

    def rollout(index: int, client_id: str) -> None:
        manager.call_tool(client_id, "Calendar-load_scenario", {"scenario": scenario})
        if index % 2 == 0:
            manager.call_tool(client_id, "Calendar-delete_event", {"event_id": "event_1"})
        answers[client_id] = manager.save_and_close_clients([client_id])["Calendar"]

    threads = [threading.Thread(target=rollout, args=(index, client_id)) for index, client_id in enumerate(client_ids)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    untouched = json.loads(answers[client_ids[1]])
    assert untouched == expected_final_state(client, scenario, [{"name": "list_calendars"}])
    for index, client_id in enumerate(client_ids):
        assert ("event_1" in json.loads(answers[client_id])["events"]) == (index % 2 == 1)
    assert manager.clients == {}


def test_save_without_calls_and_several_servers(manager: MCPManager, client: Client, scenario: dict) -> None:
    request_id = uuid.uuid4().hex
    calendar, dice = f"Calendar-{request_id}", f"Dice-{request_id}"
    manager.call_tool(calendar, "Calendar-load_scenario", {"scenario": scenario})
    # Dice is stateless in this config: one shared session, always counted as loaded.
    assert manager.call_tool(dice, "Dice-load_scenario", {"scenario": {}}) == "Already loaded scenario, skipping load."
    never_used = f"Calendar-{uuid.uuid4().hex}"
    final = manager.save_and_close_clients([dice, calendar])
    assert list(final) == ["Dice", "Calendar"]
    assert json.loads(final["Calendar"]) == expected_final_state(client, scenario, [{"name": "list_calendars"}])
    assert isinstance(json.loads(final["Dice"]), dict)
    # A client that never loaded saves the server's default world, as a fresh reference server would.
    default = manager.save_and_close_clients([never_used])["Calendar"]
    assert json.loads(default) == client.environment("Calendar")["defaultScenario"]


def test_without_a_config_file(gateway, client: Client) -> None:
    with MCPManager(gateway.base_url, token=TOKEN) as manager:
        manager.init_config(servers=["Calendar"])
        assert {name.split("-")[0] for name in manager.get_tools()} == {"Calendar"}
        client_id = f"Calendar-{uuid.uuid4().hex}"
        manager.call_tool(client_id, "Calendar-load_scenario", {"scenario": {}})
        assert json.loads(manager.call_tool(client_id, "Calendar-save_scenario", {})) == client.environment("Calendar")["defaultScenario"]
        manager.init_config(servers=["Dice"])  # initialized once, as the fork's is
        assert "Dice-roll_dice" not in manager.get_tools()
    assert manager.clients == {}

    with MCPManager(gateway.base_url, token=TOKEN) as every:
        every.init_config()
        assert {name.split("-")[0] for name in every.get_tools()} == {env["name"] for env in client.environments()["environments"]}


def test_config_mistakes_are_named(gateway, tmp_path) -> None:
    with pytest.raises(ValueError, match="Atlantis is not served by the fleet at"):
        MCPManager(token=TOKEN).init_config(exported_config(gateway.base_url, {"Calendar": False, "Atlantis": False}))
    reference_config = {"mcpServers": {"Calendar": {"tool_path": "EnvFactory/tools/Calendar.py", "stateless": False}}}
    with pytest.raises(ValueError, match="needs the fleet's URL"):
        MCPManager(token=TOKEN).init_config(reference_config)
    # The fork's own config works too once the fleet's URL is given: the names are what count.
    manager = MCPManager(gateway.base_url, token=TOKEN)
    manager.init_config(reference_config)
    assert "Calendar-list_calendars" in manager.get_tools()
    with pytest.raises(ValueError, match='no "mcpServers"'):
        MCPManager(gateway.base_url, token=TOKEN).init_config({"servers": {}})
    uninitialized = MCPManager(gateway.base_url, token=TOKEN)
    assert uninitialized.call_tool("Calendar-1", "Calendar-list_calendars", {}) == "The Calendar-list_calendars error: 'Calendar'."
