"""EnvFactory's ``MCPManager`` over the fleet's v1 HTTP API, without fastmcp.

The fork (RolandXMR/verl, ``EnvFactory/manager/mcp_manager.py``) opens one fastmcp client per
``"<Server>-<request_id>"``, loads the rollout's scenario into it, calls the domain tools by bare
name, and saves the scenario at the end for the reward. Here each client id is one fleet episode of
that server: ``load_scenario`` is a reset from the scenario, a tool call is a step of one call,
``save_scenario`` reads the episode's state, and closing a client closes its episode. Methods,
arguments and return values (strings, as the fork's manager returns them) are the fork's.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple, Union

from ..client import Client
from ..errors import EnvfleetError, EnvfleetTimeout, error_from_answer
from .config import ConfigSource, ServerEntry, fleet_base_url, read_mcp_config
from .fastmcp_text import tool_error_text, tool_result_text
from .tool_schemas import SESSION_TOOLS, server_tool_schemas

__all__ = ["MCPManager"]

logger = logging.getLogger(__name__)

_LOADED_TEXT = "Successfully loaded scenario"
_ALREADY_LOADED_TEXT = "Already loaded scenario, skipping load."


class _ToolFailure(Exception):
    """A call the reference server would have answered with an error result; its text is the message."""


class _Session:
    """One client id: its episode (opened on first use) and whether a scenario was loaded."""

    def __init__(self, server: str, loaded: bool = False):
        self.server = server
        self.episode_id: Optional[str] = None
        self.loaded = loaded
        # Calls of one client id run one at a time, as they would on one MCP session.
        self.lock = threading.Lock()


class MCPManager:
    """EnvFactory's tool manager, served by an envfleet gateway.

    ``base_url`` is the fleet (``http://127.0.0.1:8080``); leave it out when ``init_config`` reads
    a config whose tool paths are the fleet's (``<base>/envfactory/<Server>/mcp``, as ``envfleet
    export mcp-config`` writes them). ``token`` defaults to ``$ENVFLEET_TOKEN``; ``timeout`` is in
    seconds per request (the fork's manager waits 30 s for a call). ``ttl_seconds`` asks the fleet to
    keep an idle rollout's episode that long.

    Thread-safe: calls for different client ids run in parallel, calls for one client id in turn.
    """

    def __init__(
        self,
        base_url: Optional[str] = None,
        *,
        token: Optional[str] = None,
        timeout: float = 30.0,
        ttl_seconds: Optional[int] = None,
    ):
        self.base_url = base_url
        self.token = token if token is not None else os.environ.get("ENVFLEET_TOKEN")
        self.timeout = timeout
        self.ttl_seconds = ttl_seconds
        self.clients: Dict[str, _Session] = {}
        self.stateless_clients: Dict[str, _Session] = {}
        self.server_to_path_mapping: Dict[str, str] = {}
        self.tools: Dict[str, dict] = {}
        self._server_tools: Dict[str, set] = {}
        self._client: Optional[Client] = None
        self._lock = threading.Lock()
        self._initialized = False

    def __enter__(self) -> MCPManager:
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.shutdown()

    # Lifecycle

    def init_config(self, config_path: Optional[ConfigSource] = None, servers: Optional[Sequence[str]] = None) -> None:
        """Registers the servers and their tools. Does nothing once initialized, as the fork's does.

        ``config_path``: the fork's ``mcp_server.json`` (a path, or the parsed dict). Left out, every
        server the fleet serves is registered (or those named in ``servers``), none stateless.
        Raises ``ValueError`` naming a server the fleet does not serve, or a missing fleet URL.
        """
        with self._lock:
            if self._initialized:
                return
            entries = self._entries(config_path, servers)
            client = self._fleet_client(entries)
            served = {environment["name"]: environment for environment in client.environments()["environments"]}
            missing = [name for name in entries if name not in served]
            if missing:
                raise ValueError(
                    f"{', '.join(missing)} {'is' if len(missing) == 1 else 'are'} not served by the fleet at {client.base_url}; "
                    f"it serves {len(served)} environments ({', '.join(sorted(served)[:10])}{', …' if len(served) > 10 else ''})"
                )
            for name, entry in entries.items():
                self.server_to_path_mapping[name] = entry.tool_path
                self._server_tools[name] = {tool["name"] for tool in served[name]["tools"]}
                for tool_name, schema in server_tool_schemas(name, served[name]["tools"]):
                    self.tools[tool_name] = schema
                if entry.stateless:
                    # One shared session per stateless server, counted as loaded (the fork's get_client).
                    self.stateless_clients[name] = _Session(name, loaded=True)
            self._client = client
            self._initialized = True

    def shutdown(self, timeout: int = 60) -> None:
        """Closes every client's episode, stateless ones included."""
        with self._lock:
            stateless = list(self.stateless_clients.values())
            self.stateless_clients.clear()
        self._close_episodes(stateless)
        self.close_all_clients()

    # Data access (the fork's MCPManagerActor)

    def get_tools(self) -> Dict[str, dict]:
        """``{"<Server>-<tool>": {"type": "function", "function": {...}}}``, session tools included."""
        return dict(self.tools)

    def get_tool_schemas(self) -> List[dict]:
        return list(self.tools.values())

    def get_server_to_path_mapping(self) -> Dict[str, str]:
        return dict(self.server_to_path_mapping)

    def filter_tools(self, servers: Optional[List[str]] = None) -> List[dict]:
        """The schemas of ``servers``' tools without ``load_scenario`` / ``save_scenario``; all
        schemas (those included) when ``servers`` is None."""
        if servers is None:
            return list(self.tools.values())
        result = []
        for name, schema in self.tools.items():
            server_name, _, tool_name = name.partition("-")
            if server_name in servers and tool_name not in SESSION_TOOLS:
                result.append(schema)
        return result

    # Tool execution

    def call_tool(self, client_id: str, tool_name: str, tool_args: Union[dict, str]) -> str:
        """Runs a tool for the rollout ``client_id`` (``"<Server>-<request_id>"``) and returns the
        text the fork's manager returns: the tool's content texts joined by ``","``, or
        ``"The <tool_name> error: <message>."`` / ``"The <tool_name> timed out after <n> seconds."``.
        Never raises. The server is the client id's; the tool is the last ``-`` part of ``tool_name``.
        """
        try:
            return self._call_tool(client_id, tool_name, tool_args)
        except EnvfleetTimeout:
            return f"The {tool_name} timed out after {self.timeout:g} seconds."
        except Exception as exc:
            return f"The {tool_name} error: {exc}."

    def save_and_close_clients(self, client_ids: List[str]) -> Dict[str, Any]:
        """``{server: save_scenario text}`` for each client id, then closes them. A save that fails
        gives its error message instead, as the fork's does.

        The episodes of rollout clients are closed in one batch request whose answers carry their
        final states, so saving N clients is one round trip.
        """
        texts: List[Any] = [None] * len(client_ids)
        closing: List[Tuple[int, _Session]] = []
        for index, client_id in enumerate(client_ids):
            server_name = client_id.split("-")[0]
            with self._lock:
                session = self.clients.get(client_id)
                if session is not None and session.episode_id is not None:
                    self.clients.pop(client_id)
            if session is not None and session.episode_id is not None:
                closing.append((index, session))
                continue
            texts[index] = self._save(client_id, server_name)
            self.close_client(client_id)
        for (index, _), text in zip(closing, self._close_and_save([session for _, session in closing])):
            texts[index] = text
        # One key per server, the later client winning, as the fork's dict(pairs) does.
        return {client_id.split("-")[0]: text for client_id, text in zip(client_ids, texts)}

    def _save(self, client_id: str, server_name: str) -> Any:
        try:
            return self._call_tool(client_id, f"{server_name}-save_scenario", {})
        except EnvfleetTimeout:
            return {}  # the fork's answer when saving timed out
        except Exception as exc:
            logger.info("Error saving scenario for %s: %s", server_name, exc)
            return str(exc)

    def _close_and_save(self, sessions: List[_Session]) -> List[Any]:
        """Closes the sessions' episodes in one batch; each one's final state as save_scenario text."""
        if not sessions:
            return []
        ops = []
        for session in sessions:
            with session.lock:  # a call still running for this client finishes first
                ops.append({"op": "close", "episodeId": session.episode_id})
                session.episode_id = None
        try:
            outcomes = self._fleet().batch(ops)["results"]
        except EnvfleetTimeout:
            return [{} for _ in sessions]
        except EnvfleetError as exc:
            return [str(exc) for _ in sessions]
        texts: List[Any] = []
        for session, op, outcome in zip(sessions, ops, outcomes):
            if outcome["status"] < 400:
                texts.append(tool_result_text(outcome["body"]["state"][session.server]))
            else:
                texts.append(str(error_from_answer(f"DELETE /v1/episodes/{op['episodeId']}", outcome["status"], None, json.dumps(outcome["body"]))))
        return texts

    def close_client(self, client_id: str) -> None:
        """Closes the client's episode (a stateless server's shared one stays open)."""
        with self._lock:
            session = self.clients.pop(client_id, None)
        if session is not None:
            self._close_episodes([session])

    def close_all_clients(self) -> None:
        with self._lock:
            sessions = list(self.clients.values())
            self.clients.clear()
        self._close_episodes(sessions)

    # How each call maps onto the fleet

    def _call_tool(self, client_id: str, tool_name: str, tool_args: Union[dict, str]) -> str:
        name = tool_name.split("-")[-1]
        args = json.loads(tool_args) if isinstance(tool_args, str) else tool_args
        session = self._session(client_id)
        with session.lock:
            if name == "load_scenario":
                return self._load_scenario(session, args)
            if name == "save_scenario":
                state = self._fleet().state(self._episode(session))["state"]
                return tool_result_text(state[session.server])
            if name not in self._server_tools[session.server]:
                raise _ToolFailure(f"Unknown tool: {name}")
            call = {"name": f"{session.server}-{name}", "arguments": {} if args is None else args}
            result = self._fleet().step(self._episode(session), [call])["results"][0]
        if result["isError"]:
            content = result["content"]
            message = content.get("message") if isinstance(content, dict) else None
            raise _ToolFailure(tool_error_text(name, message if isinstance(message, str) else json.dumps(content)))
        return tool_result_text(result["content"])

    def _load_scenario(self, session: _Session, args: Any) -> str:
        if session.loaded:
            # The fork's manager means to skip a second load (its ToolManager does): a rollout's
            # scenario is loaded once, before its first call to the server.
            return _ALREADY_LOADED_TEXT
        scenario = args.get("scenario") if isinstance(args, dict) else None
        if isinstance(scenario, str):
            # FastMCP parses a JSON object sent as a string for a dict argument.
            try:
                scenario = json.loads(scenario)
            except ValueError:
                pass
        if not isinstance(scenario, dict):
            raise _ToolFailure(tool_error_text("load_scenario", "Scenario must be a dictionary"))
        try:
            reset = self._fleet().reset([session.server], scenario={session.server: scenario}, ttl_seconds=self.ttl_seconds)
        except EnvfleetError as refused:
            if refused.status in (400, 413):
                # Refused as the reference refuses a scenario its model rejects: nothing changes.
                raise _ToolFailure(tool_error_text("load_scenario", refused.detail)) from None
            raise
        previous, session.episode_id, session.loaded = session.episode_id, reset["episodeId"], True
        if previous is not None:
            # Loading replaces the whole state, as the reference's load_scenario does.
            self._close_quietly(previous)
        return _LOADED_TEXT

    def _episode(self, session: _Session) -> str:
        """The session's episode, opened from the server's default world on first use (a reference
        server starts from its defaults until a scenario is loaded)."""
        if session.episode_id is None:
            session.episode_id = self._fleet().reset([session.server], ttl_seconds=self.ttl_seconds)["episodeId"]
        return session.episode_id

    def _session(self, client_id: str) -> _Session:
        server_name = client_id.split("-")[0]
        with self._lock:
            if client_id in self.clients:
                return self.clients[client_id]
            if server_name in self.stateless_clients:
                return self.stateless_clients[server_name]
            if server_name not in self.server_to_path_mapping:
                raise KeyError(server_name)  # as the fork's get_client fails for an unregistered server
            session = self.clients[client_id] = _Session(server_name)
            return session

    def _close_episodes(self, sessions: List[_Session]) -> None:
        episode_ids = [session.episode_id for session in sessions if session.episode_id is not None]
        if not episode_ids or self._client is None:
            return
        for session in sessions:
            session.episode_id = None
        try:
            # One round trip for them all; each op answers on its own, so one gone episode
            # (expired, closed elsewhere) does not keep the others open.
            self._client.batch([{"op": "close", "episodeId": episode_id} for episode_id in episode_ids])
        except EnvfleetError as exc:
            logger.info("Error when closing %d episodes: %s", len(episode_ids), exc)

    def _close_quietly(self, episode_id: str) -> None:
        try:
            self._fleet().close(episode_id)
        except EnvfleetError as exc:
            logger.info("Error when closing episode %s: %s", episode_id, exc)

    def _fleet(self) -> Client:
        if self._client is None:
            raise RuntimeError("MCPManager is not initialized: call init_config() first")
        return self._client

    def _entries(self, config_path: Optional[ConfigSource], servers: Optional[Sequence[str]]) -> Dict[str, ServerEntry]:
        if config_path is not None:
            entries = read_mcp_config(config_path)
            if servers is not None:
                entries = {name: entry for name, entry in entries.items() if name in servers}
            return entries
        if self.base_url is None:
            raise ValueError("MCPManager needs the fleet's URL: MCPManager('http://127.0.0.1:8080'), or a config whose tool paths are fleet URLs")
        base = self.base_url.rstrip("/")
        if servers is None:
            names = [environment["name"] for environment in Client(base, self.token, self.timeout).environments()["environments"]]
        else:
            names = list(servers)
        return {name: ServerEntry(f"{base}/envfactory/{name}/mcp", False) for name in names}

    def _fleet_client(self, entries: Mapping[str, ServerEntry]) -> Client:
        if self.base_url is not None:
            return Client(self.base_url, self.token, self.timeout)
        bases = {fleet_base_url(entry.tool_path) for entry in entries.values()}
        if None in bases or len(bases) != 1:
            paths = ", ".join(f"{name}: {entry.tool_path}" for name, entry in list(entries.items())[:3])
            raise ValueError(
                "MCPManager needs the fleet's URL: the config's tool paths are not all <base>/envfactory/<Server>/mcp URLs of one "
                f"fleet ({paths}); pass it as MCPManager('http://127.0.0.1:8080')"
            )
        return Client(bases.pop() or "", self.token, self.timeout)
