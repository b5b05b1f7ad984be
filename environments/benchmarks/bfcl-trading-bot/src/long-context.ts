// BFCL's long-context filler for TradingBot (long_context.py at gorilla commit 6ea57973,
// Apache-2.0), shipped as data. The file sits next to src/ and dist/ alike, so the same relative
// path finds it from both; it is read rather than imported because the build transpiles file by
// file and drops JSON import attributes.
import { readFileSync } from 'node:fs';

// biome-ignore lint/suspicious/noExplicitAny: plain JSON data; the exports below give each constant its type
const data: any = JSON.parse(readFileSync(new URL('../data/long-context.json', import.meta.url), 'utf8'));

export const AUTOMOBILE_EXTENSION: readonly string[] = data.AUTOMOBILE_EXTENSION;
export const TECHNOLOGY_EXTENSION: readonly string[] = data.TECHNOLOGY_EXTENSION;
export const MA_5_EXTENSION: readonly number[] = data.MA_5_EXTENSION;
export const MA_20_EXTENSION: readonly number[] = data.MA_20_EXTENSION;
export const ORDER_DETAIL_EXTENSION: Readonly<Record<string, string>> = data.ORDER_DETAIL_EXTENSION;
export const TRANSACTION_HISTORY_EXTENSION: readonly Record<string, unknown>[] = data.TRANSACTION_HISTORY_EXTENSION;
// Its last element is a Python Ellipsis, written as {"$python": "Ellipsis"} (the recording's marker for it).
export const WATCH_LIST_EXTENSION: readonly unknown[] = data.WATCH_LIST_EXTENSION;
