import { describe, expect, it } from 'vitest'
import { addToCart, itemCount, loadCart, reconcile, removeFromCart, saveCart, setQuantity, subtotals, type CartLine } from './cart'

const lamp = { productId: 'p1', slug: 'lamp', sku: 'HOM-0001', name: 'Lamp', imageUrl: '/i/1.svg', priceMinor: 2999, currency: 'EUR' }
const pan = { productId: 'p2', slug: 'pan', sku: 'HOM-0002', name: 'Pan', imageUrl: '/i/2.svg', priceMinor: 1500, currency: 'EUR' }
const now = (priceMinor: number, available: number, name = 'Lamp') => ({ priceMinor, currency: 'EUR', available, inStock: available > 0, name })

describe('cart lines', () => {
  it('adds a product once and raises its quantity when added again', () => {
    const lines = addToCart(addToCart([], lamp, 2), lamp)
    expect(lines).toEqual([{ ...lamp, quantity: 3 }])
    expect(itemCount(addToCart(lines, pan))).toBe(4)
  })

  it('keeps quantities between 1 and 99 and removes a line set to 0', () => {
    const lines = addToCart([], lamp, 500)
    expect(lines[0].quantity).toBe(99)
    expect(setQuantity(lines, 'p1', 2.7)[0].quantity).toBe(2)
    expect(setQuantity(lines, 'p1', 0)).toEqual([])
    expect(removeFromCart(addToCart(lines, pan), 'p1').map((l) => l.productId)).toEqual(['p2'])
  })

  it('sums per currency in minor units', () => {
    const lines = addToCart(addToCart([], lamp, 2), pan)
    expect(subtotals(lines)).toEqual([{ currency: 'EUR', minor: 2 * 2999 + 1500 }])
  })
})

describe('reconcile with the catalog', () => {
  const cart: CartLine[] = [
    { ...lamp, quantity: 5 },
    { ...pan, quantity: 1 },
  ]

  it('reports nothing when prices and stock still hold', () => {
    expect(reconcile(cart, { p1: now(2999, 10), p2: now(1500, 1, 'Pan') })).toEqual({ lines: cart, changes: [] })
  })

  it('takes the new price and lowers the quantity to what is available, saying so', () => {
    const { lines, changes } = reconcile(cart, { p1: now(3499, 3) })
    expect(lines[0]).toMatchObject({ priceMinor: 3499, quantity: 3 })
    expect(lines[1]).toEqual(cart[1]) // not checked: left alone
    expect(changes).toEqual([
      { kind: 'price', name: 'Lamp', oldMinor: 2999, newMinor: 3499, currency: 'EUR' },
      { kind: 'quantity', name: 'Lamp', available: 3 },
    ])
  })

  it('removes sold-out and retired products', () => {
    const { lines, changes } = reconcile(cart, { p1: now(2999, 0), p2: 'gone' })
    expect(lines).toEqual([])
    expect(changes).toEqual([
      { kind: 'soldOut', name: 'Lamp' },
      { kind: 'gone', name: 'Pan' },
    ])
  })
})

describe('storage', () => {
  it('survives a reload through localStorage', () => {
    saveCart(addToCart([], lamp, 2))
    expect(loadCart()).toEqual([{ ...lamp, quantity: 2 }])
  })

  it('drops a damaged entry instead of breaking the shop', () => {
    localStorage.setItem('k8sshop.cart.v1', '{not json')
    expect(loadCart()).toEqual([])
    localStorage.setItem('k8sshop.cart.v1', JSON.stringify([{ productId: 'p1', priceMinor: 'free', currency: 'EUR', quantity: 1 }, { ...lamp, quantity: 1 }]))
    expect(loadCart()).toEqual([{ ...lamp, quantity: 1 }])
  })
})
