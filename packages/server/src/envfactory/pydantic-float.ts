/**
 * A float as pydantic-core writes it in JSON (`pydantic_core.to_json`, which FastMCP uses for a
 * tool's text): the shortest digits that round-trip, laid out by ryu's rules, which are neither
 * JavaScript's (`1e+21` threshold) nor Python's `repr` (`1e-05`, `1e-07`):
 *
 *   10 → `10.0`, 1e16 → `1e+16`, 1e15 → `1000000000000000.0`, 1e-5 → `0.00001`, 1e-6 → `1e-6`,
 *   -0 → `-0.0`, NaN → `NaN`, ±Infinity → `Infinity` / `-Infinity`.
 */
export function pydanticFloatText(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0';
  // toExponential() without an argument gives the shortest round-trip digits, as ryu does.
  const [mantissa = '0', exponentText = '0'] = Math.abs(value).toExponential().split('e');
  const digits = mantissa.replace('.', '');
  // Where the decimal point falls, counted from the first digit.
  const point = Number(exponentText) + 1;
  const zeros = point - digits.length;
  let text: string;
  if (zeros >= 0 && point <= 16) text = `${digits}${'0'.repeat(zeros)}.0`;
  else if (point > 0 && point <= 16) text = `${digits.slice(0, point)}.${digits.slice(point)}`;
  else if (point > -5 && point <= 0) text = `0.${'0'.repeat(-point)}${digits}`;
  else {
    const body = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    text = `${body}e${point - 1 < 0 ? '-' : '+'}${Math.abs(point - 1)}`;
  }
  return value < 0 ? `-${text}` : text;
}
