"""The text a reference EnvFactory tool server sends for a tool's return value or failure.

EnvFactory's servers are ``mcp.server.fastmcp`` (the MCP Python SDK's FastMCP). It turns a return
value into content blocks the way ``_convert_to_content`` does: ``None`` → none, a list → the
blocks of each item in turn (nested lists flattened), a string → itself, anything else →
``pydantic_core.to_json(value, indent=2)``. EnvFactory's manager then joins the blocks' texts with
``","``. A failing tool comes back as ``Error executing tool <name>: <message>``.

pydantic's JSON (pydantic-core 2.4x): two-space indent, ``": "`` after keys, non-ASCII unescaped,
and floats laid out by ryu's rules (``1e-7``, ``1e+16``, ``0.00001``, ``1.0``, ``NaN``), which are
not Python's ``repr`` (``1e-07``, ``1e-05``). A value that crossed the fleet's JSON API has lost the difference
between ``1`` and ``1.0``; it is written as the number it arrived as.
"""

from __future__ import annotations

import json
import math
from decimal import Decimal
from typing import Any, List

__all__ = ["tool_result_text", "tool_error_text", "content_texts", "json_text"]

_INDENT = "  "


def tool_result_text(value: Any) -> str:
    """What EnvFactory's ``MCPManager.call_tool`` returns for a tool that returned ``value``."""
    return ",".join(content_texts(value))


def tool_error_text(tool: str, message: str) -> str:
    """The text of a failed call, as the reference server words it (``tool`` is the bare name)."""
    return f"Error executing tool {tool}: {message}"


def content_texts(value: Any) -> List[str]:
    """The texts of the content blocks FastMCP makes of ``value``, in order."""
    texts: List[str] = []
    _collect(value, texts)
    return texts


def _collect(value: Any, texts: List[str]) -> None:
    if value is None:
        return
    if isinstance(value, (list, tuple)):
        for item in value:
            _collect(item, texts)
        return
    texts.append(value if isinstance(value, str) else json_text(value))


def json_text(value: Any) -> str:
    """``pydantic_core.to_json(value, indent=2).decode()`` for a JSON value."""
    parts: List[str] = []
    _write(value, 0, parts)
    return "".join(parts)


def _write(value: Any, depth: int, parts: List[str]) -> None:
    if value is None:
        parts.append("null")
    elif value is True:
        parts.append("true")
    elif value is False:
        parts.append("false")
    elif isinstance(value, int):
        parts.append(str(value))
    elif isinstance(value, float):
        parts.append(_float_text(value))
    elif isinstance(value, str):
        parts.append(json.dumps(value, ensure_ascii=False))
    elif isinstance(value, dict):
        if not value:
            parts.append("{}")
            return
        inner = _INDENT * (depth + 1)
        parts.append("{\n")
        for index, (key, item) in enumerate(value.items()):
            if index:
                parts.append(",\n")
            parts.append(f"{inner}{json.dumps(str(key), ensure_ascii=False)}: ")
            _write(item, depth + 1, parts)
        parts.append(f"\n{_INDENT * depth}}}")
    elif isinstance(value, (list, tuple)):
        if not value:
            parts.append("[]")
            return
        inner = _INDENT * (depth + 1)
        parts.append("[\n")
        for index, item in enumerate(value):
            if index:
                parts.append(",\n")
            parts.append(inner)
            _write(item, depth + 1, parts)
        parts.append(f"\n{_INDENT * depth}]")
    else:
        # pydantic's fallback=str for what JSON cannot hold.
        parts.append(json.dumps(str(value), ensure_ascii=False))


def _float_text(number: float) -> str:
    """A float as pydantic-core writes it: the shortest digits that round-trip, placed by ryu's
    rules rather than ``repr``'s, with a signed exponent."""
    if math.isnan(number):
        return "NaN"
    if math.isinf(number):
        return "Infinity" if number > 0 else "-Infinity"
    if number == 0:
        return "-0.0" if math.copysign(1.0, number) < 0 else "0.0"
    sign = "-" if number < 0 else ""
    # repr gives the shortest round-trip digits, as ryu does; only the layout differs.
    _, digit_tuple, exponent = Decimal(repr(abs(number))).as_tuple()
    digits = "".join(map(str, digit_tuple)).rstrip("0")
    exponent += len(digit_tuple) - len(digits)
    length = len(digits)
    point = length + exponent  # where the decimal point falls, counted from the first digit
    if 0 <= exponent and point <= 16:
        text = digits + "0" * exponent + ".0"
    elif 0 < point <= 16:
        text = f"{digits[:point]}.{digits[point:]}"
    elif -5 < point <= 0:
        text = "0." + "0" * -point + digits
    else:
        mantissa = digits if length == 1 else f"{digits[0]}.{digits[1:]}"
        text = f"{mantissa}e{point - 1:+d}"
    return sign + text
