import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

type Model = [model_name: string, production_year: number, fuel_type: string, current_price: number, fipe_code: string];

// A dealer's price sheet, April 2025: mainstream Brazilian cars, pickups, a few EVs and imports,
// motorcycles and heavy trucks. Edge cases: Honda, Volvo and Mercedes-Benz sell more than one
// vehicle type; "Citroën" needs its accent; Lada is listed as a brand but has no priced models;
// the same model appears for two production years; a 1994 classic is cheap, a Porsche is not.
const brands: [name: string, code: number][] = [
  ['Chevrolet', 23],
  ['Citroën', 13],
  ['Fiat', 21],
  ['Ford', 22],
  ['Honda', 25],
  ['Hyundai', 26],
  ['Jeep', 29],
  ['Lada', 33],
  ['Mercedes-Benz', 39],
  ['Porsche', 47],
  ['Renault', 48],
  ['Scania', 109],
  ['Toyota', 56],
  ['Volkswagen', 59],
  ['Volvo', 58],
  ['Yamaha', 101],
  ['BYD', 238],
];

const models: Record<string, Model[]> = {
  Chevrolet: [
    ['Onix LT 1.0 Turbo Flex', 2024, 'Flex', 98_990, '004509-3'],
    ['Tracker Premier 1.2 Turbo', 2023, 'Flex', 139_500, '004540-9'],
    ['S10 High Country 2.8 Diesel 4x4', 2024, 'Diesel', 289_900, '004495-0'],
  ],
  Citroën: [['C3 Feel 1.0 Flex', 2023, 'Flex', 72_400, '011178-2']],
  Fiat: [
    ['Mobi Like 1.0 Flex', 2024, 'Flex', 64_990, '001619-3'],
    ['Strada Volcano 1.3 CD', 2024, 'Flex', 112_300, '001639-8'],
    ['Toro Ultra 2.2 Diesel 4x4', 2023, 'Diesel', 198_700, '001544-8'],
    ['Uno Mille Eletronic 1.0', 1994, 'Gasoline', 9_850, '001040-3'],
  ],
  Ford: [
    ['Ranger XLS 2.2 Diesel 4x4', 2022, 'Diesel', 215_000, '003388-9'],
    ['Ka SE 1.0 Flex', 2020, 'Flex', 52_300, '003444-3'],
    ['Mustang Mach 1 5.0 V8', 2023, 'Gasoline', 499_000, '003475-3'],
  ],
  Honda: [
    ['Civic Touring 1.5 Turbo', 2022, 'Gasoline', 168_900, '014098-7'],
    ['HR-V EXL 1.5 Turbo', 2024, 'Gasoline', 171_200, '014131-2'],
    ['CG 160 Titan', 2024, 'Flex', 18_450, '811152-0'],
    ['CB 500X', 2023, 'Gasoline', 41_900, '811140-7'],
  ],
  Hyundai: [
    ['HB20 Comfort 1.0 Flex', 2023, 'Flex', 76_800, '015213-6'],
    ['HB20 Comfort 1.0 Flex', 2021, 'Flex', 66_100, '015213-6'],
    ['Creta Ultimate 2.0', 2024, 'Flex', 164_500, '015216-0'],
  ],
  Jeep: [['Compass Limited 1.3 Turbo', 2023, 'Flex', 176_400, '016090-2']],
  Lada: [],
  'Mercedes-Benz': [
    ['C 300 AMG Line 2.0 Turbo', 2023, 'Gasoline', 329_000, '021506-5'],
    ['Accelo 1017 3p Diesel', 2022, 'Diesel', 312_000, '509107-3'],
    ['Actros 2651 LS 6x4', 2023, 'Diesel', 905_000, '509280-0'],
  ],
  Porsche: [['911 Carrera S 3.0', 2024, 'Gasoline', 1_145_000, '025138-9']],
  Renault: [['Kwid Zen 1.0 Flex', 2024, 'Flex', 68_290, '025261-0']],
  Scania: [['R 450 A 6x2 Diesel', 2022, 'Diesel', 728_500, '512134-7']],
  Toyota: [
    ['Corolla XEi 2.0 Flex', 2023, 'Flex', 149_800, '002155-3'],
    ['Corolla Cross XRX Hybrid', 2024, 'Hybrid', 199_990, '002195-2'],
    ['Hilux SRX 2.8 Diesel 4x4', 2024, 'Diesel', 318_700, '002165-0'],
  ],
  Volkswagen: [
    ['Gol 1.0 Flex', 2019, 'Flex', 48_900, '005340-6'],
    ['Polo Highline 1.0 TSI', 2024, 'Flex', 113_600, '005504-2'],
    ['Amarok V6 Extreme 3.0 Diesel', 2023, 'Diesel', 336_200, '005532-8'],
  ],
  Volvo: [
    ['EX30 Ultra Electric', 2024, 'Electric', 259_950, '026065-5'],
    ['XC60 T8 Recharge Hybrid', 2023, 'Hybrid', 364_000, '026050-7'],
    ['FH 540 6x4 Diesel', 2023, 'Diesel', 981_000, '515128-9'],
  ],
  Yamaha: [
    ['Fazer FZ25 ABS', 2024, 'Flex', 24_390, '827096-4'],
    ['MT-07 ABS', 2023, 'Gasoline', 52_800, '827081-6'],
  ],
  BYD: [
    ['Dolphin Mini Electric', 2024, 'Electric', 115_800, '085001-0'],
    ['Seal AWD Electric', 2024, 'Electric', 296_800, '085004-4'],
  ],
};

const typeMembers: Record<string, string[]> = {
  cars: [
    'Chevrolet',
    'Citroën',
    'Fiat',
    'Ford',
    'Honda',
    'Hyundai',
    'Jeep',
    'Lada',
    'Mercedes-Benz',
    'Porsche',
    'Renault',
    'Toyota',
    'Volkswagen',
    'Volvo',
    'BYD',
  ],
  motorcycles: ['Honda', 'Yamaha'],
  trucks: ['Mercedes-Benz', 'Scania', 'Volvo'],
};

const codeOf = new Map(brands);
const brandEntry = (name: string) => ({ brand_code: codeOf.get(name) ?? 1, brand_name: name });

export const demo: z.input<typeof scenarioSchema> = {
  brands: Object.fromEntries(brands.map(([name]) => [name, brandEntry(name)])),
  vehicles: Object.fromEntries(
    Object.entries(models).map(([brand, list]) => [
      brand,
      list.map(([model_name, production_year, fuel_type, current_price, fipe_code]) => ({
        model_name,
        production_year,
        fuel_type,
        current_price,
        fipe_code,
      })),
    ]),
  ),
  vehicle_types: Object.fromEntries(Object.entries(typeMembers).map(([type, names]) => [type, names.map(brandEntry)])),
};
