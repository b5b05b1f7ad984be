import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

type Input = z.input<typeof scenarioSchema>;

const repo = (rank: number, fullname: string, language: string, stars: number, forks: number, gained: number, description: string) => ({
  rank,
  name: fullname.split('/')[1] as string,
  fullname,
  url: `https://github.com/${fullname}`,
  description,
  language,
  stars,
  forks,
  current_period_stars: gained,
});

// What GitHub trending showed one week: the weekly Rust and daily Python repository lists, the daily
// list with no filters, and this month's trending TypeScript developers. Other filter sets are
// generated on first request, as in the reference.
export const demo: Input = {
  repositories: {
    'repos|language:rust|period:weekly': [
      repo(1, 'astral-sh/uv', 'Rust', 61230, 1802, 2140, 'An extremely fast Python package and project manager.'),
      repo(
        2,
        'tauri-apps/tauri',
        'Rust',
        88410,
        2650,
        1210,
        'Build smaller, faster and more secure desktop applications with a web frontend.',
      ),
      repo(3, 'zed-industries/zed', 'Rust', 52970, 3110, 980, 'Code at the speed of thought.'),
      repo(4, 'bevyengine/bevy', 'Rust', 38120, 3640, 655, 'A refreshingly simple data-driven game engine.'),
    ],
    'repos|language:python|period:daily': [
      repo(
        1,
        'huggingface/transformers',
        'Python',
        141020,
        28310,
        312,
        'State-of-the-art machine learning for JAX, PyTorch and TensorFlow.',
      ),
      repo(2, 'fastapi/fastapi', 'Python', 82540, 7010, 198, 'High performance, easy to learn, fast to code, ready for production.'),
      repo(3, 'pydantic/pydantic', 'Python', 22870, 2030, 77, 'Data validation using Python type hints.'),
    ],
    repos: [
      repo(1, 'ollama/ollama', 'Go', 121540, 10120, 420, 'Get up and running with large language models.'),
      repo(2, 'excalidraw/excalidraw', 'TypeScript', 98310, 9850, 260, 'Virtual whiteboard for sketching hand-drawn like diagrams.'),
      repo(3, 'ggml-org/llama.cpp', 'C++', 79210, 11650, 233, 'LLM inference in C/C++.'),
      repo(4, 'jqlang/jq', 'C', 31240, 1620, 41, ''),
    ],
  },
  developers: {
    'devs|language:typescript|period:monthly': [
      {
        rank: 1,
        username: 'sindresorhus',
        name: 'Sindre Sorhus',
        url: 'https://github.com/sindresorhus',
        avatar: 'https://avatars.githubusercontent.com/u/170270',
        repo: {
          name: 'type-fest',
          description: 'A collection of essential TypeScript types',
          url: 'https://github.com/sindresorhus/type-fest',
        },
      },
      {
        rank: 2,
        username: 'colinhacks',
        name: 'Colin McDonnell',
        url: 'https://github.com/colinhacks',
        avatar: 'https://avatars.githubusercontent.com/u/3084745',
        repo: { name: 'zod', description: 'TypeScript-first schema validation', url: 'https://github.com/colinhacks/zod' },
      },
      { rank: 3, username: 'anonymous-dev', url: 'https://github.com/anonymous-dev' },
    ],
  },
};
