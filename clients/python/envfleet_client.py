"""A dependency-free Python client of the envfleet v1 HTTP API (Python 3.9+, standard library only).

Copy this one file next to your rollout code, or put ``clients/python`` on ``sys.path``::

    from envfleet_client import EnvfleetClient

    client = EnvfleetClient("http://127.0.0.1:8080")
    with client.episode(["Calendar"], presets={"Calendar": "demo"}, seed=1) as episode:
        result = episode.call("Calendar-search_events", {"query": "review"})

Every method is one request and returns the server's JSON answer as dicts and lists, with the
API's own field names (``episodeId``, ``isError``, ``lengthPenalty`` ...). A non-2xx answer raises
:class:`EnvfleetError`. A tool that fails is *not* an error: it comes back inside the step answer
with ``isError: True``, as an agent would see it.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from typing import Any, Dict, List, Mapping, Optional, Sequence, TypedDict

__all__ = [
    "EnvfleetClient",
    "EnvfleetError",
    "Episode",
    "ToolCall",
    "CallResult",
    "StepResult",
    "ResetResult",
    "Evaluation",
]

__version__ = "0.1.0"


# Shapes of the most used bodies and answers (the project README, "Drive an episode with curl").


class _ToolCallBase(TypedDict):
    name: str


class ToolCall(_ToolCallBase, total=False):
    """``Server-tool`` (or the bare tool name when the episode has one server) and its arguments."""

    arguments: Dict[str, Any]


class CallResult(TypedDict):
    name: str
    isError: bool
    content: Any  # the tool's JSON result, or {"message": ...} when isError


class StepResult(TypedDict):
    step: int
    results: List[CallResult]


class ResetResult(TypedDict):
    episodeId: str
    servers: List[str]
    tools: List[Dict[str, Any]]  # {name: "Server-tool", description, inputSchema, annotations}
    mcpUrl: str


class Evaluation(TypedDict):
    reward: float
    trace: int
    state: float
    lengthPenalty: float
    formatPenalty: float
    tau: float  # the weight the trace score had: the tau sent, or the schedule's at the epoch sent
    diff: Dict[str, List[Dict[str, Any]]]  # per server, JSON Patch from the episode's state to finalConfig


class EnvfleetError(Exception):
    """A request the server refused or could not answer.

    ``status``, ``title``, ``detail`` and ``issues`` come from the problem+json body: 400 bad input
    (``issues`` lists what is wrong, one line per field), 401 missing token, 404 unknown
    episode/server/snapshot, 409 conflict, 413 body too large, 429 limit. ``status`` is 0 when no
    HTTP answer came back at all (server down, wrong URL, timeout).
    """

    def __init__(self, request: str, status: int, title: str, detail: str, issues: Optional[List[str]] = None):
        self.request = request
        self.status = status
        self.title = title
        self.detail = detail
        self.issues: List[str] = list(issues or [])
        status_text = f"{status} " if status else ""
        super().__init__(f"{request} failed: {status_text}{title} — {detail}")


class EnvfleetClient:
    """A client of one envfleet server (the gateway or a standalone environment server).

    ``base_url`` is where it listens, e.g. ``http://127.0.0.1:8080`` (a path prefix is kept);
    ``token`` is its ``ENVFLEET_TOKEN``, sent as ``Authorization: Bearer ...``; ``timeout`` is in
    seconds per request. Safe to share between threads: it holds no connection.
    """

    def __init__(self, base_url: str, token: Optional[str] = None, timeout: float = 60.0):
        parsed = urllib.parse.urlparse(base_url)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise ValueError(f'EnvfleetClient base_url "{base_url}" is not an http(s) URL: give one like http://127.0.0.1:8080')
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.timeout = timeout

    # Environments

    def environments(self) -> Dict[str, Any]:
        """``{"environments": [{name, domain, version, description, presets, tools}]}``"""
        return self._request("GET", "/v1/environments")

    def environment(self, name: str) -> Dict[str, Any]:
        """One environment as listed, plus its ``defaultScenario``."""
        return self._request("GET", f"/v1/environments/{_quote(name)}")

    # Episodes

    def reset(
        self,
        servers: Optional[Sequence[str]] = None,
        scenario: Optional[Mapping[str, Mapping[str, Any]]] = None,
        presets: Optional[Mapping[str, str]] = None,
        seed: Optional[int] = None,
        ttl_seconds: Optional[int] = None,
        task_id: Optional[str] = None,
    ) -> ResetResult:
        """Starts an episode. Each server starts from ``scenario[server]``, ``presets[server]``, or its default world;
        or, with ``task_id`` (and no servers), from a task imported with :meth:`import_tasks`."""
        return self._request("POST", "/v1/episodes", _reset_body(servers, scenario, presets, seed, ttl_seconds, task_id))

    def episode(
        self,
        servers: Optional[Sequence[str]] = None,
        scenario: Optional[Mapping[str, Mapping[str, Any]]] = None,
        presets: Optional[Mapping[str, str]] = None,
        seed: Optional[int] = None,
        ttl_seconds: Optional[int] = None,
        task_id: Optional[str] = None,
    ) -> "Episode":
        """Like :meth:`reset`, returning an :class:`Episode` whose methods need no id."""
        return Episode(
            self, self.reset(servers, scenario=scenario, presets=presets, seed=seed, ttl_seconds=ttl_seconds, task_id=task_id)
        )

    # Tasks

    def import_tasks(self, rows: Sequence[Mapping[str, Any]]) -> Dict[str, Any]:
        """Keeps EnvFactory-RL rows as tasks (all or none): ``{"taskIds": [...]}``; reset with ``task_id=``."""
        return self._request("POST", "/v1/tasks", {"tasks": [dict(row) for row in rows]})

    def step(self, episode_id: str, calls: Sequence[ToolCall]) -> StepResult:
        """One turn: ``calls`` (``[{"name": ..., "arguments": {...}}]``) run in order, in one step."""
        return self._request("POST", f"{_episode_path(episode_id)}/step", {"calls": list(calls)})

    def state(self, episode_id: str) -> Dict[str, Any]:
        """``{"state": {server: scenario}, "step": n}``"""
        return self._request("GET", f"{_episode_path(episode_id)}/state")

    def trajectory(self, episode_id: str) -> Dict[str, Any]:
        """``{"calls": [{step, name, arguments, isError, content}]}``"""
        return self._request("GET", f"{_episode_path(episode_id)}/trajectory")

    def snapshot(self, episode_id: str) -> Dict[str, Any]:
        """``{"snapshotId": ..., "step": n}``: a point :meth:`restore` can come back to."""
        return self._request("POST", f"{_episode_path(episode_id)}/snapshots")

    def restore(self, episode_id: str, snapshot_id: str) -> Dict[str, Any]:
        """Back to a snapshot (later steps are discarded); ``{"step": n}``."""
        return self._request("POST", f"{_episode_path(episode_id)}/restore", {"snapshotId": snapshot_id})

    def fork(self, episode_id: str, count: Optional[int] = None) -> Dict[str, Any]:
        """``count`` copies of the episode as it is now (default 1): ``{"episodeIds": [...]}``."""
        return self._request("POST", f"{_episode_path(episode_id)}/fork", {} if count is None else {"count": count})

    def evaluate(
        self,
        episode_id: str,
        ground_truth: Optional[Sequence[Mapping[str, Any]]] = None,
        final_config: Optional[Mapping[str, Any]] = None,
        masked_arguments: Optional[Mapping[str, Sequence[str]]] = None,
        tau: Optional[float] = None,
        format_errors: Optional[int] = None,
        epoch: Optional[int] = None,
        total_epochs: Optional[int] = None,
        reward_scheduler: Optional[Mapping[str, Any]] = None,
    ) -> Evaluation:
        """EnvFactory's reward of the episode so far (the fork's tool_reward_fcn, figure for figure).

        ``ground_truth`` and ``final_config`` may be left out only for an episode reset from a task,
        whose ground truth is then used; ``final_config={}`` scores state 0. Without ``tau``, it comes
        from ``reward_scheduler`` (the fork's ``data.reward_scheduler``) at ``epoch`` of ``total_epochs``.
        """
        body: Dict[str, Any] = {}
        if ground_truth is not None:
            body["groundTruth"] = list(ground_truth)
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
        return self._request("POST", f"{_episode_path(episode_id)}/evaluate", body)

    def close(self, episode_id: str) -> Dict[str, Any]:
        """Ends the episode: ``{"state": {server: scenario}, "steps": n}``."""
        return self._request("DELETE", _episode_path(episode_id))

    def mcp_url(self, episode_id: str) -> str:
        """The MCP endpoint of an episode, for one this client did not reset itself (a fork)."""
        return f"{self.base_url}{_episode_path(episode_id)}/mcp"

    # Many operations in one request

    def batch(self, ops: Sequence[Mapping[str, Any]]) -> Dict[str, Any]:
        """Runs ops in order, each ``{"op": "reset"|"step"|"state"|"evaluate"|"close", "episodeId": ..., ...body}``.

        Answers ``{"results": [{"status": ..., "body": ...}]}``, one per op; a failing op does not
        stop the others and does not raise (check each ``status``).
        """
        return self._request("POST", "/v1/batch", {"ops": [dict(op) for op in ops]})

    # Health

    def health(self) -> Dict[str, Any]:
        return self._request("GET", "/healthz")

    def ready(self) -> Dict[str, Any]:
        """Raises EnvfleetError (503) while the server's episode store does not answer."""
        return self._request("GET", "/readyz")

    def _request(self, method: str, path: str, body: Any = None) -> Any:
        request_name = f"{method} {path}"
        headers = {"accept": "application/json, application/problem+json"}
        data = None
        if body is not None:
            data = json.dumps(body).encode("utf-8")
            headers["content-type"] = "application/json"
        if self.token is not None:
            headers["authorization"] = f"Bearer {self.token}"
        request = urllib.request.Request(self.base_url + path, data=data, headers=headers, method=method)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                status, text = response.status, response.read().decode("utf-8")
        except urllib.error.HTTPError as error:
            text = error.read().decode("utf-8", errors="replace")
            raise _problem(request_name, error.code, error.reason, text) from None
        except (urllib.error.URLError, OSError) as error:
            reason = getattr(error, "reason", error)
            raise EnvfleetError(
                request_name, 0, "No answer", f"could not reach {self.base_url} ({reason}); check that an envfleet server is listening there"
            ) from error
        try:
            return json.loads(text)
        except ValueError:
            raise EnvfleetError(
                request_name, status, "Not JSON", f"expected a JSON answer but got {text[:200]!r}; check that {self.base_url} is an envfleet server"
            ) from None


class Episode:
    """One live episode: the reset answer and the episode routes bound to its id.

    ``id``, ``servers``, ``tools`` (named ``Server-tool``, with input schemas: what an agent is
    offered) and ``mcp_url`` (the episode's own MCP endpoint). Use it as a context manager to close
    the episode when the block ends.
    """

    def __init__(self, client: EnvfleetClient, reset: Mapping[str, Any]):
        self.client = client
        self.id: str = reset["episodeId"]
        self.servers: List[str] = list(reset["servers"])
        self.tools: List[Dict[str, Any]] = list(reset["tools"])
        self.mcp_url: str = reset.get("mcpUrl") or client.mcp_url(self.id)
        self.closed = False

    def __repr__(self) -> str:
        return f"Episode({self.id!r}, servers={self.servers!r}{', closed' if self.closed else ''})"

    def __enter__(self) -> "Episode":
        return self

    def __exit__(self, *exc_info: Any) -> None:
        if not self.closed:
            self.close()

    def step(self, calls: Sequence[ToolCall]) -> StepResult:
        """One turn: the calls run in order, in one step."""
        return self.client.step(self.id, calls)

    def call(self, name: str, arguments: Optional[Mapping[str, Any]] = None) -> CallResult:
        """One tool call as its own step; returns its result (``isError`` is True when the tool failed)."""
        results = self.step([{"name": name, "arguments": dict(arguments or {})}])["results"]
        if not results:
            raise EnvfleetError(
                f"POST {_episode_path(self.id)}/step",
                200,
                "Empty step",
                f"the server answered a step of one call ({name}) with no result; the server is out of date with this client",
            )
        return results[0]

    def state(self) -> Dict[str, Any]:
        return self.client.state(self.id)

    def trajectory(self) -> Dict[str, Any]:
        return self.client.trajectory(self.id)

    def snapshot(self) -> Dict[str, Any]:
        return self.client.snapshot(self.id)

    def restore(self, snapshot_id: str) -> Dict[str, Any]:
        return self.client.restore(self.id, snapshot_id)

    def fork(self, count: Optional[int] = None) -> List["Episode"]:
        """``count`` copies of this episode as it is now (default 1), each with the same servers and tools."""
        episode_ids = self.client.fork(self.id, count)["episodeIds"]
        return [
            Episode(self.client, {"episodeId": episode_id, "servers": self.servers, "tools": self.tools, "mcpUrl": self.client.mcp_url(episode_id)})
            for episode_id in episode_ids
        ]

    def evaluate(
        self,
        ground_truth: Optional[Sequence[Mapping[str, Any]]] = None,
        final_config: Optional[Mapping[str, Any]] = None,
        masked_arguments: Optional[Mapping[str, Sequence[str]]] = None,
        tau: Optional[float] = None,
        format_errors: Optional[int] = None,
        epoch: Optional[int] = None,
        total_epochs: Optional[int] = None,
        reward_scheduler: Optional[Mapping[str, Any]] = None,
    ) -> Evaluation:
        return self.client.evaluate(
            self.id,
            ground_truth,
            final_config=final_config,
            masked_arguments=masked_arguments,
            tau=tau,
            format_errors=format_errors,
            epoch=epoch,
            total_epochs=total_epochs,
            reward_scheduler=reward_scheduler,
        )

    def close(self) -> Dict[str, Any]:
        """Ends the episode and returns ``{"state", "steps"}``; later calls on it raise a 404."""
        answer = self.client.close(self.id)
        self.closed = True
        return answer


def _episode_path(episode_id: str) -> str:
    return f"/v1/episodes/{_quote(episode_id)}"


def _quote(segment: str) -> str:
    return urllib.parse.quote(segment, safe="")


def _reset_body(servers, scenario, presets, seed, ttl_seconds, task_id=None) -> Dict[str, Any]:
    if isinstance(servers, str):
        # A bare string would be sent as a list of letters; this is always a mistake.
        raise TypeError(f'servers must be a list of server names, e.g. ["{servers}"], not a string')
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
    return body


def _problem(request_name: str, status: int, reason: Any, text: str) -> EnvfleetError:
    """The problem+json body of a failed answer, or the best description of one that is not (a proxy's HTML page)."""
    try:
        problem = json.loads(text)
    except ValueError:
        problem = None
    if not isinstance(problem, dict):
        problem = {}
    title = problem.get("title") if isinstance(problem.get("title"), str) else (str(reason) if reason else "Error")
    detail = problem.get("detail") if isinstance(problem.get("detail"), str) else (text[:500] or "the server sent no details")
    issues = [str(issue) for issue in problem.get("issues", [])] if isinstance(problem.get("issues"), list) else []
    return EnvfleetError(request_name, status, title, detail, issues)
