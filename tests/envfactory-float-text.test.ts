/**
 * FastMCP writes a tool's result with pydantic, so a Python float prints as a float (`245.0`,
 * `1e+16`, `0.00001`) while JSON numbers in the fleet do not remember that they were floats. The
 * EnvFactory endpoint reads the scenario's schema to print them as the reference does. The expected
 * texts were recorded once from the reference servers for these scenarios and calls
 * (fixtures/envfactory-float-texts.json); each session here must produce them byte for byte.
 */
import { readFileSync } from 'node:fs';
import { buildServer, pydanticFloatText, pydanticJson } from '@envfleet/server';
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retail } from '../environments/commerce/retail/src/index.js';
import { yahooFinance } from '../environments/finance/yahoo-finance/src/index.js';
import { hotelBooking } from '../environments/travel/hotel-booking/src/index.js';
import { maps } from '../environments/utilities/maps/src/index.js';
import { listenOnLoopback } from './support/listen.js';
import { managerCall } from './support/manager-text.js';

interface RecordedSession {
  id: string;
  env: string;
  scenario: Record<string, unknown>;
  calls: { name: string; arguments: Record<string, unknown>; text: string; isError: boolean }[];
  savedText: string;
}
const recorded = JSON.parse(readFileSync(new URL('./fixtures/envfactory-float-texts.json', import.meta.url), 'utf8')) as {
  floats: { value: number; text: string }[];
  sessions: RecordedSession[];
};

let app: FastifyInstance;
let base: string;

beforeAll(async () => {
  app = await buildServer({ environments: [retail, yahooFinance, maps, hotelBooking], privateMcp: 'per-server' });
  base = await listenOnLoopback(app);
});
afterAll(() => app.close());

describe('pydanticFloatText', () => {
  it.each(recorded.floats)('writes $value as pydantic does', ({ value, text }) => {
    expect(pydanticFloatText(value)).toBe(text);
  });

  it('is not Python repr: 1e-05 is 0.00001 and 1e-07 is 1e-7, with a signed exponent from 1e16', () => {
    expect([1e-5, 1e-7, 1e16, 10].map(pydanticFloatText)).toEqual(['0.00001', '1e-7', '1e+16', '10.0']);
  });
});

describe('pydanticJson', () => {
  it('prints whole numbers as ints where nothing says they were floats, and non-integers as floats always', () => {
    expect(pydanticJson({ count: 3, ratio: 1e-6, big: 1e21 })).toBe('{\n  "count": 3,\n  "ratio": 1e-6,\n  "big": 1e+21\n}');
  });
});

describe('/envfactory/<Server>/mcp texts with floats', () => {
  it.each(recorded.sessions.map((session) => [session.id, session] as const))(
    '%s: every text equals the reference text',
    async (_id, session) => {
      const client = new Client({ name: 'envfactory-manager', version: '1.0.0' });
      await client.connect(new StreamableHTTPClientTransport(new URL(`${base}/envfactory/${session.env}/mcp`)));
      expect(await managerCall(client, 'load_scenario', { scenario: session.scenario })).toEqual({
        text: 'Successfully loaded scenario',
        isError: false,
      });
      for (const step of session.calls) {
        expect(await managerCall(client, step.name, step.arguments), `${step.name} ${JSON.stringify(step.arguments)}`).toEqual({
          text: step.text,
          isError: step.isError,
        });
      }
      expect((await managerCall(client, 'save_scenario', {})).text).toBe(session.savedText);
      await client.close();
    },
  );
});
