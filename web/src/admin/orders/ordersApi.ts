import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { requestJson } from '../../api/http'

/** Shapes of the orders service's answers (services/orders/Tracking). */
export const orderStatuses = ['Submitted', 'StockReserved', 'Priced', 'Paid', 'Shipped', 'Delivered', 'Rejected', 'PaymentFailed', 'Cancelled', 'Refunded'] as const
export type OrderStatus = (typeof orderStatuses)[number]

export interface OrderSummary {
  id: string
  customerId: string
  status: OrderStatus
  version: number
  totalMinor: number | null
  currency: string | null
  createdAt: string
  updatedAt: string
}

export interface OrderPage {
  items: OrderSummary[]
  page: number
  pageSize: number
  total: number
}

export interface PostalAddress {
  name: string
  line1: string
  line2: string | null
  postalCode: string
  city: string
  country: string
}

export interface OrderView {
  id: string
  customerId: string
  status: OrderStatus
  version: number
  lines: { productId: string; quantity: number; sku: string | null; name: string | null; unitPriceMinor: number | null; currency: string | null }[]
  shippingAddress: PostalAddress
  billingAddress: PostalAddress
  discountCodes: string[]
  amounts: { subtotalMinor: number; discountMinor: number; shippingMinor: number; taxMinor: number; totalMinor: number; currency: string; appliedDiscountCodes: string[] } | null
  paymentDeadline: string | null
  trackingNumber: string | null
  refundPending: boolean
  history: { status: OrderStatus; previousStatus: OrderStatus | null; reason: string | null; at: string; version: number }[]
  createdAt: string
  updatedAt: string
}

export interface OrderFilter {
  status: string
  customerId: string
  from: string
  to: string
  page: number
}

/** Statuses the saga moves on from by itself: the detail page keeps asking until the order settles. */
const moving = new Set<OrderStatus>(['Submitted', 'StockReserved', 'Priced'])

const ordersKey = ['admin', 'orders']
const orderKey = (id: string) => [...ordersKey, 'one', id]

/** The list's query string: dates (yyyy-mm-dd, the admin's days) become instants, `to` including its whole day. */
export function orderListQuery(filter: OrderFilter, pageSize: number): URLSearchParams {
  const params = new URLSearchParams({ page: String(filter.page), pageSize: String(pageSize) })
  if (filter.status) params.set('status', filter.status)
  if (filter.customerId) params.set('customerId', filter.customerId)
  if (filter.from) params.set('from', new Date(`${filter.from}T00:00`).toISOString())
  if (filter.to) {
    const end = new Date(`${filter.to}T00:00`)
    end.setDate(end.getDate() + 1)
    params.set('to', end.toISOString())
  }
  return params
}

export function useOrders(filter: OrderFilter, pageSize = 20) {
  const params = orderListQuery(filter, pageSize)
  return useQuery({
    queryKey: [...ordersKey, 'list', params.toString()],
    queryFn: () => requestJson<OrderPage>(`/api/orders/admin?${params}`),
    placeholderData: keepPreviousData,
  })
}

/** Any order with its history (the support read, which admins may use too). */
export function useOrder(id: string) {
  return useQuery({
    queryKey: orderKey(id),
    queryFn: () => requestJson<OrderView>(`/api/orders/support/${encodeURIComponent(id)}`),
    refetchInterval: (query) => (query.state.data && (moving.has(query.state.data.status) || query.state.data.refundPending) ? 2_000 : false),
  })
}

export type OrderAction = { kind: 'ship'; trackingNumber: string } | { kind: 'deliver' } | { kind: 'refund'; reason: string }

/** Ship, deliver or refund; the answer is the changed order, which replaces the cached one. */
export function useOrderAction(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (action: OrderAction) => {
      const body = action.kind === 'ship' ? { trackingNumber: action.trackingNumber } : action.kind === 'refund' ? { reason: action.reason || null } : undefined
      return requestJson<OrderView>(`/api/orders/admin/${id}/${action.kind}`, { method: 'POST', body: body === undefined ? undefined : JSON.stringify(body) })
    },
    onSuccess: (order) => {
      client.setQueryData(orderKey(id), order)
      return client.invalidateQueries({ queryKey: [...ordersKey, 'list'] })
    },
  })
}
