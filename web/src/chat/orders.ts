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

/** The first eight characters of an id: what people read out to each other ("order 0193a1b2"). */
export function shortId(id: string): string {
  return id.replace(/-/g, '').slice(0, 8)
}
