import { ToolError } from '@envfleet/kit';

/**
 * The reference refuses a call whose required text (or list) arguments are empty before it looks at
 * the state. The first empty one, in the order given, is named.
 */
export function requireNonEmpty(args: Readonly<Record<string, unknown>>, names: readonly string[]): void {
  for (const name of names) {
    const value = args[name];
    if (value === '' || (Array.isArray(value) && value.length === 0)) {
      throw new ToolError(`The argument "${name}" is empty: it is required and must not be empty`);
    }
  }
}
