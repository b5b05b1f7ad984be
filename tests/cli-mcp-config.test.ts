/** `envfleet export mcp-config`: EnvFactory's mcp_server.json pointing at the fleet's /envfactory/{Server}/mcp. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mcpConfig } from '@envfleet/cli';
import { describe, expect, it } from 'vitest';
import { environmentPackages, workspaceRoot } from './support/workspace-environments.js';

describe('envfleet export mcp-config', () => {
  it('lists every environment of the workspace with its endpoint, stateful', () => {
    const { json } = mcpConfig(workspaceRoot, ['--base', 'http://127.0.0.1:8080/']);
    const config = JSON.parse(json);
    const servers = environmentPackages().map((pkg) => pkg.manifest.envfleet?.server);
    expect(Object.keys(config.mcpServers).sort()).toEqual([...servers].sort());
    expect(config.mcpServers.Calendar).toEqual({ tool_path: 'http://127.0.0.1:8080/envfactory/Calendar/mcp', stateless: false });
  });

  it('keeps a path prefix, takes --env, and writes --out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mcp-config-'));
    try {
      const out = join(dir, 'mcp_server.json');
      mcpConfig(workspaceRoot, ['--base', 'https://fleet.example.com/rl', '--env', 'Retail,Calendar', '--out', out]);
      expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual({
        mcpServers: {
          Retail: { tool_path: 'https://fleet.example.com/rl/envfactory/Retail/mcp', stateless: false },
          Calendar: { tool_path: 'https://fleet.example.com/rl/envfactory/Calendar/mcp', stateless: false },
        },
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names what is wrong with a bad URL or server, and writes nothing', () => {
    expect(() => mcpConfig(workspaceRoot, [])).toThrow(/--base is required/);
    expect(() => mcpConfig(workspaceRoot, ['--base', 'fleet:8080'])).toThrow(/must be an http:\/\/ or https:\/\/ URL/);
    expect(() => mcpConfig(workspaceRoot, ['--base', 'not a url'])).toThrow(/is not a URL/);
    expect(() => mcpConfig(workspaceRoot, ['--base', 'http://h:1/?x=1'])).toThrow(/query or fragment/);
    expect(() => mcpConfig(workspaceRoot, ['--base', 'http://h:1', '--env', 'Calendar,Nope'])).toThrow(/does not have: Nope/);
    expect(() => mcpConfig(workspaceRoot, ['--base', 'http://h:1', '--bogus', 'x'])).toThrow(/Unknown argument --bogus/);
  });
});
