"""Shapes of the most used request bodies and answers of the v1 API (the project README's table).

Answers are the server's JSON as dicts with the API's own field names (``episodeId``, ``isError``,
``lengthPenalty``, …), so what ``GET /docs`` shows is what a client returns.
"""

from __future__ import annotations

from typing import Any, Dict, List, TypedDict

__all__ = ["ToolCall", "CallResult", "StepResult", "ResetResult", "Evaluation", "Snapshot", "Closed"]


class _ToolCallBase(TypedDict):
    name: str


class ToolCall(_ToolCallBase, total=False):
    """``Server-tool`` (or the bare tool name when the episode has one server) and its arguments."""

    arguments: Dict[str, Any]


class CallResult(TypedDict):
    name: str
    isError: bool
    content: Any  # the tool's JSON result, or {"message": ...} when isError


class MalformedToolCall(TypedDict):
    text: str
    reason: str


class _StepResultBase(TypedDict):
    step: int
    results: List[CallResult]


class StepResult(_StepResultBase, total=False):
    # A text step only: its blocks that are no call, and the episode's format errors so far.
    malformed: List[MalformedToolCall]
    formatErrors: int


class ResetResult(TypedDict):
    episodeId: str
    servers: List[str]
    tools: List[Dict[str, Any]]  # {name: "Server-tool", description, inputSchema, annotations}
    mcpUrl: str


class Evaluation(TypedDict):
    reward: float
    trace: float
    state: float
    lengthPenalty: float
    formatPenalty: float
    tau: float  # the weight the trace score had: the tau sent, or the reward schedule's at the epoch sent
    diff: Dict[str, List[Dict[str, Any]]]  # per server, JSON Patch from the episode's state to finalConfig


class Snapshot(TypedDict):
    snapshotId: str
    step: int


class Closed(TypedDict):
    state: Dict[str, Any]
    steps: int

