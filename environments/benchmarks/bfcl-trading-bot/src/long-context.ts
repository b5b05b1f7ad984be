// BFCL's long-context filler for TradingBot (long_context.py at gorilla commit 6ea57973,
// Apache-2.0), shipped as data. The file sits next to src/ and dist/ alike, so this import
// resolves from both.
import data from '../data/long-context.json' with { type: 'json' };

export const AUTOMOBILE_EXTENSION: readonly string[] = data.AUTOMOBILE_EXTENSION;
export const TECHNOLOGY_EXTENSION: readonly string[] = data.TECHNOLOGY_EXTENSION;
export const MA_5_EXTENSION: readonly number[] = data.MA_5_EXTENSION;
export const MA_20_EXTENSION: readonly number[] = data.MA_20_EXTENSION;
export const ORDER_DETAIL_EXTENSION: Readonly<Record<string, string>> = data.ORDER_DETAIL_EXTENSION;
export const TRANSACTION_HISTORY_EXTENSION: readonly Record<string, unknown>[] = data.TRANSACTION_HISTORY_EXTENSION;
export const WATCH_LIST_EXTENSION: readonly string[] = data.WATCH_LIST_EXTENSION;
