import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

type Input = z.input<typeof scenarioSchema>;
type Paper = NonNullable<Input['papers']>[string];

const paper = (arxiv_id: string, title: string, authors: string[], published_date: string, rest: Partial<Paper> = {}): Paper => ({
  arxiv_id,
  title,
  authors,
  published_date,
  ...rest,
});

// A small reading list on learning systems: old-style ids with categories (cs.LG, cs.CL, cs.AI,
// cs.RO), two new-style ids (grouped under "unknown"), a paper without abstract, a revised one and
// one published in a journal. The category tables are the reference's.
export const demo: Input = {
  papers: {
    'cs.LG/2103.08220': paper(
      'cs.LG/2103.08220',
      'Sparse Mixture-of-Experts Transformers at Scale',
      ['Ana Ruiz', 'Wei Zhang'],
      '2021-03-15',
      {
        abstract: 'We train sparse transformer language models with routed expert layers and study their scaling.',
        updated_date: '2021-06-02',
        pdf_url: 'https://arxiv.org/pdf/cs.LG/2103.08220v2.pdf',
      },
    ),
    'cs.CL/2007.01452': paper(
      'cs.CL/2007.01452',
      'Retrieval-Augmented Generation for Open-Domain Question Answering',
      ['Marta Kowalska', 'Dev Patel', 'Lena Vogt'],
      '2020-07-03',
      {
        abstract: 'A language model conditioned on retrieved passages answers open-domain questions more accurately.',
        journal_ref: 'Proceedings of EMNLP 2020, pp. 412–425',
      },
    ),
    'cs.AI/1912.00311': paper('cs.AI/1912.00311', 'Planning with Learned World Models', ['Tom Okafor'], '2019-12-01', {
      abstract: 'Agents that plan in a learned latent model of the environment reach strong sample efficiency.',
    }),
    'cs.RO/2205.11876': paper(
      'cs.RO/2205.11876',
      'Language-Conditioned Robot Manipulation',
      ['Sofia Lindqvist', 'Kenji Mori'],
      '2022-05-24',
    ),
    '2402.01590': paper('2402.01590', 'Tool Use in Large Language Model Agents: A Survey', ['Priya Nair', 'Jonas Weber'], '2024-02-02', {
      abstract: 'We survey how language model agents call tools, from function calling to the Model Context Protocol.',
    }),
    '2311.09012': paper('2311.09012', 'Benchmarking Transformer Inference on Edge Devices', ['Hugo Lefèvre'], '2023-11-15', {
      abstract: 'Latency and energy of transformer inference measured on phones and single-board computers.',
      updated_date: '2024-01-10',
    }),
  },
};
