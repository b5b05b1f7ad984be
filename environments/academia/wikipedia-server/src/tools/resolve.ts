import { ToolError } from '@envfleet/kit';
import type { WikipediaServerState } from '../scenario.js';

/** The language asked for, or the scenario's default when none (or "") is given. */
export const languageOf = (state: WikipediaServerState, language: string | null): string => language || state.default_language;

export function requireTitle(title: string): void {
  if (!title) throw new ToolError('title must be a non-empty string');
}
