/**
 * The state of a product list (filters, sort, page) lives in the URL, so a filtered page can be
 * shared, reloaded and navigated with Back. These functions are the only readers and writers of it;
 * the parameter names are the catalog API's own, so the URL passes through to the API unchanged.
 */
export const sorts = ['relevance', 'newest', 'price', 'price-desc', 'name'] as const
export type Sort = (typeof sorts)[number]

export interface ListState {
  q?: string
  minPrice?: number
  maxPrice?: number
  inStock: boolean
  attributes: Record<string, string[]>
  sort: Sort
  page: number
}

const attributePrefix = 'attr.'

function wholeNumber(text: string | null): number | undefined {
  return text !== null && /^\d{1,15}$/.test(text) ? Number(text) : undefined
}

/** Reads what it understands and ignores the rest, so a hand-edited URL never breaks the page. */
export function readListState(params: URLSearchParams): ListState {
  const attributes: Record<string, string[]> = {}
  for (const [key, value] of params) {
    if (!key.startsWith(attributePrefix) || key.length === attributePrefix.length) continue
    const values = value.split(',').map((v) => v.trim()).filter(Boolean)
    if (values.length) attributes[key.slice(attributePrefix.length)] = [...new Set([...(attributes[key.slice(attributePrefix.length)] ?? []), ...values])]
  }
  const sort = params.get('sort')
  const page = wholeNumber(params.get('page'))
  let minPrice = wholeNumber(params.get('minPrice'))
  let maxPrice = wholeNumber(params.get('maxPrice'))
  if (minPrice !== undefined && maxPrice !== undefined && minPrice > maxPrice) [minPrice, maxPrice] = [maxPrice, minPrice]
  return {
    q: params.get('q')?.trim() || undefined,
    minPrice,
    maxPrice,
    inStock: params.get('inStock') === 'true',
    attributes,
    sort: sorts.includes(sort as Sort) ? (sort as Sort) : 'relevance',
    page: page && page > 0 ? page : 1,
  }
}

/** The canonical URL parameters of a state: defaults are left out, attributes sorted. */
export function writeListState(state: ListState): URLSearchParams {
  const params = new URLSearchParams()
  if (state.q) params.set('q', state.q)
  if (state.minPrice !== undefined) params.set('minPrice', String(state.minPrice))
  if (state.maxPrice !== undefined) params.set('maxPrice', String(state.maxPrice))
  if (state.inStock) params.set('inStock', 'true')
  for (const name of Object.keys(state.attributes).sort()) {
    const values = state.attributes[name]
    if (values.length) params.set(attributePrefix + name, [...values].sort().join(','))
  }
  if (state.sort !== 'relevance') params.set('sort', state.sort)
  if (state.page > 1) params.set('page', String(state.page))
  return params
}

/** Any change of filters starts again at page 1; only paging keeps the rest. */
export function withFilters(state: ListState, change: Partial<Omit<ListState, 'page'>>): ListState {
  return { ...state, ...change, page: 1 }
}

export function toggleAttribute(state: ListState, name: string, value: string): ListState {
  const current = state.attributes[name] ?? []
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value]
  const attributes = { ...state.attributes, [name]: next }
  if (next.length === 0) delete attributes[name]
  return withFilters(state, { attributes })
}

/** The query string for GET /api/catalog/products. */
export function productQuery(state: ListState, category: string | undefined, pageSize: number): string {
  const params = writeListState(state)
  if (category) params.set('category', category)
  params.set('pageSize', String(pageSize))
  if (!params.has('page')) params.set('page', String(state.page))
  return params.toString()
}
