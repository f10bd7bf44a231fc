/** An order as the orders service lists it (services/orders/Tracking/OrderSummary.cs). */
export interface OrderSummary {
  id: string
  customerId: string
  status: string
  version: number
  totalMinor: number | null
  currency: string | null
  createdAt: string
  updatedAt: string
}

export interface PagedOrders {
  items: OrderSummary[]
  page: number
  pageSize: number
  total: number
}

/**
 * The last eight hex digits of an id: what people read out to each other ("order 7f3a9c12"). The
 * services' ids are UUIDv7, whose first digits are a timestamp shared by everything made in the
 * same minute; the last ones are random.
 */
export function shortId(id: string): string {
  return id.replace(/-/g, '').slice(-8)
}
