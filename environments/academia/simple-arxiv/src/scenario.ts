import { toolsFor } from '@envfleet/kit';
import { z } from 'zod';

// The state: EnvFactory's SimpleArxiv scenario, same fields, date checks and category tables. Papers
// are keyed by arXiv id; a paper's category is read from an old-style id ("cs.AI/2103.08220").

export const paperSchema = z.object({
  arxiv_id: z.string(),
  title: z.string(),
  authors: z.array(z.string()),
  published_date: z.string().regex(/^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}$/u),
  abstract: z.string().nullable().default(null),
  updated_date: z
    .string()
    .regex(/^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}$/u)
    .nullable()
    .default(null),
  journal_ref: z.string().nullable().default(null),
  pdf_url: z.string().nullable().default(null),
});

// The reference's ArxivScenario.
export const scenarioSchema = z.object({
  papers: z.record(z.string(), paperSchema).default(() => ({})),
  categoryMap: z.record(z.string(), z.string()).default(() => ({
    'cs.AI': 'Artificial Intelligence',
    'cs.LG': 'Machine Learning',
    'cs.CL': 'Computation and Language',
    'cs.CV': 'Computer Vision and Pattern Recognition',
    'cs.RO': 'Robotics',
    'cs.CR': 'Cryptography and Security',
    'cs.DB': 'Databases',
    'cs.DC': 'Distributed, Parallel, and Cluster Computing',
    'cs.DS': 'Data Structures and Algorithms',
    'cs.GT': 'Computer Science and Game Theory',
    'cs.HC': 'Human-Computer Interaction',
    'cs.IR': 'Information Retrieval',
    'cs.MA': 'Multiagent Systems',
    'cs.MM': 'Multimedia',
    'cs.NE': 'Neural and Evolutionary Computing',
    'cs.NI': 'Networking and Internet Architecture',
    'cs.OS': 'Operating Systems',
    'cs.PF': 'Performance',
    'cs.PL': 'Programming Languages',
    'cs.SC': 'Symbolic Computation',
  })),
  subCategoryMap: z.record(z.string(), z.string()).default(() => ({
    'cs.AI.ML': 'Machine Learning in AI',
    'cs.LG.NE': 'Neural Networks in Machine Learning',
    'cs.CV.OD': 'Object Detection in Computer Vision',
    'cs.CL.NLP': 'Natural Language Processing',
    'cs.RO.MA': 'Mobile Robotics',
    'cs.CR.CY': 'Cryptography',
    'cs.DB.DM': 'Data Mining in Databases',
    'cs.DC.CC': 'Cloud Computing',
    'cs.DS.AG': 'Algorithms and Graph Theory',
    'cs.GT.EG': 'Economic Games',
    'cs.HC.UI': 'User Interfaces',
    'cs.IR.SE': 'Search Engines',
    'cs.MA.CO': 'Coordination in Multiagent Systems',
    'cs.MM.VD': 'Video Processing',
    'cs.NE.GA': 'Genetic Algorithms',
    'cs.NI.WN': 'Wireless Networks',
    'cs.OS.VM': 'Virtual Machines',
    'cs.PF.PM': 'Performance Modeling',
    'cs.PL.FP': 'Functional Programming',
    'cs.SC.AM': 'Algebraic Manipulation',
  })),
});

export type SimpleArxivState = z.output<typeof scenarioSchema>;
export type Paper = z.output<typeof paperSchema>;

/** defineTool for this environment: handlers receive a typed draft of SimpleArxivState. */
export const defineSimpleArxivTool = toolsFor<SimpleArxivState>();
