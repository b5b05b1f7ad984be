#!/usr/bin/env node
// The image's entrypoint: ENVFLEET_ENVIRONMENT unset (or empty) runs the gateway with every
// environment of the workspace; set to a server name ("Calendar") it runs that environment alone.
// Plain JavaScript on purpose: the image has node and the build, no TypeScript loader.
//
// The chosen main is imported into this process rather than spawned, so the server is PID 1's
// own code: SIGTERM from Docker or Kubernetes reaches its shutdown handler with nothing in between.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const workspaceRoot = fileURLToPath(new URL('..', import.meta.url));
const gatewayMain = 'packages/cli/dist/main.js';

/** Server name → its package's built bin, read from environments/<domain>/<name>/package.json. */
function environmentMains() {
  const mains = new Map();
  const base = join(workspaceRoot, 'environments');
  if (!existsSync(base)) return mains;
  for (const domain of readdirSync(base, { withFileTypes: true })) {
    if (!domain.isDirectory()) continue;
    for (const entry of readdirSync(join(base, domain.name), { withFileTypes: true })) {
      const dir = join('environments', domain.name, entry.name);
      const manifestPath = join(workspaceRoot, dir, 'package.json');
      if (!entry.isDirectory() || !existsSync(manifestPath)) continue;
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
      const server = manifest.envfleet?.server;
      if (!server) continue;
      const bin = typeof manifest.bin === 'string' ? manifest.bin : Object.values(manifest.bin ?? {})[0];
      mains.set(server, join(dir, bin ?? 'dist/main.js'));
    }
  }
  return mains;
}

function fail(message) {
  // stderr only: with --stdio, stdout belongs to the MCP client.
  process.stderr.write(`envfleet cannot start: ${message}\n`);
  process.exit(2);
}

const requested = process.env.ENVFLEET_ENVIRONMENT?.trim();
const extraArguments = process.argv.slice(2);
let main;
let argv;
if (!requested) {
  main = gatewayMain;
  // Arguments given to the container go to the envfleet command (`list`, `export …`); none: serve.
  argv = extraArguments.length > 0 ? extraArguments : ['serve'];
  // pnpm sets INIT_CWD to where it was invoked, and the gateway serves the workspace found there;
  // the workspace to serve is the one this script belongs to.
  process.env.INIT_CWD = workspaceRoot;
} else {
  const mains = environmentMains();
  const found = mains.get(requested);
  if (!found) {
    const known = [...mains.keys()].sort((a, b) => a.localeCompare(b));
    const sameButCase = known.find((name) => name.toLowerCase() === requested.toLowerCase());
    fail(
      `ENVFLEET_ENVIRONMENT=${JSON.stringify(requested)} is not a server of this image` +
        (sameButCase ? ` — did you mean "${sameButCase}"? (names are case-sensitive)` : '') +
        `. Known servers: ${known.join(', ') || '(none found under environments/)'}. ` +
        'Unset ENVFLEET_ENVIRONMENT to run the gateway with all of them.',
    );
  }
  main = found;
  argv = extraArguments;
}

const mainPath = join(workspaceRoot, main);
if (!existsSync(mainPath)) fail(`${main} is missing: build the workspace first (node scripts/build.mjs)`);
process.chdir(workspaceRoot);
// The main reads its arguments from process.argv when it is imported.
process.argv = [process.argv[0], mainPath, ...argv];
await import(pathToFileURL(mainPath).href);
