import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { getJobDetails } from './tools/get-job-details.js';
import { getSalaryInsights } from './tools/get-salary-insights.js';
import { getTechTrends } from './tools/get-tech-trends.js';
import { searchBySkills } from './tools/search-by-skills.js';
import { searchTechJobs } from './tools/search-tech-jobs.js';

export const dice = defineEnvironment({
  name: 'Dice',
  domain: 'office',
  version: '0.1.0',
  description:
    'Dice tech jobs: search postings by title or skill, read a posting, match postings to a skill set with demand analytics, and get salary quartiles and market trends.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [searchTechJobs, getJobDetails, searchBySkills, getSalaryInsights, getTechTrends],
});

export default dice;
export { scenarioSchema };
export type { DiceState } from './scenario.js';
