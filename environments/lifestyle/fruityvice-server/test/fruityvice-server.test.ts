import { describe, expect, it } from 'vitest';
import { fruityviceServer as fruityvice } from '../src/index.js';

const demo = () => fruityvice.loadPreset('demo');

describe('FruityviceServer', () => {
  it('lists the catalogue, cut like a Python slice', () => {
    const names = (limit?: number) =>
      (fruityvice.call(demo(), 'list_fruits', limit === undefined ? {} : { limit }).content as { fruits: { name: string }[] }).fruits.map(
        (f) => f.name,
      );
    expect(names()).toHaveLength(12);
    expect(names(3)).toEqual(['apple', 'banana', 'orange']);
    expect(names(-10)).toEqual(['apple', 'banana']);
    expect(names(0)).toEqual([]);
    expect(fruityvice.call(fruityvice.load({}), 'list_fruits', {}).content).toEqual({ fruits: [] });
  });

  it('looks nutrition up by name in any case, from the reference’s table by default', () => {
    expect(fruityvice.call(fruityvice.load({}), 'get_fruit_nutrition', { fruit_name: 'AvoCado' }).content).toEqual({
      name: 'avocado',
      nutritions: { calories: 160, fat: 15, sugar: 0.7, carbohydrates: 9, protein: 2 },
    });
    expect(fruityvice.call(demo(), 'get_fruit_nutrition', { fruit_name: 'Lychee' }).content).toMatchObject({ nutritions: { sugar: 15.2 } });
  });

  it('fails for a fruit without nutrition data, changing nothing', () => {
    const before = demo();
    const outcome = fruityvice.call(before, 'get_fruit_nutrition', { fruit_name: 'Durian' });
    expect(outcome).toMatchObject({ isError: true, content: { message: "Fruit 'Durian' not found" } });
    expect(outcome.state).toBe(before);
    expect(fruityvice.call(before, 'get_fruit_nutrition', { fruit_name: '' })).toMatchObject({
      isError: true,
      content: { message: 'Fruit name must be a non-empty string' },
    });
  });

  it('refuses negative nutrition values in a scenario', () => {
    expect(() =>
      fruityvice.load({
        fruitNutritionMap: { x: { name: 'x', nutritions: { calories: -1, fat: 0, sugar: 0, carbohydrates: 0, protein: 0 } } },
      }),
    ).toThrow(/calories/);
  });
});
