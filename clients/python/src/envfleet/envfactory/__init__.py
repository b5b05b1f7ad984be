"""EnvFactory compatibility: the fork's ``MCPManager`` over the fleet's HTTP API, and the text a
reference FastMCP server sends for a tool's result."""

from .fastmcp_text import tool_error_text, tool_result_text
from .manager import MCPManager

__all__ = ["MCPManager", "tool_result_text", "tool_error_text"]
