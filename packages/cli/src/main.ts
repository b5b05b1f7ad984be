#!/usr/bin/env node
import { relative } from 'node:path';
import { ConfigError } from '@envfleet/host';
import { StoreConfigurationError } from '@envfleet/store';
import { exportArchive } from './commands/export.js';
import { EXPORT_TOOLS_USAGE, exportTools } from './commands/export-tools.js';
import { graph } from './commands/graph.js';
import { list } from './commands/list.js';
import { mcpConfig } from './commands/mcp-config.js';
import { NEW_ENV_USAGE, newEnvironment, UsageError } from './commands/new-env.js';
import { sample } from './commands/sample.js';
import { serve } from './commands/serve.js';
import { importTasks } from './commands/tasks.js';

const HELP = `envfleet — stateful MCP tool environments for agents and RL

  envfleet serve                  gateway with every environment (PORT, HOST, ENVFLEET_TOKEN, …)
  envfleet list [--json]          environments by domain, tool counts, catalog ones still missing
  envfleet new-env <Name> [--reference <EnvFactory checkout>] [--domain <d>]
                                  scaffold environments/<domain>/<name>/ from the catalog
  envfleet export --out FILE.jsonl  archived episodes (DATABASE_URL) as EnvFactory-style JSONL
  envfleet export mcp-config --base URL [--env A,B] [--out FILE]
                                  EnvFactory's mcp_server.json pointing at /envfactory/{Server}/mcp
  envfleet export tools --format openai|verl [--servers A,B] [--class-name PKG.Class] [--out FILE]
                                  tool schemas as trainers load them: OpenAI function-calling tools
                                  (names Server-tool, a type on every property) or a verl tool config
  envfleet tasks import FILE.jsonl [--url URL]
                                  EnvFactory-RL rows as tasks of a running fleet (reset {taskId})
  envfleet graph <Server…> [--format json|dot] [--preset NAME]
                                  the tool graph: which tool's result feeds which argument
  envfleet sample --servers A,B --count N [--seed S] [--max-steps K] [--preset NAME] [--out FILE]
                                  verified multi-step tasks as JSONL (tasks import takes them)
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const cwd = process.env.INIT_CWD ?? process.cwd();
  // Asking for help is never a usage error, whatever else is on the line.
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(
      command === 'new-env' ? `${NEW_ENV_USAGE}\n` : command === 'export' && rest[0] === 'tools' ? `${EXPORT_TOOLS_USAGE}\n` : HELP,
    );
    return 0;
  }
  switch (command) {
    case 'serve':
      await serve(cwd);
      return -1;
    case 'list':
      process.stdout.write(`${await list(cwd, rest.includes('--json'))}\n`);
      return 0;
    case 'export':
      if (rest[0] === 'tools') {
        const written = await exportTools(cwd, rest.slice(1));
        process.stdout.write(written.out ? `Wrote ${written.tools} tools to ${written.out}\n` : written.json);
        return 0;
      }
      if (rest[0] === 'mcp-config') {
        const written = mcpConfig(cwd, rest.slice(1));
        process.stdout.write(written.out ? `Wrote ${written.servers.length} servers to ${written.out}\n` : written.json);
        return 0;
      }
      process.stdout.write(`${await exportArchive(rest)}\n`);
      return 0;
    case 'graph':
      process.stdout.write(await graph(cwd, rest));
      return 0;
    case 'sample': {
      const sampled = await sample(cwd, rest);
      if (sampled.out === undefined) process.stdout.write(sampled.jsonl);
      process.stderr.write(`${sampled.out ? `Wrote ${sampled.report.tasks.length} tasks to ${sampled.out}\n` : ''}${sampled.summary}\n`);
      return 0;
    }
    case 'tasks': {
      const imported = await importTasks(rest);
      process.stdout.write(`Imported ${imported.taskIds.length} tasks into ${imported.url}\n`);
      return 0;
    }
    case 'new-env': {
      const created = newEnvironment(cwd, readNewEnvArguments(rest));
      process.stdout.write(`${describeCreated(relative(cwd, created.dir), created)}\n`);
      return 0;
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(HELP);
      return 0;
    default:
      process.stderr.write(`Unknown command "${command}".\n\n${HELP}`);
      return 2;
  }
}

/** `<Name> [--domain d] [--reference path]`; the older `<domain> <Name>` order is still read. */
function readNewEnvArguments(args: string[]): { name: string | undefined; domain?: string; reference?: string } {
  const positional: string[] = [];
  const options: { name: string | undefined; domain?: string; reference?: string } = { name: undefined };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--domain' || arg === '--reference') {
      const value = args[++i];
      if (value === undefined) throw new UsageError(`${arg} needs a value\n${NEW_ENV_USAGE}`);
      options[arg === '--domain' ? 'domain' : 'reference'] = value;
    } else if (arg.startsWith('--')) throw new UsageError(`Unknown option ${arg}\n${NEW_ENV_USAGE}`);
    else positional.push(arg);
  }
  if (positional.length === 2 && /^[a-z]+$/.test(positional[0] as string)) options.domain ??= positional.shift();
  if (positional.length > 1) throw new UsageError(`Too many arguments: ${positional.join(' ')}\n${NEW_ENV_USAGE}`);
  options.name = positional[0];
  return options;
}

function describeCreated(dir: string, created: { fromCatalog: boolean; tools: number; scenarioFromReference: boolean }): string {
  const lines = [`Created ${dir}`];
  if (created.fromCatalog) {
    lines.push(`  ${created.tools} tools from the catalog, inputs generated to match it; each handler says "not implemented yet".`);
    lines.push(
      created.scenarioFromReference
        ? "  src/scenario.ts: derived from the reference's pydantic models — check the TODO notes in it."
        : '  src/scenario.ts: empty — pass --reference <EnvFactory checkout> to derive it, or write it.',
    );
  } else {
    lines.push('  Not in the catalog: no tools yet — add files under src/tools/ and list them in src/index.ts.');
  }
  lines.push('Next: pnpm install (links the package), pnpm vitest run tests/contract.test.ts -t ' + JSON.stringify(dir));
  lines.push('      then follow docs/adding-an-environment.md: scenario, rules, oracle comparison, demo preset, tests.');
  return lines.join('\n');
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError || error instanceof ConfigError || error instanceof StoreConfigurationError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
