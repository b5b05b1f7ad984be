import { z } from 'zod';

// The tool graph and the sampler (docs/sampler.md): which tool's result feeds which argument, and
// verified multi-step tasks walked along it.

/** Bounds of one request: sampling runs in the server's process, between everyone else's requests. */
export const MAX_SAMPLES_PER_REQUEST = 200;
export const MAX_SAMPLE_STEPS = 12;

export const toolGraphQuery = z.object({
  servers: z.string().optional().describe('The servers, comma-separated (`Retail,Calendar`); required.'),
  format: z.enum(['json', 'dot']).optional().describe('`json` (default), or `dot`: the same graph as Graphviz text.'),
  preset: z.string().min(1).optional().describe('The preset the probing calls start from (default `demo`).'),
});

const graphEdge = z.object({
  from: z.string().describe('The producing tool, `Server-tool`.'),
  to: z.string().describe('The consuming tool.'),
  field: z.string().describe("The field of the producer's result."),
  argument: z.string().describe("The consumer's argument it can fill."),
});

export const toolGraph = z
  .looseObject({
    servers: z.array(z.string()),
    preset: z.string().optional(),
    nodes: z.array(
      z.looseObject({
        name: z.string(),
        server: z.string(),
        tool: z.string(),
        readOnly: z.boolean(),
        observed: z.array(z.string()).describe("Fields seen in the tool's result when it was called once from the preset."),
      }),
    ),
    edges: z.array(graphEdge),
  })
  .describe("The tool graph: an edge where a field of one tool's result can be an argument of another.");

export const samplesRequest = z.strictObject({
  servers: z.array(z.string().min(1)).min(1, 'name at least one server').max(3, 'at most three servers per task'),
  count: z.int().min(1).max(MAX_SAMPLES_PER_REQUEST).describe('Chains to sample (each verified; duplicates and failures are left out).'),
  seed: z.int().min(0).max(Number.MAX_SAFE_INTEGER).default(0),
  maxSteps: z.int().min(1).max(MAX_SAMPLE_STEPS).default(4).describe('The most calls one chain makes.'),
  preset: z.string().min(1).optional().describe('The world the chains start from (default `demo`).'),
  import: z.boolean().default(false).describe("Keep the tasks as the fleet's tasks too, to reset from by id (as POST /v1/tasks)."),
});

export const samplesResult = z.looseObject({
  tasks: z.array(z.unknown()).describe('Verified tasks, in the shape `envfleet export` writes and POST /v1/tasks takes.'),
  taskIds: z.array(z.string()).optional().describe('With import: the ids the tasks are kept under.'),
  attempts: z.int(),
  duplicates: z.int(),
  rejected: z.array(z.unknown()).describe('Chains left out, with the reason (never emitted).'),
  findings: z.array(z.unknown()).describe('What the sampler noticed about the environments (tools that never succeeded, …).'),
  coverage: z.unknown().describe('Tools and edges reached, per server.'),
});

export type SamplesRequest = z.input<typeof samplesRequest>;
