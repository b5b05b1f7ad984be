import { describe, expect, it } from 'vitest';
import { kuaidi100 } from '../src/index.js';

// Number text shaped to make a regex retry from every character of a long run: minutes before, each
// now read in milliseconds, with the answer the reference gives.
const route = { from_addr: '北京市朝阳区', kuaidi_company: 'jd', to_addr: '上海市浦东新区' };

function estimate(weight: string) {
  const outcome = kuaidi100.call(kuaidi100.load({}), 'estimate_price', { ...route, weight });
  expect(outcome.isError).toBe(false);
  return outcome.content;
}

describe('Kuaidi100 on adversarial input', () => {
  it('estimate_price counts a weight followed by a million spaces and then text as unreadable (1 kg)', () => {
    expect(estimate(`2${' '.repeat(1_000_000)}x`)).toEqual(estimate('1'));
  });

  it('estimate_price reads a weight wrapped in a million characters of whitespace', () => {
    expect(estimate(`${' \t'.repeat(500_000)}2${'\r\n'.repeat(500_000)}`)).toEqual(estimate('2'));
  });

  it('refuses a rate of 100 000 digits followed by text, naming the field', () => {
    expect(() => kuaidi100.load({ base_rates: { jd: `${'1'.repeat(100_000)}x` } })).toThrow(/base_rates\.jd/);
    expect(() => kuaidi100.load({ zone_multipliers: { '1-1': `${'1'.repeat(100_000)}\n!` } })).toThrow(/zone_multipliers/);
  });

  it('still reads rates written as text', () => {
    const state = kuaidi100.load({ base_rates: { a: ' 1_2.5 ', b: '12.', c: '.5', d: '1e2', e: '123' } });
    expect(state.base_rates).toMatchObject({ a: 12.5, b: 12, c: 0.5, d: 100, e: 123 });
  });
});
