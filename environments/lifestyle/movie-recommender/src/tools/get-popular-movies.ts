import { anyInteger, codePointLength, compareCodePoints, ownEntry, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { defineMovieRecommenderTool, type MovieDetails } from '../scenario.js';
import { resultLimit } from './limits.js';

const SORTS: Record<string, (movie: MovieDetails) => number> = {
  vote_average: (movie) => movie.vote_average,
  views: (movie) => movie.views,
};

export const getPopularMovies = defineMovieRecommenderTool({
  name: 'get_popular_movies',
  description:
    'The popular list in its order, or sorted by vote_average or views (highest first, ties in list order), ' +
    'optionally only movies released on or after a date (YYYY-MM-DD), at most `limit` (default 5): {movies: ' +
    '[{movie_id, title, overview, release_date, vote_average, views, actors}]}.',
  input: z.object({
    filter: z.string().nullable().default(null),
    date: z.string().nullable().default(null),
    limit: anyInteger().nullable().default(5),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    const sortBy = args.filter === null ? undefined : Object.hasOwn(SORTS, args.filter) ? SORTS[args.filter] : false;
    if (sortBy === false) throw new ToolError("Filter must be either 'vote_average' or 'views'");
    if (args.date !== null && codePointLength(args.date) !== 10) throw new ToolError('Date must be in YYYY-MM-DD format');
    const limit = resultLimit(args.limit);
    const date = args.date;
    let movies = state.popular_movies.flatMap((id) => {
      const movie = ownEntry(state.movies, String(id));
      // Dates compare as text, as the reference compares them.
      return movie && !(date && compareCodePoints(movie.release_date, date) < 0) ? [movie] : [];
    });
    if (sortBy) movies = [...movies].sort((a, b) => sortBy(b) - sortBy(a));
    return {
      movies: movies.slice(0, limit).map(({ movie_id, title, overview, release_date, vote_average, views, actors }) => ({
        movie_id,
        title,
        overview,
        release_date,
        vote_average,
        views,
        actors,
      })),
    };
  },
});
