import type { Metric, Registry } from 'prom-client';

/**
 * Counters and histograms for the per-request and per-call figures. prom-client hashes and
 * validates the labels on every observation, which on the step path cost more than the step's own
 * bookkeeping; here a caller resolves a label set to its `Series` once and each observation is an
 * increment. prom-client still writes the exposition: these register in its Registry and answer
 * its `get()` at scrape time, so /metrics reads as before.
 */

type Labels = Readonly<Record<string, string>>;

/** The running figures of one label set. */
export class Series {
  count = 0;
  sum = 0;
  constructor(
    readonly labels: Labels,
    /** Observations per bucket, not cumulative (histograms only). */
    readonly buckets: Float64Array,
  ) {}
}

interface ExposedValue {
  labels: Record<string, string | number>;
  value: number;
  metricName?: string;
}

abstract class Tally {
  readonly #series = new Map<string, Series>();

  constructor(
    readonly name: string,
    readonly help: string,
    readonly type: 'counter' | 'histogram',
    registry: Registry,
    readonly bucketCount = 0,
  ) {
    // prom-client reads a registered metric through name, help, type and get() only.
    registry.registerMetric(this as unknown as Metric);
  }

  /** The series of `labels`, created on first use. Keep it: looking it up again costs a join. */
  series(labels: Labels): Series {
    const key = Object.values(labels).join('\u0000');
    let series = this.#series.get(key);
    if (!series) {
      series = new Series({ ...labels }, new Float64Array(this.bucketCount));
      this.#series.set(key, series);
    }
    return series;
  }

  reset(): void {
    this.#series.clear();
  }

  async get() {
    const values: ExposedValue[] = [];
    for (const series of this.#series.values()) this.expose(series, values);
    return { name: this.name, help: this.help, type: this.type, values, aggregator: 'sum' as const };
  }

  protected abstract expose(series: Series, into: ExposedValue[]): void;
}

export class CounterTally extends Tally {
  constructor(options: { name: string; help: string; registry: Registry }) {
    super(options.name, options.help, 'counter', options.registry);
  }

  inc(series: Series): void {
    series.count += 1;
  }

  protected expose(series: Series, into: ExposedValue[]): void {
    into.push({ labels: { ...series.labels }, value: series.count });
  }
}

export class HistogramTally extends Tally {
  readonly #bounds: readonly number[];

  constructor(options: { name: string; help: string; buckets: readonly number[]; registry: Registry }) {
    const bounds = [...options.buckets].sort((a, b) => a - b);
    super(options.name, options.help, 'histogram', options.registry, bounds.length);
    this.#bounds = bounds;
  }

  observe(series: Series, value: number): void {
    series.count += 1;
    series.sum += value;
    const bounds = this.#bounds;
    for (let i = 0; i < bounds.length; i++) {
      if (value <= (bounds[i] as number)) {
        (series.buckets[i] as number) += 1;
        return;
      }
    }
  }

  // The text prom-client's own histograms write: cumulative buckets with `le` first, +Inf, sum, count.
  protected expose(series: Series, into: ExposedValue[]): void {
    let cumulative = 0;
    this.#bounds.forEach((bound, i) => {
      cumulative += series.buckets[i] as number;
      into.push({ labels: { le: bound, ...series.labels }, value: cumulative, metricName: `${this.name}_bucket` });
    });
    into.push({ labels: { le: '+Inf', ...series.labels }, value: series.count, metricName: `${this.name}_bucket` });
    into.push({ labels: { ...series.labels }, value: series.sum, metricName: `${this.name}_sum` });
    into.push({ labels: { ...series.labels }, value: series.count, metricName: `${this.name}_count` });
  }
}
