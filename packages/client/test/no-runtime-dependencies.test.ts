/**
 * The client runs without anything else: it takes its types from @envfleet/contract, but as types
 * only, so the build a rollout worker runs imports nothing outside the package. The contract is its
 * one dependency, for the published declarations (`dist/*.d.ts` import their types from it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const sources = readdirSync(join(packageDir, 'src')).filter((name) => name.endsWith('.ts'));

/** `import … from 'x'` and `export … from 'x'` statements whose module is not a file of this package. */
function outsideImports(text: string): string[] {
  return [...text.matchAll(/^(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]/gms)]
    .filter((match) => !(match[1] ?? '').startsWith('.'))
    .map((match) => match[0].replace(/\s+/g, ' '));
}

describe('@envfleet/client', () => {
  it('depends on the contract alone, for the types its declarations import', () => {
    const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
    expect(Object.keys(manifest.dependencies ?? {})).toEqual(['@envfleet/contract']);
    expect(manifest.peerDependencies ?? {}).toEqual({});
  });

  it('imports other packages for their types only', () => {
    expect(sources.length).toBeGreaterThan(0);
    for (const name of sources) {
      for (const statement of outsideImports(readFileSync(join(packageDir, 'src', name), 'utf8'))) {
        expect(statement, name).toMatch(/^(import|export) type /);
      }
    }
  });

  it('builds to JavaScript that imports nothing outside the package', () => {
    const dist = join(packageDir, 'dist');
    const built = readdirSync(dist).filter((name) => name.endsWith('.js'));
    expect(built.length).toBeGreaterThan(0);
    for (const name of built) expect(outsideImports(readFileSync(join(dist, name), 'utf8')), name).toEqual([]);
  });
});
