import type { z } from 'zod';
import { builtinRegistry } from '../registry/builtin.js';
import type { scenarioSchema } from '../scenario.js';

// The built-in registry made explicit, pages of five, and a session that has already fetched the
// malaria vaccine study (so cached_studies is not empty at the start).
const malaria = builtinRegistry.find((study) => JSON.stringify(study).includes('NCT05000846'));

export const demo: z.input<typeof scenarioSchema> = {
  default_page_size: 5,
  cached_studies: {
    NCT05000846: {
      nctId: 'NCT05000846',
      protocolSection: malaria?.protocolSection ?? {},
      resultsSection: malaria?.resultsSection ?? {},
      derivedSection: {},
    },
  },
  registry: builtinRegistry,
};
