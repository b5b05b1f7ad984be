import { ToolError } from '@envfleet/kit';
import type { Page, Wiki, WikipediaServerState } from '../scenario.js';
import { BUILTIN_WIKI } from './builtin.js';

/** The pages of a language edition: the scenario's own encyclopedia, or the built-in one. */
export function edition(state: WikipediaServerState, language: string): Page[] {
  const wiki: Wiki = state.wiki ?? BUILTIN_WIKI;
  // A language with no edition is a host that does not exist: the reference's request fails.
  if (!Object.hasOwn(wiki, language))
    throw new ToolError(`No Wikipedia edition for language "${language}" (${language}.wikipedia.org cannot be reached)`);
  return wiki[language] as Page[];
}

/** A page by exact title (first letter case-insensitive, as Wikipedia titles are), or the service's 404. */
export function pageByTitle(pages: Page[], title: string): Page | undefined {
  const normalized = normalizeTitle(title);
  return pages.find((page) => normalizeTitle(page.title) === normalized);
}

export function requirePage(pages: Page[], title: string, language: string): Page {
  const page = pageByTitle(pages, title);
  if (!page) throw new ToolError(`Page "${title}" not found on ${language}.wikipedia.org (the service answers 404 Not Found)`);
  return page;
}

// Wikipedia treats underscores as spaces and the first letter's case as insignificant.
function normalizeTitle(title: string): string {
  const spaced = title.replaceAll('_', ' ').trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** The canonical web address of a page. */
export function pageUrl(language: string, title: string): string {
  return `https://${language}.wikipedia.org/wiki/${encodeURIComponent(title.replaceAll(' ', '_'))}`;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Pages whose title or lead contains every word of the query, title matches first. */
export function searchPages(pages: Page[], query: string): Page[] {
  const wanted = query.toLowerCase().match(WORD) ?? [];
  if (wanted.length === 0) return [];
  const has = (text: string) => {
    const words = new Set(text.toLowerCase().match(WORD) ?? []);
    return wanted.every((word) => words.has(word));
  };
  const inTitle = pages.filter((page) => has(page.title));
  const inText = pages.filter((page) => !inTitle.includes(page) && has(`${page.title} ${page.extract}`));
  return [...inTitle, ...inText];
}

export function thumbnailOf(page: Page): { url: string; width: number | null; height: number | null } | null {
  return page.thumbnail ? { url: page.thumbnail.url, width: page.thumbnail.width, height: page.thumbnail.height } : null;
}
