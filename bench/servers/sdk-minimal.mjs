// Baseline of mcpCallVsSdkMinimal: the MCP SDK v2's own minimal server — one tool, a server built
// per request by createMcpHandler, mounted on fastify with toNodeHandler and the localhost
// Host/Origin guards, which is how our episode route mounts the same SDK. The tool answers the
// order our Retail call returns, so both sides serialise the same result.
import Fastify from 'fastify';
import { z } from 'zod';
import { serveUntilStopped } from '../lib/serve.mjs';
import { importFromServerPackage } from '../lib/workspace.mjs';

const { createMcpHandler, McpServer } = await importFromServerPackage('@modelcontextprotocol/server');
const { localhostHostValidation, localhostOriginValidation, toNodeHandler } = await importFromServerPackage('@modelcontextprotocol/node');

const ORDER = {
  order_id: '#W1001',
  user_id: 'mia_garcia_4516',
  status: 'pending',
  item_ids: ['SHOE-GRY-9', 'BTL-750-BLK'],
  total_amount: 164.5,
  address: { street: '742 Evergreen Terrace', city: 'Springfield', state: 'IL', country: 'USA' },
};

const handler = createMcpHandler(() => {
  const server = new McpServer({ name: 'sdk-minimal', version: '1.0.0' });
  server.registerTool(
    'get_order_details',
    { description: 'An order by id.', inputSchema: z.object({ order_id: z.string() }) },
    async ({ order_id }) => {
      const order = { ...ORDER, order_id };
      return { content: [{ type: 'text', text: JSON.stringify(order) }], structuredContent: order };
    },
  );
  return server;
});
const serve = toNodeHandler(handler);
const hostOk = localhostHostValidation();
const originOk = localhostOriginValidation();

const app = Fastify({ logger: false });
app.route({
  method: ['GET', 'POST', 'DELETE'],
  url: '/mcp',
  handler: async (request, reply) => {
    reply.hijack();
    if (!hostOk(request.raw, reply.raw) || !originOk(request.raw, reply.raw)) return;
    await serve(request.raw, reply.raw, request.body);
  },
});
app.addHook('onClose', () => handler.close());
await serveUntilStopped(app);
