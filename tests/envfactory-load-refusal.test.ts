/**
 * A scenario the reference's model refuses gets, on /envfactory/<Server>/mcp, the text the
 * reference's FastMCP server gives (pydantic's ValidationError after "Error executing tool
 * load_scenario: "), and changes nothing. The texts were recorded once from the reference servers
 * for the same arguments (fixtures/envfactory-load-refusals.json).
 */
import { readFileSync } from 'node:fs';
import { buildServer } from '@envfleet/server';
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retail } from '../environments/commerce/retail/src/index.js';
import { yahooFinance } from '../environments/finance/yahoo-finance/src/index.js';
import { whatsApp } from '../environments/lifestyle/whats-app/src/index.js';
import { calendar } from '../environments/office/calendar/src/index.js';
import { hotelBooking } from '../environments/travel/hotel-booking/src/index.js';
import { maps } from '../environments/utilities/maps/src/index.js';
import { listenOnLoopback } from './support/listen.js';
import { managerCall } from './support/manager-text.js';

interface RecordedLoad {
  env: string;
  arguments: Record<string, unknown>;
  isError: boolean;
  text: string;
}
const { loads } = JSON.parse(readFileSync(new URL('./fixtures/envfactory-load-refusals.json', import.meta.url), 'utf8')) as {
  loads: RecordedLoad[];
};

/**
 * Where the fleet cannot know what the reference prints, only the error count, model and locations
 * are held to the reference: a nested model's class name (`… or instance of Order`), and regex
 * escapes that change nothing (`[\w\.-]` is written `[\w.-]` here).
 */
const PARTIAL = [/instance of \w+ \[type=model_type/, /String should match pattern '.*\\\..*\]/];

let app: FastifyInstance;
let base: string;

beforeAll(async () => {
  app = await buildServer({ environments: [retail, yahooFinance, calendar, hotelBooking, maps, whatsApp], privateMcp: 'per-server' });
  base = await listenOnLoopback(app);
});
afterAll(() => app.close());

/** The lines of a ValidationError text that do not describe the problem: header and locations. */
const frame = (text: string) => text.split('\n').filter((_line, index) => index % 3 === 1 || index === 0);

describe('load_scenario refusals on /envfactory/<Server>/mcp', () => {
  it.each(loads.map((load) => [load.env, JSON.stringify(load.arguments).slice(0, 80), load] as const))(
    '%s %s: the reference text, and nothing changed',
    async (_env, _shown, load) => {
      const client = new Client({ name: 'envfactory-manager', version: '1.0.0' });
      await client.connect(new StreamableHTTPClientTransport(new URL(`${base}/envfactory/${load.env}/mcp`)));
      const before = await managerCall(client, 'save_scenario', {});
      const answer = await managerCall(client, 'load_scenario', load.arguments);
      expect(answer.isError).toBe(load.isError);
      if (PARTIAL.some((pattern) => pattern.test(load.text))) expect(frame(answer.text)).toEqual(frame(load.text));
      else expect(answer.text).toBe(load.text);
      if (load.isError) expect(await managerCall(client, 'save_scenario', {})).toEqual(before);
      await client.close();
    },
  );
});
