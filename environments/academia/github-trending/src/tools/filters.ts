import { hasEntry, pythonRepr, ToolError } from '@envfleet/kit';
import type { GithubTrendingState } from '../scenario.js';

/** The cache key of a filter set: the prefix, then each filter given (null ones left out), by name. */
export function cacheKey(prefix: string, filters: Record<string, string | null>): string {
  const parts = Object.keys(filters)
    .sort()
    .flatMap((name) => (filters[name] === null ? [] : [`${name}:${filters[name]}`]));
  return [prefix, ...parts].join('|');
}

/** The reference's checks: a period and a spoken language from their tables, a positive limit. */
export function checkFilters(
  state: GithubTrendingState,
  args: { period: string | null; spoken_language?: string | null; limit: number | null },
): void {
  if (args.period && !hasEntry(state.periodOptionsMap, args.period)) {
    throw new ToolError(`Period must be one of: ${pythonRepr(Object.keys(state.periodOptionsMap))}`);
  }
  if (args.spoken_language && !hasEntry(state.spokenLanguageCodesMap, args.spoken_language)) {
    throw new ToolError(`Spoken language must be one of: ${pythonRepr(Object.keys(state.spokenLanguageCodesMap))}`);
  }
  if (args.limit !== null && args.limit <= 0) throw new ToolError('Limit must be a positive integer');
}

/**
 * The language code of the i-th generated entry: the requested one when the table knows it,
 * otherwise a rotation of javascript, go and python.
 */
export function generatedLanguage(state: GithubTrendingState, language: string | null, rank: number): string {
  if (language && hasEntry(state.languageCodesMap, language)) return language;
  return ['python', 'javascript', 'go'][rank % 3] as string;
}

/** The display name of a language code, or the code itself when the table lacks it. */
export function languageName(state: GithubTrendingState, code: string): string {
  return hasEntry(state.languageCodesMap, code) ? (state.languageCodesMap[code] as string) : code;
}

/** `items[:limit]` when a limit was given. */
export function firstOf<T>(items: readonly T[], limit: number | null): readonly T[] {
  return limit ? items.slice(0, limit) : items;
}
