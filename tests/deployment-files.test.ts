/**
 * The deployment files (docker/Dockerfile, .dockerignore, compose.yaml, docker/k8s) are checked
 * against the code, since no Docker engine or cluster runs the tests: every variable they set is
 * one the code reads, every server name, service, port, route and file they name exists. Then the
 * image's entrypoint (docker/start.mjs) and health probe run for real on the built workspace.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { startServerProcess, stopProcess } from './support/child-server.js';
import { http } from './support/http.js';
import { pnpm } from './support/pnpm.js';
import { freePort } from './support/services.js';
import { environmentPackages, workspaceRoot } from './support/workspace-environments.js';

const read = (path: string) => readFileSync(join(workspaceRoot, path), 'utf8');
const exists = (path: string) => existsSync(join(workspaceRoot, path));

// ---------------------------------------------------------------------------------------------
// What the code defines, derived from the sources so the checks follow the code.

const serverNames = new Set(environmentPackages().flatMap((pkg) => (pkg.manifest.envfleet?.server ? [pkg.manifest.envfleet.server] : [])));

function filesUnder(dir: string, suffix: string): string[] {
  if (!exists(dir)) return [];
  return readdirSync(join(workspaceRoot, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = posix.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path, suffix);
    return entry.name.endsWith(suffix) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const runtimeSources = [
  ...readdirSync(join(workspaceRoot, 'packages')).flatMap((name) => filesUnder(`packages/${name}/src`, '.ts')),
  ...filesUnder('docker', '.mjs'),
];

/**
 * Variables the processes read: `process.env.X`, `variables.X`, `variables?.X`, `variables['X']`,
 * and names handed with the variables to a reader (`integer(variables, 'PORT', …)`,
 * `setting(variables, 'REDIS_URL')`). `env` is read the same way, as scripts name it.
 */
const variablesTheCodeReads: ReadonlySet<string> = (() => {
  const names = new Set<string>();
  const patterns = [
    /\b(?:env|variables)(?:\?\.|\.)([A-Z][A-Z0-9_]*)\b/g,
    /\b(?:env|variables)\[\s*['"]([A-Z][A-Z0-9_]*)['"]\s*\]/g,
    /\(\s*(?:process\.)?(?:env|variables)\s*,\s*['"]([A-Z][A-Z0-9_]*)['"]/g,
  ];
  for (const file of runtimeSources) {
    const text = read(file);
    for (const pattern of patterns) for (const match of text.matchAll(pattern)) names.add(match[1] as string);
  }
  return names;
})();

// Read by Node.js and its libraries rather than by envfleet's code.
const variablesReadByNode = new Set(['NODE_ENV', 'NODE_OPTIONS']);

/** GET routes every server process defines (health, readiness, metrics, …). */
const getRoutes: ReadonlySet<string> = (() => {
  const routes = new Set<string>();
  for (const file of [...filesUnder('packages/server/src', '.ts'), ...filesUnder('packages/gateway/src', '.ts')]) {
    for (const match of read(file).matchAll(/\bapp\.get\(\s*['"](\/[^'"]*)['"]/g)) routes.add(match[1] as string);
  }
  return routes;
})();

describe('what the code defines (the reference for every check below)', () => {
  it('finds the documented settings, server names and health routes', () => {
    for (const name of [
      'PORT',
      'HOST',
      'ENVFLEET_TOKEN',
      'ENVFLEET_TTL_SECONDS',
      'ENVFLEET_MAX_STEPS',
      'ENVFLEET_BODY_LIMIT',
      'ENVFLEET_ALLOWED_HOSTS',
      'LOG_LEVEL',
      'ENVFLEET_REMOTES',
      'ENVFLEET_REMOTE_TOKEN',
      'REDIS_URL',
      'DATABASE_URL',
      'ENVFLEET_ENVIRONMENT',
    ]) {
      expect(variablesTheCodeReads, name).toContain(name);
    }
    expect(serverNames).toContain('Calendar');
    expect(serverNames).toContain('Retail');
    expect(getRoutes).toContain('/healthz');
    expect(getRoutes).toContain('/readyz');
  });
});

// ---------------------------------------------------------------------------------------------
// Dockerfile and .dockerignore

interface Instruction {
  keyword: string;
  args: string;
  stage: string;
}

function dockerfile(): { instructions: Instruction[]; stages: string[]; argDefaults: Record<string, string> } {
  const instructions: Instruction[] = [];
  const stages: string[] = [];
  const argDefaults: Record<string, string> = {};
  let logical = '';
  let stage = '';
  for (const line of read('docker/Dockerfile').split('\n')) {
    if (/^\s*#/.test(line)) continue;
    if (line.endsWith('\\')) {
      logical += `${line.slice(0, -1)} `;
      continue;
    }
    logical += line;
    const text = logical.trim();
    logical = '';
    if (!text) continue;
    const [, keyword = '', args = ''] = text.match(/^(\S+)\s*(.*)$/s) ?? [];
    const upper = keyword.toUpperCase();
    if (upper === 'FROM') {
      stage = args.match(/\bAS\s+(\S+)/i)?.[1] ?? `stage${stages.length}`;
      stages.push(stage);
    }
    if (upper === 'ARG' && !stage) {
      const [name, value] = args.split('=');
      if (name && value !== undefined) argDefaults[name.trim()] = value.trim();
    }
    instructions.push({ keyword: upper, args: args.replace(/\s+/g, ' ').trim(), stage });
  }
  return { instructions, stages, argDefaults };
}

/** `KEY=value KEY2=value2` (ENV and LABEL syntax) as a record. */
function assignments(args: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of args.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|\S*)/g))
    found[match[1] as string] = (match[2] as string).replace(/^"|"$/g, '');
  return found;
}

/** A .dockerignore as a predicate on paths relative to the build context (last matching rule wins). */
function dockerignore(): (path: string) => boolean {
  const rules = read('.dockerignore')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const include = line.startsWith('!');
      const pattern = (include ? line.slice(1) : line).replace(/^\/+|\/+$/g, '');
      const source = pattern
        .split(/(\*\*\/|\/\*\*|\*\*|\*|\?)/)
        .map((part) => {
          if (part === '**/') return '(?:.*/)?';
          if (part === '/**') return '(?:/.*)?';
          if (part === '**') return '.*';
          if (part === '*') return '[^/]*';
          if (part === '?') return '[^/]';
          return part.replace(/[.+^${}()|[\]\\]/g, '\\$&');
        })
        .join('');
      return { include, regex: new RegExp(`^${source}$`) };
    });
  return (path) => {
    // A rule that matches a folder excludes everything in it.
    const segments = path.split('/');
    const prefixes = segments.map((_, i) => segments.slice(0, i + 1).join('/'));
    let ignored = false;
    for (const rule of rules) if (prefixes.some((prefix) => rule.regex.test(prefix))) ignored = !rule.include;
    return ignored;
  };
}

/**
 * A final stage's ENV defaults and WORKDIR: what every container of that image starts with. The
 * last stage (the default target) is the fleet image.
 */
function imageRuntime(stage?: string): { env: Record<string, string>; workdir: string } {
  const { instructions, stages } = dockerfile();
  const runtime = instructions.filter((i) => i.stage === (stage ?? stages.at(-1)));
  const env = assignments(
    runtime
      .filter((i) => i.keyword === 'ENV')
      .map((i) => i.args)
      .join(' '),
  );
  return { env, workdir: runtime.filter((i) => i.keyword === 'WORKDIR').at(-1)?.args ?? '/' };
}

/** A path inside the image (absolute, or relative to the runtime WORKDIR) as a repository path. */
function repositoryPathOf(imagePath: string, workdir: string): string {
  const absolute = imagePath.startsWith('/') ? imagePath : posix.join(workdir, imagePath);
  const relative = posix.relative(workdir, absolute);
  return relative.startsWith('..') ? absolute : relative;
}

describe('docker/Dockerfile', () => {
  const { instructions, stages, argDefaults } = dockerfile();
  const runtimeStage = stages.at(-1) as string;
  const runtime = instructions.filter((i) => i.stage === runtimeStage);
  const { env: runtimeEnv, workdir } = imageRuntime();
  const ignored = dockerignore();
  const substitute = (text: string) => text.replace(/\$\{(\w+)\}|\$(\w+)/g, (_, a, b) => argDefaults[a ?? b] ?? '');

  it('builds from a Node.js image of the major version package.json requires', () => {
    const required = JSON.parse(read('package.json')).engines.node.match(/(\d+)/)?.[1];
    for (const from of instructions.filter((i) => i.keyword === 'FROM')) {
      const image = substitute(from.args.split(' ')[0] as string);
      if (stages.includes(image)) continue;
      expect(image, from.args).toMatch(new RegExp(`^node:${required}(?:[.-]|$)`));
    }
  });

  it('installs with the pinned pnpm from the lockfile, builds, and prunes to production dependencies', () => {
    const runs = instructions.filter((i) => i.keyword === 'RUN').map((i) => i.args);
    expect(JSON.parse(read('package.json')).packageManager).toMatch(/^pnpm@/);
    expect(runs.some((run) => run.includes('corepack enable'))).toBe(true);
    expect(runs.some((run) => /pnpm install (?=.*--frozen-lockfile)(?!.*--prod)/.test(run))).toBe(true);
    expect(runs.some((run) => /pnpm install (?=.*--prod)(?=.*--frozen-lockfile)/.test(run))).toBe(true);
    expect(runs.some((run) => run.includes('node scripts/build.mjs'))).toBe(true);
    for (const run of runs)
      for (const match of run.matchAll(/\bnode (\S+\.m?js)\b/g)) expect(exists(match[1] as string), match[1]).toBe(true);
  });

  it('copies only files that exist and that .dockerignore lets into the build context', () => {
    for (const copy of instructions.filter((i) => i.keyword === 'COPY')) {
      const words = copy.args.split(' ');
      const from = words.find((w) => w.startsWith('--from='))?.slice('--from='.length);
      if (from) {
        expect(stages.slice(0, stages.indexOf(copy.stage)), copy.args).toContain(from);
        continue;
      }
      for (const source of words.filter((w) => !w.startsWith('--')).slice(0, -1)) {
        if (source === '.') continue;
        expect(exists(source), `COPY ${source}`).toBe(true);
        expect(ignored(source), `${source} is excluded by .dockerignore`).toBe(false);
      }
    }
  });

  it('leaves host installs, builds and history out of the context, but every package source in', () => {
    for (const path of [
      'node_modules',
      'packages/server/node_modules',
      'packages/server/dist',
      'environments/office/calendar/dist',
      '.git',
    ])
      expect(ignored(path), path).toBe(true);
    const needed = [
      'package.json',
      'pnpm-lock.yaml',
      'pnpm-workspace.yaml',
      'scripts/build.mjs',
      'docker/start.mjs',
      'docker/healthcheck.mjs',
      // Read at run time beside dist/ (the catalog page's script and style).
      'packages/server/assets/catalog/catalog.js',
      'packages/server/assets/catalog/catalog.css',
    ];
    for (const dir of [
      ...readdirSync(join(workspaceRoot, 'packages')).map((name) => `packages/${name}`),
      ...environmentPackages().map((p) => p.dir),
    ]) {
      if (!exists(`${dir}/package.json`)) continue;
      needed.push(`${dir}/package.json`, ...filesUnder(`${dir}/src`, '.ts'));
    }
    for (const path of needed) expect(ignored(path), `${path} must reach the build`).toBe(false);
  });

  it('runs as a non-root user, in production mode, on 0.0.0.0:$PORT, and exposes that port', () => {
    const user = runtime.filter((i) => i.keyword === 'USER').at(-1)?.args;
    expect(user).toBeDefined();
    expect(['root', '0']).not.toContain(user?.split(':')[0]);
    expect(runtimeEnv).toMatchObject({ NODE_ENV: 'production', HOST: '0.0.0.0' });
    expect(runtimeEnv.PORT).toMatch(/^\d+$/);
    expect(runtime.filter((i) => i.keyword === 'EXPOSE').map((i) => i.args.split('/')[0])).toEqual([runtimeEnv.PORT]);
    for (const name of Object.keys(runtimeEnv)) expect(variablesTheCodeReads.has(name) || variablesReadByNode.has(name), name).toBe(true);
  });

  it('starts docker/start.mjs and checks health with files that are in the repository and copied into the image', () => {
    const copiedFromContext = runtime
      .filter((i) => i.keyword === 'COPY' && !i.args.includes('--from='))
      .flatMap((i) =>
        i.args
          .split(' ')
          .filter((w) => !w.startsWith('--'))
          .slice(0, -1),
      );
    const entrypoint = runtime.filter((i) => i.keyword === 'ENTRYPOINT' || i.keyword === 'CMD').map((i) => JSON.parse(i.args) as string[]);
    expect(entrypoint.length).toBeGreaterThan(0);
    const healthcheck = runtime.find((i) => i.keyword === 'HEALTHCHECK');
    expect(healthcheck).toBeDefined();
    const probe = JSON.parse(healthcheck?.args.replace(/^.*?\bCMD\s+/, '') ?? '[]') as string[];
    for (const command of [...entrypoint, probe]) {
      expect(command[0]).toBe('node');
      const script = repositoryPathOf(command[1] as string, workdir);
      expect(exists(script), script).toBe(true);
      expect(copiedFromContext, `${script} is not copied into the runtime stage`).toContain(script);
    }
    expect(entrypoint.flat().map((arg) => repositoryPathOf(arg, workdir))).toContain('docker/start.mjs');
    expect(getRoutes).toContain(probe[2] ?? '/healthz');
  });
});

describe('docker/Dockerfile --target environment (one environment, no database drivers)', () => {
  const { instructions, stages, argDefaults } = dockerfile();
  const stage = (name: string) => instructions.filter((i) => i.stage === name);
  const image = stage('environment');
  const { env: imageEnv, workdir } = imageRuntime('environment');
  const substitute = (text: string) => text.replace(/\$\{(\w+)\}|\$(\w+)/g, (_, a, b) => argDefaults[a ?? b] ?? '');
  const deployRun = stage('environment-files').find((i) => i.keyword === 'RUN' && /\bpnpm .*\bdeploy\b/.test(i.args))?.args ?? '';
  /** The deploy command as the image runs it, ARG defaults substituted, as words. */
  const deployWords = (substitute(deployRun).match(/pnpm [^&;|]*/)?.[0] ?? '')
    .trim()
    .split(' ')
    .map((word) => word.replace(/^"|"$/g, ''));
  const deployedPackage = argDefaults.ENVFLEET_PACKAGE as string;

  it('is a stage before the fleet runtime, which stays the default target', () => {
    expect(stages).toContain('environment');
    expect(stages.indexOf('environment-files')).toBeLessThan(stages.indexOf('environment'));
    expect(stages.at(-1)).toBe('runtime');
    // The files come from the build stage, where the lockfile is installed and every package built.
    expect(stage('environment-files')[0]?.args).toBe('build AS environment-files');
    const buildRuns = stage('build')
      .filter((i) => i.keyword === 'RUN')
      .map((i) => i.args);
    expect(buildRuns).toContain('node scripts/build.mjs');
  });

  it('deploys one package by its ARG with a production, offline, legacy pnpm deploy', () => {
    expect(stage('environment-files').some((i) => i.keyword === 'ARG' && i.args === 'ENVFLEET_PACKAGE')).toBe(true);
    expect(deployRun).toContain('--filter "${ENVFLEET_PACKAGE}"');
    expect(deployWords.slice(0, 4)).toEqual(['pnpm', '--filter', deployedPackage, 'deploy']);
    for (const flag of ['--legacy', '--prod', '--offline']) expect(deployWords).toContain(flag);
    expect(environmentPackages().map((pkg) => pkg.packageName)).toContain(deployedPackage);
    // The build refuses an image a driver got back into.
    for (const name of ['ioredis', 'pg', '@envfleet\\+store']) expect(deployRun).toContain(name);
  });

  it('starts from a bare Node.js image holding only the deployed package and the health probe', () => {
    const from = image.find((i) => i.keyword === 'FROM')?.args.split(' ')[0] as string;
    expect(stages).not.toContain(substitute(from));
    const copies = image.filter((i) => i.keyword === 'COPY').map((i) => i.args);
    expect(copies).toEqual([`--from=environment-files ${deployWords.at(-1)} ./`, 'docker/healthcheck.mjs ./docker/']);
  });

  it('runs the package bin as a non-root user, in production mode, on 0.0.0.0:$PORT, probed on /healthz', () => {
    const user = image.filter((i) => i.keyword === 'USER').at(-1)?.args;
    expect(['root', '0', undefined]).not.toContain(user?.split(':')[0]);
    expect(imageEnv).toMatchObject({ NODE_ENV: 'production', HOST: '0.0.0.0' });
    expect(image.filter((i) => i.keyword === 'EXPOSE').map((i) => i.args)).toEqual([imageEnv.PORT]);
    const [program, script] = JSON.parse(image.find((i) => i.keyword === 'ENTRYPOINT')?.args ?? '[]') as string[];
    expect(program).toBe('node');
    // Every environment's bin is that file, so the entrypoint fits whichever package is deployed.
    const bin = posix.relative(workdir, script as string);
    for (const pkg of environmentPackages()) expect(Object.values(pkg.manifest.bin ?? {}), pkg.dir).toEqual([bin]);
    const probe = JSON.parse(image.find((i) => i.keyword === 'HEALTHCHECK')?.args.replace(/^.*?\bCMD\s+/, '') ?? '[]') as string[];
    expect(probe.slice(0, 2)).toEqual(['node', '/app/docker/healthcheck.mjs']);
    expect(getRoutes).toContain(probe[2]);
  });

  describe('the same deploy, run for real into a temporary folder', () => {
    let out: string;
    beforeAll(() => {
      out = join(mkdtempSync(join(tmpdir(), 'envfleet-deploy-')), 'environment');
      pnpm([...deployWords.slice(1, -1), out], workspaceRoot);
    }, 240_000);
    afterAll(() => {
      if (out) rmSync(dirname(out), { recursive: true, force: true });
    });

    it('holds the package and its host, but no ioredis, pg or @envfleet/store', () => {
      const installed = readdirSync(join(out, 'node_modules/.pnpm'));
      const named = (name: string) => installed.filter((entry) => entry.startsWith(`${name.replace('/', '+')}@`));
      for (const name of ['@envfleet/host', '@envfleet/server', 'fastify', 'zod']) expect(named(name), name).not.toEqual([]);
      for (const name of ['ioredis', 'pg', '@envfleet/store']) expect(named(name), name).toEqual([]);
      expect(JSON.parse(readFileSync(join(out, 'package.json'), 'utf8')).name).toBe(deployedPackage);
    });

    it('serves that environment alone from the entrypoint, healthy, with episodes in memory', async () => {
      const { url, child } = await startServerProcess(join(out, 'dist/main.js'), [], cleanSettings);
      try {
        const api = http(url);
        expect(await api('GET', '/healthz')).toMatchObject({ status: 200 });
        const server = environmentPackages().find((pkg) => pkg.packageName === deployedPackage)?.manifest.envfleet?.server;
        const { body } = await api('GET', '/v1/environments');
        expect(body.environments.map((e: { name: string }) => e.name)).toEqual([server]);
      } finally {
        await stopProcess(child);
      }
    }, 60_000);

    it('refuses REDIS_URL with a clear error, since the store is not installed', () => {
      const run = spawnSync(process.execPath, [join(out, 'dist/main.js')], {
        env: { ...process.env, ...cleanSettings, PORT: '0', REDIS_URL: 'redis://127.0.0.1:6379' },
        encoding: 'utf8',
        timeout: 20_000,
      });
      expect(run.status).not.toBe(0);
      expect(run.stderr).toContain('@envfleet/store');
    });
  });
});

// ---------------------------------------------------------------------------------------------
// compose.yaml

interface ComposeService {
  image?: string;
  build?: string | { context?: string; dockerfile?: string };
  environment?: Record<string, string | number | boolean | null> | string[];
  ports?: (string | number | { target: number })[];
  healthcheck?: { test?: string[] | string };
  depends_on?: string[] | Record<string, { condition?: string }>;
  volumes?: (string | { source?: string; target: string })[];
}

/** `${NAME:-default}` and `${NAME-default}` as compose would read them with NAME unset. */
const interpolate = (value: string) => value.replace(/\$\{(\w+)(?::?-([^}]*))?\}/g, (_, _name, fallback) => fallback ?? '');

function environmentOf(service: ComposeService): Record<string, string> {
  const raw = service.environment ?? {};
  const entries = Array.isArray(raw) ? raw.map((line) => line.split(/=(.*)/s).slice(0, 2) as [string, string]) : Object.entries(raw);
  return Object.fromEntries(entries.map(([name, value]) => [name, interpolate(String(value ?? ''))]));
}

function dependencies(service: ComposeService): Record<string, string | undefined> {
  const raw = service.depends_on ?? {};
  return Array.isArray(raw)
    ? Object.fromEntries(raw.map((name) => [name, undefined]))
    : Object.fromEntries(Object.entries(raw).map(([n, d]) => [n, d.condition]));
}

function containerPorts(service: ComposeService): string[] {
  return (service.ports ?? []).map((port) =>
    typeof port === 'object' ? String(port.target) : (String(port).split(':').at(-1)?.split('/')[0] ?? ''),
  );
}

/** `Name=http://host:port,…` as its entries. */
function remoteEntries(value: string | undefined): { name: string; url: URL }[] {
  if (!value?.trim()) return [];
  return value.split(',').map((entry) => {
    const [name = '', url = ''] = entry.split('=').map((part) => part.trim());
    return { name, url: new URL(url) };
  });
}

const portOf = (url: URL, fallback: string) => url.port || fallback;

describe('compose.yaml', () => {
  const compose = parse(read('compose.yaml'), { merge: true }) as {
    services: Record<string, ComposeService>;
    volumes?: Record<string, unknown>;
  };
  const services = compose.services;
  const image = imageRuntime();
  const envfleetServices = Object.entries(services).filter(([, service]) => {
    if (typeof service.build !== 'object') return false;
    return posix.join(service.build.context ?? '.', service.build.dockerfile ?? 'Dockerfile') === 'docker/Dockerfile';
  });
  const env = (name: string) => environmentOf(services[name] as ComposeService);
  const portSetting = (name: string) => env(name).PORT ?? image.env.PORT;
  const imageOf = (name: string) => services[name]?.image ?? '';

  it('builds the gateway and the Calendar and Retail environments from docker/Dockerfile', () => {
    expect(exists('docker/Dockerfile')).toBe(true);
    const roles = envfleetServices.map(([, service]) => environmentOf(service).ENVFLEET_ENVIRONMENT ?? '(gateway)').sort();
    expect(roles).toEqual(['(gateway)', 'Calendar', 'Retail']);
  });

  it('sets only variables the code reads, and ENVFLEET_ENVIRONMENT only to real server names', () => {
    for (const [name, service] of envfleetServices) {
      for (const variable of Object.keys(environmentOf(service))) expect(variablesTheCodeReads, `${name}: ${variable}`).toContain(variable);
      const server = environmentOf(service).ENVFLEET_ENVIRONMENT;
      if (server !== undefined) expect(serverNames, `${name}: ENVFLEET_ENVIRONMENT`).toContain(server);
    }
  });

  it('publishes and probes the port each server listens on, on routes the server defines', () => {
    for (const [name, service] of envfleetServices) {
      for (const port of containerPorts(service)) expect(port, `${name} port`).toBe(portSetting(name));
      const test = service.healthcheck?.test;
      expect(Array.isArray(test), `${name} healthcheck`).toBe(true);
      const [kind, program, script, route = '/healthz'] = test as string[];
      expect([kind, program]).toEqual(['CMD', 'node']);
      expect(exists(repositoryPathOf(script as string, image.workdir)), `${name}: ${script}`).toBe(true);
      expect(getRoutes).toContain(route);
    }
  });

  it('points ENVFLEET_REMOTES at services of this file that run that server on that port', () => {
    const [, gateway] = envfleetServices.find(([, service]) => !environmentOf(service).ENVFLEET_ENVIRONMENT) ?? [];
    const gatewayEnv = environmentOf(gateway as ComposeService);
    const remotes = remoteEntries(gatewayEnv.ENVFLEET_REMOTES);
    expect(remotes.map((r) => r.name).sort()).toEqual(['Calendar', 'Retail']);
    for (const { name, url } of remotes) {
      expect(serverNames).toContain(name);
      const target = url.hostname;
      expect(Object.keys(services), `${name} → ${url}`).toContain(target);
      expect(env(target).ENVFLEET_ENVIRONMENT).toBe(name);
      expect(portOf(url, '80')).toBe(portSetting(target));
      expect(dependencies(gateway as ComposeService)[target]).toBe('service_healthy');
      expect(gatewayEnv.ENVFLEET_REMOTE_TOKEN ?? '', `the gateway presents ${target}'s token`).toBe(env(target).ENVFLEET_TOKEN ?? '');
      expect(env(target).ENVFLEET_ALLOWED_HOSTS?.split(','), `${target} answers to its service name`).toContain(target);
    }
  });

  it("keeps a remote's episodes longer than the gateway's, which closes them", () => {
    // A remote's part of an episode idles while the agent works in another server of it.
    const gateway = envfleetServices.find(([, service]) => !environmentOf(service).ENVFLEET_ENVIRONMENT)?.[0] as string;
    const gatewayTtl = Number(env(gateway).ENVFLEET_TTL_SECONDS);
    expect(gatewayTtl).toBeGreaterThan(0);
    for (const { url } of remoteEntries(env(gateway).ENVFLEET_REMOTES))
      expect(Number(env(url.hostname).ENVFLEET_TTL_SECONDS), url.hostname).toBeGreaterThan(gatewayTtl);
  });

  it('connects to the Redis and PostgreSQL services of this file, with their credentials, once they are healthy', () => {
    for (const [name] of envfleetServices) {
      const settings = env(name);
      if (settings.REDIS_URL) {
        const url = new URL(settings.REDIS_URL);
        expect(imageOf(url.hostname), `${name}: REDIS_URL host`).toMatch(/^redis:/);
        expect(portOf(url, '6379')).toBe('6379');
        expect(dependencies(services[name] as ComposeService)[url.hostname]).toBe('service_healthy');
      }
      if (settings.DATABASE_URL) {
        const url = new URL(settings.DATABASE_URL);
        const database = env(url.hostname);
        expect(imageOf(url.hostname), `${name}: DATABASE_URL host`).toMatch(/^postgres:/);
        expect(portOf(url, '5432')).toBe('5432');
        expect(decodeURIComponent(url.username)).toBe(database.POSTGRES_USER);
        expect(decodeURIComponent(url.password)).toBe(database.POSTGRES_PASSWORD);
        expect(url.pathname.slice(1)).toBe(database.POSTGRES_DB);
        expect(dependencies(services[name] as ComposeService)[url.hostname]).toBe('service_healthy');
      }
    }
  });

  it('gives each server its own Redis key prefix and archive schema, so no reaper finds episodes it cannot serve', () => {
    const prefixes = envfleetServices
      .filter(([name]) => env(name).REDIS_URL)
      .map(([name]) => `${env(name).REDIS_URL} ${env(name).REDIS_KEY_PREFIX ?? 'envfleet:'}`);
    expect(new Set(prefixes).size).toBe(prefixes.length);
    const schemas = envfleetServices
      .filter(([name]) => env(name).DATABASE_URL)
      .map(([name]) => `${env(name).DATABASE_URL} ${env(name).DATABASE_SCHEMA ?? 'envfleet'}`);
    expect(new Set(schemas).size).toBe(schemas.length);
  });

  it('waits only on services that have a healthcheck, and keeps PostgreSQL in a named volume', () => {
    for (const [name, service] of Object.entries(services)) {
      for (const [dependency, condition] of Object.entries(dependencies(service))) {
        expect(Object.keys(services), `${name} depends on ${dependency}`).toContain(dependency);
        if (condition === 'service_healthy') expect(services[dependency]?.healthcheck, `${dependency} healthcheck`).toBeDefined();
      }
    }
    const postgres = Object.values(services).find((service) => service.image?.startsWith('postgres:'));
    const dataVolume = postgres?.volumes
      ?.map((v) => (typeof v === 'string' ? v.split(':') : [v.source, v.target]))
      .find(([, target]) => target === '/var/lib/postgresql/data');
    expect(dataVolume, 'postgres data volume').toBeDefined();
    expect(Object.keys(compose.volumes ?? {})).toContain(dataVolume?.[0]);
  });
});

// ---------------------------------------------------------------------------------------------
// docker/k8s

interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef?: { name: string; key: string }; configMapKeyRef?: { name: string; key: string } };
}
interface Probe {
  httpGet?: { path: string; port: string | number };
  exec?: { command: string[] };
}
interface Container {
  name: string;
  image: string;
  env?: EnvVar[];
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
  ports?: { name?: string; containerPort: number }[];
  readinessProbe?: Probe;
  livenessProbe?: Probe;
  startupProbe?: Probe;
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  volumeMounts?: { name: string; mountPath: string }[];
}
interface K8sObject {
  kind: string;
  metadata: { name: string };
  data?: Record<string, string>;
  stringData?: Record<string, string>;
  spec?: any;
}

describe('docker/k8s', () => {
  const kustomization = parse(read('docker/k8s/kustomization.yaml')) as {
    namespace?: string;
    resources: string[];
    images?: { name: string }[];
  };
  const objects: K8sObject[] = kustomization.resources.flatMap((file) =>
    parseAllDocuments(read(`docker/k8s/${file}`))
      .map((doc) => doc.toJS() as K8sObject | null)
      .filter((o): o is K8sObject => o !== null),
  );
  const named = (kind: string) => new Map(objects.filter((o) => o.kind === kind).map((o) => [o.metadata.name, o]));
  const configMaps = named('ConfigMap');
  const secrets = named('Secret');
  const services = named('Service');
  const workloads = objects.filter((o) => o.kind === 'Deployment' || o.kind === 'StatefulSet');
  const envfleetImages = new Set((kustomization.images ?? []).map((image) => image.name));
  const containersOf = (workload: K8sObject) => workload.spec.template.spec.containers as Container[];
  const isEnvfleet = (container: Container) => envfleetImages.has(container.image.split(':')[0] as string);
  const envfleetContainers = workloads.flatMap((w) =>
    containersOf(w)
      .filter(isEnvfleet)
      .map((container) => ({ workload: w, container })),
  );
  const imagePort = imageRuntime().env.PORT;

  const secretValue = (name: string, key: string): string | undefined => {
    const secret = secrets.get(name);
    if (secret?.stringData?.[key] !== undefined) return secret.stringData[key];
    const encoded = secret?.data?.[key];
    return encoded === undefined ? undefined : Buffer.from(encoded, 'base64').toString('utf8');
  };
  /** A container's variables as the kubelet sets them: envFrom first, env over it. */
  const resolvedEnv = (container: Container): Map<string, { value: string | undefined; source: string }> => {
    const resolved = new Map<string, { value: string | undefined; source: string }>();
    for (const from of container.envFrom ?? []) {
      if (from.configMapRef)
        for (const [k, v] of Object.entries(configMaps.get(from.configMapRef.name)?.data ?? {}))
          resolved.set(k, { value: v, source: `configmap/${from.configMapRef.name}` });
      if (from.secretRef) {
        const secret = secrets.get(from.secretRef.name);
        for (const k of Object.keys({ ...secret?.data, ...secret?.stringData }))
          resolved.set(k, { value: secretValue(from.secretRef.name, k), source: `secret/${from.secretRef.name}/${k}` });
      }
    }
    for (const variable of container.env ?? []) {
      const secretRef = variable.valueFrom?.secretKeyRef;
      const configRef = variable.valueFrom?.configMapKeyRef;
      if (secretRef)
        resolved.set(variable.name, {
          value: secretValue(secretRef.name, secretRef.key),
          source: `secret/${secretRef.name}/${secretRef.key}`,
        });
      else if (configRef)
        resolved.set(variable.name, {
          value: configMaps.get(configRef.name)?.data?.[configRef.key],
          source: `configmap/${configRef.name}/${configRef.key}`,
        });
      else resolved.set(variable.name, { value: variable.value, source: 'inline' });
    }
    return resolved;
  };
  const labelsMatch = (selector: Record<string, string>, labels: Record<string, string>) =>
    Object.entries(selector).every(([k, v]) => labels[k] === v);
  const selectedBy = (service: K8sObject) =>
    workloads.filter((w) => labelsMatch(service.spec.selector ?? {}, w.spec.template.metadata.labels ?? {}));
  /** The Service a URL's host names: `name`, `name.namespace`, or `name.namespace.svc[.cluster.local]`. */
  const serviceOfHost = (hostname: string) => {
    const [name, namespace] = hostname.split('.');
    if (namespace !== undefined) expect(namespace, hostname).toBe(kustomization.namespace);
    return services.get(name as string);
  };

  it('lists every manifest of the folder in kustomization.yaml, in the namespace it creates', () => {
    const files = readdirSync(join(workspaceRoot, 'docker/k8s')).filter((f) => /\.ya?ml$/.test(f) && f !== 'kustomization.yaml');
    expect([...kustomization.resources].sort()).toEqual(files.sort());
    expect(named('Namespace').has(kustomization.namespace as string)).toBe(true);
  });

  it('runs the envfleet image as the gateway and as the Calendar environment', () => {
    const roles = envfleetContainers
      .map(({ container }) => resolvedEnv(container).get('ENVFLEET_ENVIRONMENT')?.value ?? '(gateway)')
      .sort();
    expect(roles).toEqual(['(gateway)', 'Calendar']);
    for (const workload of workloads)
      for (const container of containersOf(workload))
        if (!isEnvfleet(container)) expect(container.image, `${workload.metadata.name}: pin a version`).toMatch(/:[\w.-]+$/);
  });

  it('sets only variables the code reads, from ConfigMap and Secret keys that exist', () => {
    for (const { workload, container } of envfleetContainers) {
      for (const [name, { value, source }] of resolvedEnv(container)) {
        expect(variablesTheCodeReads, `${workload.metadata.name}: ${name} (${source})`).toContain(name);
        expect(value, `${workload.metadata.name}: ${name} from ${source}`).toBeDefined();
      }
      const server = resolvedEnv(container).get('ENVFLEET_ENVIRONMENT')?.value;
      if (server !== undefined) expect(serverNames).toContain(server);
    }
    for (const workload of workloads)
      for (const container of containersOf(workload))
        for (const variable of container.env ?? []) {
          const ref = variable.valueFrom?.secretKeyRef ?? variable.valueFrom?.configMapKeyRef;
          if (ref) expect(resolvedEnv(container).get(variable.name)?.value, `${workload.metadata.name}: ${variable.name}`).toBeDefined();
        }
  });

  it('declares the port each server listens on and probes readiness on /readyz and liveness on /healthz', () => {
    for (const { workload, container } of envfleetContainers) {
      const port = resolvedEnv(container).get('PORT')?.value ?? imagePort;
      const http = container.ports?.find((p) => p.name === 'http');
      expect(String(http?.containerPort), `${workload.metadata.name} containerPort`).toBe(port);
      expect(container.readinessProbe?.httpGet?.path).toBe('/readyz');
      expect(container.livenessProbe?.httpGet?.path).toBe('/healthz');
      for (const probe of [container.readinessProbe, container.livenessProbe, container.startupProbe]) {
        if (!probe?.httpGet) continue;
        expect(getRoutes).toContain(probe.httpGet.path);
        expect([http?.name, http?.containerPort]).toContain(probe.httpGet.port);
      }
    }
  });

  it('gives every container probes and resource requests and limits', () => {
    for (const workload of workloads)
      for (const container of containersOf(workload)) {
        const where = `${workload.metadata.name}/${container.name}`;
        expect(container.readinessProbe, `${where} readiness`).toBeDefined();
        expect(container.livenessProbe, `${where} liveness`).toBeDefined();
        for (const kind of ['requests', 'limits'] as const)
          for (const resource of ['cpu', 'memory'])
            expect(container.resources?.[kind]?.[resource], `${where} ${kind}.${resource}`).toBeDefined();
      }
  });

  it('selects each workload by labels its pods carry, one workload per Service, on ports its containers open', () => {
    for (const workload of workloads) {
      expect(labelsMatch(workload.spec.selector.matchLabels, workload.spec.template.metadata.labels), workload.metadata.name).toBe(true);
      if (workload.kind === 'StatefulSet')
        expect(services.has(workload.spec.serviceName), `${workload.metadata.name} serviceName`).toBe(true);
    }
    for (const service of services.values()) {
      const selected = selectedBy(service);
      expect(
        selected.map((w) => w.metadata.name),
        `Service ${service.metadata.name}`,
      ).toHaveLength(1);
      const ports = containersOf(selected[0] as K8sObject).flatMap((c) => c.ports ?? []);
      for (const port of service.spec.ports)
        expect(
          ports.some((p) => p.name === port.targetPort || p.containerPort === (port.targetPort ?? port.port)),
          `Service ${service.metadata.name} targetPort ${port.targetPort}`,
        ).toBe(true);
    }
  });

  it('points ENVFLEET_REMOTES at Services of environments that run that server, with the token they check', () => {
    const gateway = envfleetContainers.find(({ container }) => !resolvedEnv(container).has('ENVFLEET_ENVIRONMENT'));
    const gatewayEnv = resolvedEnv(gateway?.container as Container);
    const remotes = remoteEntries(gatewayEnv.get('ENVFLEET_REMOTES')?.value);
    expect(remotes.map((r) => r.name)).toEqual(['Calendar']);
    for (const { name, url } of remotes) {
      const service = serviceOfHost(url.hostname);
      expect(service, `${name} → ${url}`).toBeDefined();
      expect(service?.spec.ports.map((p: { port: number }) => String(p.port))).toContain(portOf(url, '80'));
      const [target] = selectedBy(service as K8sObject);
      const targetEnv = resolvedEnv(containersOf(target as K8sObject).find(isEnvfleet) as Container);
      expect(targetEnv.get('ENVFLEET_ENVIRONMENT')?.value).toBe(name);
      expect(gatewayEnv.get('ENVFLEET_REMOTE_TOKEN')?.value).toBe(targetEnv.get('ENVFLEET_TOKEN')?.value);
    }
  });

  it("keeps a remote's episodes longer than the gateway's, which closes them", () => {
    const gateway = envfleetContainers.find(({ container }) => !resolvedEnv(container).has('ENVFLEET_ENVIRONMENT'));
    const gatewayEnv = resolvedEnv(gateway?.container as Container);
    const gatewayTtl = Number(gatewayEnv.get('ENVFLEET_TTL_SECONDS')?.value);
    expect(gatewayTtl).toBeGreaterThan(0);
    for (const { url } of remoteEntries(gatewayEnv.get('ENVFLEET_REMOTES')?.value)) {
      const [target] = selectedBy(serviceOfHost(url.hostname) as K8sObject);
      const targetEnv = resolvedEnv(containersOf(target as K8sObject).find(isEnvfleet) as Container);
      expect(Number(targetEnv.get('ENVFLEET_TTL_SECONDS')?.value), url.hostname).toBeGreaterThan(gatewayTtl);
    }
  });

  it('answers MCP on the Host names of its own Service', () => {
    for (const { workload, container } of envfleetContainers) {
      const allowed = resolvedEnv(container).get('ENVFLEET_ALLOWED_HOSTS')?.value?.split(',') ?? [];
      const own = [...services.values()].find((service) => selectedBy(service).includes(workload));
      expect(allowed, workload.metadata.name).toContain(own?.metadata.name);
      for (const host of allowed) if (host.includes('.') && !/^[\d.]+$/.test(host)) expect(serviceOfHost(host)).toBe(own);
    }
  });

  it('connects to the Redis and PostgreSQL of these manifests, with their credentials, under prefixes and schemas of its own', () => {
    const prefixes: string[] = [];
    const schemas: string[] = [];
    for (const { workload, container } of envfleetContainers) {
      const settings = resolvedEnv(container);
      const redisUrl = settings.get('REDIS_URL')?.value;
      expect(redisUrl, `${workload.metadata.name}: REDIS_URL (replicas must share episodes)`).toBeDefined();
      const redis = new URL(redisUrl as string);
      const redisService = serviceOfHost(redis.hostname) as K8sObject;
      expect(containersOf(selectedBy(redisService)[0] as K8sObject)[0]?.image).toMatch(/^redis:/);
      expect(redisService.spec.ports.map((p: { port: number }) => String(p.port))).toContain(portOf(redis, '6379'));
      prefixes.push(`${redisUrl} ${settings.get('REDIS_KEY_PREFIX')?.value ?? 'envfleet:'}`);

      const databaseUrl = settings.get('DATABASE_URL');
      if (!databaseUrl?.value) continue;
      expect(databaseUrl.source, 'DATABASE_URL holds a password: it comes from a Secret').toMatch(/^secret\//);
      const database = new URL(databaseUrl.value);
      const postgresService = serviceOfHost(database.hostname) as K8sObject;
      const postgres = containersOf(selectedBy(postgresService)[0] as K8sObject)[0] as Container;
      expect(postgres.image).toMatch(/^postgres:/);
      expect(postgresService.spec.ports.map((p: { port: number }) => String(p.port))).toContain(portOf(database, '5432'));
      const postgresEnv = resolvedEnv(postgres);
      expect(decodeURIComponent(database.username)).toBe(postgresEnv.get('POSTGRES_USER')?.value);
      expect(decodeURIComponent(database.password)).toBe(postgresEnv.get('POSTGRES_PASSWORD')?.value);
      expect(database.pathname.slice(1)).toBe(postgresEnv.get('POSTGRES_DB')?.value);
      schemas.push(`${databaseUrl.value} ${settings.get('DATABASE_SCHEMA')?.value ?? 'envfleet'}`);
    }
    expect(new Set(prefixes).size).toBe(prefixes.length);
    expect(new Set(schemas).size).toBe(schemas.length);
  });

  it('keeps PostgreSQL data on a persistent volume claim', () => {
    const postgres = workloads.find((w) => containersOf(w).some((c) => c.image.startsWith('postgres:'))) as K8sObject;
    const container = containersOf(postgres).find((c) => c.image.startsWith('postgres:')) as Container;
    const claims = new Set([
      ...(postgres.spec.volumeClaimTemplates ?? []).map((t: { metadata: { name: string } }) => t.metadata.name),
      ...(postgres.spec.template.spec.volumes ?? [])
        .filter((v: { persistentVolumeClaim?: unknown }) => v.persistentVolumeClaim)
        .map((v: { name: string }) => v.name),
    ]);
    const dataDir = resolvedEnv(container).get('PGDATA')?.value ?? '/var/lib/postgresql/data';
    const mount = container.volumeMounts?.find(
      (m) => claims.has(m.name) && (dataDir === m.mountPath || dataDir.startsWith(`${m.mountPath}/`)),
    );
    expect(mount, 'PGDATA on a claimed volume').toBeDefined();
  });

  it('scales the gateway Deployment by CPU, which its pods request, without a replica count to fight over', () => {
    const autoscalers = objects.filter((o) => o.kind === 'HorizontalPodAutoscaler');
    expect(autoscalers.length).toBeGreaterThan(0);
    for (const hpa of autoscalers) {
      const target = workloads.find((w) => w.kind === hpa.spec.scaleTargetRef.kind && w.metadata.name === hpa.spec.scaleTargetRef.name);
      expect(target, hpa.metadata.name).toBeDefined();
      expect(target?.spec.replicas).toBeUndefined();
      expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
      for (const container of containersOf(target as K8sObject)) expect(container.resources?.requests?.cpu).toBeDefined();
    }
  });

  it('runs envfleet pods as a non-root user the kubelet can verify', () => {
    for (const { workload } of envfleetContainers) {
      const security = workload.spec.template.spec.securityContext ?? {};
      expect(security.runAsNonRoot, workload.metadata.name).toBe(true);
      expect(security.runAsUser).toBeGreaterThan(0);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// docker/start.mjs and docker/healthcheck.mjs on the built workspace (built by the global setup)

const startScript = join(workspaceRoot, 'docker/start.mjs');
const healthScript = join(workspaceRoot, 'docker/healthcheck.mjs');
// Settings a developer's shell may hold that would change what the child serves.
const cleanSettings = { REDIS_URL: '', DATABASE_URL: '', ENVFLEET_TOKEN: '', ENVFLEET_REMOTES: '' };

function healthcheck(port: string, route?: string) {
  return spawnSync(process.execPath, [healthScript, ...(route ? [route] : [])], {
    env: { ...process.env, PORT: port, HOST: '127.0.0.1' },
    encoding: 'utf8',
    timeout: 10_000,
  });
}

describe('docker/start.mjs', () => {
  describe('with ENVFLEET_ENVIRONMENT=Calendar', () => {
    let started: Awaited<ReturnType<typeof startServerProcess>>;
    beforeAll(async () => {
      started = await startServerProcess(startScript, [], { ...cleanSettings, ENVFLEET_ENVIRONMENT: 'Calendar' });
    });
    afterAll(async () => {
      if (started) await stopProcess(started.child);
    });

    it('serves that environment alone, healthy', async () => {
      const api = http(started.url);
      expect(await api('GET', '/healthz')).toMatchObject({ status: 200, body: { status: 'ok' } });
      const { body } = await api('GET', '/v1/environments');
      expect(body.environments.map((e: { name: string }) => e.name)).toEqual(['Calendar']);
    });

    it('passes the image health probe on /healthz and /readyz', () => {
      const port = new URL(started.url).port;
      expect(healthcheck(port)).toMatchObject({ status: 0 });
      expect(healthcheck(port, '/readyz')).toMatchObject({ status: 0 });
      expect(healthcheck(port, '/no-such-route')).toMatchObject({ status: 1 });
    });
  });

  it('serves the gateway with every environment when ENVFLEET_ENVIRONMENT is unset', async () => {
    const { url, child } = await startServerProcess(startScript, [], { ...cleanSettings, ENVFLEET_ENVIRONMENT: '' });
    try {
      const { body } = await http(url)('GET', '/v1/environments');
      expect(body.environments.map((e: { name: string }) => e.name).sort()).toEqual([...serverNames].sort());
    } finally {
      await stopProcess(child);
    }
  });

  it('refuses an unknown server name, listing the known ones', () => {
    const run = (name: string) =>
      spawnSync(process.execPath, [startScript], {
        env: { ...process.env, ...cleanSettings, ENVFLEET_ENVIRONMENT: name },
        encoding: 'utf8',
        timeout: 10_000,
      });
    const unknown = run('NoSuchServer');
    expect(unknown.status).not.toBe(0);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toContain('ENVFLEET_ENVIRONMENT="NoSuchServer"');
    for (const name of serverNames) expect(unknown.stderr).toContain(name);
    const wrongCase = run('calendar');
    expect(wrongCase.status).not.toBe(0);
    expect(wrongCase.stderr).toContain('did you mean "Calendar"');
  });

  it('fails the health probe when nothing listens', async () => {
    const probe = healthcheck(String(await freePort()));
    expect(probe.status).toBe(1);
    expect(probe.stderr).toContain('did not answer');
  });
});
