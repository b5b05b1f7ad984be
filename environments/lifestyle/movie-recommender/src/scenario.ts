import { integerKeyed, toolsFor } from '@envfleet/kit';
import { z } from 'zod';

// The state: EnvFactory's MovieRecommender scenario: movies keyed by integer TMDb id (pydantic reads
// "007" as 7), the ids on the popular list in their order, and the API key. {} is empty.

export const movieDetailsSchema = z.object({
  movie_id: z.int().min(0),
  title: z.string(),
  overview: z.string().default(''),
  release_date: z
    .string()
    .regex(/^\p{Nd}{4}-\p{Nd}{2}-\p{Nd}{2}$/u)
    .default(''),
  duration: z.int().min(0).default(0),
  genres: z.array(z.string()).default(() => []),
  vote_average: z.number().min(0).max(10).default(0),
  views: z.int().min(0).default(0),
  actors: z.array(z.string()).default(() => []),
});

// The reference's MovieRecommenderScenario.
export const scenarioSchema = z.object({
  movies: integerKeyed(movieDetailsSchema).default(() => ({})),
  popular_movies: z.array(z.int()).default(() => []),
  api_key: z.string().default('demo_key'),
});

export type MovieRecommenderState = z.output<typeof scenarioSchema>;
export type MovieDetails = z.output<typeof movieDetailsSchema>;

/** defineTool for this environment: handlers receive a typed draft of MovieRecommenderState. */
export const defineMovieRecommenderTool = toolsFor<MovieRecommenderState>();
