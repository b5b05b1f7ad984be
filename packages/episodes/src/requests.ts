import { NAME_PATTERN } from '@envfleet/kit';
import { z } from 'zod';

// The bodies of the v1 API, validated once here so the standalone server, the gateway and the
// OpenAPI document all use the same definitions.

const serverName = z.string().min(1).regex(NAME_PATTERN, 'server names are letters, digits and "_"');

export const resetRequest = z.object({
  servers: z.array(serverName).min(1, 'name at least one server'),
  scenario: z.record(z.string(), z.record(z.string(), z.unknown())).optional(),
  presets: z.record(z.string(), z.string().min(1)).optional(),
  seed: z
    .int()
    .min(0)
    .max(2 ** 32 - 1)
    .optional(),
  ttlSeconds: z
    .int()
    .min(1)
    .max(7 * 24 * 3600)
    .optional(),
});

export const toolCall = z.object({
  name: z.string().min(1),
  arguments: z.unknown().optional(),
});

export const stepRequest = z.object({ calls: z.array(toolCall).min(1, 'send at least one call').max(1000) });

export const restoreRequest = z.object({ snapshotId: z.string().min(1) });

export const forkRequest = z.object({ count: z.int().min(1).max(1024).optional() });

export const evaluateRequest = z.object({
  groundTruth: z.array(
    z.object({
      name: z.string().min(1),
      arguments: z.unknown().optional(),
      masked_arguments: z.array(z.string()).optional(),
    }),
  ),
  finalConfig: z.record(z.string(), z.unknown()).default({}),
  maskedArguments: z.record(z.string(), z.array(z.string())).optional(),
  tau: z.number().min(0).max(1).optional(),
  formatErrors: z.int().min(0).optional(),
});

export type ResetRequest = z.input<typeof resetRequest>;
export type StepRequest = z.input<typeof stepRequest>;
export type ToolCall = z.input<typeof toolCall>;
export type EvaluateRequest = z.input<typeof evaluateRequest>;

/** Parses a body or throws the zod issues as readable lines ("servers[0]: …"). */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.reduce<string>(
      (acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part)),
      '',
    );
    return `${path || 'body'}: ${issue.message}`;
  });
}
