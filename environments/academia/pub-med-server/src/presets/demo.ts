import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

const article = (
  pmid: string,
  title: string,
  authors: string[],
  journal: string,
  pub_date: string,
  abstract: string,
  mesh_terms: string[],
  publication_types: string[] = ['Journal Article'],
  doi = '',
) => ({
  pmid,
  title,
  authors,
  journal,
  pub_date,
  abstract,
  publication_types,
  mesh_terms,
  doi,
});

// A small literature set on diabetes and sleep, written for this environment: two articles in one
// journal and year, an author who appears under two spellings, a review, an article with no DOI and
// an abstract-less letter; one earlier search already cached.
export const demo: z.input<typeof scenarioSchema> = {
  articles: {
    '38100001': article(
      '38100001',
      'Continuous glucose monitoring and glycaemic control in type 1 diabetes',
      ['Okafor T', 'Lindqvist S', 'Moreau C'],
      'Diabetes Care',
      '2023-11-02',
      'In a 12-month trial, continuous monitoring lowered HbA1c compared with finger-stick testing.',
      ['Diabetes Mellitus, Type 1', 'Blood Glucose Self-Monitoring'],
      ['Randomized Controlled Trial'],
      '10.2337/dc23-0001',
    ),
    '38100002': article(
      '38100002',
      'Sleep duration and insulin resistance in adolescents',
      ['Nair P', 'Okafor Tobi'],
      'Diabetes Care',
      '2023-04-18',
      'Shorter sleep was associated with higher insulin resistance in a cohort of 1,204 adolescents.',
      ['Sleep', 'Insulin Resistance', 'Adolescent'],
      ['Journal Article'],
      '10.2337/dc23-0002',
    ),
    '38100003': article(
      '38100003',
      'GLP-1 receptor agonists: a review of cardiovascular outcomes',
      ['Weber J', 'Ruiz A'],
      'Lancet',
      '2024-02-09',
      'We review cardiovascular outcome trials of GLP-1 receptor agonists in type 2 diabetes.',
      ['Glucagon-Like Peptide-1 Receptor', 'Diabetes Mellitus, Type 2', 'Cardiovascular Diseases'],
      ['Review'],
      '10.1016/lancet.2024.0003',
    ),
    '38100004': article(
      '38100004',
      'Shift work and metabolic syndrome among nurses',
      ['Moreau C'],
      'Occupational Medicine',
      '2022-09-30',
      'Rotating night shifts were linked to metabolic syndrome after adjusting for diet.',
      ['Shift Work Schedule', 'Metabolic Syndrome', 'Nurses'],
    ),
    '38100005': article(
      '38100005',
      'Correspondence: glucose monitoring in older adults',
      ['Lefèvre H'],
      'Lancet',
      '2024-06-21',
      '',
      ['Aged', 'Blood Glucose'],
      ['Letter'],
    ),
  },
  search_results: {
    'sleep|10|None': {
      query: 'sleep',
      count: 1,
      articles: [{ pmid: '38100002', title: 'Sleep duration and insulin resistance in adolescents' }],
    },
  },
  current_time: '2025-03-10T09:00:00',
};
