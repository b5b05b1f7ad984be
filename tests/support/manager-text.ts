import type { Client } from '@modelcontextprotocol/client';

/**
 * Calls a tool and answers its text the way EnvFactory's VeRL manager reads it
 * (`",".join(item.text for item in result.content)`), with whether the call failed.
 */
export async function managerCall(
  client: Client,
  name: string,
  args: Record<string, unknown> = {},
): Promise<{ text: string; isError: boolean }> {
  const result = (await client.callTool({ name, arguments: args })) as { content: { text?: string }[]; isError?: boolean };
  return {
    text: result.content.flatMap((item) => (item.text !== undefined ? [item.text] : [])).join(','),
    isError: result.isError === true,
  };
}
