import { useMutation, useQuery } from '@tanstack/react-query'
import { requestJson } from '../api/http'
import type { OrderStatus, PostalAddress } from '../orders/ordersApi'

/** Shapes of billing's `POST /api/billing/quote` (services/billing/Quotes). */
export interface QuoteRequest {
  lines: { productId: string; quantity: number }[]
  shippingCountry: string
  discountCodes: string[]
}

export interface QuoteLine {
  productId: string
  sku: string
  name: string
  quantity: number
  unitPriceMinor: number
  netMinor: number
  lineDiscountMinor: number
  totalMinor: number
}

export interface Quote {
  currency: string
  lines: QuoteLine[]
  subtotalMinor: number
  discountMinor: number
  shippingMinor: number
  taxes: { basisPoints: number; taxableMinor: number; taxMinor: number }[]
  taxMinor: number
  totalMinor: number
  applied: { discountId: string; code?: string | null; name: string; amountMinor: number }[]
  refused: { code: string; reason: string; message: string }[]
}

/** `GET /api/payments/config`: which provider takes the payment, and the test provider's tokens. */
export interface PaymentsConfig {
  provider: 'test' | 'stripe' | 'paypal' | string
  stripePublishableKey?: string | null
  testTokens?: { token: string; label: string }[] | null
}

export interface PlaceOrderRequest {
  lines: { productId: string; quantity: number }[]
  shippingAddress: PostalAddress
  billingAddress: PostalAddress
  discountCodes: string[]
  paymentToken: string
}

export interface PlacedOrder {
  id: string
  status: OrderStatus
  /** Set here, not by the service: the order is placed but a typed address could not be saved to the account. */
  addressNotSaved?: boolean
}

/**
 * The price of the cart as billing computes it. Asked again whenever the cart, the shipping country
 * or the codes change; the previous quote stays on screen meanwhile so nothing jumps.
 */
export function useQuote(request: QuoteRequest | null) {
  return useQuery({
    queryKey: ['quote', request],
    queryFn: () => requestJson<Quote>('/api/billing/quote', { method: 'POST', body: JSON.stringify(request) }),
    enabled: request !== null,
    placeholderData: (previous) => previous,
    staleTime: 0,
  })
}

export function usePaymentsConfig() {
  return useQuery({ queryKey: ['payments-config'], queryFn: () => requestJson<PaymentsConfig>('/api/payments/config'), staleTime: 5 * 60_000 })
}

/**
 * Places the order under the attempt's Idempotency-Key: a repeated request gets the same order back.
 * Once it is accepted, `saveAddresses` (false when that failed) keeps the typed addresses; the mutation
 * stays pending meanwhile, so the form cannot be sent again.
 */
export function usePlaceOrder() {
  return useMutation({
    mutationFn: async ({ order, idempotencyKey, saveAddresses }: { order: PlaceOrderRequest; idempotencyKey: string; saveAddresses?: () => Promise<boolean> }) => {
      const placed = await requestJson<PlacedOrder>('/api/orders', { method: 'POST', body: JSON.stringify(order), headers: { 'Idempotency-Key': idempotencyKey } })
      return saveAddresses && !(await saveAddresses()) ? { ...placed, addressNotSaved: true } : placed
    },
  })
}
