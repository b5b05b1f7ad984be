"""The text of a tool result, against figures recorded with pydantic-core (tests/fixtures) and the
content-block rules of mcp.server.fastmcp's _convert_to_content. No server needed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from envfleet.envfactory import tool_error_text, tool_result_text
from envfleet.envfactory.fastmcp_text import content_texts, json_text

RECORDED = json.loads((Path(__file__).parent / "fixtures" / "pydantic_json.json").read_text(encoding="utf-8"))["cases"]


@pytest.mark.parametrize("case", RECORDED, ids=lambda case: json.dumps(case["value"], ensure_ascii=False)[:40])
def test_json_text_is_pydantics(case) -> None:
    assert json_text(case["value"]) == case["text"]


def test_content_blocks_as_fastmcp_makes_them() -> None:
    assert content_texts(None) == []  # no content at all
    assert content_texts("Successfully loaded scenario") == ["Successfully loaded scenario"]  # a string is itself
    assert content_texts([]) == []
    # A list is the blocks of its items, nested lists flattened; strings stay bare.
    assert content_texts(["a", ["b", None, 3], {"k": 1}]) == ["a", "b", "3", '{\n  "k": 1\n}']


def test_what_the_manager_returns() -> None:
    # EnvFactory's manager joins the blocks' texts with ",": a list of dicts is not a JSON array.
    assert tool_result_text([{"id": 1}, {"id": 2}]) == '{\n  "id": 1\n},{\n  "id": 2\n}'
    assert tool_result_text({"ok": True}) == '{\n  "ok": true\n}'
    assert tool_result_text(None) == ""
    assert tool_result_text(["x", "y"]) == "x,y"
    assert tool_error_text("delete_event", "Event event_9 not found") == "Error executing tool delete_event: Event event_9 not found"
