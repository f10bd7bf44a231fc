import type { ProductSummary } from './types'

/**
 * The attribute filters a list offers: every attribute value among the list's products before
 * attribute filtering, sorted, lower-cased as the catalog matches them. Brand and colour first.
 */
export function facetsOf(products: ProductSummary[]): { name: string; values: string[] }[] {
  const found = new Map<string, Set<string>>()
  for (const product of products) {
    for (const [name, value] of Object.entries(product.attributes)) {
      const values = found.get(name) ?? new Set<string>()
      values.add(value.toLowerCase())
      found.set(name, values)
    }
  }
  const rank = (name: string) => ['brand', 'colour'].indexOf(name) + 1 || 99
  return [...found]
    .filter(([, values]) => values.size > 1)
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([name, values]) => ({ name, values: [...values].sort((a, b) => a.localeCompare(b, undefined, { numeric: true })) }))
}

/**
 * An attribute's name as a heading: attributes are named by their keys (`colour`, `screen size`), so the
 * first letter is raised and the rest kept as written (sentence case, like the shop's own texts).
 */
export function attributeLabel(name: string): string {
  return name.charAt(0).toLocaleUpperCase() + name.slice(1)
}
