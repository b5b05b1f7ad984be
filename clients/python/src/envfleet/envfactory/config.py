"""The fork's MCP config (``EnvFactory/configs/mcp_server.json``, or what ``envfleet export
mcp-config`` writes): ``{"mcpServers": {"<Server>": {"tool_path": ..., "stateless": false}}}``."""

from __future__ import annotations

import json
import os
import urllib.parse
from typing import Any, Dict, Mapping, NamedTuple, Optional, Union

ConfigSource = Union[str, "os.PathLike[str]", Mapping[str, Any]]


class ServerEntry(NamedTuple):
    tool_path: str
    stateless: bool


def read_mcp_config(source: ConfigSource) -> Dict[str, ServerEntry]:
    """The servers of a config file (path) or an already parsed config (mapping), in their order."""
    where = "the MCP config" if isinstance(source, Mapping) else f"MCP config {os.fspath(source)}"
    if isinstance(source, Mapping):
        config: Any = source
    else:
        with open(source, encoding="utf-8") as file:
            config = json.load(file)
    servers = config.get("mcpServers") if isinstance(config, Mapping) else None
    if not isinstance(servers, Mapping) or not servers:
        raise ValueError(f'{where} has no "mcpServers" object naming servers: expected {{"mcpServers": {{"Calendar": {{"tool_path": ...}}}}}}')
    entries: Dict[str, ServerEntry] = {}
    for name, entry in servers.items():
        tool_path = entry.get("tool_path") if isinstance(entry, Mapping) else None
        if not isinstance(tool_path, str) or not tool_path:
            raise ValueError(f'{where}: server "{name}" has no "tool_path" string')
        entries[str(name)] = ServerEntry(tool_path, bool(entry.get("stateless", False)))
    return entries


def fleet_base_url(tool_path: str) -> Optional[str]:
    """The fleet a ``<base>/envfactory/<Server>/mcp`` tool path points at, or None for anything
    else (a reference server's ``EnvFactory/tools/<Server>.py``)."""
    parsed = urllib.parse.urlparse(tool_path)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        return None
    segments = parsed.path.rstrip("/").split("/")
    if len(segments) < 3 or segments[-1] != "mcp" or segments[-3] != "envfactory":
        return None
    prefix = "/".join(segments[:-3])
    return urllib.parse.urlunparse((parsed.scheme, parsed.netloc, prefix, "", "", ""))
