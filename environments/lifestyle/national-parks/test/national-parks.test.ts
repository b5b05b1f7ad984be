import { describe, expect, it } from 'vitest';
import { nationalParks as np } from '../src/index.js';

type Page = { total: number; limit?: number; start?: number; data: Record<string, unknown>[] };

const demo = () => np.loadPreset('demo');
const list = (name: string, args: Record<string, unknown>, start = demo()) => np.call(start, name, args).content as Page;
const codes = (page: Page) => page.data.map((record) => record.parkCode);
const ids = (page: Page) => page.data.map((record) => record.id);

function expectFailure(start: ReturnType<typeof demo>, name: string, args: Record<string, unknown>, message: RegExp) {
  const outcome = np.call(start, name, args);
  expect(outcome.isError).toBe(true);
  expect((outcome.content as { message: string }).message).toMatch(message);
  expect(outcome.state).toBe(start);
}

describe('NationalParks', () => {
  it('loads the reference’s default world from {}: no parks, and the activity and state maps', () => {
    const world = np.load({});
    expect(world).toEqual(np.defaultScenario);
    expect(world.parks).toEqual({});
    expect(Object.keys(world.activitiesMap)).toHaveLength(15);
    expect(world.stateParksMap.UT).toEqual(['zion', 'brca', 'cany', 'arch', 'care']);
    expect(list('findParks', {}, world)).toEqual({ total: 0, limit: 10, start: 0, data: [] });
  });

  it('finds parks by state codes, in any case, among parks spanning several states', () => {
    expect(codes(list('findParks', { stateCode: 'ca' }))).toEqual(['yose', 'deva']);
    expect(codes(list('findParks', { stateCode: ' nv , tn' }))).toEqual(['deva', 'grsm']);
    expect(list('findParks', { stateCode: 'TX' }).total).toBe(0);
  });

  it('matches a park’s states as stored: "CA, NV" does not list NV', () => {
    const world = np.load({ parks: { odd: { fullName: 'Odd', states: 'CA, NV' } } });
    expect(list('findParks', { stateCode: 'NV' }, world).total).toBe(0);
    expect(list('findParks', { stateCode: 'CA' }, world).total).toBe(1);
  });

  it('searches names and descriptions, and activities by whole name in any case', () => {
    expect(codes(list('findParks', { q: 'CANYON' }))).toEqual(['zion']);
    expect(codes(list('findParks', { activities: 'rock climbing' }))).toEqual(['yose', 'zion']);
    expect(codes(list('findParks', { activities: 'climbing' }))).toEqual([]);
    expect(codes(list('findParks', { activities: 'Stargazing, Fishing' }))).toEqual(['deva', 'yell', 'grsm']);
    expect(codes(list('findParks', { stateCode: 'CA,UT', q: 'national', activities: 'camping' }))).toEqual(['yose', 'zion']);
  });

  it('pages parks and reports the paging it used', () => {
    const page = list('findParks', { limit: 2, start: 1 });
    expect(page).toMatchObject({ total: 6, limit: 2, start: 1 });
    expect(codes(page)).toEqual(['deva', 'yell']);
    expect(list('findParks', { limit: '3', start: '5' })).toMatchObject({ total: 6, limit: 3, start: 5, data: [{ parkCode: 'whsa' }] });
    expect(list('findParks', { start: 99 }).data).toEqual([]);
  });

  it('refuses a limit below 1 or a negative start on every list, changing nothing', () => {
    for (const name of ['findParks', 'getAlerts', 'getCampgrounds', 'getVisitorCenters']) {
      expectFailure(demo(), name, { limit: 0 }, /limit must be at least 1/);
      expectFailure(demo(), name, { start: -1 }, /start must be non-negative/);
      expectFailure(demo(), name, { limit: 0, start: -1 }, /limit must be at least 1/);
    }
  });

  it('returns a park’s full record, and fails for an empty or unknown code', () => {
    const park = np.call(demo(), 'getParkDetails', { parkCode: 'yell' }).content as Record<string, unknown>;
    expect(park).toMatchObject({
      fullName: 'Yellowstone National Park',
      states: 'ID,MT,WY',
      contacts: { phoneNumbers: [{ phoneNumber: '3073447381' }] },
    });
    expect(park.directionsInfo).toMatch(/Gardiner/);
    expectFailure(demo(), 'getParkDetails', { parkCode: '' }, /parkCode must be a non-empty string/);
    expectFailure(demo(), 'getParkDetails', { parkCode: 'YELL' }, /Park 'YELL' not found/);
    expectFailure(demo(), 'getParkDetails', { parkCode: 'constructor' }, /Park 'constructor' not found/);
  });

  it('lists alerts by park code in any case, and by words of their title or description', () => {
    expect(list('getAlerts', {}).total).toBe(6);
    expect(ids(list('getAlerts', { parkCode: 'deva' }))).toEqual(['AL-1003']);
    expect(ids(list('getAlerts', { parkCode: 'YOSE, zion' }))).toEqual(['AL-1001', 'AL-1002', 'AL-1005']);
    expect(ids(list('getAlerts', { q: 'CLOSED' }))).toEqual(['AL-1001', 'AL-1005']);
    expect(list('getAlerts', { parkCode: 'yose', limit: 1, start: 1 })).toEqual({
      total: 2,
      data: [
        {
          id: 'AL-1002',
          parkCode: 'yose',
          title: 'Reservations required on peak days',
          description: 'A reservation is needed to drive into the park 6 am to 2 pm on weekends.',
          category: 'Information',
          lastIndexedDate: '2025-05-20 12:00:00.0',
        },
      ],
    });
  });

  it('lists campgrounds and visitor centers by park and by name or description', () => {
    expect(ids(list('getCampgrounds', { parkCode: 'yose' }))).toEqual(['CG-201', 'CG-202']);
    expect(ids(list('getCampgrounds', { q: 'river' }))).toEqual(['CG-204', 'CG-205']);
    expect(list('getCampgrounds', { parkCode: 'zion' })).toEqual({ total: 0, data: [] });
    expect(ids(list('getVisitorCenters', { q: 'furnace' }))).toEqual(['VC-302']);
    expect(ids(list('getVisitorCenters', { parkCode: 'grsm,yell' }))).toEqual(['VC-303', 'VC-304']);
  });

  it('keeps records as given, and refuses a record field the tools read as text when it is not', () => {
    const world = np.load({ alerts: [{ note: 'no id' }], parks: { x: { activities: [{}], rangers: 4 } } });
    expect(world.alerts).toEqual([{ note: 'no id' }]);
    expect(np.call(world, 'getParkDetails', { parkCode: 'x' }).content).toEqual({ activities: [{}], rangers: 4 });
    expect(() => np.load({ parks: { x: { states: ['CA'] } } })).toThrow(/states/);
    expect(() => np.load({ campgrounds: [{ name: 7 }] })).toThrow(/name/);
  });
});
