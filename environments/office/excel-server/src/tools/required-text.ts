import { ToolError } from '@envfleet/kit';

/** The reference refuses an empty name, range or path before it does anything else. */
export function requireText(value: string, what: string): void {
  if (!value) throw new ToolError(`${what} must be a non-empty string`);
}

/**
 * Only excel_describe_sheets checks that the path is absolute, and loosely: a leading "/" or a
 * colon among the first two characters (a Windows drive such as C:) will do.
 */
export function requireAbsolutePath(path: string): void {
  const firstTwo = Array.from(path).slice(0, 2).join('');
  if (!path.startsWith('/') && !firstTwo.includes(':')) {
    throw new ToolError(`File path must be absolute (start with / or a drive letter such as C:), got ${JSON.stringify(path)}`);
  }
}
