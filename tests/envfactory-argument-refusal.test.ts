/**
 * Arguments a tool's model refuses get, on /envfactory/<Server>/mcp, the text the reference's
 * FastMCP server gives (`N validation errors for <tool>Arguments` and pydantic's lines), not the
 * fleet's own wording, and change nothing. The texts were recorded once from the reference servers
 * for the same calls (fixtures/envfactory-argument-refusals.json).
 */
import { readFileSync } from 'node:fs';
import { buildServer } from '@envfleet/server';
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bestBuyServer } from '../environments/commerce/best-buy-server/src/index.js';
import { retail } from '../environments/commerce/retail/src/index.js';
import { yahooFinance } from '../environments/finance/yahoo-finance/src/index.js';
import { calendar } from '../environments/office/calendar/src/index.js';
import { hotelBooking } from '../environments/travel/hotel-booking/src/index.js';
import { maps } from '../environments/utilities/maps/src/index.js';
import { weather } from '../environments/utilities/weather/src/index.js';
import { listenOnLoopback } from './support/listen.js';
import { managerCall } from './support/manager-text.js';

interface RecordedSession {
  env: string;
  scenario: Record<string, unknown>;
  calls: { tool: string; arguments: Record<string, unknown>; text: string }[];
}
const { sessions } = JSON.parse(readFileSync(new URL('./fixtures/envfactory-argument-refusals.json', import.meta.url), 'utf8')) as {
  sessions: RecordedSession[];
};

let app: FastifyInstance;
let base: string;

beforeAll(async () => {
  app = await buildServer({
    environments: [retail, yahooFinance, calendar, hotelBooking, maps, weather, bestBuyServer],
    privateMcp: 'per-server',
  });
  base = await listenOnLoopback(app);
});
afterAll(() => app.close());

describe('argument refusals on /envfactory/<Server>/mcp', () => {
  it.each(sessions.map((session) => [session.env, session.calls.length, session] as const))(
    '%s: %i refused calls answer with the reference text and change nothing',
    async (_env, _count, session) => {
      const client = new Client({ name: 'envfactory-manager', version: '1.0.0' });
      await client.connect(new StreamableHTTPClientTransport(new URL(`${base}/envfactory/${session.env}/mcp`)));
      expect((await managerCall(client, 'load_scenario', { scenario: session.scenario })).isError).toBe(false);
      const before = await managerCall(client, 'save_scenario', {});
      for (const step of session.calls) {
        expect(await managerCall(client, step.tool, step.arguments), `${step.tool} ${JSON.stringify(step.arguments)}`).toEqual({
          text: step.text,
          isError: true,
        });
      }
      expect(await managerCall(client, 'save_scenario', {})).toEqual(before);
      await client.close();
    },
  );

  it('keeps the fleet wording for a call that fails in the tool itself', async () => {
    const client = new Client({ name: 'envfactory-manager', version: '1.0.0' });
    await client.connect(new StreamableHTTPClientTransport(new URL(`${base}/envfactory/Retail/mcp`)));
    const answer = await managerCall(client, 'get_order_details', { order_id: '#NOPE' });
    expect(answer.isError).toBe(true);
    expect(answer.text).toMatch(/^Error executing tool get_order_details: (?!\d+ validation error)/);
    await client.close();
  });
});
