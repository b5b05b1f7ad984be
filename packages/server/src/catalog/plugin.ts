import type { FastifyInstance } from 'fastify';
import { type AccessOptions, accessGuard } from '../plugins/access.js';
import { catalogAssets } from './assets.js';
import { type CatalogPageConfig, catalogPage } from './page.js';

/**
 * `GET /`: the catalog page, built once at start. Guarded like `/docs` (Host, Origin, token); the
 * page reads the fleet from the v1 API it sits beside, so it always shows what this server offers.
 */
export async function catalogRoutes(app: FastifyInstance, options: CatalogPageConfig & { access: AccessOptions }): Promise<void> {
  const { access, ...config } = options;
  const page = catalogPage(config, catalogAssets());
  await app.register(accessGuard, access);
  app.get('/', async (_request, reply) => reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(page));
}
