import { toolsFor } from '@envfleet/kit';
import { z } from 'zod';

// The state: EnvFactory's DrugBank scenario, same fields and id, severity and barcode formats; {}
// is an empty database, as in the reference.

export const drugSchema = z.object({
  drugbank_id: z.string().regex(/^DB\p{Nd}{5}$/u),
  name: z.string(),
  description: z.string().default(''),
  synonyms: z.array(z.string()).default(() => []),
  categories: z.array(z.string()).default(() => []),
  atc_codes: z.array(z.string()).default(() => []),
  mechanism_of_action: z.string().default(''),
  pharmacodynamics: z.string().default(''),
  absorption: z.string().default(''),
  metabolism: z.string().default(''),
  indications: z.array(z.string()).default(() => []),
  contraindications: z.array(z.string()).default(() => []),
  dosage_forms: z.array(z.string()).default(() => []),
  side_effects: z.array(z.string()).default(() => []),
  pregnancy_category: z.string().default(''),
});

export const interactionSchema = z.object({
  drug1: z.string(),
  drug2: z.string(),
  severity: z.string().regex(/^(minor|moderate|major)$/u),
  description: z.string(),
  management: z.string(),
});

export const productSchema = z.object({
  barcode: z.string().regex(/^\p{Nd}{8,14}$/u),
  drugbank_id: z.string().regex(/^DB\p{Nd}{5}$/u),
  product_name: z.string(),
  manufacturer: z.string(),
  active_ingredients: z.array(z.string()),
  dosage_strength: z.string(),
  packaging: z.string(),
  approved: z.boolean(),
});

// The reference's DrugBankScenario.
export const scenarioSchema = z.object({
  drugs: z.record(z.string(), drugSchema).default(() => ({})),
  interactions: z.array(interactionSchema).default(() => []),
  products: z.record(z.string(), productSchema).default(() => ({})),
  condition_index: z.record(z.string(), z.array(z.string())).default(() => ({})),
});

export type DrugBankState = z.output<typeof scenarioSchema>;

/** defineTool for this environment: handlers receive a typed draft of DrugBankState. */
export const defineDrugBankTool = toolsFor<DrugBankState>();
