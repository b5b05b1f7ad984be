import { compareCodePoints, pythonSlice, ToolError } from '@envfleet/kit';

export type Article = Record<string, unknown>;

/**
 * A field of a stored article, as the reference reads it (`article.get(name, default)`). Articles
 * are free-form, so a record that is not an object, or a field of the wrong kind, is a clear error
 * where the reference crashed on it.
 */
export function articleText(article: unknown, pmid: string, name: string): string {
  if (article === null || typeof article !== 'object' || Array.isArray(article))
    throw new ToolError(`Article ${pmid} is not a record (check the scenario's articles)`);
  const value = Object.hasOwn(article, name) ? (article as Article)[name] : '';
  if (typeof value !== 'string') throw new ToolError(`Article ${pmid} has a ${name} that is not text (check the scenario's articles)`);
  return value;
}

export function articleList(article: unknown, pmid: string, name: string): string[] {
  if (article === null || typeof article !== 'object' || Array.isArray(article))
    throw new ToolError(`Article ${pmid} is not a record (check the scenario's articles)`);
  const value = Object.hasOwn(article, name) ? (article as Article)[name] : [];
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string'))
    throw new ToolError(`Article ${pmid} has ${name} that are not a list of text (check the scenario's articles)`);
  return value;
}

/** `items[:max_results]`, as a Python slice reads a negative or oversized count. */
export const firstResults = <T>(items: T[], maxResults: number): T[] => pythonSlice(items, null, maxResults);

/** A stable sort by a text field, as Python's list.sort(key=…, reverse=…) orders it. */
export function sortByText(entries: [pmid: string, article: unknown][], field: string, descending: boolean): [string, unknown][] {
  const keyed = entries.map(([pmid, article]) => ({ pmid, article, key: articleText(article, pmid, field) }));
  keyed.sort((a, b) => (descending ? compareCodePoints(b.key, a.key) : compareCodePoints(a.key, b.key)));
  return keyed.map(({ pmid, article }) => [pmid, article]);
}

export function requireText(value: string, name: string): void {
  if (!value) throw new ToolError(`${name} must be a non-empty string`);
}
