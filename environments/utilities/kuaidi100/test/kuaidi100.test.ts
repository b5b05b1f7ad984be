import { describe, expect, it } from 'vitest';
import { kuaidi100 } from '../src/index.js';

const world = {
  tracking_records: {
    SF100: {
      kuaidi_num: 'SF100',
      kuaidi_company: 'shunfeng',
      data: [
        { time: '2025-03-11 18:05:12', context: '【北京市】已揽收' },
        { time: '2025-03-12 16:47:09', context: '【上海市】已签收' },
      ],
    },
    YD200: { kuaidi_num: 'YD200', kuaidi_company: 'yunda' },
  },
  current_time: '2025-03-14T10:30:00',
};

function answer(name: string, args: Record<string, unknown>, scenario: unknown = world) {
  const before = kuaidi100.load(scenario);
  const outcome = kuaidi100.call(before, name, args);
  expect(outcome.isError).toBe(false);
  expect(outcome.state).toBe(before);
  return outcome.content;
}

// A failing call reports this message and hands back the very same state object.
function expectFailure(name: string, args: Record<string, unknown>, message: string, scenario: unknown = world) {
  const before = kuaidi100.load(scenario);
  const outcome = kuaidi100.call(before, name, args);
  expect(outcome).toMatchObject({ isError: true, content: { message } });
  expect(outcome.state).toBe(before);
}

const route = { from_addr: '北京市朝阳区', kuaidi_company: 'jd', to_addr: '上海市浦东新区' };

describe('Kuaidi100 scenario', () => {
  it('loads {} with the reference rate tables and a fixed clock', () => {
    const state = kuaidi100.load({});
    expect(state.tracking_records).toEqual({});
    expect(state.base_rates.shunfeng).toBe(12);
    expect(state.zone_multipliers['2-4']).toBe(1.6);
    expect(state.zone_distances['5-5']).toBe(800);
    expect(state.service_speeds).toEqual({ 标准快递: 48, 经济快递: 72, 特快专递: 24 });
    expect(state.current_time).toBe('2025-01-01T00:00:00');
  });

  it('reads numeric strings and booleans in the rate tables as numbers, as pydantic does', () => {
    const state = kuaidi100.load({
      company_zones: { a: '1', b: true },
      base_rates: { shunfeng: '12', jd: ' 1_0.5 ', ems: false },
      zone_multipliers: { '1-2': '1e0' },
      service_speeds: { 标准快递: '2.0' },
      zone_distances: { '1-2': '+800' },
    });
    expect(state.company_zones).toEqual({ a: 1, b: 1 });
    expect(state.base_rates).toEqual({ shunfeng: 12, jd: 10.5, ems: 0 });
    expect(state.zone_multipliers).toEqual({ '1-2': 1 });
    expect(state.service_speeds).toEqual({ 标准快递: 2 });
    expect(state.zone_distances).toEqual({ '1-2': 800 });
    expect(() => kuaidi100.load({ service_speeds: { 标准快递: '1.5' } })).toThrow();
    expect(() => kuaidi100.load({ base_rates: { jd: 'abc' } })).toThrow();
    expect(() => kuaidi100.load({ base_rates: { jd: 'inf' } })).toThrow();
  });

  it('rejects malformed event times and clocks', () => {
    expect(() =>
      kuaidi100.load({
        tracking_records: { A: { kuaidi_num: 'A', kuaidi_company: 'x', data: [{ time: '2025-03-11T18:05:12', context: 'x' }] } },
      }),
    ).toThrow(/time/);
    expect(() => kuaidi100.load({ current_time: '2025-03-14 10:30:00' })).toThrow(/current_time/);
    expect(() => kuaidi100.load({ service_speeds: { 标准快递: 1.5 } })).toThrow(/service_speeds/);
  });
});

describe('query_trace', () => {
  it('returns the courier and every event of a known parcel', () => {
    expect(answer('query_trace', { kuaidi_num: 'SF100', phone: '5521' })).toEqual({
      kuaidi_num: 'SF100',
      kuaidi_company: 'shunfeng',
      data: [
        { time: '2025-03-11 18:05:12', context: '【北京市】已揽收' },
        { time: '2025-03-12 16:47:09', context: '【上海市】已签收' },
      ],
    });
    expect(answer('query_trace', { kuaidi_num: 'YD200' })).toEqual({ kuaidi_num: 'YD200', kuaidi_company: 'yunda', data: [] });
  });

  it('answers an unknown number with an empty trace, but refuses an empty one', () => {
    expect(answer('query_trace', { kuaidi_num: 'ZZ999' })).toEqual({ kuaidi_num: 'ZZ999', kuaidi_company: 'unknown', data: [] });
    expectFailure('query_trace', { kuaidi_num: '' }, 'Tracking number must be a non-empty string');
  });
});

describe('estimate_time', () => {
  it('starts from the scenario clock and scales transit with distance', () => {
    // 北京 (zone 1) → 上海 (zone 2): 800 km, so the base 48 h stands.
    expect(answer('estimate_time', route)).toEqual({ arrivalTime: '2025-03-16 10:30:00', remaining_transit_time: 48 });
    // 北京 → 乌鲁木齐 (zone 5): 2500 km, 24 h × 2.5 for express.
    expect(answer('estimate_time', { ...route, to_addr: '新疆乌鲁木齐', exp_type: '特快专递' })).toEqual({
      arrivalTime: '2025-03-16 22:30:00',
      remaining_transit_time: 60,
    });
    // 广东 → 四川 is zones 3 and 4: 1000 km; economy 72 h.
    expect(answer('estimate_time', { ...route, from_addr: '广东深圳', to_addr: '四川成都', exp_type: '经济快递' })).toMatchObject({
      remaining_transit_time: 72,
    });
  });

  it('reads order_time like Python strptime: one-digit fields and any whitespace run', () => {
    expect(answer('estimate_time', { ...route, order_time: '2024-2-28  9:5:7' })).toEqual({
      arrivalTime: '2024-03-01 09:05:07',
      remaining_transit_time: 48,
    });
    expect(answer('estimate_time', { ...route, order_time: '' })).toMatchObject({ arrivalTime: '2025-03-16 10:30:00' });
  });

  it('rejects impossible or malformed order times', () => {
    expectFailure(
      'estimate_time',
      { ...route, order_time: '2023-02-29 00:00:00' },
      'order_time "2023-02-29 00:00:00" has no day 29 in that month',
    );
    expectFailure(
      'estimate_time',
      { ...route, order_time: '2024-01-15T10:00:00' },
      'order_time "2024-01-15T10:00:00" is not a valid "YYYY-MM-DD HH:MM:SS" time',
    );
    expectFailure(
      'estimate_time',
      { ...route, order_time: '2024-01-15 10:00:00 ' },
      'order_time "2024-01-15 10:00:00 " has unexpected text after the time: " "',
    );
    expectFailure(
      'estimate_time',
      { ...route, order_time: '2024-01-15 23:59:60' },
      'order_time "2024-01-15 23:59:60" has seconds above 59',
    );
    expectFailure('estimate_time', { ...route, order_time: '9999-12-31 00:00:00' }, 'The estimated arrival falls outside the years 1–9999');
  });

  it('prints the year of an early arrival without zero padding, as the reference does', () => {
    expect(answer('estimate_time', { ...route, order_time: '0001-01-01 00:00:00' })).toMatchObject({ arrivalTime: '1-01-03 00:00:00' });
  });

  it('validates the addresses, courier and service type', () => {
    expectFailure('estimate_time', { ...route, from_addr: '' }, 'From address must be a non-empty string');
    expectFailure('estimate_time', { ...route, kuaidi_company: '' }, 'Courier company must be a non-empty string');
    expectFailure('estimate_time', { ...route, to_addr: '' }, 'To address must be a non-empty string');
    expectFailure('estimate_time', { ...route, exp_type: '快递' }, 'Invalid service type "快递": use one of 标准快递, 经济快递, 特快专递');
  });

  it('reports a scenario clock that strptime cannot read', () => {
    expectFailure('estimate_time', route, 'The scenario\'s current_time "2025-13-01T00:00:00" is not a valid date-time', {
      current_time: '2025-13-01T00:00:00',
    });
  });
});

describe('estimate_price', () => {
  const parcel = { kuaidi_company: 'shunfeng', from_addr: '北京市', to_addr: '上海市' };

  it('multiplies the courier rate, the weight and the zone multiplier', () => {
    expect(answer('estimate_price', { ...parcel, weight: '2.5' })).toEqual({ price: 36, currency: 'CNY', estimated_days: 2 });
    expect(answer('estimate_price', { ...parcel, to_addr: '天津' })).toEqual({ price: 12, currency: 'CNY', estimated_days: 1 });
    // An unlisted courier costs 10/kg; 北京 → 西藏 is zones 1 and 4.
    expect(answer('estimate_price', { ...parcel, kuaidi_company: 'jtexpress', to_addr: '西藏拉萨' })).toEqual({
      price: 18,
      currency: 'CNY',
      estimated_days: 3,
    });
  });

  it('reads weight like Python float(), counting unreadable text as 1 kg', () => {
    expect(answer('estimate_price', { ...parcel, weight: ' ２_5 ' })).toMatchObject({ price: 360 });
    expect(answer('estimate_price', { ...parcel, weight: '2kg' })).toMatchObject({ price: 14.4 });
    expect(answer('estimate_price', { ...parcel, weight: 'inf' })).toMatchObject({ price: 'inf' });
    // float() trims only ASCII whitespace once non-ASCII spaces are mapped: U+001F stays and is refused.
    expect(answer('estimate_price', { ...parcel, weight: '\x1f2' })).toMatchObject({ price: 14.4 });
    expect(answer('estimate_price', { ...parcel, weight: '2\x85' })).toMatchObject({ price: 28.8 });
  });

  it('rounds exact halves to even, like Python', () => {
    const flat = { current_time: '2025-01-01T00:00:00', base_rates: { one: 1 }, zone_multipliers: { '1-1': 1 } };
    const price = (weight: string) =>
      (answer('estimate_price', { kuaidi_company: 'one', from_addr: '北京', to_addr: '天津', weight }, flat) as { price: number }).price;
    expect(price('0.125')).toBe(0.12);
    expect(price('0.375')).toBe(0.38);
    expect(price('1.005')).toBe(1);
    expect(price('2.675')).toBe(2.67);
  });

  it('requires courier and both addresses', () => {
    expectFailure('estimate_price', { ...parcel, kuaidi_company: '' }, 'Courier company must be a non-empty string');
    expectFailure('estimate_price', { ...parcel, from_addr: '' }, 'From address must be a non-empty string');
    expectFailure('estimate_price', { ...parcel, to_addr: '' }, 'To address must be a non-empty string');
    expectFailure('estimate_price', { ...parcel, weight: 2 }, 'Invalid argument "weight": expected string, got number 2');
  });
});
