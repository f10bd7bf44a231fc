/**
 * The cart is the shopper's own until checkout: kept in the browser (localStorage) and checked
 * against the catalog whenever it is shown, because prices and stock move meanwhile.
 */
export interface CartLine {
  productId: string
  slug: string
  sku: string
  name: string
  imageUrl: string
  priceMinor: number
  currency: string
  quantity: number
}

export const maxQuantity = 99

export type CartChange =
  | { kind: 'price'; name: string; oldMinor: number; newMinor: number; currency: string }
  | { kind: 'quantity'; name: string; available: number }
  | { kind: 'soldOut'; name: string }
  | { kind: 'gone'; name: string }

/** What the catalog says now about a product in the cart; 'gone' when it is no longer sold. */
export type CurrentProduct = { priceMinor: number; currency: string; available: number; inStock: boolean; name: string } | 'gone'

const clamp = (quantity: number) => Math.max(1, Math.min(maxQuantity, Math.floor(quantity)))

export function addToCart(lines: CartLine[], product: Omit<CartLine, 'quantity'>, quantity = 1): CartLine[] {
  const existing = lines.find((line) => line.productId === product.productId)
  if (!existing) return [...lines, { ...product, quantity: clamp(quantity) }]
  return lines.map((line) => (line === existing ? { ...line, ...product, quantity: clamp(line.quantity + quantity) } : line))
}

export function setQuantity(lines: CartLine[], productId: string, quantity: number): CartLine[] {
  if (!Number.isFinite(quantity) || quantity < 1) return removeFromCart(lines, productId)
  return lines.map((line) => (line.productId === productId ? { ...line, quantity: clamp(quantity) } : line))
}

export function removeFromCart(lines: CartLine[], productId: string): CartLine[] {
  return lines.filter((line) => line.productId !== productId)
}

export function itemCount(lines: CartLine[]): number {
  return lines.reduce((sum, line) => sum + line.quantity, 0)
}

/** Subtotals per currency (a shop normally has one; mixing is shown, never summed across currencies). */
export function subtotals(lines: CartLine[]): { currency: string; minor: number }[] {
  const byCurrency = new Map<string, number>()
  for (const line of lines) byCurrency.set(line.currency, (byCurrency.get(line.currency) ?? 0) + line.priceMinor * line.quantity)
  return [...byCurrency].map(([currency, minor]) => ({ currency, minor }))
}

/**
 * The cart brought up to date with the catalog: current prices, quantities within what is
 * available, sold-out and retired products removed. Every difference is reported so the shopper
 * sees what changed. Lines whose product could not be checked (not in `current`) stay as they are.
 */
export function reconcile(lines: CartLine[], current: Record<string, CurrentProduct>): { lines: CartLine[]; changes: CartChange[] } {
  const changes: CartChange[] = []
  const kept: CartLine[] = []
  for (const line of lines) {
    const now = current[line.productId]
    if (now === undefined) {
      kept.push(line)
      continue
    }
    if (now === 'gone') {
      changes.push({ kind: 'gone', name: line.name })
      continue
    }
    if (!now.inStock || now.available <= 0) {
      changes.push({ kind: 'soldOut', name: now.name })
      continue
    }
    let next = line
    if (now.priceMinor !== line.priceMinor || now.currency !== line.currency) {
      changes.push({ kind: 'price', name: now.name, oldMinor: line.priceMinor, newMinor: now.priceMinor, currency: now.currency })
      next = { ...next, priceMinor: now.priceMinor, currency: now.currency }
    }
    if (line.quantity > now.available) {
      changes.push({ kind: 'quantity', name: now.name, available: now.available })
      next = { ...next, quantity: now.available }
    }
    kept.push(next.name === now.name ? next : { ...next, name: now.name })
  }
  return { lines: kept, changes }
}

const storageKey = 'k8sshop.cart.v1'

export function loadCart(storage: Storage = localStorage): CartLine[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(storageKey) ?? '[]')
    if (!Array.isArray(parsed)) return []
    return parsed.filter(
      (line): line is CartLine =>
        typeof line === 'object' && line !== null && typeof line.productId === 'string' && Number.isInteger(line.priceMinor) &&
        typeof line.currency === 'string' && Number.isInteger(line.quantity) && line.quantity > 0,
    )
  } catch {
    return [] // a damaged entry must not break the shop
  }
}

export function saveCart(lines: CartLine[], storage: Storage = localStorage): void {
  storage.setItem(storageKey, JSON.stringify(lines))
}

export const cartStorageKey = storageKey
