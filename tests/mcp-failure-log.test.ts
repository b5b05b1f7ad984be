import { Writable } from 'node:stream';
import { type EpisodeRecord, MemoryEpisodeStore, type TrajectoryEntry, type WriteOutcome } from '@envfleet/episodes';
import { counter } from '@envfleet/testing';
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import { describe, expect, it } from 'vitest';
import { buildServer } from '@envfleet/server';
import { listenOnLoopback } from './support/listen.js';

/** A store whose writes fail the way a store that lost its disk would: not an episode error. */
class FailingWrites extends MemoryEpisodeStore {
  override async commit(_next: EpisodeRecord, _version: number, _entries: TrajectoryEntry[]): Promise<WriteOutcome> {
    throw new Error('the disk is on fire');
  }
}

describe('an MCP tool call that fails unexpectedly', () => {
  it('tells the agent the server logged why, and the log has the error with the episode and tool', async () => {
    const lines: Record<string, unknown>[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n')) if (line.trim()) lines.push(JSON.parse(line));
        done();
      },
    });
    const app = await buildServer({
      environments: [counter],
      privateMcp: 'single',
      store: new FailingWrites(),
      logger: { level: 'error', stream },
    });
    const base = await listenOnLoopback(app);
    try {
      const reset = await fetch(`${base}/v1/episodes`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ servers: ['Counter'] }),
      });
      const { episodeId, mcpUrl } = (await reset.json()) as { episodeId: string; mcpUrl: string };
      const client = new Client({ name: 'envfleet-test', version: '1.0.0' });
      await client.connect(new StreamableHTTPClientTransport(new URL(mcpUrl)));
      const result = await client.callTool({ name: 'Counter-increment', arguments: {} });
      await client.close();
      expect(result).toMatchObject({
        isError: true,
        content: [{ type: 'text', text: 'The tool call could not be run; the server logged why.' }],
      });
      const logged = lines.find((line) => line.msg === 'MCP tool call failed');
      expect(logged).toMatchObject({ episodeId, tool: 'Counter-increment', err: { message: 'the disk is on fire' } });
    } finally {
      await app.close();
    }
  });
});
