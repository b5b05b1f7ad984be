#!/usr/bin/env node
import { relative } from 'node:path';
import { ConfigError } from '@envfleet/server';
import { StoreConfigurationError } from '@envfleet/store';
import { exportArchive } from './commands/export.js';
import { list } from './commands/list.js';
import { newEnvironment, UsageError } from './commands/new-env.js';
import { serve } from './commands/serve.js';

const HELP = `envfleet — stateful MCP tool environments for agents and RL

  envfleet serve                  gateway with every environment (PORT, HOST, ENVFLEET_TOKEN, …)
  envfleet list [--json]          environments by domain, with tool counts
  envfleet new-env <domain> <Name>  scaffold environments/<domain>/<name>/
  envfleet export --out FILE.jsonl  archived episodes (DATABASE_URL) as EnvFactory-style JSONL
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const cwd = process.env.INIT_CWD ?? process.cwd();
  switch (command) {
    case 'serve':
      await serve(cwd);
      return -1;
    case 'list':
      process.stdout.write(`${await list(cwd, rest.includes('--json'))}\n`);
      return 0;
    case 'export':
      process.stdout.write(`${await exportArchive(rest)}\n`);
      return 0;
    case 'new-env': {
      const dir = newEnvironment(cwd, rest[0], rest[1]);
      process.stdout.write(`Created ${relative(cwd, dir)}\nNext: pnpm install, then pnpm test — the contract suite already covers it.\n`);
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
