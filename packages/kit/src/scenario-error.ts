import type { z } from 'zod';

/** A scenario (state document) that does not fit an environment's schema. */
export class ScenarioError extends Error {
  override readonly name = 'ScenarioError';
  constructor(
    message: string,
    /** One line per problem, each starting with the field's path. */
    readonly issues: string[],
  ) {
    super(message);
  }

  static fromZod(label: string, error: z.ZodError): ScenarioError {
    const issues = error.issues.map((issue) => {
      const path = [label, ...issue.path.map(String)].join('.');
      return `${path}: ${issue.message}`;
    });
    const shown = issues.slice(0, 5).join('; ');
    const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
    return new ScenarioError(`Invalid scenario — ${shown}${more}`, issues);
  }
}
