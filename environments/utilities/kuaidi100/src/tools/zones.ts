// Provinces grouped into five shipping zones (north, east, south, south-west, everywhere else). An
// address belongs to the first zone one of whose province or city names it contains.
const ZONES: string[][] = [
  ['北京', '天津', '河北', '山西', '内蒙古'],
  ['上海', '江苏', '浙江', '安徽', '山东'],
  ['广东', '广西', '海南', '福建', '江西'],
  ['四川', '重庆', '贵州', '云南', '西藏'],
];

export function zoneOf(address: string): number {
  const index = ZONES.findIndex((names) => names.some((name) => address.includes(name)));
  return index === -1 ? 5 : index + 1;
}

/** The scenario tables are keyed by "low-high" zone pairs, whichever way the parcel travels. */
export function zonePair(from: number, to: number): string {
  return `${Math.min(from, to)}-${Math.max(from, to)}`;
}

export function lookup(table: Record<string, number>, key: string, fallback: number): number {
  return Object.hasOwn(table, key) ? (table[key] ?? fallback) : fallback;
}
