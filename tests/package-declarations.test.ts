/**
 * The library packages are usable outside the workspace, as their READMEs promise: each builds
 * type declarations (`pnpm build:types`), `exports["."].types` points at them, and packed tarballs
 * of @envfleet/contract, @envfleet/client and @envfleet/kit, installed in a scratch project with no
 * workspace around it, type-check a consumer (and its mistakes are caught, so the types are real).
 * Inside the workspace TypeScript still reads every package's sources (the `envfleet-source`
 * condition comes first).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pnpm } from './support/pnpm.js';
import { workspaceRoot } from './support/workspace-environments.js';

const libraries = readdirSync(join(workspaceRoot, 'packages')).filter((name) =>
  readdirSync(join(workspaceRoot, 'packages', name)).includes('package.json'),
);
const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
/** A test that runs tsc in child processes: seconds on an idle machine, far more on a busy one. */
const TSC_TIMEOUT = 120_000;
const tsc = createRequire(join(workspaceRoot, 'package.json')).resolve('typescript/lib/tsc.js');

describe('every library package', () => {
  it.each(libraries)('packages/%s builds declarations that its exports name after the source condition', (name) => {
    const dir = join(workspaceRoot, 'packages', name);
    const entry = manifestOf(dir).exports['.'];
    expect(Object.keys(entry)).toEqual(['envfleet-source', 'types', 'default']);
    expect(entry.types).toBe('./dist/index.d.ts');
    const build = JSON.parse(readFileSync(join(dir, 'tsconfig.build.json'), 'utf8'));
    expect(build.compilerOptions.outDir).toBe('dist');
    const rootBuild = JSON.parse(readFileSync(join(workspaceRoot, 'tsconfig.build.json'), 'utf8'));
    expect(rootBuild.references).toContainEqual({ path: `./packages/${name}/tsconfig.build.json` });
  });
});

describe('packed @envfleet/contract, @envfleet/client and @envfleet/kit outside the workspace', () => {
  const packed = new Map<string, string>();
  let scratch: string;

  beforeAll(() => {
    // The declarations of these three (tsc -b builds contract first); the JavaScript is built by the global setup.
    const built = spawnSync(process.execPath, [tsc, '-b', 'packages/client/tsconfig.build.json', 'packages/kit/tsconfig.build.json'], {
      cwd: workspaceRoot,
      encoding: 'utf8',
    });
    expect(built.stdout + built.stderr).toBe('');
    scratch = mkdtempSync(join(tmpdir(), 'envfleet-packed-'));
    mkdirSync(join(scratch, 'tarballs'));
    for (const name of ['contract', 'client', 'kit']) {
      const dir = join(workspaceRoot, 'packages', name);
      pnpm(['pack', '--pack-destination', join(scratch, 'tarballs')], dir);
      const tarball = readdirSync(join(scratch, 'tarballs')).find((file) => file.startsWith(`envfleet-${name}-`));
      packed.set(manifestOf(dir).name, join(scratch, 'tarballs', tarball as string));
    }
  }, 180_000);

  afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  // After beforeAll: it built the contract's declarations, which a clean checkout does not have yet.
  it('resolves to sources inside the workspace and to declarations outside it, by the exports alone', () => {
    const { config } = ts.readConfigFile(join(workspaceRoot, 'tsconfig.base.json'), ts.sys.readFile);
    const workspace = ts.convertCompilerOptionsFromJson(config.compilerOptions, workspaceRoot).options;
    // Without `paths`, so that only package.json's exports decide.
    const { paths: _paths, ...byExports } = workspace;
    const outside = { ...byExports, customConditions: [] };
    const from = join(workspaceRoot, 'packages/client/src/index.ts');
    const resolve = (options: ts.CompilerOptions) =>
      ts.resolveModuleName('@envfleet/contract', from, options, ts.sys).resolvedModule?.resolvedFileName;
    expect(realpathSync(resolve(byExports) as string)).toBe(join(workspaceRoot, 'packages/contract/src/index.ts'));
    expect(realpathSync(resolve(outside) as string)).toBe(join(workspaceRoot, 'packages/contract/dist/index.d.ts'));
  });

  /**
   * A project holding `wanted` and what their packed manifests depend on, nothing else: packed
   * packages are unpacked into node_modules, others (zod, immer) linked to the copies the
   * workspace installed, as `npm install` of the tarballs would place them (and with no network).
   */
  function project(name: string, wanted: string[], files: Record<string, string>): string {
    const dir = join(scratch, name);
    mkdirSync(join(dir, 'node_modules'), { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, private: true, type: 'module' }));
    const installed = new Set<string>();
    const install = (pkg: string, requiredBy: string) => {
      if (installed.has(pkg)) return;
      installed.add(pkg);
      const target = join(dir, 'node_modules', pkg);
      mkdirSync(dirname(target), { recursive: true });
      const tarball = packed.get(pkg);
      if (!tarball) {
        symlinkSync(realpathSync(join(requiredBy, 'node_modules', pkg)), target);
        return;
      }
      mkdirSync(target);
      const untar = spawnSync('tar', ['-xzf', tarball, '-C', target, '--strip-components=1'], { encoding: 'utf8' });
      expect(untar.status, untar.stderr).toBe(0);
      const source = join(workspaceRoot, 'packages', pkg.replace('@envfleet/', ''));
      for (const dependency of Object.keys(manifestOf(target).dependencies ?? {})) install(dependency, source);
    };
    for (const pkg of wanted) install(pkg, workspaceRoot);
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          lib: ['ES2023', 'DOM'],
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noEmit: true,
          types: [],
          // The packages' declarations are checked too, with what their manifests installed.
          skipLibCheck: false,
        },
      }),
    );
    for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
    return dir;
  }

  function check(dir: string, files: string[]) {
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ ...JSON.parse(readFileSync(join(dir, 'tsconfig.json'), 'utf8')), files }));
    return spawnSync(process.execPath, [tsc, '-p', '.', '--pretty', 'false'], { cwd: dir, encoding: 'utf8' });
  }

  function expectTypeChecks(dir: string, file: string) {
    const result = check(dir, [file]);
    expect(result.stdout + result.stderr, file).toBe('');
    expect(result.status, file).toBe(0);
  }

  it('packs only the built package, with workspace versions made real', () => {
    const listing = spawnSync('tar', ['-tzf', packed.get('@envfleet/client') as string], { encoding: 'utf8' }).stdout;
    expect(listing).toContain('package/dist/index.d.ts');
    expect(listing).toContain('package/dist/index.js');
    expect(listing).not.toContain('package/src/');
    const dir = project('manifest', ['@envfleet/client'], {});
    const manifest = manifestOf(join(dir, 'node_modules/@envfleet/client'));
    expect(manifest.dependencies).toEqual({ '@envfleet/contract': manifestOf(join(workspaceRoot, 'packages/contract')).version });
  });

  it('type-checks a consumer of the client with the client alone installed, and runs it', { timeout: TSC_TIMEOUT }, () => {
    const dir = project('client-consumer', ['@envfleet/client'], {
      'consumer.ts': `
import { EnvfleetClient, EnvfleetError, type StepResult } from '@envfleet/client';

const client = new EnvfleetClient({ baseUrl: 'http://127.0.0.1:9' });
export async function roll(): Promise<number> {
  const episode = await client.episode({ servers: ['Calendar'], presets: { Calendar: 'demo' }, seed: 0 });
  const step: StepResult = await client.step(episode.episodeId, [{ name: 'Calendar-list_calendars', arguments: {} }]);
  const first = step.results[0];
  const failed: boolean = first?.isError ?? false;
  return failed ? -1 : step.step;
}
export const isEnvfleetError = (error: unknown) => error instanceof EnvfleetError && error.status >= 400;
console.log(typeof EnvfleetClient, typeof roll);
`,
      'mistake.ts': `
import { EnvfleetClient } from '@envfleet/client';
const client = new EnvfleetClient({ baseUrl: 'http://127.0.0.1:9' });
export const wrong = () => client.step(42, []);
`,
    });
    expectTypeChecks(dir, 'consumer.ts');
    const bad = check(dir, ['mistake.ts']);
    expect(bad.status).not.toBe(0);
    expect(bad.stdout).toMatch(
      /mistake\.ts\(\d+,\d+\): error TS2345: Argument of type 'number' is not assignable to parameter of type 'string'/,
    );

    // The JavaScript runs with what the packed manifests installed.
    writeFileSync(join(dir, 'run.mjs'), "import { EnvfleetClient } from '@envfleet/client';\nconsole.log(typeof EnvfleetClient);\n");
    const run = spawnSync(process.execPath, ['run.mjs'], { cwd: dir, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('function');
  });

  it('type-checks an environment written with the kit alone installed', { timeout: TSC_TIMEOUT }, () => {
    const dir = project('kit-consumer', ['@envfleet/kit', 'zod'], {
      'counter.ts': `
import { defineEnvironment, defineTool, ToolError } from '@envfleet/kit';
import { z } from 'zod';

const scenario = z.object({ count: z.int().default(0) });
const input = z.object({ by: z.int() });
const add = defineTool<z.output<typeof scenario>, typeof input>({
  name: 'add',
  description: 'Adds to the counter.',
  input,
  annotations: { readOnlyHint: false },
  handler: (state, args) => {
    if (args.by < 0) throw new ToolError('by must not be negative');
    state.count += args.by;
    return { count: state.count };
  },
});
export const counter = defineEnvironment({
  name: 'Counter',
  domain: 'utilities',
  version: '0.1.0',
  description: 'A counter.',
  scenario,
  presets: { demo: { count: 1 } },
  tools: [add],
});
`,
    });
    expectTypeChecks(dir, 'counter.ts');
  });
});
