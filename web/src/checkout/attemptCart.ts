import { loadCart, type CartLine } from '../cart/cart'

/**
 * The cart is emptied once an order is placed. If its payment then fails, the shopper should not have
 * to fill it again: the placed lines are kept for the tab, by order, until they are put back.
 */
const keyOf = (orderId: string) => `k8sshop.checkout.${orderId}`

export function keepPlacedCart(orderId: string, lines: CartLine[], storage: Storage = sessionStorage): void {
  storage.setItem(keyOf(orderId), JSON.stringify(lines))
}

/** The lines placed with this order in this tab, or null when there are none (another tab, another device). */
export function placedCart(orderId: string, storage: Storage = sessionStorage): CartLine[] | null {
  const saved = storage.getItem(keyOf(orderId))
  if (!saved) return null
  // loadCart's checks, applied to this entry: a damaged value gives no lines rather than an error.
  const lines = loadCart({ getItem: () => saved } as unknown as Storage)
  return lines.length > 0 ? lines : null
}

export function forgetPlacedCart(orderId: string, storage: Storage = sessionStorage): void {
  storage.removeItem(keyOf(orderId))
}
