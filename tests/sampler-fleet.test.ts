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
});
