/** The latest daily bar of a stock or coin, as the price tools read it. */
interface Bar {
  date: string;
  close: number;
}

// The data set has no intraday feed: the quote is the last close, the change is always zero, and a
// symbol without a bar gets a zero quote dated 2024-01-01 rather than an error.
export function quote(bar: Bar | undefined) {
  return {
    price: bar ? bar.close : 0,
    currency: 'USD',
    timestamp: bar ? `${bar.date}T00:00:00` : '2024-01-01T00:00:00',
    change: 0,
    change_percent: 0,
  };
}
