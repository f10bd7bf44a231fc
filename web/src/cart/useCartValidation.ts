import { useQueries } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { ApiError } from '../api/problem'
import { productByIdQuery } from '../catalog/catalogApi'
import { reconcile, type CartChange, type CurrentProduct } from './cart'
import { useCart } from './CartContext'

/**
 * Checks every cart line against the catalog, applies the differences to the cart and returns
 * them so the page can say what changed. Runs on every visit (the products are re-fetched).
 */
export function useCartValidation(): { checking: boolean; changes: CartChange[] } {
  const cart = useCart()
  const [changes, setChanges] = useState<CartChange[]>([])
  const results = useQueries({
    queries: cart.lines.map((line) => ({ ...productByIdQuery(line.productId), staleTime: 0, refetchOnMount: 'always' as const })),
  })
  const checking = results.some((result) => result.isFetching)

  const current: Record<string, CurrentProduct> = {}
  cart.lines.forEach((line, index) => {
    const result = results[index]
    if (result?.data && !result.isFetching) current[line.productId] = result.data
    else if (result?.error instanceof ApiError && result.error.status === 404) current[line.productId] = 'gone'
  })
  const outcome = checking ? null : reconcile(cart.lines, current)
  const found = outcome && outcome.changes.length > 0 ? outcome : null

  useEffect(() => {
    if (!found) return
    setChanges((earlier) => [...earlier, ...found.changes])
    cart.replace(found.lines)
  }, [found, cart])

  return { checking, changes }
}
