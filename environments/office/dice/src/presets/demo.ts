import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

type Input = z.input<typeof scenarioSchema>;
type Job = NonNullable<Input['jobs']>[string];

const job = (
  job_id: string,
  title: string,
  company: string,
  location: string,
  skills: string[],
  salary: [number, number],
  extra: Partial<Job> = {},
): Job => ({
  job_id,
  title,
  company,
  location,
  employment_type: 'Full-time',
  skills,
  posted_date: '2025-03-03',
  salary_range: salary[0] > 0 ? `$${salary[0] / 1000}k - $${salary[1] / 1000}k` : '',
  salary_min: salary[0],
  salary_max: salary[1],
  apply_url: `https://www.dice.example/apply/${job_id}`,
  ...extra,
});

// Ten tech postings from early March 2025 across Austin, Seattle, New York and remote: overlapping
// skills (Python, AWS, Kubernetes, React), two titles posted twice, experience levels and company
// sizes for the salary breakdowns, a contract role, and one posting without a salary band.
export const demo: Input = {
  jobs: {
    'dice-101': job(
      'dice-101',
      'Senior Python Developer',
      'Lone Star Data',
      'Austin, TX',
      ['Python', 'Django', 'PostgreSQL', 'AWS'],
      [135000, 165000],
      {
        experience_level: 'Senior',
        company_size: '51-200',
        is_remote: false,
        description: 'Own our analytics APIs.',
        requirements: ['5+ years Python'],
        benefits: ['401k', 'Health'],
      },
    ),
    'dice-102': job(
      'dice-102',
      'Senior Python Developer',
      'Cascade Cloud',
      'Seattle, WA',
      ['Python', 'FastAPI', 'Kubernetes'],
      [150000, 185000],
      { experience_level: 'Senior', company_size: '1000+', is_remote: true },
    ),
    'dice-103': job('dice-103', 'DevOps Engineer', 'Cascade Cloud', 'Seattle, WA', ['Kubernetes', 'Terraform', 'AWS'], [140000, 170000], {
      experience_level: 'Mid',
      company_size: '1000+',
    }),
    'dice-104': job('dice-104', 'Frontend Engineer', 'Empire Media', 'New York, NY', ['React', 'TypeScript', 'GraphQL'], [120000, 150000], {
      experience_level: 'Mid',
      company_size: '201-1000',
    }),
    'dice-105': job(
      'dice-105',
      'Full Stack Engineer',
      'Empire Media',
      'New York, NY',
      ['React', 'Node.js', 'PostgreSQL'],
      [125000, 155000],
      { experience_level: 'Mid', company_size: '201-1000', is_remote: true },
    ),
    'dice-106': job('dice-106', 'Data Engineer', 'Lone Star Data', 'Austin, TX', ['Python', 'Spark', 'AWS', 'SQL'], [130000, 160000], {
      experience_level: 'Mid',
      company_size: '51-200',
    }),
    'dice-107': job(
      'dice-107',
      'Machine Learning Engineer',
      'Remote First AI',
      'Remote',
      ['Python', 'PyTorch', 'Kubernetes'],
      [170000, 210000],
      { experience_level: 'Senior', company_size: '11-50', is_remote: true },
    ),
    'dice-108': job('dice-108', 'Frontend Engineer', 'Remote First AI', 'Remote', ['React', 'TypeScript'], [115000, 140000], {
      experience_level: 'Junior',
      company_size: '11-50',
      is_remote: true,
    }),
    'dice-109': job('dice-109', 'Cloud Security Contractor', 'Federal Systems Group', 'Arlington, VA', ['AWS', 'IAM', 'Python'], [0, 0], {
      employment_type: 'Contract',
      experience_level: 'Senior',
    }),
    'dice-110': job(
      'dice-110',
      'Site Reliability Engineer',
      'Lone Star Data',
      'Austin, TX',
      ['Kubernetes', 'Go', 'Prometheus'],
      [145000, 175000],
      { experience_level: 'Senior', company_size: '51-200' },
    ),
  },
  current_time: '2025-03-10T09:00:00',
};
