/**
 * The catalog page's route (the page itself runs in tests/catalog-page.test.ts, in Chromium): one
 * self-contained document at `/`, told which sandbox URL this server offers, guarded like `/docs`.
 */
import { defineEnvironment, defineTool, type Draft } from '@envfleet/kit';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildServer, type ServerOptions } from '../src/index.js';

const notes = defineEnvironment({
  name: 'Notes',
  domain: 'utilities',
  version: '0.0.1',
  description: 'Notes by id.',
  scenario: z.object({ notes: z.record(z.string(), z.string()).default({}) }),
  presets: { demo: { notes: { a: 'first' } } },
  tools: [
    defineTool({
      name: 'write',
      description: 'Write a note.',
      input: z.object({ id: z.string(), text: z.string() }),
      handler: (state: Draft<{ notes: Record<string, string> }>, args) => {
        state.notes[args.id] = args.text;
        return { written: args.id };
      },
    }),
  ],
});

const apps: Awaited<ReturnType<typeof buildServer>>[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.close()));
});

async function serve(options: Partial<ServerOptions> = {}) {
  const app = await buildServer({ environments: [notes], privateMcp: 'single', reaperIntervalMs: 0, ...options });
  apps.push(app);
  return app;
}

/** The configuration the page's script reads (the JSON in its `catalog-config` script element). */
function pageConfig(body: string): unknown {
  const match = body.match(/<script id="catalog-config" type="application\/json">(.*?)<\/script>/);
  return match ? JSON.parse(match[1] as string) : undefined;
}

describe('GET /', () => {
  it('answers one self-contained HTML page: inline style and script, nothing from another origin', async () => {
    const app = await serve();
    const response = await app.inject({ method: 'GET', url: '/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.body).toContain('<title>Notes catalog</title>');
    expect(response.body).toContain('fetch(path, {');
    // Offline: no script, style sheet or image is loaded from anywhere (relative links only).
    expect(response.body).not.toMatch(/\b(?:src|href)="(?:https?:)?\/\//);
    expect(response.body).not.toMatch(/<script[^>]+src=|<link[^>]+stylesheet/);
    expect(Buffer.byteLength(response.body)).toBeLessThan(64 * 1024);
    expect((await app.inject({ method: 'HEAD', url: '/' })).statusCode).toBe(200);
  });

  it('tells the page which sandbox this server offers, and the public URL when one is set', async () => {
    const single = await serve();
    expect(pageConfig((await single.inject({ method: 'GET', url: '/' })).body)).toEqual({ mcp: 'single', publicUrl: null });
    const gateway = await serve({ privateMcp: 'per-server', publicUrl: 'https://envfleet.example.com/fleet' });
    const body = (await gateway.inject({ method: 'GET', url: '/', headers: { host: 'envfleet.example.com' } })).body;
    expect(pageConfig(body)).toEqual({ mcp: 'per-server', publicUrl: 'https://envfleet.example.com/fleet' });
    expect(body).toContain('<title>envfleet catalog</title>');
  });

  it('writes the server name as text, never as markup', async () => {
    const app = await serve({ info: { name: '<img src=x onerror=alert(1)>', version: '1' } });
    const body = (await app.inject({ method: 'GET', url: '/' })).body;
    expect(body).not.toContain('<img src=x');
    expect(body).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it("is guarded like /docs: a token when one is set, and only this server's Host", async () => {
    const app = await serve({ token: 'secret' });
    const refused = await app.inject({ method: 'GET', url: '/' });
    expect(refused.statusCode).toBe(401);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect((await app.inject({ method: 'GET', url: '/', headers: { authorization: 'Bearer secret' } })).statusCode).toBe(200);
    const foreign = await app.inject({ method: 'GET', url: '/', headers: { host: 'evil.example', authorization: 'Bearer secret' } });
    expect(foreign.statusCode).toBe(403);
  });

  it('leaves /docs and the OpenAPI document where they were', async () => {
    const app = await serve();
    expect((await app.inject({ method: 'GET', url: '/docs' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/docs/openapi.json' })).json().openapi).toMatch(/^3\./);
  });
});
