import type { FastifyInstance } from 'fastify';
import { openApiDocument } from '../openapi/document.js';
import { docsPage } from '../openapi/page.js';

/** `GET /docs` (a page) and `GET /docs/openapi.json`, both built once at start. */
export async function docsRoutes(app: FastifyInstance, options: { title: string; version: string }): Promise<void> {
  const document = openApiDocument(options);
  const page = docsPage(document);
  app.get('/docs/openapi.json', async () => document);
  app.get('/docs', async (_request, reply) => reply.type('text/html; charset=utf-8').send(page));
}
