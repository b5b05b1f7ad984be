/**
 * Double-double arithmetic (a value as hi + lo, about 106 bits): enough headroom to round a
 * logarithm correctly to mpmath's precision even at 53 bits, where a plain double has none.
 */

export type DD = readonly [hi: number, lo: number];

function twoSum(a: number, b: number): DD {
  const s = a + b;
  const v = s - a;
  return [s, a - (s - v) + (b - v)];
}

const SPLITTER = 134217729; // 2^27 + 1

function split(a: number): DD {
  const t = SPLITTER * a;
  const hi = t - (t - a);
  return [hi, a - hi];
}

function twoProd(a: number, b: number): DD {
  const p = a * b;
  const [ah, al] = split(a);
  const [bh, bl] = split(b);
  return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}

export function add(a: DD, b: DD): DD {
  const [s, e] = twoSum(a[0], b[0]);
  const [hi, lo] = twoSum(s, e + a[1] + b[1]);
  return [hi, lo];
}

export function mul(a: DD, b: DD): DD {
  const [p, e] = twoProd(a[0], b[0]);
  return twoSum(p, e + a[0] * b[1] + a[1] * b[0]);
}

export function div(a: DD, b: DD): DD {
  const q1 = a[0] / b[0];
  const r = add(a, mul(b, [-q1, 0]));
  const q2 = r[0] / b[0];
  const r2 = add(r, mul(b, [-q2, 0]));
  const q3 = r2[0] / b[0];
  return add(twoSum(q1, q2), [q3, 0]);
}

const LN2: DD = [Math.LN2, 2.3190468138462996e-17];

/** ln(x) for a finite x > 0, to about 100 bits: ln(m) = 2·atanh((m − 1)/(m + 1)) plus k·ln 2. */
export function ln(x: number): DD {
  let k = Math.floor(Math.log2(x));
  let m = x / 2 ** k;
  // Keep m in [√½, √2) so the series converges fast (|s| ≤ 0.172).
  if (m > Math.SQRT2) {
    m /= 2;
    k += 1;
  } else if (m < Math.SQRT1_2) {
    m *= 2;
    k -= 1;
  }
  const s = div(twoSum(m, -1), twoSum(m, 1));
  const s2 = mul(s, s);
  let term = s;
  let sum: DD = s;
  for (let n = 3; n < 80; n += 2) {
    term = mul(term, s2);
    const piece = div(term, [n, 0]);
    if (Math.abs(piece[0]) < 1e-34 * Math.abs(sum[0])) break;
    sum = add(sum, piece);
  }
  return add(mul(sum, [2, 0]), mul(LN2, [k, 0]));
}
