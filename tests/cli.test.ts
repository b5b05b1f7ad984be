/** The `envfleet` command: list against the catalog, and new-env scaffolding catalog environments. */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { list, newEnvironment, readCatalog, zodSourceForInput } from '@envfleet/cli';
import { buildGateway } from '@envfleet/gateway';
import { anyInteger, argumentsJsonSchema, defaultNull, type Environment } from '@envfleet/kit';
import { z } from 'zod';
import { afterAll, describe, expect, it } from 'vitest';
import { expectCatalogParity, expectPlacement, withoutAnnotations } from './support/catalog-parity.js';
import { catalog, environmentPackages, loadEnvironment, workspaceRoot } from './support/workspace-environments.js';

describe('envfleet list', () => {
  it('counts the workspace against the catalog and names what each domain still misses', async () => {
    const json = JSON.parse(await list(workspaceRoot, true, { source: true }));
    expect(json.environments.find((e: { name: string }) => e.name === 'Calendar')).toEqual({
      name: 'Calendar',
      domain: 'office',
      tools: 6,
      presets: ['demo'],
      inCatalog: true,
    });
    const present = new Set(environmentPackages().map((pkg) => pkg.manifest.envfleet?.server));
    const officeMissing = [...catalog().values()].filter((env) => env.domain === 'Office' && !present.has(env.name)).map((env) => env.name);
    expect(json.missing.office).toEqual(officeMissing);

    const text = await list(workspaceRoot, false, { source: true });
    expect(text).toMatch(new RegExp(`^office — ${20 - officeMissing.length}/20 of the catalog`, 'm'));
    expect(text).toMatch(/Calendar\s+6 tools/);
    if (officeMissing.length > 0) expect(text).toContain(`missing: ${officeMissing.join(', ')}`);
  });
});

describe('envfleet new-env', () => {
  // Scaffold into a throwaway workspace inside this one (its own environments/ and catalog), so
  // imports resolve and the real environments/ folder, which other suites scan, is never touched.
  const scratch = join(workspaceRoot, 'node_modules', '.cache', `new-env-test-${process.pid}`);
  mkdirSync(join(scratch, 'environments'), { recursive: true });
  cpSync(join(workspaceRoot, 'catalog'), join(scratch, 'catalog'), { recursive: true });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('refuses bad arguments with a message saying what to do', () => {
    expect(() => newEnvironment(workspaceRoot, { name: undefined }, scratch)).toThrow(/usage: envfleet new-env <Name>/);
    expect(() => newEnvironment(workspaceRoot, { name: 'my-env' }, scratch)).toThrow(/PascalCase/);
    expect(() => newEnvironment(workspaceRoot, { name: 'Shed' }, scratch)).toThrow(
      /not in the EnvFactory catalog: give its domain with --domain/,
    );
    expect(() => newEnvironment(workspaceRoot, { name: 'Shed', domain: 'gardening' }, scratch)).toThrow(
      /Unknown domain "gardening": use one of commerce/,
    );
    expect(() => newEnvironment(workspaceRoot, { name: 'GoogleTasks', domain: 'finance' }, scratch)).toThrow(
      /GoogleTasks is in the catalog's office domain; drop --domain finance/,
    );
    expect(() => newEnvironment(workspaceRoot, { name: 'Calendar', reference: join(scratch, 'nowhere') }, scratch)).toThrow(
      /--reference: .*nowhere.* does not exist/,
    );
    expect(existsSync(join(scratch, 'environments/office'))).toBe(false);
  });

  it('recreates a catalog environment that passes the placement and parity checks before any handler is written', async () => {
    const created = newEnvironment(workspaceRoot, { name: 'Calendar' }, scratch);
    expect(created).toMatchObject({ dir: join(scratch, 'environments/office/calendar'), fromCatalog: true, tools: 6 });
    const [pkg] = environmentPackages(scratch);
    if (!pkg) throw new Error('the scaffolded package was not found');
    const env = await loadEnvironment(pkg, scratch);
    const entry = catalog().get('Calendar');
    expectPlacement(pkg, env, entry);
    if (entry) expectCatalogParity(env, entry);

    const outcome = env.call(env.load({}), 'create_event', { summary: 'x', start_time: 'a', end_time: 'b' });
    expect(outcome).toMatchObject({
      isError: true,
      content: { message: expect.stringMatching(/Calendar\.create_event is not implemented yet/) },
    });
    const readme = readFileSync(join(created.dir, 'README.md'), 'utf8');
    expect(readme).toContain('| `list_events` | TODO |');
    expect(readme).toContain('## Differences from the reference');
    expect(readFileSync(join(created.dir, 'test/calendar.test.ts'), 'utf8')).toContain("it.todo('delete_event:");

    // The gateway serves it, with the catalog's argument schemas.
    const app = await buildGateway({ environments: [env], server: { reaperIntervalMs: 0 } });
    try {
      const answer = await app.inject({ method: 'GET', url: '/v1/environments/Calendar' });
      expect(answer.statusCode).toBe(200);
      expect(
        answer
          .json()
          .tools.map((tool: { name: string }) => tool.name)
          .sort(),
      ).toEqual(entry?.tools.map((tool) => tool.name).sort());
    } finally {
      await app.close();
    }

    expect(() => newEnvironment(workspaceRoot, { name: 'Calendar' }, scratch)).toThrow(
      /Calendar already exists at environments\/office\/calendar/,
    );
  });

  it('derives the scenario skeleton from the reference server given with --reference', async () => {
    const reference = join(scratch, 'Notebook.py');
    writeFileSync(
      reference,
      [
        'class Page(BaseModel):',
        '    """A page."""',
        '    page_id: str = Field(..., description="id")',
        '    tags: List[str] = Field(default_factory=list)',
        '    pinned: Optional[bool] = None',
        '',
        'class NotebookScenario(BaseModel):',
        '    pages: Dict[str, Page] = Field(default={"p1": {"page_id": "p1", "tags": ["a"]}})',
        '    next_page: int = Field(default=2, ge=1)',
        '    code: Optional[str] = Field(default=None, pattern=r"^\\d{3}$")',
        '    title: str = Field(default="", max_length=80)',
        '    owner: str = "ann"',
        '    by_number: Dict[int, Page] = {}',
        '',
        '    def helper(self):',
        '        return 1',
      ].join('\n'),
    );
    const created = newEnvironment(workspaceRoot, { name: 'Notebook', domain: 'office', reference }, scratch);
    expect(created).toMatchObject({ fromCatalog: false, tools: 0, scenarioFromReference: true });
    const env = (await import(join(created.dir, 'src/index.ts'))).default as Environment;
    // As in pydantic, a default is taken as written, not validated (so p1 gets no `pinned`).
    expect(env.load({})).toEqual({
      pages: { p1: { page_id: 'p1', tags: ['a'] } },
      next_page: 2,
      code: null,
      title: '',
      owner: 'ann',
      by_number: {},
    });
    // Dict[int, X] keys are read as ints and saved as their digits, as pydantic does.
    expect(Object.keys(env.load({ by_number: { '007': { page_id: 'p7' } } }).by_number)).toEqual(['7']);
    expect(env.load({ pages: { p2: { page_id: 'p2' } } }).pages).toEqual({ p2: { page_id: 'p2', tags: [], pinned: null } });
    expect(() => env.load({ next_page: 'many' })).toThrow(/next_page/);
    // Bounds and patterns become checks (\d reads any Unicode digit, as pydantic's does); the rest, notes.
    expect(() => env.load({ next_page: 0 })).toThrow(/next_page/);
    expect(env.load({ code: '٤٢٧' }).code).toBe('٤٢٧');
    expect(() => env.load({ code: '42' })).toThrow(/code/);
    expect(readFileSync(join(created.dir, 'src/scenario.ts'), 'utf8')).toContain('// reference: max_length=80');
  });

  it('still scaffolds environments of our own, outside the catalog, with --domain', () => {
    const created = newEnvironment(workspaceRoot, { name: 'PaperTrail', domain: 'office' }, scratch);
    const manifest = JSON.parse(readFileSync(join(created.dir, 'package.json'), 'utf8'));
    expect(manifest).toMatchObject({
      name: '@envfleet/env-paper-trail',
      envfleet: { server: 'PaperTrail', domain: 'office' },
      bin: { 'envfleet-paper-trail': 'dist/main.js' },
    });
    expect(created).toMatchObject({ fromCatalog: false, tools: 0 });
  });

  it('generates, for every tool of the catalog, a zod input whose published schema is the catalog schema', () => {
    let checked = 0;
    for (const entry of readCatalog(workspaceRoot)) {
      for (const tool of entry.tools) {
        const source = zodSourceForInput(tool.inputSchema, `${entry.name}.${tool.name}`);
        const input = new Function('z', 'anyInteger', 'defaultNull', `return ${source};`)(z, anyInteger, defaultNull);
        expect(withoutAnnotations(argumentsJsonSchema(input)), `${entry.name}.${tool.name}`).toEqual(withoutAnnotations(tool.inputSchema));
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(600);
  });
});

describe('envfleet <command> --help', () => {
  it('prints the usage and exits 0, for the tool and for new-env', async () => {
    const { execFileSync } = await import('node:child_process');
    const cli = join(workspaceRoot, 'packages/cli/dist/main.js');
    expect(execFileSync(process.execPath, [cli, 'new-env', '--help'], { encoding: 'utf8' })).toMatch(/^usage: envfleet new-env <Name>/);
    expect(execFileSync(process.execPath, [cli, 'list', '-h'], { encoding: 'utf8' })).toContain('envfleet serve');
  });
});
