/** Statuses after which an order can no longer change: it is neither awaited nor cancellable. */
export const FINISHED_STATUSES: readonly string[] = ['completed', 'cancelled'];
