"""The exception every client raises when the server refuses a request or cannot be reached."""

from __future__ import annotations

import json
from typing import Any, Dict, List, Mapping, Optional

__all__ = ["EnvfleetError", "EnvfleetTimeout", "error_from_answer"]


class EnvfleetError(Exception):
    """A request the server refused or could not answer.

    The fields come from the answer's ``application/problem+json`` body:

    - ``status``: 400 bad input (``issues`` lists what is wrong, one line per field), 401 missing or
      wrong token, 404 unknown episode/server/snapshot, 409 conflict, 413 too large, 429 a quota,
      503 a backend down, 507 the server is full. 0 when no HTTP answer came back at all (server
      down, wrong URL, timeout).
    - ``type``, ``title``, ``detail``: as in RFC 9457 (``detail`` says what to do about it).
    - ``setting`` and ``limit``: for a refusal by a limit, the environment variable that sets it and
      its value (``ENVFLEET_MAX_STEPS``, 100); ``None`` otherwise.
    - ``problem``: the whole body as sent, for fields this client does not know yet.
    - ``request``: the request that failed, e.g. ``POST /v1/episodes/ep_…/step``.
    """

    def __init__(
        self,
        request: str,
        status: int,
        title: str,
        detail: str,
        issues: Optional[List[str]] = None,
        *,
        type: str = "about:blank",
        setting: Optional[str] = None,
        limit: Optional[float] = None,
        problem: Optional[Mapping[str, Any]] = None,
    ):
        self.request = request
        self.status = status
        self.type = type
        self.title = title
        self.detail = detail
        self.issues: List[str] = list(issues or [])
        self.setting = setting
        self.limit = limit
        self.problem: Dict[str, Any] = dict(problem or {})
        status_text = f"{status} " if status else ""
        super().__init__(f"{request} failed: {status_text}{title} — {detail}")


class EnvfleetTimeout(EnvfleetError):
    """No answer came back within the client's ``timeout`` (``status`` 0).

    The request may still have been applied: read the episode before retrying a step.
    """


def error_from_answer(request: str, status: int, reason: Any, text: str) -> EnvfleetError:
    """The error of a non-2xx answer: its problem+json body, or the best account of one that is not
    problem+json (a proxy's HTML page)."""
    try:
        parsed = json.loads(text)
    except ValueError:
        parsed = None
    problem: Dict[str, Any] = parsed if isinstance(parsed, dict) else {}
    title = _text_field(problem, "title") or (str(reason) if reason else "Error")
    detail = _text_field(problem, "detail") or (text[:500] or "the server sent no details")
    issues = [str(issue) for issue in problem["issues"]] if isinstance(problem.get("issues"), list) else []
    limit = problem.get("limit")
    return EnvfleetError(
        request,
        status,
        title,
        detail,
        issues,
        type=_text_field(problem, "type") or "about:blank",
        setting=_text_field(problem, "setting"),
        limit=limit if isinstance(limit, (int, float)) and not isinstance(limit, bool) else None,
        problem=problem,
    )


def _text_field(problem: Mapping[str, Any], name: str) -> Optional[str]:
    value = problem.get(name)
    return value if isinstance(value, str) and value else None
