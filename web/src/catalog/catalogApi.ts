import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { requestJson } from '../api/http'
import { productQuery, type ListState } from './filters'
import type { CategoryNode, ProductDetail, ProductPage } from './types'

export const pageSize = 24

/**
 * The public tree. The server has the browser revalidate it on every fetch (ETag, 304), so a category an
 * admin deactivates leaves an open shop's navigation within the minute it is kept here.
 */
export const categoriesQuery = queryOptions({
  queryKey: ['catalog', 'categories'],
  queryFn: () => requestJson<CategoryNode[]>('/api/catalog/categories'),
  staleTime: 60_000,
})

export function productByIdQuery(id: string) {
  return queryOptions({
    queryKey: ['catalog', 'product', id],
    queryFn: () => requestJson<ProductDetail>(`/api/catalog/products/${encodeURIComponent(id)}`),
  })
}

export function useCategories() {
  return useQuery(categoriesQuery)
}

export function useProducts(state: ListState, category: string | undefined, size = pageSize, enabled = true) {
  const query = productQuery(state, category, size)
  return useQuery({
    queryKey: ['catalog', 'products', query],
    queryFn: () => requestJson<ProductPage>(`/api/catalog/products?${query}`),
    placeholderData: keepPreviousData, // the old page stays on screen while the next one loads: no layout jump
    enabled,
  })
}

export function useProductBySlug(slug: string) {
  return useQuery({
    queryKey: ['catalog', 'product-slug', slug],
    queryFn: () => requestJson<ProductDetail>(`/api/catalog/products/by-slug/${encodeURIComponent(slug)}`),
  })
}

/** A category and its parent found in the tree by slug. */
export function findCategory(tree: CategoryNode[] | undefined, slug: string): { category: CategoryNode; parent?: CategoryNode } | undefined {
  for (const top of tree ?? []) {
    if (top.slug === slug) return { category: top }
    const child = top.children.find((c) => c.slug === slug)
    if (child) return { category: child, parent: top }
  }
  return undefined
}
