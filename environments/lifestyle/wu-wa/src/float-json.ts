// Pydantic's model_dump_json writes floats its own way, neither like Python's repr nor like
// JSON.stringify: always with a fraction or exponent (30.0), plain decimals from 1e-5 up to 1e16
// (0.00001, 1000000000000000.0), otherwise shortest digits with an exponent (1e-7, 1e+16).

/** A float as pydantic's JSON serializer writes it. */
export function pydanticFloatJson(value: number): string {
  if (!Number.isFinite(value)) return 'null';
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0';
  const sign = value < 0 ? '-' : '';
  // toExponential() without a precision gives the shortest digits that read back as the same float.
  const [mantissa = '', exponentText = '0'] = Math.abs(value).toExponential().split('e');
  const digits = mantissa.replace('.', '');
  const exponent = Number(exponentText);
  const point = exponent + 1; // where the decimal point falls relative to the digits
  if (point > -5 && point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point > 0 && point <= 16) {
    if (digits.length <= point) return `${sign}${digits}${'0'.repeat(point - digits.length)}.0`;
    return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
  }
  const fraction = digits.length > 1 ? `.${digits.slice(1)}` : '';
  return `${sign}${digits[0]}${fraction}e${exponent < 0 ? '-' : '+'}${Math.abs(exponent)}`;
}
