import { describe, expect, it } from 'vitest';
import { chinaRailway as railway } from '../src/index.js';

const demo = () => railway.loadPreset('demo');

function expectFailure(name: string, args: Record<string, unknown>, message: string) {
  const before = demo();
  const outcome = railway.call(before, name, args);
  expect(outcome).toMatchObject({ isError: true, content: { message } });
  expect(outcome.state).toBe(before);
}

describe('stations', () => {
  it('lists a city’s stations in the city’s order, skipping codes with no station', () => {
    expect(railway.call(demo(), 'get_stations_code_in_city', { city: '北京' }).content).toEqual({
      stations: [
        { station_code: 'BJP', station_name: '北京' },
        { station_code: 'VNP', station_name: '北京南' },
        { station_code: 'BXP', station_name: '北京西' },
      ],
    });
    expect(railway.call(demo(), 'get_stations_code_in_city', { city: '南京' }).content).toEqual({
      stations: [{ station_code: 'NKH', station_name: '南京南' }],
    });
    expect(railway.call(demo(), 'get_stations_code_in_city', { city: '拉萨' }).content).toEqual({ stations: [] });
  });

  it('finds a code by exact name, or ""', () => {
    expect(railway.call(demo(), 'get_station_code_by_name', { station_name: '上海虹桥' }).content).toEqual({ station_code: 'SHH' });
    expect(railway.call(demo(), 'get_station_code_by_name', { station_name: '上海虹' }).content).toEqual({ station_code: '' });
  });

  it('reads details from the details table first, then from the station list, else blanks', () => {
    expect(railway.call(demo(), 'get_station_by_code', { station_code: 'WHN' }).content).toEqual({
      station_name: '武汉',
      address: '武汉市武昌区中山路',
      phone: '027-12306',
    });
    expect(railway.call(demo(), 'get_station_by_code', { station_code: 'SZH' }).content).toEqual({
      station_name: '苏州',
      address: '苏州市姑苏区苏站路27号',
      phone: '',
    });
    expect(railway.call(demo(), 'get_station_by_code', { station_code: 'XXX' }).content).toEqual({
      station_name: '',
      address: '',
      phone: '',
    });
    const odd = railway.load({ station_details_map: { Q: { station_name: null, address: 5 } } });
    expect(railway.call(odd, 'get_station_by_code', { station_code: 'Q' }).content).toEqual({ station_name: null, address: 5, phone: '' });
  });
});

describe('tickets and routes', () => {
  it('lists the trains of a date and station pair with their seats', () => {
    const { trains } = railway.call(demo(), 'get_tickets', { date: '2025-04-10', from_station_code: 'VNP', to_station_code: 'SHH' })
      .content as {
      trains: { train_no: string; seat_availability: { second_class: number } }[];
    };
    expect(trains.map((t) => [t.train_no, t.seat_availability.second_class])).toEqual([
      ['G1', 310],
      ['G3', 0],
      ['G13', 122],
      ['G21', 415],
    ]);
    expect(railway.call(demo(), 'get_tickets', { date: '2025-04-12', from_station_code: 'VNP', to_station_code: 'SHH' }).content).toEqual({
      trains: [],
    });
    expect(railway.call(demo(), 'get_tickets', { date: '2025-04-10', from_station_code: 'SHH', to_station_code: 'VNP' }).content).toEqual({
      trains: [],
    });
  });

  it('lists a train’s stops, with blanks where a stop has no arrival or departure', () => {
    const { route_stations } = railway.call(demo(), 'get_train_route_stations', {
      date: '2025-04-10',
      from_station_code: 'VNP',
      to_station_code: 'SHH',
      train_no: 'G1',
    }).content as { route_stations: unknown[] };
    expect(route_stations).toEqual([
      { station_name: '北京南', arrival_time: '', departure_time: '07:00', stop_duration: '' },
      { station_name: '南京南', arrival_time: '10:07', departure_time: '10:09', stop_duration: '2分钟' },
      { station_name: '上海虹桥', arrival_time: '11:29', departure_time: '', stop_duration: '' },
    ]);
  });

  it('refuses empty arguments, naming them', () => {
    expectFailure('get_tickets', { date: '', from_station_code: 'VNP', to_station_code: 'SHH' }, 'Date must be a non-empty string');
    expectFailure(
      'get_train_route_stations',
      { date: '2025-04-10', from_station_code: 'VNP', to_station_code: 'SHH', train_no: '' },
      'Train number must be a non-empty string',
    );
    expectFailure('get_station_by_code', { station_code: '' }, 'Station code must be a non-empty string');
    expectFailure('get_stations_code_in_city', { city: '' }, 'City must be a non-empty string');
  });
});

describe('scenario', () => {
  it('loads the reference’s station details from {} and refuses times that are not HH:MM', () => {
    expect(Object.keys(railway.load({}).station_details_map)).toHaveLength(20);
    const bad = {
      train_no: 'x',
      departure_time: '24:00',
      arrival_time: '1:00',
      duration: 'd',
      seat_availability: { business_class: 0, first_class: 0, second_class: 0 },
    };
    expect(() => railway.load({ trains: { k: [bad] } })).toThrow(/trains\.k\.0\.departure_time/);
    expect(railway.load({ trains: { k: [{ ...bad, departure_time: '9:05' }] } }).trains.k?.[0]?.departure_time).toBe('9:05');
    expect(() =>
      railway.load({
        trains: { k: [{ ...bad, departure_time: '9:05', seat_availability: { business_class: -1, first_class: 0, second_class: 0 } }] },
      }),
    ).toThrow(/business_class/);
  });
});
