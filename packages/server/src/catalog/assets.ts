import { readFileSync } from 'node:fs';

// The page's script and style are plain files in the package's assets/ folder (linted, readable,
// served as written): the same relative path reaches them from src/catalog and from dist/catalog.
const folder = new URL('../../assets/catalog/', import.meta.url);

/** The catalog page's script and style sheet, read once when a server is built. */
export function catalogAssets(): { script: string; style: string } {
  return {
    script: readFileSync(new URL('catalog.js', folder), 'utf8'),
    style: readFileSync(new URL('catalog.css', folder), 'utf8'),
  };
}
