import { describe, expect, it } from 'vitest';
import { movieRecommender as movies } from '../src/index.js';

const demo = () => movies.loadPreset('demo');
const call = (name: string, args: Record<string, unknown>) => movies.call(demo(), name, args).content;
const titles = (content: unknown) => (content as { movies: { title: string }[] }).movies.map((m) => m.title);

function expectFailure(name: string, args: Record<string, unknown>, message: string) {
  const before = demo();
  const outcome = movies.call(before, name, args);
  expect(outcome).toMatchObject({ isError: true, content: { message } });
  expect(outcome.state).toBe(before);
}

describe('get_movies and get_movie_details', () => {
  it('searches titles and overviews, at most limit', () => {
    expect(titles(call('get_movies', { keyword: 'MATRIX' }))).toEqual(['The Matrix', 'Untitled Matrix Documentary']);
    expect(titles(call('get_movies', { keyword: 'a', limit: 2 }))).toHaveLength(2);
    expectFailure('get_movies', { keyword: 'a', limit: 0 }, 'Limit must be a positive integer');
  });

  it('reads a movie by id, written as a number or as text', () => {
    expect(call('get_movie_details', { movie_id: '129' })).toMatchObject({
      title: 'Spirited Away',
      duration: 125,
      genres: ['Animation', 'Fantasy'],
    });
    expectFailure('get_movie_details', { movie_id: 42 }, 'Movie 42 not found');
    expectFailure('get_movie_details', { movie_id: -1 }, 'Movie ID must be a non-negative integer');
  });
});

describe('get_popular_movies', () => {
  it('keeps the list order, or sorts by rating or views with ties in list order, skipping unknown ids', () => {
    expect(titles(call('get_popular_movies', { limit: 10 }))).toEqual([
      'Dune: Part Two',
      'Oppenheimer',
      'Parasite',
      'Inception',
      'Spirited Away',
      'The Matrix',
    ]);
    expect(titles(call('get_popular_movies', { filter: 'vote_average', limit: 3 }))).toEqual(['Parasite', 'Spirited Away', 'Inception']);
    expect(titles(call('get_popular_movies', { filter: 'views', limit: 2 }))).toEqual(['Inception', 'Oppenheimer']);
  });

  it('keeps films released on or after a date, compared as text', () => {
    expect(titles(call('get_popular_movies', { date: '2019-05-30' }))).toEqual(['Dune: Part Two', 'Oppenheimer', 'Parasite']);
    expectFailure('get_popular_movies', { date: '2019-5-30' }, 'Date must be in YYYY-MM-DD format');
    expectFailure('get_popular_movies', { filter: 'rating' }, "Filter must be either 'vote_average' or 'views'");
  });
});

describe('scenario', () => {
  it('reads movie ids as integers and refuses ratings above 10', () => {
    expect(Object.keys(movies.load({ movies: { '0603': { movie_id: 603, title: 'x', release_date: '1999-03-31' } } }).movies)).toEqual([
      '603',
    ]);
    expect(() => movies.load({ movies: { 1: { movie_id: 1, title: 'x', release_date: '2000-01-01', vote_average: 11 } } })).toThrow(
      /vote_average/,
    );
  });
});
