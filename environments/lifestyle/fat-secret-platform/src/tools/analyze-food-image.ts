import { z } from 'zod';
import { defineFatSecretPlatformTool } from '../scenario.js';
import { lookUp } from './lookup.js';

export const analyzeFoodImage = defineFatSecretPlatformTool({
  name: 'analyze_food_image',
  description:
    'What a food photo shows, by its file path: detected foods, estimated weight in grams, confidence (0–1), a ' +
    'nutrition estimate and alternative suggestions. Only photos the scenario has analysed are known; others fail.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    image_path: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) =>
    lookUp(
      state.image_analysis_results,
      args.image_path,
      'image_path',
      `Image analysis for ${args.image_path} not found: give the exact path of an analysed photo`,
    ),
});
