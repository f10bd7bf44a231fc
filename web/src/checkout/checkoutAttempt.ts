/**
 * One checkout attempt is one Idempotency-Key. Sending the same order again (a retry after a timeout,
 * a double click) reuses the key, so the orders service answers with the order already placed rather
 * than placing a second one; changing anything in the order starts a new attempt with a new key
 * (the service refuses a reused key with another body).
 */
export interface CheckoutAttempt {
  key: string
  body: string
}

export function newIdempotencyKey(): string {
  // getRandomValues works on plain http too, where crypto.randomUUID does not exist.
  const hex = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('')
  return `checkout-${hex}`
}

/** The attempt to send `body` under: the previous one when the body is the same, else a new one. */
export function attemptFor(previous: CheckoutAttempt | null, body: string, newKey: () => string = newIdempotencyKey): CheckoutAttempt {
  return previous && previous.body === body ? previous : { key: newKey(), body }
}
