"""The asyncio client, for rollout loops: one ``httpx.AsyncClient`` whose pooled keep-alive
connections every request reuses, so thousands of steps cost no new TCP handshakes.

Needs the ``async`` extra: ``pip install 'envfleet[async]'``. Methods and answers are those of
:class:`envfleet.Client`, awaited.
"""

from __future__ import annotations

from typing import Any, Dict, List, Mapping, Optional, Sequence

try:
    import httpx
except ImportError as missing:  # pragma: no cover - depends on the installation
    raise ImportError(
        "envfleet.AsyncClient needs httpx, which the 'async' extra installs: pip install 'envfleet[async]' "
        "(or use envfleet.Client, which needs nothing)"
    ) from missing

from . import _routes as routes
from .client import forked_reset, only_result, parse_answer
from .errors import EnvfleetError, EnvfleetTimeout, error_from_answer
from .types import CallResult, Closed, Evaluation, ResetResult, Snapshot, StepResult, ToolCall

__all__ = ["AsyncClient", "AsyncEpisode"]


class AsyncClient:
    """An asyncio client of one envfleet server, holding a pool of keep-alive connections.

    ``base_url``, ``token`` and ``timeout`` (seconds per request) as for :class:`envfleet.Client`;
    ``max_connections`` bounds the pool (requests beyond it wait for a free connection). Pass
    ``http_client`` to use an ``httpx.AsyncClient`` of your own (its base URL is ignored; you close
    it). Close the pool with ``await client.aclose()`` or ``async with AsyncClient(...)``.
    """

    def __init__(
        self,
        base_url: str,
        token: Optional[str] = None,
        timeout: float = 60.0,
        *,
        max_connections: int = 100,
        http_client: Optional[httpx.AsyncClient] = None,
    ):
        self.base_url = routes.check_base_url(base_url, type(self).__name__)
        self.token = token
        self.timeout = timeout
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(
            timeout=timeout,
            limits=httpx.Limits(max_connections=max_connections, max_keepalive_connections=max_connections),
        )

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(self, *exc_info: Any) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Closes the connection pool (not any episode)."""
        if self._owns_http:
            await self._http.aclose()

    # Environments

    async def environments(self) -> Dict[str, Any]:
        return await self._send(routes.environments())

    async def environment(self, name: str) -> Dict[str, Any]:
        return await self._send(routes.environment(name))

    # Tasks

    async def import_tasks(self, rows: Sequence[Mapping[str, Any]]) -> Dict[str, Any]:
        """Keeps EnvFactory-RL dataset rows as tasks, all or none: ``{"taskIds": [...]}``."""
        return await self._send(routes.import_tasks(rows))

    # Episodes

    async def reset(
        self,
        servers: Optional[Sequence[str]] = None,
        scenario: Optional[Mapping[str, Mapping[str, Any]]] = None,
        presets: Optional[Mapping[str, str]] = None,
        seed: Optional[int] = None,
        ttl_seconds: Optional[int] = None,
        task_id: Optional[str] = None,
    ) -> ResetResult:
        return await self._send(routes.reset(servers, scenario, presets, seed, ttl_seconds, task_id))

    async def episode(
        self,
        servers: Optional[Sequence[str]] = None,
        scenario: Optional[Mapping[str, Mapping[str, Any]]] = None,
        presets: Optional[Mapping[str, str]] = None,
        seed: Optional[int] = None,
        ttl_seconds: Optional[int] = None,
        task_id: Optional[str] = None,
    ) -> AsyncEpisode:
        """Like :meth:`reset`, returning an :class:`AsyncEpisode` (``async with`` closes it)."""
        reset = await self.reset(servers, scenario=scenario, presets=presets, seed=seed, ttl_seconds=ttl_seconds, task_id=task_id)
        return AsyncEpisode(self, reset)

    async def step(self, episode_id: str, calls: Optional[Sequence[ToolCall]] = None, *, text: Optional[str] = None) -> StepResult:
        return await self._send(routes.step(episode_id, calls, text))

    async def tools(self, *servers: str, format: Optional[str] = None, class_name: Optional[str] = None) -> Dict[str, Any]:
        return await self._send(routes.environment_tools(servers, format, class_name))

    async def state(self, episode_id: str) -> Dict[str, Any]:
        return await self._send(routes.state(episode_id))

    async def trajectory(self, episode_id: str) -> Dict[str, Any]:
        return await self._send(routes.trajectory(episode_id))

    async def snapshot(self, episode_id: str) -> Snapshot:
        return await self._send(routes.snapshot(episode_id))

    async def restore(self, episode_id: str, snapshot_id: str) -> Dict[str, Any]:
        return await self._send(routes.restore(episode_id, snapshot_id))

    async def fork(self, episode_id: str, count: Optional[int] = None) -> Dict[str, Any]:
        return await self._send(routes.fork(episode_id, count))

    async def evaluate(
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
        route = routes.evaluate(
            episode_id, ground_truth, final_config, masked_arguments, tau, format_errors, epoch, total_epochs, reward_scheduler
        )
        return await self._send(route)

    async def tool_graph(self, *servers: str, preset: Optional[str] = None) -> Dict[str, Any]:
        """The tool graph of ``servers``: ``{"servers", "nodes", "edges", …}`` (Graphviz text: ``envfleet graph``)."""
        return await self._send(routes.tool_graph(servers, preset))

    async def samples(
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
        return await self._send(routes.samples(servers, count, seed, max_steps, preset, keep))

    async def bfcl_score(
        self,
        involved_classes: Sequence[str],
        model: Sequence[Sequence[Mapping[str, Any]]],
        ground_truth: Sequence[Sequence[str]],
        initial_config: Optional[Mapping[str, Any]] = None,
        long_context: bool = False,
    ) -> Dict[str, Any]:
        """A BFCL multi-turn entry and a model's calls per turn, scored as BFCL's checker does."""
        return await self._send(routes.bfcl_score(involved_classes, initial_config or {}, model, ground_truth, long_context))

    async def evaluate_bfcl(self, episode_id: str, ground_truth: Sequence[Sequence[str]], turn_steps: Sequence[int]) -> Dict[str, Any]:
        """BFCL multi-turn's checks of a rollout on Bfcl servers (see :meth:`envfleet.Client.evaluate_bfcl`)."""
        return await self._send(routes.evaluate_bfcl(episode_id, ground_truth, turn_steps))

    async def evaluate_tau2(
        self,
        episode_id: str,
        actions: Sequence[Mapping[str, Any]],
        reward_basis: Optional[Sequence[str]] = None,
        env_assertions: Optional[Sequence[Mapping[str, Any]]] = None,
    ) -> Dict[str, Any]:
        """τ²-bench's checks of a rollout on a Tau2 server (see :meth:`envfleet.Client.evaluate_tau2`)."""
        return await self._send(routes.evaluate_tau2(episode_id, actions, reward_basis, env_assertions))

    async def close(self, episode_id: str) -> Closed:
        """Ends the episode (``DELETE``); the connection pool stays open (see :meth:`aclose`)."""
        return await self._send(routes.close(episode_id))

    def mcp_url(self, episode_id: str) -> str:
        return f"{self.base_url}{routes.episode_path(episode_id)}/mcp"

    async def batch(self, ops: Sequence[Mapping[str, Any]]) -> Dict[str, Any]:
        return await self._send(routes.batch(ops))

    async def health(self) -> Dict[str, Any]:
        return await self._send(routes.health())

    async def ready(self) -> Dict[str, Any]:
        return await self._send(routes.ready())

    async def request(self, method: str, path: str, body: Any = None) -> Any:
        """Any route of the API, e.g. one newer than this client: its JSON answer, or EnvfleetError."""
        return await self._send(routes.Route(method.upper(), path if path.startswith("/") else f"/{path}", body))

    async def _send(self, route: routes.Route) -> Any:
        headers = {"accept": "application/json, application/problem+json"}
        if self.token is not None:
            headers["authorization"] = f"Bearer {self.token}"
        try:
            response = await self._http.request(
                route.method, self.base_url + route.path, json=route.body, headers=headers, timeout=self.timeout
            )
        except httpx.TimeoutException as error:
            raise EnvfleetTimeout(
                route.name, 0, "Timed out", f"{self.base_url} did not answer within {self.timeout:g} s (the client's timeout)"
            ) from error
        except httpx.TransportError as error:
            raise EnvfleetError(
                route.name, 0, "No answer", f"could not reach {self.base_url} ({error!r}); check that an envfleet server is listening there"
            ) from error
        if not response.is_success:
            raise error_from_answer(route.name, response.status_code, response.reason_phrase, response.text)
        return parse_answer(route, response.status_code, response.text, self.base_url)


class AsyncEpisode:
    """One live episode bound to an :class:`AsyncClient`; ``async with`` closes it at the end."""

    def __init__(self, client: AsyncClient, reset: Mapping[str, Any]):
        self.client = client
        self.id: str = reset["episodeId"]
        self.servers: List[str] = list(reset["servers"])
        self.tools: List[Dict[str, Any]] = list(reset["tools"])
        self.mcp_url: str = reset.get("mcpUrl") or client.mcp_url(self.id)
        self.closed = False

    def __repr__(self) -> str:
        return f"AsyncEpisode({self.id!r}, servers={self.servers!r}{', closed' if self.closed else ''})"

    async def __aenter__(self) -> AsyncEpisode:
        return self

    async def __aexit__(self, *exc_info: Any) -> None:
        if not self.closed:
            await self.close()

    async def step(self, calls: Optional[Sequence[ToolCall]] = None, *, text: Optional[str] = None) -> StepResult:
        return await self.client.step(self.id, calls, text=text)

    async def call(self, name: str, arguments: Optional[Mapping[str, Any]] = None) -> CallResult:
        return only_result(self.id, name, await self.step([{"name": name, "arguments": dict(arguments or {})}]))

    async def state(self) -> Dict[str, Any]:
        return await self.client.state(self.id)

    async def trajectory(self) -> Dict[str, Any]:
        return await self.client.trajectory(self.id)

    async def snapshot(self) -> Snapshot:
        return await self.client.snapshot(self.id)

    async def restore(self, snapshot_id: str) -> Dict[str, Any]:
        return await self.client.restore(self.id, snapshot_id)

    async def fork(self, count: Optional[int] = None) -> List[AsyncEpisode]:
        episode_ids = (await self.client.fork(self.id, count))["episodeIds"]
        return [AsyncEpisode(self.client, forked_reset(self, episode_id, self.client.mcp_url(episode_id))) for episode_id in episode_ids]

    async def evaluate(
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
        return await self.client.evaluate(
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

    async def close(self) -> Closed:
        answer = await self.client.close(self.id)
        self.closed = True
        return answer
