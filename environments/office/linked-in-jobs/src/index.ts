import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { getCompanyInfo } from './tools/get-company-info.js';
import { getCompanyJobs } from './tools/get-company-jobs.js';
import { getJobDetails } from './tools/get-job-details.js';
import { getRecommendedJobs } from './tools/get-recommended-jobs.js';
import { searchJobs } from './tools/search-jobs.js';

export const linkedInJobs = defineEnvironment({
  name: 'LinkedInJobs',
  domain: 'office',
  version: '0.1.0',
  description:
    "LinkedIn jobs: search postings by title, place and employment type, read a posting, a company's page and its open postings, and get postings matched to a user's skills.",
  scenario: scenarioSchema,
  presets: { demo },
  tools: [searchJobs, getJobDetails, getCompanyJobs, getRecommendedJobs, getCompanyInfo],
});

export default linkedInJobs;
export { scenarioSchema };
export type { LinkedInJobsState } from './scenario.js';
