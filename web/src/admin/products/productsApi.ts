import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { requestJson } from '../../api/http'
import { categoriesQuery } from '../../catalog/catalogApi'
import type { CategoryNode, CategoryRef } from '../../catalog/types'

/** Shapes of inventory's /api/inventory/admin answers (services/inventory/Admin). */
export interface AdminProductRow {
  id: string
  sku: string
  slug: string
  name: string
  priceMinor: number
  currency: string
  categoryId: string
  active: boolean
  onHand: number
  reserved: number
  available: number
  updatedAtUtc: string
}

export interface AdminProductPage {
  items: AdminProductRow[]
  total: number
  page: number
  pageSize: number
}

export interface ProductInput {
  sku: string
  slug: string
  name: string
  description: string
  priceMinor: number
  currency: string
  taxClass: string
  categoryId: string
  attributes: Record<string, string>
  imageUrl: string | null
  active: boolean
}

export interface AdminProduct extends ProductInput {
  id: string
  imageUrl: string
  createdAtUtc: string
  updatedAtUtc: string
}

export interface CategoryInput {
  slug: string
  name: string
  parentId: string | null
  sortOrder: number
}

/** A category as the back-office sees it: inactive ones too; visible is false when it or its parent is inactive. */
export interface AdminCategory extends CategoryNode {
  parentId: string | null
  sortOrder: number
  active: boolean
  visible: boolean
  children: AdminCategory[]
}

export interface ProductFilter {
  q: string
  active: '' | 'true' | 'false'
  page: number
}

const admin = '/api/inventory/admin'
export const adminProductsKey = ['admin', 'products']

export function useAdminProducts(filter: ProductFilter, pageSize = 25) {
  const params = new URLSearchParams({ page: String(filter.page), pageSize: String(pageSize) })
  if (filter.q) params.set('q', filter.q)
  if (filter.active) params.set('active', filter.active)
  return useQuery({
    queryKey: [...adminProductsKey, 'list', params.toString()],
    queryFn: () => requestJson<AdminProductPage>(`${admin}/products?${params}`),
    placeholderData: keepPreviousData,
  })
}

export function useAdminProduct(id: string | undefined) {
  return useQuery({
    queryKey: [...adminProductsKey, 'one', id],
    queryFn: () => requestJson<AdminProduct>(`${admin}/products/${encodeURIComponent(id!)}`),
    enabled: !!id,
  })
}

export function toInput(product: AdminProduct): ProductInput {
  const { id: _id, createdAtUtc: _c, updatedAtUtc: _u, ...input } = product
  return input
}

/** Creates (no id) or replaces (id) a product; the admin lists and the shop's own product caches are read again. */
export function useSaveProduct() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: ProductInput }) =>
      requestJson<{ id: string }>(id ? `${admin}/products/${id}` : `${admin}/products`, { method: id ? 'PUT' : 'POST', body: JSON.stringify(input) }),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: adminProductsKey }), client.invalidateQueries({ queryKey: ['catalog'] })]),
  })
}

/** Deactivating is saving the product as it is with active off: the API has no separate switch. */
export function useSetProductActive() {
  const save = useSaveProduct()
  return useMutation({
    mutationFn: async ({ id, active }: { id: string; active: boolean }) => {
      const product = await requestJson<AdminProduct>(`${admin}/products/${encodeURIComponent(id)}`)
      return save.mutateAsync({ id, input: { ...toInput(product), active } })
    },
  })
}

const adminCategoriesKey = ['admin', 'categories']

/** Every category with its position and flag, inactive ones too (the public tree leaves them out). */
export function useAdminCategories() {
  return useQuery({
    queryKey: adminCategoriesKey,
    queryFn: () => requestJson<AdminCategory[]>(`${admin}/categories`),
  })
}

/** After a category change both the admin tree and the storefront's tree (its nav and pages) are read again. */
function useCategoriesChanged() {
  const client = useQueryClient()
  return () => Promise.all([client.invalidateQueries({ queryKey: adminCategoriesKey }), client.invalidateQueries({ queryKey: categoriesQuery.queryKey })])
}

export function useSaveCategory() {
  const changed = useCategoriesChanged()
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: CategoryInput }) =>
      requestJson<CategoryRef>(id ? `${admin}/categories/${id}` : `${admin}/categories`, { method: id ? 'PUT' : 'POST', body: JSON.stringify(input) }),
    onSuccess: changed,
  })
}

/** Deactivates (hides from shoppers, with its sub-categories) or reactivates a category. */
export function useSetCategoryActive() {
  const changed = useCategoriesChanged()
  return useMutation({
    mutationFn: ({ id, active }: { id: string; active: boolean }) =>
      requestJson<AdminCategory>(`${admin}/categories/${encodeURIComponent(id)}/${active ? 'reactivate' : 'deactivate'}`, { method: 'POST' }),
    onSuccess: changed,
  })
}

/** The problem type inventory answers when a sub-category is reactivated under an inactive parent. */
export const parentInactiveProblem = 'https://k8sshop.io/problems/category-parent-inactive'
