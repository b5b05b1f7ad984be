import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

// The template is a small environment package that type-checks and lints as it stands
// (packages/cli/templates/environment): ExampleEnv with one tool, example_action.
const TEMPLATE_DIR = fileURLToPath(new URL('../../templates/environment/', import.meta.url));

export const TEMPLATE_TOOL_FILE = 'src/tools/example-action.ts';

/** Every file of the template, by path relative to the package root. */
export function templateFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.set(relative(TEMPLATE_DIR, path).split('\\').join('/'), readFileSync(path, 'utf8'));
    }
  };
  walk(TEMPLATE_DIR);
  return files;
}

/**
 * Replaces each marker (which the template must still contain: a lost one fails loudly) and then
 * each name (wherever it occurs).
 */
export function substitute(
  text: string,
  file: string,
  markers: [from: string, to: string][],
  names: [from: string, to: string][] = [],
): string {
  let out = text;
  for (const [from, to] of markers) {
    if (!out.includes(from)) throw new Error(`Template ${file} no longer contains ${JSON.stringify(from)}: update the scaffold with it`);
    out = out.replaceAll(from, to);
  }
  for (const [from, to] of names) out = out.replaceAll(from, to);
  return out;
}
