import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import { addToCart, cartStorageKey, loadCart, removeFromCart, saveCart, setQuantity, type CartLine } from './cart'

interface Cart {
  lines: CartLine[]
  add: (product: Omit<CartLine, 'quantity'>, quantity?: number) => void
  setQuantity: (productId: string, quantity: number) => void
  remove: (productId: string) => void
  replace: (lines: CartLine[]) => void
}

const CartContext = createContext<Cart | null>(null)

/** The cart, saved to localStorage on every change and kept in step with other tabs. */
export function CartProvider({ children }: { children: ReactNode }) {
  const [lines, setLines] = useState<CartLine[]>(() => loadCart())

  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === cartStorageKey) setLines(loadCart())
    }
    window.addEventListener('storage', onStorage)
    return () => window.removeEventListener('storage', onStorage)
  }, [])

  const update = useCallback((change: (current: CartLine[]) => CartLine[]) => {
    setLines((current) => {
      const next = change(current)
      saveCart(next)
      return next
    })
  }, [])

  const cart = useMemo<Cart>(
    () => ({
      lines,
      add: (product, quantity) => update((current) => addToCart(current, product, quantity)),
      setQuantity: (productId, quantity) => update((current) => setQuantity(current, productId, quantity)),
      remove: (productId) => update((current) => removeFromCart(current, productId)),
      replace: (next) => update(() => next),
    }),
    [lines, update],
  )
  return <CartContext.Provider value={cart}>{children}</CartContext.Provider>
}

export function useCart(): Cart {
  const cart = useContext(CartContext)
  if (!cart) throw new Error('useCart outside CartProvider')
  return cart
}
