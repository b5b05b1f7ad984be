import type { z } from 'zod';

/** A zod error's issues as readable lines ("servers[0]: …"), for the `issues` of a 400. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.reduce<string>(
      (acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part)),
      '',
    );
    return `${path || 'body'}: ${issue.message}`;
  });
}
