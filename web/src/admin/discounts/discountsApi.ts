import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { requestJson } from '../../api/http'

/** Shapes of the discounts service's /api/discounts/admin/discounts (services/discounts/Admin). */
export const discountKinds = ['Percentage', 'FixedAmount', 'FreeShipping', 'BuyXGetY'] as const
export type DiscountKind = (typeof discountKinds)[number]
export const discountScopes = ['All', 'Categories', 'Products'] as const
export type DiscountScope = (typeof discountScopes)[number]

export interface DiscountInput {
  code: string | null
  name: string
  kind: DiscountKind
  percentOff: number | null
  amountMinor: number | null
  currency: string | null
  buyQuantity: number | null
  getQuantity: number | null
  scope: DiscountScope
  scopeIds: string[]
  minimumSubtotalMinor: number | null
  startsAt: string | null
  endsAt: string | null
  usageLimit: number | null
  perCustomerLimit: number | null
  stackable: boolean
  priority: number
  active: boolean
}

export interface Discount extends DiscountInput {
  id: string
  minimumSubtotalMinor: number
  used: number
  reserved: number
  createdAt: string
  updatedAt: string
}

export interface DiscountPage {
  items: Discount[]
  page: number
  pageSize: number
  total: number
}

const base = '/api/discounts/admin/discounts'
const discountsKey = ['admin', 'discounts']

export function useDiscounts(filter: { page: number; active: '' | 'true' | 'false'; code: string }, pageSize = 20) {
  const params = new URLSearchParams({ page: String(filter.page), pageSize: String(pageSize) })
  if (filter.active) params.set('active', filter.active)
  if (filter.code) params.set('code', filter.code)
  return useQuery({
    queryKey: [...discountsKey, 'list', params.toString()],
    queryFn: () => requestJson<DiscountPage>(`${base}?${params}`),
    placeholderData: keepPreviousData,
  })
}

export function useDiscount(id: string | undefined) {
  return useQuery({ queryKey: [...discountsKey, 'one', id], queryFn: () => requestJson<Discount>(`${base}/${encodeURIComponent(id!)}`), enabled: !!id })
}

export function useSaveDiscount() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: DiscountInput }) =>
      requestJson<Discount>(id ? `${base}/${id}` : base, { method: id ? 'PUT' : 'POST', body: JSON.stringify(input) }),
    onSuccess: () => client.invalidateQueries({ queryKey: discountsKey }),
  })
}

/** The API keeps a discount's history, so "delete" is deactivation: it stops applying but stays listed. */
export function useDeactivateDiscount() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => requestJson<Discount>(`${base}/${id}/deactivate`, { method: 'POST' }),
    onSuccess: () => client.invalidateQueries({ queryKey: discountsKey }),
  })
}
