"""EnvFactory's function schemas: ``{"type": "function", "function": {name, description,
parameters}}`` named ``<Server>-<tool>``, as the fork's ``MCPManager`` builds them from
``list_tools``, including the ``load_scenario`` and ``save_scenario`` tools every reference server has."""

from __future__ import annotations

from typing import Any, Dict, List, Mapping, Tuple

# The session tools `filter_tools` leaves out (EnvFactory/configs/utils.py: EXCLUDED_TOOLS).
SESSION_TOOLS = ("load_scenario", "save_scenario")

# Input schemas as the reference servers publish them: pydantic's schema of each function's
# argument model (`scenario: dict` and no arguments).
_SESSION_TOOL_DEFINITIONS: Tuple[Dict[str, Any], ...] = (
    {
        "name": "load_scenario",
        "description": "Load scenario data into the {server} API.\n\nArgs:\n    scenario (dict): Scenario dictionary matching the "
        "{server} scenario schema.\n\nReturns:\n    success_message (str): Success message.",
        "inputSchema": {
            "properties": {"scenario": {"additionalProperties": True, "title": "Scenario", "type": "object"}},
            "required": ["scenario"],
            "title": "load_scenarioArguments",
            "type": "object",
        },
    },
    {
        "name": "save_scenario",
        "description": "Save current {server} state as scenario dictionary.\n\nReturns:\n    scenario (dict): Dictionary containing "
        "all current state variables.",
        "inputSchema": {"properties": {}, "title": "save_scenarioArguments", "type": "object"},
    },
)


def server_tool_schemas(server: str, tools: List[Mapping[str, Any]]) -> List[Tuple[str, Dict[str, Any]]]:
    """``(name, schema)`` for the session tools and then ``tools`` (the fleet's, bare-named) of one
    server, in the order a reference server lists them (its session tools are defined first)."""
    session_tools = [
        {**definition, "description": definition["description"].format(server=server)} for definition in _SESSION_TOOL_DEFINITIONS
    ]
    return [function_schema(server, tool) for tool in [*session_tools, *tools]]


def function_schema(server: str, tool: Mapping[str, Any]) -> Tuple[str, Dict[str, Any]]:
    name = f"{server}-{tool['name']}"
    return name, {
        "type": "function",
        "function": {"name": name, "description": tool.get("description"), "parameters": tool.get("inputSchema")},
    }
