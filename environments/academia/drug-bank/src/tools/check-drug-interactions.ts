import { ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineDrugBankTool } from '../scenario.js';

const RANK: Record<string, number> = { none: 0, minor: 1, moderate: 2, major: 3 };

export const checkDrugInteractions = defineDrugBankTool({
  name: 'check_drug_interactions',
  description:
    'Known interactions among a list of drugs (ids as the interactions name them): every interaction whose two ' +
    'drugs are both in the list, their count, and the highest severity found (minor < moderate < major, "none" when ' +
    'there is none).',
  input: z.object({
    drugs: z.array(z.string()),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    if (args.drugs.length === 0) throw new ToolError('Drugs must be a non-empty list');
    const wanted = new Set(args.drugs);
    const interactions = state.interactions.filter((interaction) => wanted.has(interaction.drug1) && wanted.has(interaction.drug2));
    let highest = 'none';
    for (const interaction of interactions) if ((RANK[interaction.severity] ?? 0) > (RANK[highest] ?? 0)) highest = interaction.severity;
    return {
      interactions: interactions.map(({ drug1, drug2, severity, description, management }) => ({
        drug1,
        drug2,
        severity,
        description,
        management,
      })),
      interaction_count: interactions.length,
      highest_severity: highest,
    };
  },
});
