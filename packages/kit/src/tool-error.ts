/**
 * An expected failure of a tool: the agent sees `isError: true` and this message, and the state is
 * left exactly as it was before the call. Throw it for every business-rule violation ("Order #W1
 * not found", "Insufficient gift card balance") — the message is what a model reads to recover.
 */
export class ToolError extends Error {
  override readonly name = 'ToolError';
}

/** True for errors a tool raised on purpose, as opposed to bugs that escaped a handler. */
export function isToolError(error: unknown): error is ToolError {
  return error instanceof ToolError;
}
