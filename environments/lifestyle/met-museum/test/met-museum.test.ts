import { describe, expect, it } from 'vitest';
import { metMuseum as met } from '../src/index.js';

const demo = () => met.loadPreset('demo');
const search = (args: Record<string, unknown>, start = demo()) =>
  met.call(start, 'search_museum_objects', args).content as { total: number; objectIds: string[] };

describe('MetMuseum', () => {
  it('lists departments, and loads the reference’s world from {}', () => {
    expect((met.call(demo(), 'list_departments', {}).content as { departments: unknown[] }).departments).toHaveLength(5);
    const world = met.load({});
    expect(world.departments).toHaveLength(19);
    expect(Object.keys(world.objects)).toHaveLength(15);
  });

  it('searches every descriptive field, or titles only', () => {
    expect(search({ q: 'SEA' }).objectIds.sort()).toEqual(['436943', '437112', '501234', '503941']);
    expect(search({ q: 'wave', title: true })).toEqual({ total: 2, objectIds: ['283066', '503940'] });
    expect(search({ q: 'hokusai', title: true })).toEqual({ total: 0, objectIds: [] });
  });

  it('filters by department id through the department’s name', () => {
    expect(search({ q: 'boats', departmentId: '11' }).objectIds.sort()).toEqual(['436943', '437112']);
    expect(search({ q: 'a', departmentId: '22' })).toEqual({ total: 0, objectIds: [] });
    expect(search({ q: 'a', departmentId: '99' })).toEqual({ total: 0, objectIds: [] });
  });

  it('reads an object, and fails for an unknown id or an empty query, changing nothing', () => {
    expect(met.call(demo(), 'get_museum_object', { objectId: '501234' }).content).toMatchObject({
      title: 'Conch Shell Trumpet',
      artist: '',
      tags: ['Sea', 'Instrument'],
    });
    const before = demo();
    for (const [name, args, message] of [
      ['get_museum_object', { objectId: '1' }, "Object with ID '1' not found"],
      ['search_museum_objects', { q: '' }, "Search query 'q' must be a non-empty string"],
    ] as const) {
      const outcome = met.call(before, name, args);
      expect(outcome).toMatchObject({ isError: true, content: { message } });
      expect(outcome.state).toBe(before);
    }
  });

  it('refuses ids that are not digits in a scenario', () => {
    expect(() => met.load({ departments: [{ departmentId: 'x1', displayName: 'X' }] })).toThrow(/departmentId/);
  });
});
