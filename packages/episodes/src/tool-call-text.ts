/**
 * Tool calls written in a model's text, Hermes/Qwen3 style: `<tool_call>{"name": …, "arguments":
 * …}</tool_call>`. Read as EnvFactory's reward reads them (`extract_tool_calls` in
 * EnvFactory/reward/tool_reward_fcn.py), so the malformed count is the one its format penalty
 * takes: a block is what its pattern matches — the tag, optional whitespace, the shortest `{…}`
 * that is followed by optional whitespace and the closing tag — and a block is malformed when it
 * is not JSON or lacks `name` or `arguments`. Text outside blocks, an unclosed tag, or a block
 * that does not start with `{` is no call and no error, as there.
 */
const TOOL_CALL_BLOCK = /<tool_call>\s*(\{[\s\S]*?\})\s*<\/tool_call>/g;

export interface TextToolCall {
  name: string;
  arguments: unknown;
}

export interface MalformedToolCall {
  /** The block's JSON text, as the model wrote it. */
  text: string;
  /** Why it is no call. */
  reason: string;
}

export interface ExtractedToolCalls {
  /** The well-formed calls, in the order written. */
  calls: TextToolCall[];
  /** The blocks EnvFactory counts as format errors, in the order written. */
  malformed: MalformedToolCall[];
}

export function extractToolCalls(text: string): ExtractedToolCalls {
  const calls: TextToolCall[] = [];
  const malformed: MalformedToolCall[] = [];
  for (const match of text.matchAll(TOOL_CALL_BLOCK)) {
    const block = match[1] as string;
    const read = readBlock(block);
    if ('reason' in read) malformed.push({ text: block, reason: read.reason });
    else calls.push(read);
  }
  return { calls, malformed };
}

function readBlock(block: string): TextToolCall | { reason: string } {
  let value: unknown;
  try {
    value = JSON.parse(block);
  } catch (error) {
    return { reason: `not JSON: ${(error as Error).message}` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { reason: 'not a JSON object' };
  const call = value as Record<string, unknown>;
  // The reference reads name, then arguments; a missing one is a KeyError there, a format error.
  if (!Object.hasOwn(call, 'name')) return { reason: 'no "name"' };
  if (!Object.hasOwn(call, 'arguments')) return { reason: 'no "arguments"' };
  return { name: nameOf(call.name), arguments: argumentsOf(call.arguments) };
}

/**
 * The reference takes any JSON value as a name (and the call then fails as an unknown tool); a
 * non-string is kept as its JSON text, so it fails here the same way and still counts as a call.
 */
function nameOf(name: unknown): string {
  return typeof name === 'string' ? name : JSON.stringify(name);
}

/**
 * Arguments written as a JSON string (`"arguments": "{\"query\": \"x\"}"`) are the object they
 * spell, as the fork's MCP manager reads them before calling the tool; any other value is passed
 * on for the tool to accept or refuse.
 */
function argumentsOf(args: unknown): unknown {
  if (typeof args !== 'string') return args;
  try {
    return JSON.parse(args);
  } catch {
    return args;
  }
}
