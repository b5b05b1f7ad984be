"""Each v1 operation as (method, path, body), shared by Client and AsyncClient so the two cannot
drift apart: a client only decides how the request travels."""

from __future__ import annotations

import urllib.parse
from typing import Any, Dict, Mapping, NamedTuple, Optional, Sequence

from .types import ToolCall


class Route(NamedTuple):
    method: str
    path: str
    body: Any = None

    @property
    def name(self) -> str:
        """How an error names the request: ``POST /v1/episodes/ep_…/step``."""
        return f"{self.method} {self.path}"


def check_base_url(base_url: str, client_name: str) -> str:
    parsed = urllib.parse.urlparse(base_url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise ValueError(f'{client_name} base_url "{base_url}" is not an http(s) URL: give one like http://127.0.0.1:8080')
    return base_url.rstrip("/")


def environments() -> Route:
    return Route("GET", "/v1/environments")


def environment(name: str) -> Route:
    return Route("GET", f"/v1/environments/{_quote(name)}")


def environment_tools(names: Sequence[str], format: Optional[str], class_name: Optional[str] = None) -> Route:
    if isinstance(names, str):
        raise TypeError(f'names must be a list of server names, e.g. ["{names}"], not a string')
    query = {"format": format or "mcp", **({"className": class_name} if class_name is not None else {})}
    return Route("GET", f"/v1/environments/{_quote(','.join(names))}/tools?{urllib.parse.urlencode(query)}")


def reset(
    servers: Optional[Sequence[str]],
    scenario: Optional[Mapping[str, Mapping[str, Any]]],
    presets: Optional[Mapping[str, str]],
    seed: Optional[int],
    ttl_seconds: Optional[int],
    task_id: Optional[str] = None,
) -> Route:
    if isinstance(servers, str):
        # A bare string would be sent as a list of letters; this is always a mistake.
        raise TypeError(f'servers must be a list of server names, e.g. ["{servers}"], not a string')
    # Each left out when not given: a reset from a task names no servers, and the server says
    # what is missing or what does not go together (taskId with servers, …).
    body: Dict[str, Any] = {}
    if servers is not None:
        body["servers"] = list(servers)
    if task_id is not None:
        body["taskId"] = task_id
    if scenario is not None:
        body["scenario"] = {name: dict(value) for name, value in scenario.items()}
    if presets is not None:
        body["presets"] = dict(presets)
    if seed is not None:
        body["seed"] = seed
    if ttl_seconds is not None:
        body["ttlSeconds"] = ttl_seconds
    return Route("POST", "/v1/episodes", body)


def import_tasks(rows: Sequence[Mapping[str, Any]]) -> Route:
    if isinstance(rows, Mapping):
        # One row given bare would be sent as a list of its keys; this is always a mistake.
        raise TypeError("rows must be a list of task rows, e.g. [row], not one row")
    return Route("POST", "/v1/tasks", {"tasks": [dict(row) for row in rows]})


def step(episode_id: str, calls: Optional[Sequence[ToolCall]], text: Optional[str] = None) -> Route:
    # One of the two: the server refuses both or neither, naming the fields.
    body: Dict[str, Any] = {}
    if calls is not None:
        body["calls"] = [dict(call) for call in calls]
    if text is not None:
        body["text"] = text
    return Route("POST", f"{episode_path(episode_id)}/step", body)


def state(episode_id: str) -> Route:
    return Route("GET", f"{episode_path(episode_id)}/state")


def trajectory(episode_id: str) -> Route:
    return Route("GET", f"{episode_path(episode_id)}/trajectory")


def snapshot(episode_id: str) -> Route:
    return Route("POST", f"{episode_path(episode_id)}/snapshots")


def restore(episode_id: str, snapshot_id: str) -> Route:
    return Route("POST", f"{episode_path(episode_id)}/restore", {"snapshotId": snapshot_id})


def fork(episode_id: str, count: Optional[int]) -> Route:
    return Route("POST", f"{episode_path(episode_id)}/fork", {} if count is None else {"count": count})


def evaluate(
    episode_id: str,
    ground_truth: Optional[Sequence[Mapping[str, Any]]],
    final_config: Optional[Mapping[str, Any]],
    masked_arguments: Optional[Mapping[str, Sequence[str]]],
    tau: Optional[float],
    format_errors: Optional[int],
    epoch: Optional[int] = None,
    total_epochs: Optional[int] = None,
    reward_scheduler: Optional[Mapping[str, Any]] = None,
) -> Route:
    # Each field left out when not given, so the server's own rule applies rather than a default
    # picked here: a task's ground truth and final state for an episode reset from a task, the
    # reward schedule's tau at the epoch, the server's rule for a missing finalConfig.
    body: Dict[str, Any] = {}
    if ground_truth is not None:
        body["groundTruth"] = [dict(call) for call in ground_truth]
    if final_config is not None:
        body["finalConfig"] = dict(final_config)
    if masked_arguments is not None:
        body["maskedArguments"] = {tool: list(names) for tool, names in masked_arguments.items()}
    if tau is not None:
        body["tau"] = tau
    if format_errors is not None:
        body["formatErrors"] = format_errors
    if epoch is not None:
        body["epoch"] = epoch
    if total_epochs is not None:
        body["totalEpochs"] = total_epochs
    if reward_scheduler is not None:
        body["rewardScheduler"] = dict(reward_scheduler)
    return Route("POST", f"{episode_path(episode_id)}/evaluate", body)


def evaluate_bfcl(episode_id: str, ground_truth: Sequence[Sequence[str]], turn_steps: Sequence[int]) -> Route:
    body = {"groundTruth": [list(turn) for turn in ground_truth], "turnSteps": list(turn_steps)}
    return Route("POST", f"{episode_path(episode_id)}/evaluate/bfcl", body)


def evaluate_tau2(
    episode_id: str,
    actions: Sequence[Mapping[str, Any]],
    reward_basis: Optional[Sequence[str]],
    env_assertions: Optional[Sequence[Mapping[str, Any]]] = None,
) -> Route:
    body: Dict[str, Any] = {"actions": [dict(action) for action in actions]}
    if env_assertions is not None:
        body["envAssertions"] = [dict(assertion) for assertion in env_assertions]
    if reward_basis is not None:
        body["rewardBasis"] = list(reward_basis)
    return Route("POST", f"{episode_path(episode_id)}/evaluate/tau2", body)


def tool_graph(servers: Sequence[str], preset: Optional[str]) -> Route:
    query: Dict[str, str] = {"servers": ",".join(servers)}
    if preset is not None:
        query["preset"] = preset
    return Route("GET", f"/v1/graph?{urllib.parse.urlencode(query)}")


def samples(
    servers: Sequence[str], count: int, seed: Optional[int], max_steps: Optional[int], preset: Optional[str], keep: bool
) -> Route:
    body: Dict[str, Any] = {"servers": list(servers), "count": count}
    if seed is not None:
        body["seed"] = seed
    if max_steps is not None:
        body["maxSteps"] = max_steps
    if preset is not None:
        body["preset"] = preset
    if keep:
        body["import"] = True
    return Route("POST", "/v1/samples", body)


def bfcl_score(
    involved_classes: Sequence[str],
    initial_config: Mapping[str, Any],
    model: Sequence[Sequence[Mapping[str, Any]]],
    ground_truth: Sequence[Sequence[str]],
    long_context: bool,
) -> Route:
    body = {
        "involved_classes": list(involved_classes),
        "initial_config": dict(initial_config),
        "long_context": long_context,
        "model": [[dict(call) for call in turn] for turn in model],
        "ground_truth": [list(turn) for turn in ground_truth],
    }
    return Route("POST", "/v1/bfcl/score", body)


def close(episode_id: str) -> Route:
    return Route("DELETE", episode_path(episode_id))


def batch(ops: Sequence[Mapping[str, Any]]) -> Route:
    return Route("POST", "/v1/batch", {"ops": [dict(op) for op in ops]})


def health() -> Route:
    return Route("GET", "/healthz")


def ready() -> Route:
    return Route("GET", "/readyz")


def episode_path(episode_id: str) -> str:
    return f"/v1/episodes/{_quote(episode_id)}"


def _quote(segment: str) -> str:
    return urllib.parse.quote(segment, safe="")
