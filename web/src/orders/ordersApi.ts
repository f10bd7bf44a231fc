import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { requestJson } from '../api/http'

/** Shapes of the orders service's answers (services/orders/Tracking); the services leave null fields out. */
export type OrderStatus =
  | 'Submitted' | 'StockReserved' | 'Priced' | 'Paid' | 'Shipped' | 'Delivered'
  | 'Rejected' | 'PaymentFailed' | 'Cancelled' | 'Refunded'

export interface PostalAddress {
  name: string
  line1: string
  line2?: string | null
  postalCode: string
  city: string
  country: string
}

export interface OrderLine {
  productId: string
  quantity: number
  sku?: string | null
  name?: string | null
  unitPriceMinor?: number | null
  currency?: string | null
}

export interface OrderAmounts {
  subtotalMinor: number
  discountMinor: number
  shippingMinor: number
  taxMinor: number
  totalMinor: number
  currency: string
  appliedDiscountCodes: string[]
}

export interface OrderHistoryEntry {
  status: OrderStatus
  previousStatus?: OrderStatus | null
  reason?: string | null
  at: string
  version: number
}

export interface Order {
  id: string
  customerId: string
  status: OrderStatus
  version: number
  lines: OrderLine[]
  shippingAddress: PostalAddress
  billingAddress: PostalAddress
  discountCodes: string[]
  amounts?: OrderAmounts | null
  paymentDeadline?: string | null
  trackingNumber?: string | null
  refundPending: boolean
  history: OrderHistoryEntry[]
  createdAt: string
  updatedAt: string
}

export interface OrderSummary {
  id: string
  status: OrderStatus
  version: number
  totalMinor?: number | null
  currency?: string | null
  createdAt: string
}

export interface OrdersPage {
  items: OrderSummary[]
  page: number
  pageSize: number
  total: number
}

export const ordersKey = ['orders'] as const
export const ordersPageSize = 10

/** How an order is named to its customer, as the notification emails name it. */
export function orderReference(id: string): string {
  return id.replace(/-/g, '').slice(0, 8).toUpperCase()
}

/** Statuses after which nothing more happens without someone acting (no live changes to wait for). */
export const finalStatuses: ReadonlySet<OrderStatus> = new Set(['Delivered', 'Rejected', 'PaymentFailed', 'Cancelled', 'Refunded'])

/** One order. `poll` asks again every 10 s: for when live pushes cannot arrive (hub not connected). */
export function useOrder(id: string, poll = false) {
  return useQuery({
    queryKey: [...ordersKey, id],
    queryFn: () => requestJson<Order>(`/api/orders/${id}`),
    staleTime: 0,
    refetchInterval: (query) => (poll && query.state.data && !finalStatuses.has(query.state.data.status) ? 10_000 : false),
  })
}

export function useOrders(page: number) {
  return useQuery({
    queryKey: [...ordersKey, 'page', page],
    queryFn: () => requestJson<OrdersPage>(`/api/orders?${new URLSearchParams({ page: String(page), pageSize: String(ordersPageSize) })}`),
    placeholderData: (previous) => previous,
    staleTime: 0,
  })
}

export function useCancelOrder(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => requestJson<Order>(`/api/orders/${id}/cancel`, { method: 'POST' }),
    onSuccess: (order) => {
      client.setQueryData([...ordersKey, id], order)
      void client.invalidateQueries({ queryKey: [...ordersKey, 'page'] })
    },
  })
}

/** Before shipping an order may still be cancelled (a paid one is refunded). */
export const cancellableStatuses: ReadonlySet<OrderStatus> = new Set(['Submitted', 'StockReserved', 'Priced', 'Paid'])

/** Statuses at which the order has been paid, so billing has (or soon will have) issued its invoice. */
export const invoicedStatuses: ReadonlySet<OrderStatus> = new Set(['Paid', 'Shipped', 'Delivered', 'Refunded'])
