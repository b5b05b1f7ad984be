import type { FastifyInstance } from 'fastify';
import { type AccessOptions, accessGuard } from './access.js';
import { type OpenApiOptions, openApiDocument } from '../openapi/document.js';
import { docsPage } from '../openapi/page.js';

/** `GET /docs` (a page) and `GET /docs/openapi.json`, both built once at start; register with `prefix: '/docs'`. */
export async function docsRoutes(app: FastifyInstance, options: OpenApiOptions & { access: AccessOptions }): Promise<void> {
  const { access: _access, ...described } = options;
  const document = openApiDocument(described);
  const page = docsPage(document);
  await app.register(accessGuard, options.access);
  app.get('/openapi.json', async () => document);
  app.get('/', async (_request, reply) => reply.type('text/html; charset=utf-8').send(page));
}
