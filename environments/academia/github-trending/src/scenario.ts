import { toolsFor } from '@envfleet/kit';
import { z } from 'zod';

// The state: EnvFactory's GithubTrending scenario, same fields and default code tables. Trending
// lists are cached per filter set under keys such as "repos|language:rust|period:weekly" (the
// filters given, in name order); a filter set seen for the first time gets a generated list of 50,
// which is then kept in the state, as the reference caches it.

export const repositorySchema = z.object({
  rank: z.int().min(1),
  name: z.string(),
  fullname: z.string(),
  url: z.string(),
  description: z.string().default(''),
  language: z.string().default(''),
  stars: z.int().min(0),
  forks: z.int().min(0),
  current_period_stars: z.int().min(0),
});

export const developerSchema = z.object({
  rank: z.int().min(1),
  username: z.string(),
  name: z.string().default(''),
  url: z.string(),
  avatar: z.string().default(''),
  repo: z.record(z.string(), z.any()).default(() => ({})),
});

// The reference's GithubTrendingScenario.
export const scenarioSchema = z.object({
  repositories: z.record(z.string(), z.array(repositorySchema)).default(() => ({})),
  developers: z.record(z.string(), z.array(developerSchema)).default(() => ({})),
  languageCodesMap: z.record(z.string(), z.string()).default(() => ({
    python: 'Python',
    javascript: 'JavaScript',
    cpp: 'C++',
    csharp: 'C#',
    go: 'Go',
    rust: 'Rust',
    java: 'Java',
    typescript: 'TypeScript',
    ruby: 'Ruby',
    php: 'PHP',
    swift: 'Swift',
    kotlin: 'Kotlin',
    scala: 'Scala',
    r: 'R',
    matlab: 'MATLAB',
    perl: 'Perl',
    objectivec: 'Objective-C',
    shell: 'Shell',
    powershell: 'PowerShell',
  })),
  spokenLanguageCodesMap: z.record(z.string(), z.string()).default(() => ({
    en: 'English',
    zh: 'Chinese',
    ja: 'Japanese',
    es: 'Spanish',
    fr: 'French',
    de: 'German',
    ko: 'Korean',
    ru: 'Russian',
    pt: 'Portuguese',
    it: 'Italian',
    ar: 'Arabic',
    hi: 'Hindi',
    nl: 'Dutch',
    tr: 'Turkish',
    pl: 'Polish',
    vi: 'Vietnamese',
    th: 'Thai',
    id: 'Indonesian',
    ms: 'Malay',
    uk: 'Ukrainian',
  })),
  periodOptionsMap: z.record(z.string(), z.string()).default(() => ({ daily: 'Daily', weekly: 'Weekly', monthly: 'Monthly' })),
});

export type GithubTrendingState = z.output<typeof scenarioSchema>;

/** defineTool for this environment: handlers receive a typed draft of GithubTrendingState. */
export const defineGithubTrendingTool = toolsFor<GithubTrendingState>();
