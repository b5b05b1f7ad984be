import { ToolError } from './tool-error.js';

/**
 * What a scaffolded tool does until its rules are written: an expected, clearly worded failure, so a
 * new package is servable (and passes the catalog parity checks) from its first minute.
 */
export function notImplemented(server: string, tool: string): never {
  throw new ToolError(`${server}.${tool} is not implemented yet (scaffolded from the catalog; see docs/adding-an-environment.md)`);
}
