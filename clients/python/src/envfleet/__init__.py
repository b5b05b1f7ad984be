"""envfleet: a Python client of the envfleet v1 HTTP API, for RL frameworks and rollout workers.

- :class:`Client` (standard library only) and :class:`AsyncClient` (``pip install 'envfleet[async]'``,
  httpx with connection reuse): reset, step, state, snapshot, restore, fork, evaluate, close, batch.
- :class:`EnvfleetError`: a refused request, carrying the server's problem details.
- :mod:`envfleet.envfactory`: ``MCPManager``, EnvFactory's tool manager over the fleet's HTTP API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .client import Client, Episode
from .errors import EnvfleetError, EnvfleetTimeout
from .types import CallResult, Closed, Evaluation, ResetResult, Snapshot, StepResult, ToolCall

if TYPE_CHECKING:
    from .async_client import AsyncClient, AsyncEpisode

__version__ = "0.2.0"

# The name the single-file client (envfleet_client.py) had.
EnvfleetClient = Client

__all__ = [
    "Client",
    "AsyncClient",
    "Episode",
    "AsyncEpisode",
    "EnvfleetClient",
    "EnvfleetError",
    "EnvfleetTimeout",
    "ToolCall",
    "CallResult",
    "StepResult",
    "ResetResult",
    "Evaluation",
    "Snapshot",
    "Closed",
]


def __getattr__(name: str) -> Any:
    # The async client is imported on first use, so `import envfleet` needs no httpx.
    if name in ("AsyncClient", "AsyncEpisode"):
        from . import async_client

        return getattr(async_client, name)
    raise AttributeError(f"module 'envfleet' has no attribute {name!r}")
