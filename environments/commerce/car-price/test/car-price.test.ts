import { describe, expect, it } from 'vitest';
import { carPrice } from '../src/index.js';

const twoBrands = {
  brands: {
    Toyota: { brand_code: 56, brand_name: 'Toyota' },
    Honda: { brand_code: 25, brand_name: 'Honda' },
    Fiat: { brand_code: 21, brand_name: 'Fiat' },
  },
  vehicles: {
    Toyota: [
      { model_name: 'Corolla XEi 2.0 Flex', production_year: 2023, fuel_type: 'Flex', current_price: 149800, fipe_code: '002155-3' },
    ],
    Honda: [],
  },
  vehicle_types: {
    cars: [
      { brand_code: 56, brand_name: 'Toyota' },
      { brand_code: 25, brand_name: 'Honda' },
    ],
    motorcycles: [{ brand_code: 25, brand_name: 'Honda' }],
    caminhoes: [{ brand_code: 21, brand_name: 'Fiat' }],
  },
};

function call(scenario: unknown, name: string, args: Record<string, unknown>) {
  const before = carPrice.load(scenario);
  return { before, outcome: carPrice.call(before, name, args) };
}

function expectFailure(scenario: unknown, name: string, args: Record<string, unknown>, message: string) {
  const { before, outcome } = call(scenario, name, args);
  expect(outcome).toMatchObject({ isError: true, content: { message } });
  expect(outcome.state).toBe(before);
}

describe('CarPrice', () => {
  it('loads the reference default world (empty) from {}', () => {
    expect(carPrice.load({})).toEqual({ brands: {}, vehicles: {}, vehicle_types: {} });
    expect(call({}, 'get_car_brands', {}).outcome.content).toEqual({ brands: [] });
  });

  it('rejects scenarios that break the reference bounds', () => {
    expect(() => carPrice.load({ brands: { X: { brand_code: 0, brand_name: 'X' } } })).toThrow(/brand_code/);
    const vehicle = { model_name: 'a', fuel_type: 'Flex', current_price: 1, fipe_code: '1' };
    expect(() => carPrice.load({ vehicles: { X: [{ ...vehicle, production_year: 1899 }] } })).toThrow(/production_year/);
    expect(() => carPrice.load({ vehicles: { X: [{ ...vehicle, production_year: 2101 }] } })).toThrow(/production_year/);
    expect(() => carPrice.load({ vehicles: { X: [{ ...vehicle, production_year: 2000, current_price: -1 }] } })).toThrow(/current_price/);
    expect(() => carPrice.load({ vehicles: { X: [{ ...vehicle, production_year: 1900, current_price: 0 }] } })).not.toThrow();
  });

  it('lists brands in catalog order; a positive limit truncates, zero or negative means all', () => {
    const names = (limit: unknown) =>
      (
        call(twoBrands, 'get_car_brands', limit === undefined ? {} : { limit }).outcome.content as { brands: { brand_name: string }[] }
      ).brands.map((b) => b.brand_name);
    expect(names(undefined)).toEqual(['Toyota', 'Honda', 'Fiat']);
    expect(names(2)).toEqual(['Toyota', 'Honda']);
    expect(names('1')).toEqual(['Toyota']);
    expect(names(0)).toEqual(['Toyota', 'Honda', 'Fiat']);
    expect(names(-4)).toEqual(['Toyota', 'Honda', 'Fiat']);
    expect(names(null)).toEqual(['Toyota', 'Honda', 'Fiat']);
    expect(names(50)).toHaveLength(3);
  });

  it('takes a limit beyond 2^53 as a (huge) valid integer, like Python', () => {
    const { outcome } = call(twoBrands, 'get_car_brands', { limit: 1e20 });
    expect(outcome.isError).toBe(false);
    expect((outcome.content as { brands: unknown[] }).brands).toHaveLength(3);
  });

  it('reads numeric text and booleans in scenario number fields, as pydantic does', () => {
    const state = carPrice.load({
      brands: { X: { brand_code: '7', brand_name: 'X' }, Y: { brand_code: true, brand_name: 'Y' } },
      vehicles: { X: [{ model_name: 'a', production_year: ' 2020 ', fuel_type: 'Flex', current_price: '1_500.5', fipe_code: '1' }] },
    });
    expect(state.brands.X?.brand_code).toBe(7);
    expect(state.brands.Y?.brand_code).toBe(1);
    expect(state.vehicles.X?.[0]).toMatchObject({ production_year: 2020, current_price: 1500.5 });
    expect(carPrice.save(state)).toMatchObject({ brands: { X: { brand_code: 7 } } });
    expect(() => carPrice.load({ brands: { X: { brand_code: '2.5', brand_name: 'X' } } })).toThrow(/brand_code/);
  });

  it('rejects a non-integer limit, naming the argument', () => {
    const { before, outcome } = call(twoBrands, 'get_car_brands', { limit: 2.5 });
    expect(outcome.isError).toBe(true);
    expect((outcome.content as { message: string }).message).toMatch(/limit/);
    expect(outcome.state).toBe(before);
  });

  it('searches prices by exact brand name; unknown or brand without models gives an empty list', () => {
    expect(call(twoBrands, 'search_car_price', { brand_name: 'Toyota' }).outcome.content).toEqual({
      vehicles: [
        { model_name: 'Corolla XEi 2.0 Flex', production_year: 2023, fuel_type: 'Flex', current_price: 149800, fipe_code: '002155-3' },
      ],
    });
    expect(call(twoBrands, 'search_car_price', { brand_name: 'toyota' }).outcome.content).toEqual({ vehicles: [] });
    expect(call(twoBrands, 'search_car_price', { brand_name: 'Honda' }).outcome.content).toEqual({ vehicles: [] });
    expect(call(twoBrands, 'search_car_price', { brand_name: 'Fiat' }).outcome.content).toEqual({ vehicles: [] });
    expect(call(twoBrands, 'search_car_price', { brand_name: 'constructor' }).outcome.content).toEqual({ vehicles: [] });
  });

  it('refuses an empty brand name and leaves the state untouched', () => {
    expectFailure(twoBrands, 'search_car_price', { brand_name: '' }, 'Brand name must be a non-empty string');
    expectFailure(twoBrands, 'search_car_price', {}, 'Missing required argument "brand_name"');
  });

  it('finds brands by vehicle type in English or Portuguese, case-insensitively', () => {
    const brandsFor = (vehicle_type: string) =>
      (call(twoBrands, 'get_vehicles_by_type', { vehicle_type }).outcome.content as { brands: { brand_name: string }[] }).brands.map(
        (b) => b.brand_name,
      );
    expect(brandsFor('cars')).toEqual(['Toyota', 'Honda']);
    expect(brandsFor('CARROS')).toEqual(['Toyota', 'Honda']);
    expect(brandsFor('Motos')).toEqual(['Honda']);
    // "trucks" maps to a missing key, but the table is keyed by the Portuguese name, which is tried next.
    expect(brandsFor('caminhoes')).toEqual(['Fiat']);
    expect(brandsFor('trucks')).toEqual([]);
    expect(brandsFor('boats')).toEqual([]);
  });

  it('refuses an empty vehicle type and leaves the state untouched', () => {
    expectFailure(twoBrands, 'get_vehicles_by_type', { vehicle_type: '' }, 'Vehicle type must be a non-empty string');
  });

  it('ships a demo world with multi-type brands and a brand without models', () => {
    const state = carPrice.loadPreset('demo');
    expect(Object.keys(state.brands).length).toBeGreaterThan(10);
    const lada = carPrice.call(state, 'search_car_price', { brand_name: 'Lada' });
    expect(lada.content).toEqual({ vehicles: [] });
    const trucks = carPrice.call(state, 'get_vehicles_by_type', { vehicle_type: 'caminhoes' });
    expect((trucks.content as { brands: { brand_name: string }[] }).brands.map((b) => b.brand_name)).toEqual([
      'Mercedes-Benz',
      'Scania',
      'Volvo',
    ]);
    for (const [name, brand] of Object.entries(state.brands)) expect(brand.brand_name).toBe(name);
  });
});
