import { vi } from 'vitest'
import type { Order, OrderHistoryEntry, OrderStatus } from '../ordersApi'

/** One order the order page tests read: its id, history entries, and the orders service's answers. */
export const id = '0193a5b2-7c1d-7e00-9a00-1234567890ab'

export const entry = (status: OrderStatus, version: number, reason: string | null = null): OrderHistoryEntry => ({
  status, previousStatus: null, reason, at: `2026-12-02T10:0${version}:00Z`, version,
})

const address = { name: 'Camille Martin', line1: '1 Rue de la Paix', line2: null, postalCode: '75002', city: 'Paris', country: 'FR' }

export function order(status: OrderStatus, history: OrderHistoryEntry[]): Order {
  return {
    id, customerId: 'c', status, version: history.length, history,
    lines: [{ productId: 'p1', quantity: 2, sku: 'HOM-1', name: 'Lamp', unitPriceMinor: 5000, currency: 'EUR' }],
    shippingAddress: address, billingAddress: address, discountCodes: [], trackingNumber: null, refundPending: false,
    amounts: { subtotalMinor: 10000, discountMinor: 0, shippingMinor: 490, taxMinor: 2098, totalMinor: 12588, currency: 'EUR', appliedDiscountCodes: [] },
    paymentDeadline: null, createdAt: '2026-12-02T10:01:00Z', updatedAt: '2026-12-02T10:01:00Z',
  }
}

export const priced = [entry('Submitted', 1), entry('StockReserved', 2), entry('Priced', 3)]

/** Answers the order's reads in turn (the last answer again once they run out); returns the read count. */
export function serve(answers: Order[]) {
  let served = 0
  const fetch = vi.fn(async (input: RequestInfo | URL) => {
    const path = new URL(String(input), 'http://shop.test').pathname
    if (path === `/api/orders/${id}`) return Response.json(answers[Math.min(served++, answers.length - 1)])
    if (path === '/api/billing/invoices') return Response.json({ items: [], total: 0 })
    return new Response(null, { status: 404 })
  })
  vi.stubGlobal('fetch', fetch)
  return () => fetch.mock.calls.filter(([url]) => String(url) === `/api/orders/${id}`).length
}
