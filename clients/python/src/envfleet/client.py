"""The synchronous client: standard library only (``urllib``), one request per method call.

Every method returns the server's JSON answer as dicts and lists, with the API's own field names.
A non-2xx answer raises :class:`~envfleet.EnvfleetError`. A tool that fails is *not* an error: it
comes back inside the step answer with ``isError: True``, as an agent would see it.
"""

from __future__ import annotations

import json
import socket
import urllib.error
import urllib.request
from typing import Any, Dict, List, Mapping, Optional, Sequence

from . import _routes as routes
from .errors import EnvfleetError, EnvfleetTimeout, error_from_answer
from .types import CallResult, Closed, Evaluation, ResetResult, Snapshot, StepResult, ToolCall

__all__ = ["Client", "Episode"]


class Client:
    """A client of one envfleet server (the gateway or a standalone environment server).

    ``base_url`` is where it listens, e.g. ``http://127.0.0.1:8080`` (a path prefix is kept);
    ``token`` is its ``ENVFLEET_TOKEN``, sent as ``Authorization: Bearer ...``; ``timeout`` is in
    seconds per request. Safe to share between threads: it holds no connection. Requests go
    through ``urllib``, so ``HTTP_PROXY`` / ``NO_PROXY`` apply.
    """

    def __init__(self, base_url: str, token: Optional[str] = None, timeout: float = 60.0):
        self.base_url = routes.check_base_url(base_url, type(self).__name__)
        self.token = token
        self.timeout = timeout

    # Environments

    def environments(self) -> Dict[str, Any]:
        """``{"environments": [{name, domain, version, description, presets, tools}]}``"""
        return self._send(routes.environments())

    def environment(self, name: str) -> Dict[str, Any]:
        """One environment as listed, plus its ``defaultScenario``."""
        return self._send(routes.environment(name))

    # Tasks

    def import_tasks(self, rows: Sequence[Mapping[str, Any]]) -> Dict[str, Any]:
        """Keeps EnvFactory-RL dataset rows as tasks, all or none: ``{"taskIds": [...]}`` in the order sent.

        Reset an episode from one with ``reset(task_id=...)``; its evaluate then needs no ground truth.
        """
        return self._send(routes.import_tasks(rows))

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
        or, with ``task_id`` (and no servers, scenario or presets), from a task kept by :meth:`import_tasks`."""
        return self._send(routes.reset(servers, scenario, presets, seed, ttl_seconds, task_id))

    def episode(
        self,
        servers: Optional[Sequence[str]] = None,
        scenario: Optional[Mapping[str, Mapping[str, Any]]] = None,
        presets: Optional[Mapping[str, str]] = None,
        seed: Optional[int] = None,
        ttl_seconds: Optional[int] = None,
        task_id: Optional[str] = None,
    ) -> Episode:
        """Like :meth:`reset`, returning an :class:`Episode` whose methods need no id."""
        reset = self.reset(servers, scenario=scenario, presets=presets, seed=seed, ttl_seconds=ttl_seconds, task_id=task_id)
        return Episode(self, reset)

    def step(self, episode_id: str, calls: Optional[Sequence[ToolCall]] = None, *, text: Optional[str] = None) -> StepResult:
        """One turn: ``calls`` (``[{"name": ..., "arguments": {...}}]``) run in order, in one step; or
        ``text``, the assistant message, whose ``<tool_call>`` blocks are the calls (the malformed
        ones come back in ``malformed`` and count as format errors for :meth:`evaluate`)."""
        return self._send(routes.step(episode_id, calls, text))

    def tools(self, *servers: str, format: Optional[str] = None, class_name: Optional[str] = None) -> Dict[str, Any]:
        """``{"tools": [...]}`` of the servers named, in ``format`` ``"mcp"`` (default), ``"openai"`` or
        ``"verl"`` (``class_name``: the BaseTool subclass each entry names)."""
        return self._send(routes.environment_tools(servers, format, class_name))

    def state(self, episode_id: str) -> Dict[str, Any]:
        """``{"state": {server: scenario}, "step": n}``"""
        return self._send(routes.state(episode_id))

    def trajectory(self, episode_id: str) -> Dict[str, Any]:
        """``{"calls": [{step, name, arguments, isError, content}]}``"""
        return self._send(routes.trajectory(episode_id))

    def snapshot(self, episode_id: str) -> Snapshot:
        """``{"snapshotId": ..., "step": n}``: a point :meth:`restore` can come back to."""
        return self._send(routes.snapshot(episode_id))

    def restore(self, episode_id: str, snapshot_id: str) -> Dict[str, Any]:
        """Back to a snapshot (later steps are discarded); ``{"step": n}``."""
        return self._send(routes.restore(episode_id, snapshot_id))

    def fork(self, episode_id: str, count: Optional[int] = None) -> Dict[str, Any]:
        """``count`` copies of the episode as it is now (default 1): ``{"episodeIds": [...]}``."""
        return self._send(routes.fork(episode_id, count))

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
        """The EnvFactory reward of the episode so far, against ground-truth calls and final states.

        Fields left out (``None``) are not sent, so the server's rules apply: ``ground_truth`` and
        ``final_config`` may be left out for an episode reset from a task (the task's are used), and
        a missing ``finalConfig`` otherwise follows the server's rule. Without ``tau``, it is
        ``reward_scheduler``'s (EnvFactory's ``data.reward_scheduler``) at ``epoch`` of ``total_epochs``;
        the answer's ``tau`` says which weight was used.
        """
        route = routes.evaluate(
            episode_id, ground_truth, final_config, masked_arguments, tau, format_errors, epoch, total_epochs, reward_scheduler
        )
        return self._send(route)

    def tool_graph(self, *servers: str, preset: Optional[str] = None) -> Dict[str, Any]:
        """The tool graph of ``servers``: ``{"servers", "nodes", "edges", …}`` (Graphviz text: ``envfleet graph``)."""
        return self._send(routes.tool_graph(servers, preset))

    def samples(
        self,
        servers: Sequence[str],
        count: int,
        seed: Optional[int] = None,
        max_steps: Optional[int] = None,
        preset: Optional[str] = None,
        keep: bool = False,
    ) -> Dict[str, Any]:
        """Verified multi-step tasks sampled along the tool graph (``{"tasks", "coverage", …}``); with
        ``keep``, also kept as the fleet's tasks (``"taskIds"``), to reset from by id."""
        return self._send(routes.samples(servers, count, seed, max_steps, preset, keep))

    def bfcl_score(
        self,
        involved_classes: Sequence[str],
        model: Sequence[Sequence[Mapping[str, Any]]],
        ground_truth: Sequence[Sequence[str]],
        initial_config: Optional[Mapping[str, Any]] = None,
        long_context: bool = False,
    ) -> Dict[str, Any]:
        """A BFCL multi-turn entry and a model's calls per turn, scored as BFCL's checker does."""
        return self._send(routes.bfcl_score(involved_classes, initial_config or {}, model, ground_truth, long_context))

    def evaluate_bfcl(self, episode_id: str, ground_truth: Sequence[Sequence[str]], turn_steps: Sequence[int]) -> Dict[str, Any]:
        """BFCL multi-turn's checks of a rollout on Bfcl servers: ``ground_truth`` is the entry's
        possible_answer (call strings per turn), ``turn_steps`` how many of the episode's steps each turn
        took. Answers ``{"valid": True}`` or ``{"valid": False, "errorType", "message", "turn", "details"}``."""
        return self._send(routes.evaluate_bfcl(episode_id, ground_truth, turn_steps))

    def evaluate_tau2(
        self,
        episode_id: str,
        actions: Sequence[Mapping[str, Any]],
        reward_basis: Optional[Sequence[str]] = None,
        env_assertions: Optional[Sequence[Mapping[str, Any]]] = None,
    ) -> Dict[str, Any]:
        """τ²-bench's checks of a rollout on a Tau2 server: ``actions`` is the task's
        ``evaluation_criteria.actions``; ``reward_basis`` is ``["DB", "ACTION"]`` unless given
        (telecom's tasks use ``["ENV_ASSERTION"]``, with ``env_assertions`` their
        ``evaluation_criteria.env_assertions``). Answers ``{"reward", "rewardBasis", "server",
        "database", "actions"}``, and ``"envAssertions"`` when they were given."""
        return self._send(routes.evaluate_tau2(episode_id, actions, reward_basis, env_assertions))

    def close(self, episode_id: str) -> Closed:
        """Ends the episode: ``{"state": {server: scenario}, "steps": n}``."""
        return self._send(routes.close(episode_id))

    def mcp_url(self, episode_id: str) -> str:
        """The MCP endpoint of an episode, for one this client did not reset itself (a fork)."""
        return f"{self.base_url}{routes.episode_path(episode_id)}/mcp"

    # Many operations in one request

    def batch(self, ops: Sequence[Mapping[str, Any]]) -> Dict[str, Any]:
        """Runs ops in order, each ``{"op": "reset"|"step"|"state"|"evaluate"|"close", "episodeId": ..., ...body}``.

        Answers ``{"results": [{"status": ..., "body": ...}]}``, one per op; a failing op does not
        stop the others and does not raise (check each ``status``).
        """
        return self._send(routes.batch(ops))

    # Health

    def health(self) -> Dict[str, Any]:
        return self._send(routes.health())

    def ready(self) -> Dict[str, Any]:
        """Raises EnvfleetError (503) while the server's episode store does not answer."""
        return self._send(routes.ready())

    def request(self, method: str, path: str, body: Any = None) -> Any:
        """Any route of the API, e.g. one newer than this client: its JSON answer, or EnvfleetError."""
        return self._send(routes.Route(method.upper(), path if path.startswith("/") else f"/{path}", body))

    def _send(self, route: routes.Route) -> Any:
        headers = {"accept": "application/json, application/problem+json"}
        data = None
        if route.body is not None:
            data = json.dumps(route.body).encode("utf-8")
            headers["content-type"] = "application/json"
        if self.token is not None:
            headers["authorization"] = f"Bearer {self.token}"
        request = urllib.request.Request(self.base_url + route.path, data=data, headers=headers, method=route.method)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                status, text = response.status, response.read().decode("utf-8")
        except urllib.error.HTTPError as error:
            raise error_from_answer(route.name, error.code, error.reason, error.read().decode("utf-8", errors="replace")) from None
        except (urllib.error.URLError, OSError) as error:
            reason = getattr(error, "reason", error)
            if isinstance(reason, (socket.timeout, TimeoutError)):
                raise EnvfleetTimeout(
                    route.name, 0, "Timed out", f"{self.base_url} did not answer within {self.timeout:g} s (the client's timeout)"
                ) from error
            raise EnvfleetError(
                route.name, 0, "No answer", f"could not reach {self.base_url} ({reason}); check that an envfleet server is listening there"
            ) from error
        return parse_answer(route, status, text, self.base_url)


def parse_answer(route: routes.Route, status: int, text: str, base_url: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        raise EnvfleetError(
            route.name, status, "Not JSON", f"expected a JSON answer but got {text[:200]!r}; check that {base_url} is an envfleet server"
        ) from None


class Episode:
    """One live episode: the reset answer and the episode routes bound to its id.

    ``id``, ``servers``, ``tools`` (named ``Server-tool``, with input schemas: what an agent is
    offered) and ``mcp_url`` (the episode's own MCP endpoint). Use it as a context manager to close
    the episode when the block ends.
    """

    def __init__(self, client: Client, reset: Mapping[str, Any]):
        self.client = client
        self.id: str = reset["episodeId"]
        self.servers: List[str] = list(reset["servers"])
        self.tools: List[Dict[str, Any]] = list(reset["tools"])
        self.mcp_url: str = reset.get("mcpUrl") or client.mcp_url(self.id)
        self.closed = False

    def __repr__(self) -> str:
        return f"Episode({self.id!r}, servers={self.servers!r}{', closed' if self.closed else ''})"

    def __enter__(self) -> Episode:
        return self

    def __exit__(self, *exc_info: Any) -> None:
        if not self.closed:
            self.close()

    def step(self, calls: Optional[Sequence[ToolCall]] = None, *, text: Optional[str] = None) -> StepResult:
        """One turn: the calls run in order, in one step."""
        return self.client.step(self.id, calls, text=text)

    def call(self, name: str, arguments: Optional[Mapping[str, Any]] = None) -> CallResult:
        """One tool call as its own step; returns its result (``isError`` is True when the tool failed)."""
        return only_result(self.id, name, self.step([{"name": name, "arguments": dict(arguments or {})}]))

    def state(self) -> Dict[str, Any]:
        return self.client.state(self.id)

    def trajectory(self) -> Dict[str, Any]:
        return self.client.trajectory(self.id)

    def snapshot(self) -> Snapshot:
        return self.client.snapshot(self.id)

    def restore(self, snapshot_id: str) -> Dict[str, Any]:
        return self.client.restore(self.id, snapshot_id)

    def fork(self, count: Optional[int] = None) -> List[Episode]:
        """``count`` copies of this episode as it is now (default 1), each with the same servers and tools."""
        episode_ids = self.client.fork(self.id, count)["episodeIds"]
        return [Episode(self.client, forked_reset(self, episode_id, self.client.mcp_url(episode_id))) for episode_id in episode_ids]

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

    def close(self) -> Closed:
        """Ends the episode and returns ``{"state", "steps"}``."""
        answer = self.client.close(self.id)
        self.closed = True
        return answer


def only_result(episode_id: str, name: str, step: StepResult) -> CallResult:
    """The one result of a step of one call."""
    if not step["results"]:
        raise EnvfleetError(
            f"POST {routes.episode_path(episode_id)}/step",
            200,
            "Empty step",
            f"the server answered a step of one call ({name}) with no result; the server is out of date with this client",
        )
    return step["results"][0]


def forked_reset(parent: Any, episode_id: str, mcp_url: str) -> Dict[str, Any]:
    """What a reset would have answered for a fork of ``parent``: same servers and tools."""
    return {"episodeId": episode_id, "servers": parent.servers, "tools": parent.tools, "mcpUrl": mcp_url}
