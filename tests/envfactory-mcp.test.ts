/**
 * /envfactory/{Server}/mcp: sessions driven the way EnvFactory's VeRL manager drives its fastmcp
 * clients (load_scenario, domain calls by bare name, save_scenario, texts joined with ","), with
 * the SDK v2 client standing in for fastmcp. Expected texts and states were observed from the
 * EnvFactory reference servers for the same scenarios and calls, and are written out here.
 */
import { buildServer } from '@envfleet/server';
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retail } from '../environments/commerce/retail/src/index.js';
import { calendar } from '../environments/office/calendar/src/index.js';
import { filesystem } from '../environments/utilities/filesystem/src/index.js';
import { listenOnLoopback } from './support/listen.js';
import { managerCall } from './support/manager-text.js';

let app: FastifyInstance;
let base: string;

beforeAll(async () => {
  app = await buildServer({ environments: [calendar, retail, filesystem], privateMcp: 'per-server' });
  base = await listenOnLoopback(app);
});
afterAll(() => app.close());

async function connect(server: string, mode?: 'auto'): Promise<Client> {
  const client = new Client({ name: 'envfactory-manager', version: '1.0.0' }, mode ? { versionNegotiation: { mode } } : {});
  await client.connect(new StreamableHTTPClientTransport(new URL(`${base}/envfactory/${server}/mcp`)));
  return client;
}

const episodes = () => app.engine.store.size();

const CALENDAR_SCENARIO = {
  calendars: { home: { calendar_id: 'home', calendar_name: 'Home', timezone: 'Europe/Lisbon', is_primary: true } },
  events: {
    event_1: {
      event_id: 'event_1',
      summary: 'Dentist',
      start_time: '2026-03-02T09:00:00Z',
      end_time: '2026-03-02T10:00:00Z',
      calendar_id: 'home',
    },
  },
  default_calendar_id: 'home',
  event_id_counter: 2,
};

describe('/envfactory/Calendar/mcp', () => {
  it('lists load_scenario and save_scenario first, with FastMCP schemas, then the domain tools by bare name', async () => {
    const client = await connect('Calendar');
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name)).toEqual([
      'load_scenario',
      'save_scenario',
      'list_calendars',
      'list_events',
      'search_events',
      'create_event',
      'update_event',
      'delete_event',
    ]);
    expect(tools[0]?.inputSchema).toEqual({
      type: 'object',
      properties: { scenario: { additionalProperties: true, title: 'Scenario', type: 'object' } },
      required: ['scenario'],
      title: 'load_scenarioArguments',
    });
    expect(tools[1]?.inputSchema).toEqual({ type: 'object', properties: {}, title: 'save_scenarioArguments' });
    await client.close();
  });

  it('loads, calls and saves with the reference texts', async () => {
    const client = await connect('Calendar');
    expect(await managerCall(client, 'load_scenario', { scenario: CALENDAR_SCENARIO })).toEqual({
      text: 'Successfully loaded scenario',
      isError: false,
    });
    // A list is one content block per item; a dict is JSON with two-space indentation.
    expect((await managerCall(client, 'list_calendars')).text).toBe(
      '{\n  "calendar_id": "home",\n  "calendar_name": "Home",\n  "description": "",\n  "timezone": "Europe/Lisbon",\n  "is_primary": true\n}',
    );
    const created = await managerCall(client, 'create_event', {
      summary: 'Café with Ana',
      start_time: '2026-03-03T15:00:00Z',
      end_time: '2026-03-03T16:00:00Z',
      attendees: ['ana@example.com'],
    });
    expect(created.text).toBe(
      '{\n  "event_id": "event_2",\n  "summary": "Café with Ana",\n  "start_time": "2026-03-03T15:00:00Z",\n  "end_time": "2026-03-03T16:00:00Z",\n  "description": null,\n  "location": null,\n  "calendar_id": "home",\n  "attendees": [\n    "ana@example.com"\n  ]\n}',
    );
    expect(await managerCall(client, 'delete_event', { event_id: 'event_9' })).toEqual({
      text: 'Error executing tool delete_event: Event event_9 not found',
      isError: true,
    });
    // An empty list is no content at all: the join is "".
    expect(await managerCall(client, 'list_events', { calendar_id: 'work' })).toEqual({ text: '', isError: false });
    const saved = await managerCall(client, 'save_scenario');
    expect(saved.text).toBe(`{
  "calendars": {
    "home": {
      "calendar_id": "home",
      "calendar_name": "Home",
      "description": "",
      "timezone": "Europe/Lisbon",
      "is_primary": true
    }
  },
  "events": {
    "event_1": {
      "event_id": "event_1",
      "summary": "Dentist",
      "start_time": "2026-03-02T09:00:00Z",
      "end_time": "2026-03-02T10:00:00Z",
      "description": null,
      "location": null,
      "calendar_id": "home",
      "attendees": null
    },
    "event_2": {
      "event_id": "event_2",
      "summary": "Café with Ana",
      "start_time": "2026-03-03T15:00:00Z",
      "end_time": "2026-03-03T16:00:00Z",
      "description": null,
      "location": null,
      "calendar_id": "home",
      "attendees": [
        "ana@example.com"
      ]
    }
  },
  "default_calendar_id": "home",
  "event_id_counter": 3
}`);
    await client.close();
  });

  it('refuses a bad scenario as the reference does and keeps the loaded world', async () => {
    const client = await connect('Calendar');
    await managerCall(client, 'load_scenario', { scenario: CALENDAR_SCENARIO });
    const before = await managerCall(client, 'save_scenario');
    const bad = await managerCall(client, 'load_scenario', { scenario: { events: { e: { summary: '' } } } });
    expect(bad.isError).toBe(true);
    expect(bad.text).toMatch(/^Error executing tool load_scenario: /);
    expect(bad.text).toContain('events.e');
    expect(await managerCall(client, 'load_scenario', { scenario: 'not a dict' })).toEqual({
      isError: true,
      text: "Error executing tool load_scenario: 1 validation error for load_scenarioArguments\nscenario\n  Input should be a valid dictionary [type=dict_type, input_value='not a dict', input_type=str]\n    For further information visit https://errors.pydantic.dev/2.13/v/dict_type",
    });
    expect(await managerCall(client, 'load_scenario', {})).toEqual({
      isError: true,
      text: 'Error executing tool load_scenario: 1 validation error for load_scenarioArguments\nscenario\n  Field required [type=missing, input_value={}, input_type=dict]\n    For further information visit https://errors.pydantic.dev/2.13/v/missing',
    });
    expect(await managerCall(client, 'save_scenario')).toEqual(before);
    // A scenario sent as JSON text is read as the object it holds, as FastMCP pre-parses it.
    expect((await managerCall(client, 'load_scenario', { scenario: JSON.stringify(CALENDAR_SCENARIO) })).text).toBe(
      'Successfully loaded scenario',
    );
    expect(await managerCall(client, 'no_such_tool')).toEqual({ text: 'Unknown tool: no_such_tool', isError: true });
    await client.close();
  });

  it('gives every session its own episode, closed with the session (DELETE) even after loads', async () => {
    const start = await episodes();
    const first = await connect('Calendar');
    const second = await connect('Calendar');
    expect(await episodes()).toBe(start + 2);
    await managerCall(first, 'load_scenario', { scenario: CALENDAR_SCENARIO });
    await managerCall(first, 'load_scenario', { scenario: CALENDAR_SCENARIO });
    expect(await episodes()).toBe(start + 2);
    await managerCall(first, 'delete_event', { event_id: 'event_1' });
    // The second session still has the default world's event_1.
    expect((await managerCall(second, 'delete_event', { event_id: 'event_1' })).isError).toBe(false);
    // DELETE with the session id, as the Python SDK client sends when a fastmcp Client closes.
    await (first.transport as StreamableHTTPClientTransport).terminateSession();
    await expect.poll(episodes).toBe(start + 1);
    await (second.transport as StreamableHTTPClientTransport).terminateSession();
    await expect.poll(episodes).toBe(start);
    await Promise.all([first.close(), second.close()]);
  });

  it('serves a 2026-era client that negotiates, as a session', async () => {
    const client = await connect('Calendar', 'auto');
    expect(client.getProtocolEra()).toBe('legacy');
    expect((await managerCall(client, 'load_scenario', { scenario: CALENDAR_SCENARIO })).text).toBe('Successfully loaded scenario');
    expect((await managerCall(client, 'search_events', { query: 'dentist' })).text).toContain('"summary": "Dentist"');
    await client.close();
  });

  it('refuses a sessionless request and an unknown server', async () => {
    const sessionless = await fetch(`${base}/envfactory/Calendar/mcp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list', params: {} }),
    });
    expect(sessionless.status).toBe(400);
    expect(await sessionless.text()).toContain('initialize');
    const unknown = await fetch(`${base}/envfactory/Nope/mcp`, {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json' },
    });
    expect(unknown.status).toBe(404);
  });
});

describe('/envfactory/Retail/mcp and /envfactory/Filesystem/mcp', () => {
  it('Retail: load, calls, save', async () => {
    const scenario = {
      users: {
        u_ana: {
          user_id: 'u_ana',
          name: { first: 'Ana', last: 'Silva' },
          email: 'ana@example.com',
          address: { address1: 'Rua A 1', city: 'Porto', country: 'PT', state: 'PT', zip: '40000' },
          payment_methods: ['paypal'],
          order_ids: ['#W1'],
          zip_code: '40000',
        },
      },
      products: { p_mug: { product_id: 'p_mug', name: 'Mug', description: 'Blue mug', item_ids: ['i_blue', 'i_red'] } },
      orders: {
        '#W1': {
          order_id: '#W1',
          user_id: 'u_ana',
          status: 'pending',
          items: [{ item_id: 'i_blue', product_id: 'p_mug' }],
          total_amount: 12.5,
          address: { address1: 'Rua A 1', city: 'Porto' },
        },
      },
    };
    const client = await connect('Retail');
    expect((await managerCall(client, 'load_scenario', { scenario })).text).toBe('Successfully loaded scenario');
    expect((await managerCall(client, 'find_user_by_email', { email: 'ana@example.com' })).text).toBe(
      '{\n  "user_id": "u_ana",\n  "name": "Ana Silva",\n  "email": "ana@example.com",\n  "zip_code": "40000"\n}',
    );
    expect((await managerCall(client, 'list_product_types')).text).toBe(
      '{\n  "products": [\n    {\n      "product_id": "p_mug",\n      "name": "Mug"\n    }\n  ]\n}',
    );
    expect((await managerCall(client, 'cancel_pending_order', { order_id: '#W1', reason: 'Changed my mind' })).text).toBe(
      '{\n  "order_id": "#W1",\n  "user_id": "u_ana",\n  "status": "cancelled",\n  "items": [\n    {\n      "item_id": "i_blue",\n      "product_id": "p_mug",\n      "status": "normal"\n    }\n  ],\n  "total_amount": 12.5,\n  "address": {\n    "address1": "Rua A 1",\n    "city": "Porto"\n  }\n}',
    );
    const saved = JSON.parse((await managerCall(client, 'save_scenario')).text);
    expect(saved).toEqual({
      ...scenario,
      orders: {
        '#W1': { ...scenario.orders['#W1'], status: 'cancelled', items: [{ item_id: 'i_blue', product_id: 'p_mug', status: 'normal' }] },
      },
      valid_cancellation_reasons: [
        'Changed my mind',
        'Found better price',
        'No longer needed',
        'Ordered by mistake',
        'Shipping too slow',
        'Product unavailable',
        'Payment issues',
        'Address incorrect',
      ],
      payment_methods: ['credit_card', 'paypal', 'alipay', 'wechat_pay'],
    });
    await client.close();
  });

  it('Filesystem: load, calls, save', async () => {
    const client = await connect('Filesystem');
    const scenario = {
      files: { '/home/ana/notes.txt': 'buy milk\nrenew lease' },
      directories: { '/': ['home'], '/home': ['ana'], '/home/ana': ['notes.txt'] },
      current_time: '2026-03-02T09:00:00',
    };
    expect((await managerCall(client, 'load_scenario', { scenario })).text).toBe('Successfully loaded scenario');
    expect((await managerCall(client, 'read_text_file', { path: '/home/ana/notes.txt', head: 1 })).text).toBe(
      '{\n  "file_content": "buy milk"\n}',
    );
    expect((await managerCall(client, 'write_file', { path: '/home/ana/todo.md', content: '# Todo\n- call Rui' })).text).toBe(
      '{\n  "path": "/home/ana/todo.md",\n  "success": "File written successfully"\n}',
    );
    expect((await managerCall(client, 'list_directory', { path: '/home/ana' })).text).toBe(
      '{\n  "entries": [\n    {\n      "name": "notes.txt",\n      "type": "FILE",\n      "size": 20\n    },\n    {\n      "name": "todo.md",\n      "type": "FILE",\n      "size": 17\n    }\n  ]\n}',
    );
    expect((await managerCall(client, 'read_text_file', { path: '/home/ana/missing.txt' })).text).toBe('{\n  "file_content": ""\n}');
    expect((await managerCall(client, 'create_directory', { path: '/home/ana/docs' })).text).toBe(
      '{\n  "path": "/home/ana/docs",\n  "created": true\n}',
    );
    const saved = await managerCall(client, 'save_scenario');
    expect(saved.text).toMatch(
      /^\{\n {2}"files": \{\n {4}"\/home\/ana\/notes.txt": "buy milk\\nrenew lease",\n {4}"\/home\/ana\/todo.md": "# Todo\\n- call Rui"\n {2}\},\n/,
    );
    const state = JSON.parse(saved.text);
    expect(state.directories).toEqual({
      '/': ['home'],
      '/home': ['ana'],
      '/home/ana': ['notes.txt', 'todo.md', 'docs'],
      '/home/ana/docs': [],
    });
    const stamp = '2026-03-02T09:00:00';
    const times = { created_time: stamp, modified_time: stamp, access_time: stamp };
    expect(state.file_metadata).toEqual({
      '/home/ana/todo.md': { path: '/home/ana/todo.md', type: 'file', size: 17, ...times, permissions: 'rw-r--r--' },
      '/home/ana/docs': { path: '/home/ana/docs', type: 'directory', size: 0, ...times, permissions: 'rwxr-xr-x' },
    });
    expect(Object.keys(state)).toEqual([
      'files',
      'directories',
      'file_metadata',
      'allowed_extensions',
      'max_file_size',
      'binary_extensions',
      'exclude_patterns_default',
      'mime_types_map',
      'current_time',
    ]);
    expect(state.current_time).toBe(stamp);
    await client.close();
  });
});

describe('idle sessions', () => {
  it('are closed with their episodes after the idle timeout', async () => {
    const idle = await buildServer({ environments: [calendar], privateMcp: 'single', ttlSeconds: 1 });
    await idle.listen({ port: 0, host: '127.0.0.1' });
    try {
      const url = `http://127.0.0.1:${(idle.server.address() as { port: number }).port}/envfactory/Calendar/mcp`;
      const client = new Client({ name: 'idle', version: '1.0.0' });
      await client.connect(new StreamableHTTPClientTransport(new URL(url)));
      expect(await idle.engine.store.size()).toBe(1);
      await expect.poll(() => idle.engine.store.size(), { timeout: 5_000, interval: 200 }).toBe(0);
      await expect(client.callTool({ name: 'list_calendars', arguments: {} })).rejects.toThrow();
      await client.close().catch(() => undefined);
    } finally {
      await idle.close();
    }
  });
});
