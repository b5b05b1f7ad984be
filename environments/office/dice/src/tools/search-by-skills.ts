import { defaultNull, pythonRepr, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineDiceTool } from '../scenario.js';
import { addTo, byCountDescending, includesFolded, mean, salaryMidpoint } from './market-math.js';

export const searchBySkills = defineDiceTool({
  name: 'search_by_skills',
  description:
    "Postings that ask for any of the given skills (a skill matches when it is part of one of the posting's skills), " +
    'with the matching skills and the share matched, plus demand analytics: the skills found, most requested first, ' +
    'and the average salary midpoint per skill: {jobs, skill_demand: {most_requested_skills, salary_by_skill}}.',
  input: z.object({
    skills: z.array(z.any()),
    location: defaultNull(z.string()),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    if (args.skills.length === 0) throw new ToolError('Skills must be a non-empty list');
    const skills = args.skills.map((skill) => {
      if (typeof skill !== 'string') throw new ToolError(`Each skill must be text, got ${pythonRepr(skill)}`);
      return skill;
    });
    const counts = new Map(skills.map((skill) => [skill, 0]));
    const salaries = new Map<string, number[]>(skills.map((skill) => [skill, []]));
    const jobs = [];
    for (const job of Object.values(state.jobs)) {
      if (args.location && !includesFolded(job.location, args.location)) continue;
      const matching = skills.filter((skill) => job.skills.some((jobSkill) => includesFolded(jobSkill, skill)));
      if (matching.length === 0) continue;
      jobs.push({
        job_id: job.job_id,
        title: job.title,
        company: job.company,
        matching_skills: matching,
        match_score: matching.length / skills.length,
        location: job.location,
      });
      const midpoint = salaryMidpoint(job);
      for (const skill of matching) {
        counts.set(skill, (counts.get(skill) ?? 0) + 1);
        if (midpoint !== undefined) addTo(salaries, skill, midpoint);
      }
    }
    return {
      jobs,
      skill_demand: {
        most_requested_skills: byCountDescending(counts)
          .filter(([, count]) => count > 0)
          .map(([skill]) => skill),
        salary_by_skill: Object.fromEntries(
          [...salaries.entries()].map(([skill, values]) => [skill, values.length > 0 ? mean(values) : 0]),
        ),
      },
    };
  },
});
