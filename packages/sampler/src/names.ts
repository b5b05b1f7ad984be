/**
 * Names of arguments and result fields, reduced to one comparable form: `orderIds`, `order-ids` and
 * `Order IDs` are all `order_id`. Plurals are folded so a list argument (`asins`) meets the field its
 * items come from (`asin`).
 */
export function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

const INVARIANT = new Set([
  'status',
  'address',
  'class',
  'news',
  'series',
  'species',
  'analysis',
  'bus',
  'alias',
  'canvas',
  'process',
  'access',
  'is',
  'has',
  'yes',
  'this',
  'ids',
]);

export function singular(word: string): string {
  if (word === 'ids') return 'id';
  if (INVARIANT.has(word) || word.length <= 3) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(ches|shes|sses|xes|zzes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('ss') || word.endsWith('us')) return word;
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/** Words the environments spell two ways. */
const SYNONYMS: Record<string, string> = {
  repository: 'repo',
  identifier: 'id',
  uid: 'id',
  mail: 'email',
  e_mail: 'email',
  filepath: 'path',
  filename: 'file_name',
  username: 'user_name',
};

export function canonicalName(name: string): string {
  return words(name)
    .map((word) => {
      const one = singular(word);
      return SYNONYMS[one] ?? one;
    })
    .join('_');
}

/**
 * Fields too generic to say that one call feeds another: every result has a message or a count,
 * and paging or sorting arguments take any value.
 */
const GENERIC = new Set([
  'message',
  'success',
  'error',
  'ok',
  'result',
  'count',
  'total',
  'total_count',
  'total_result',
  'limit',
  'offset',
  'page',
  'page_size',
  'per_page',
  'page_token',
  'max_result',
  'max_results',
  'sort',
  'sort_by',
  'sort_order',
  'order_by',
  'ascending',
  'descending',
  'format',
  'verbose',
  'description',
  'content',
  'body',
  'text',
  'note',
  'type',
  'value',
  'data',
]);

export function isGenericName(canonical: string): boolean {
  return GENERIC.has(canonical) || canonical.startsWith('include_') || canonical.startsWith('is_') || canonical.startsWith('has_');
}

/** The last word of a name that says what kind of value it is (`recipient_email` → `email`). */
const KINDS = new Set([
  'id',
  'email',
  'date',
  'time',
  'phone',
  'url',
  'path',
  'code',
  'symbol',
  'ticker',
  'sha',
  'isbn',
  'asin',
  'username',
  'handle',
  'slug',
  'key',
  'number',
  'name',
  'title',
]);

const NAMING = new Set(['id', 'name', 'title', 'key']);

/**
 * How well a field's name fits an argument's: 3 when the names are the same, 2 when one ends with
 * the other's kind word and they share the entity (`id` of a tool about orders ↔ `order_id`), 1 when
 * only the kind word is shared and it is specific enough (`recipient_email` ↔ `email`), else 0.
 * `subject` is the argument's tool name in words, which names the entity a bare `id` is about.
 */
export function nameFit(argument: string, field: string, subject: readonly string[] = []): number {
  if (argument === field) return 3;
  const a = argument.split('_');
  const f = field.split('_');
  // An argument that names an entity alone (`sheet`, `repo`) takes what identifies one: its id, name or title.
  if (a.length === 1 && f.length === 2 && f[0] === argument && NAMING.has(f[1] as string)) return 1;
  const aKind = a.at(-1) as string;
  const fKind = f.at(-1) as string;
  if (aKind !== fKind || !KINDS.has(aKind)) return 0;
  if (a.length === 1 || f.length === 1) {
    // A bare `id` argument meets `order_id` when the tool is about orders.
    const longer = a.length === 1 ? f : a;
    const entity = longer.slice(0, -1);
    if (entity.every((word) => subject.includes(word))) return 2;
    // `email` meets `customer_email`: an email is an email; a bare `id` or `name` is not specific.
    return aKind === 'id' || aKind === 'name' || aKind === 'key' || aKind === 'number' || aKind === 'code' || aKind === 'title' ? 0 : 1;
  }
  return 0;
}
