// Baseline of gatewayStepVsEcho: the cheapest fastify JSON route there is (parse the body,
// serialise it back). The gateway adds routing, validation, the engine and a tool on top of it.
import Fastify from 'fastify';
import { serveUntilStopped } from '../lib/serve.mjs';

const app = Fastify({ logger: false });
app.post('/echo', async (request) => request.body);
await serveUntilStopped(app);
