import type { MessageKey } from '../../i18n/messages'

/**
 * Stripe.js's error codes (card field validation, and card errors when it creates the PaymentMethod) as
 * sentences of the shop's own, so the shopper reads them in the shop's language whatever Stripe.js says.
 */
const messages: Record<string, MessageKey> = {
  incomplete_number: 'payment.stripe.incompleteNumber',
  invalid_number: 'payment.stripe.invalidNumber',
  incorrect_number: 'payment.stripe.invalidNumber',
  incomplete_expiry: 'payment.stripe.incompleteExpiry',
  invalid_expiry_month: 'payment.stripe.invalidExpiry',
  invalid_expiry_year: 'payment.stripe.invalidExpiry',
  invalid_expiry_month_past: 'payment.stripe.pastExpiry',
  invalid_expiry_year_past: 'payment.stripe.pastExpiry',
  expired_card: 'payment.stripe.pastExpiry',
  incomplete_cvc: 'payment.stripe.incompleteCvc',
  invalid_cvc: 'payment.stripe.invalidCvc',
  incorrect_cvc: 'payment.stripe.invalidCvc',
  card_declined: 'payment.stripe.declined',
}

export function stripeErrorMessage(error: { code?: string | null }): MessageKey {
  return (error.code && messages[error.code]) || 'payment.stripe.other'
}
