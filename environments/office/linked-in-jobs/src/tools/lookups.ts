import { ownEntry, ToolError } from '@envfleet/kit';
import type { LinkedInJobsState } from '../scenario.js';

export function requireCompany(state: LinkedInJobsState, companyId: string) {
  if (!companyId) throw new ToolError('Company ID must be a non-empty string');
  const company = ownEntry(state.companies, companyId);
  if (!company) throw new ToolError(`Company ${companyId} not found`);
  return company;
}
