import type { PostalAddress } from '../orders/ordersApi'

/**
 * Makes the token an order is paid with at the moment it is placed: with Stripe, a PaymentMethod id that
 * Stripe.js creates from the card field (billed to the order's billing address). Null when it cannot, and
 * the payment step then shows the shopper why.
 */
export type PaymentSource = (billing: PostalAddress) => Promise<string | null>
