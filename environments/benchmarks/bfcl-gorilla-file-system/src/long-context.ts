import { readFileSync } from 'node:fs';

/**
 * What BFCL's long-context variant adds to a file system (long_context.py of ShishirPatil/gorilla,
 * Apache-2.0, shipped as data/long-context.json): a long paragraph appended to every file except a
 * few whose tails the questions read, and 30 empty image files in every innermost directory.
 */
interface LongContextData {
  FILE_CONTENT_EXTENSION: string;
  POPULATE_FILE_EXTENSION: string[];
  FILES_TAIL_USED: string[];
}

// data/ sits beside src/ and dist/, so the same relative path works from both.
const data = JSON.parse(readFileSync(new URL('../data/long-context.json', import.meta.url), 'utf8')) as LongContextData;

export const FILE_CONTENT_EXTENSION = data.FILE_CONTENT_EXTENSION;
export const POPULATE_FILE_EXTENSION: readonly string[] = data.POPULATE_FILE_EXTENSION;
export const FILES_TAIL_USED: ReadonlySet<string> = new Set(data.FILES_TAIL_USED);
