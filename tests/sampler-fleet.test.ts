/**
 * The sampler as a CI check of the whole fleet: for every environment in the workspace, a few
 * chains walked along its tool graph from its demo world, each replayed on a fresh episode and
 * scored against its own calls. An environment that crashes on a sampled call, or answers a replay
 * differently, fails here with the call.
 */
import { sampleTasks } from '@envfleet/sampler';
import type { Environment } from '@envfleet/kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { environmentPackages, loadEnvironment } from './support/workspace-environments.js';

const CHAINS_PER_ENVIRONMENT = 3;
let environments: Environment[];

beforeAll(async () => {
  environments = await Promise.all(environmentPackages().map((pkg) => loadEnvironment(pkg)));
});

describe('sampled chains over every environment', () => {
  it('sample, replay and score to 1.0 for each environment, with no crash and no replay difference', async () => {
    const lines: string[] = [];
    const problems: string[] = [];
    let tools = 0;
    let succeeded = 0;
    let edges = 0;
    let reached = 0;
    for (const env of environments) {
      const report = await sampleTasks({ environments: [env], count: CHAINS_PER_ENVIRONMENT, seed: 7, maxSteps: 4 });
      const [coverage] = report.coverage.servers;
      if (!coverage) throw new Error(`no coverage for ${env.name}`);
      tools += coverage.tools;
      succeeded += coverage.toolsSucceeded;
      edges += coverage.edges;
      reached += coverage.edgesReached;
      lines.push(
        `${env.name}: ${report.tasks.length} tasks, tools ${coverage.toolsSucceeded}/${coverage.tools}, edges ${coverage.edgesReached}/${coverage.edges}`,
      );
      for (const finding of report.findings)
        problems.push(`${env.name} ${finding.kind} ${finding.tool}: ${finding.message} ${JSON.stringify(finding.arguments)}`);
      if (report.tasks.length === 0) problems.push(`${env.name}: no task survived (${report.rejected.map((r) => r.reason).join('; ')})`);
    }
    if (process.env.ENVFLEET_SAMPLER_REPORT)
      console.log([...lines, `fleet: tools ${succeeded}/${tools}, edges ${reached}/${edges}`, ...problems].join('\n'));
    expect(problems).toEqual([]);
  }, 120_000);

  it('samples chains across three servers of each domain, verified like the rest', async () => {
    const problems: string[] = [];
    let acrossServers = 0;
    const domains = [...new Set(environments.map((env) => env.domain))];
    for (const domain of domains) {
      const trio = environments.filter((env) => env.domain === domain).slice(0, 3);
      const report = await sampleTasks({ environments: trio, count: 4, seed: 3, maxSteps: 4 });
      const names = trio.map((env) => env.name).join(',');
      if (report.tasks.length < 4)
        problems.push(`${names}: ${report.tasks.length} of 4 tasks (${report.rejected.map((r) => r.reason).join('; ')})`);
      for (const finding of report.findings)
        problems.push(`${names} ${finding.kind} ${finding.server}-${finding.tool}: ${finding.message}`);
      for (const task of report.tasks) {
        expect(task.servers).toEqual(trio.map((env) => env.name));
        if (new Set(task.calls.map((call) => call.name.split('-')[0])).size >= 2) acrossServers += 1;
      }
    }
    expect(problems).toEqual([]);
    expect(acrossServers).toBeGreaterThan(domains.length);
  }, 120_000);
});
