import { describe, expect, it } from 'vitest';
import { howToCook } from '../src/index.js';
import { demo as demoWorld } from '../src/presets/demo.js';

const demo = () => howToCook.loadPreset('demo');
const seededDemo = (random_seed: number) => howToCook.load({ ...demoWorld, random_seed });

function expectFailure(name: string, args: Record<string, unknown>, message: string | RegExp, start = demo()) {
  const outcome = howToCook.call(start, name, args);
  expect(outcome.isError).toBe(true);
  expect((outcome.content as { message: string }).message).toMatch(message);
  expect(outcome.state).toBe(start);
}

const picked = (start: ReturnType<typeof demo>, name: string, args: Record<string, unknown>, callIndex = 0) =>
  (howToCook.call(start, name, args, { seed: 0, callIndex }).content as { recipe_id: string }).recipe_id;

describe('HowToCook', () => {
  describe('scenario', () => {
    it('loads the reference cookbook for {}: five dishes, three categories, unseeded', () => {
      const world = howToCook.load({});
      expect(Object.keys(world.recipes)).toEqual(['tomato_egg', 'kung_pao_chicken', 'mapo_tofu', 'fried_rice', 'sweet_sour_pork']);
      expect(world.categories).toEqual(['Home Cooking', 'Sichuan Cuisine', 'Cantonese Cuisine']);
      expect(world.random_seed).toBeNull();
    });

    it('checks people_count (1-10) but does not keep it, as the reference never saves it', () => {
      expect(Object.keys(howToCook.save(howToCook.load({ people_count: 4 })))).toEqual(['recipes', 'categories', 'random_seed']);
      expect(() => howToCook.load({ people_count: 11 })).toThrow(/people_count/);
    });
  });

  describe('browsing', () => {
    it('lists the categories as stored, including one without recipes', () => {
      expect(howToCook.call(demo(), 'list_all_categories', {}).content).toEqual({
        categories: ['Breakfast', 'Soups', 'Weeknight', 'Sunday Dinners', 'Desserts'],
      });
    });

    it('lists recipes of a category by id, name and description; an empty category means all', () => {
      expect(howToCook.call(demo(), 'list_recipes_by_category', { category: 'Soups' }).content).toEqual({
        recipes: [
          { recipe_id: 'miso_soup', name: 'Miso Soup', description: 'A light soup of dashi, miso, tofu and wakame.' },
          { recipe_id: 'minestrone', name: 'Minestrone', description: 'A hearty Italian vegetable soup with beans and pasta.' },
        ],
      });
      expect((howToCook.call(demo(), 'list_recipes_by_category', { category: '' }).content as { recipes: unknown[] }).recipes).toHaveLength(
        12,
      );
      expect(howToCook.call(demo(), 'list_recipes_by_category', { category: 'soups' }).content).toEqual({ recipes: [] });
    });

    it('gives a recipe in full, and for an unknown id the list of ids instead of a failure', () => {
      expect(howToCook.call(howToCook.load({}), 'get_recipe_details', { recipe_id: 'tomato_egg' }).content).toMatchObject({
        recipe_id: 'tomato_egg',
        name: 'Tomato Scrambled Eggs',
        category: 'Home Cooking',
        ingredients: expect.arrayContaining([{ name: 'Sugar', amount: '1/2 tsp' }]),
        tips: ["Don't overcook the eggs - keep them tender", 'Add a little sugar to balance the tomato acidity'],
      });
      const missing = howToCook.call(howToCook.load({}), 'get_recipe_details', { recipe_id: 'dumplings' });
      expect(missing.isError).toBe(false);
      expect(missing.content).toEqual({
        error: "Recipe 'dumplings' not found",
        available_recipes: ['tomato_egg', 'kung_pao_chicken', 'mapo_tofu', 'fried_rice', 'sweet_sour_pork'],
      });
    });
  });

  describe('recommendations', () => {
    it('draws what the reference draws first after loading a seeded scenario', () => {
      expect(picked(howToCook.load({ random_seed: 42 }), 'get_random_dish_recommendation', { people_count: 2 })).toBe('tomato_egg');
      expect(picked(howToCook.load({ random_seed: 9 }), 'get_random_dish_recommendation', { people_count: 2 })).toBe('fried_rice');
      expect(
        picked(howToCook.load({ random_seed: 42 }), 'recommend_meal', {
          people_count: 2,
          category: 'Sichuan Cuisine',
          avoid_items: ['Peanut'],
        }),
      ).toBe('mapo_tofu');
    });

    it('avoids items as case-insensitive substrings of the ingredient names ("egg" rules out eggplant too)', () => {
      expect(picked(seededDemo(7), 'recommend_meal', { people_count: 4, avoid_items: ['egg'] })).toBe('curry_chickpea');
      expect(picked(seededDemo(1), 'recommend_meal', { people_count: 4, avoid_items: '["egg"]' })).toBe('minestrone');
      expect(picked(seededDemo(7), 'recommend_meal', { people_count: 4, category: 'Weeknight', avoid_items: ['GARLIC'] })).toBe(
        'fish_tacos',
      );
      const pool = new Set(
        Array.from({ length: 40 }, (_, i) =>
          picked(seededDemo(i), 'recommend_meal', { people_count: 4, category: 'Weeknight', avoid_items: ['egg'] }),
        ),
      );
      expect(pool).toEqual(new Set(['curry_chickpea', 'curry_chicken', 'fish_tacos']));
    });

    it('falls back to the whole cookbook, any category, when nothing qualifies', () => {
      expect(picked(seededDemo(7), 'recommend_meal', { people_count: 4, category: 'Desserts' })).toBe('lasagna');
    });

    it('returns the full recipe', () => {
      expect(howToCook.call(howToCook.load({ random_seed: 42 }), 'get_random_dish_recommendation', { people_count: '3' }).content).toEqual(
        howToCook.call(howToCook.load({}), 'get_recipe_details', { recipe_id: 'tomato_egg' }).content,
      );
    });

    it('varies from call to call in an unseeded world, reproducibly for the same episode seed and call', () => {
      const world = demo();
      const picks = Array.from({ length: 12 }, (_, i) => picked(world, 'get_random_dish_recommendation', { people_count: 2 }, i));
      expect(new Set(picks).size).toBeGreaterThan(1);
      expect(Array.from({ length: 12 }, (_, i) => picked(world, 'get_random_dish_recommendation', { people_count: 2 }, i))).toEqual(picks);
    });

    it('fails on an empty cookbook', () => {
      const empty = howToCook.load({ recipes: {}, random_seed: 1 });
      expectFailure('recommend_meal', { people_count: 2 }, /no recipes to recommend/, empty);
      expectFailure('get_random_dish_recommendation', { people_count: 2 }, /no recipes to recommend/, empty);
    });
  });
});
