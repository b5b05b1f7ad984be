import { containsText, anyInteger, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineMovieRecommenderTool } from '../scenario.js';
import { resultLimit } from './limits.js';

export const getMovies = defineMovieRecommenderTool({
  name: 'get_movies',
  description:
    'Movies whose title or overview contains the keyword (case-insensitive), in catalogue order, at most `limit` ' +
    '(default 5): {movies: [{movie_id, title, overview, release_date}]}.',
  input: z.object({
    keyword: z.string(),
    limit: anyInteger().nullable().default(5),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    if (!args.keyword) throw new ToolError('Keyword must be a non-empty string');
    const limit = resultLimit(args.limit);
    const keyword = args.keyword.toLowerCase();
    const movies = Object.values(state.movies)
      .filter((movie) => containsText(movie.title.toLowerCase(), keyword) || containsText(movie.overview.toLowerCase(), keyword))
      .slice(0, limit)
      .map(({ movie_id, title, overview, release_date }) => ({ movie_id, title, overview, release_date }));
    return { movies };
  },
});
