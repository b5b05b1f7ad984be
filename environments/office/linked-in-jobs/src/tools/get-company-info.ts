import { z } from 'zod';
import { defineLinkedInJobsTool } from '../scenario.js';
import { requireCompany } from './lookups.js';

export const getCompanyInfo = defineLinkedInJobsTool({
  name: 'get_company_info',
  description:
    "A company's page: name, description, industry, size, headquarters, website and follower count. Fails for an " + 'unknown company id.',
  input: z.object({
    company_id: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => requireCompany(state, args.company_id),
});
