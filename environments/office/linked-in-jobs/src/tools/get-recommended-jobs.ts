import { containsText, defaultNull, ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineLinkedInJobsTool } from '../scenario.js';

export const getRecommendedJobs = defineLinkedInJobsTool({
  name: 'get_recommended_jobs',
  description:
    'Postings recommended for a user (default_user when none is given): those whose description mentions at least ' +
    "one of the user's skills, best match first; the score is the share of the user's skills mentioned. " +
    '{jobs: [{job_id, title, company, match_score, reason}]}; a user without a profile or skills gets none.',
  input: z.object({
    user_id: defaultNull(z.string()),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    const userId = args.user_id || 'default_user';
    const profile = ownEntry(state.user_profiles, userId) ?? {};
    const skills = Object.hasOwn(profile, 'skills') ? profile.skills : [];
    // Profiles are free-form; the reference crashed on skills that are not a list of text.
    if (!Array.isArray(skills) || !skills.every((skill): skill is string => typeof skill === 'string')) {
      throw new ToolError(`The profile of ${userId} has skills that are not a list of text (check the scenario's user_profiles)`);
    }
    const jobs = Object.values(state.jobs).flatMap((job) => {
      const description = job.description.toLowerCase();
      const matched = skills.filter((skill) => containsText(description, skill.toLowerCase())).length;
      if (matched === 0) return [];
      return [
        {
          job_id: job.job_id,
          title: job.title,
          company: job.company,
          match_score: Math.min(matched / skills.length, 1.0),
          reason: `Matches your skills in ${skills.slice(0, 3).join(', ')}`,
        },
      ];
    });
    // A stable sort, best first: equal scores keep the postings' order.
    jobs.sort((a, b) => b.match_score - a.match_score);
    return { jobs };
  },
});
