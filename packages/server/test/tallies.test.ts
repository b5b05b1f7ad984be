import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { CounterTally, HistogramTally } from '../src/plugins/tallies.js';

describe('tallies', () => {
  it('expose a histogram as prom-client writes one: cumulative buckets with le first, +Inf, sum and count', async () => {
    const registry = new Registry();
    const seconds = new HistogramTally({ name: 'x_seconds', help: 'Time', buckets: [0.5, 0.1, 1], registry });
    const fast = seconds.series({ route: '/a' });
    for (const value of [0.05, 0.1, 0.3, 2]) seconds.observe(fast, value);
    seconds.observe(seconds.series({ route: '/b' }), 0.7);
    const text = await registry.metrics();
    expect(text).toContain('# TYPE x_seconds histogram');
    expect(text).toContain('x_seconds_bucket{le="0.1",route="/a"} 2');
    expect(text).toContain('x_seconds_bucket{le="0.5",route="/a"} 3');
    expect(text).toContain('x_seconds_bucket{le="1",route="/a"} 3');
    expect(text).toContain('x_seconds_bucket{le="+Inf",route="/a"} 4');
    expect(text).toContain('x_seconds_sum{route="/a"} 2.45');
    expect(text).toContain('x_seconds_count{route="/a"} 4');
    expect(text).toContain('x_seconds_bucket{le="1",route="/b"} 1');
  });

  it('count per label set, the same series for the same labels', async () => {
    const registry = new Registry();
    const calls = new CounterTally({ name: 'calls_total', help: 'Calls', registry });
    calls.inc(calls.series({ tool: 'a', outcome: 'ok' }));
    calls.inc(calls.series({ tool: 'a', outcome: 'ok' }));
    calls.inc(calls.series({ tool: 'a', outcome: 'error' }));
    const text = await registry.metrics();
    expect(text).toContain('# TYPE calls_total counter');
    expect(text).toContain('calls_total{tool="a",outcome="ok"} 2');
    expect(text).toContain('calls_total{tool="a",outcome="error"} 1');
  });
});
