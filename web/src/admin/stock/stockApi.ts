import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { requestJson } from '../../api/http'
import { adminProductsKey } from '../products/productsApi'

/** Shapes of inventory's admin stock answers (services/inventory/Stock). */
export interface StockLevelView {
  productId: string
  onHand: number
  reserved: number
  available: number
  version: number
}

export type LedgerEntryKind = 'Receipt' | 'Correction' | 'Reservation' | 'Release' | 'Sale' | 'Return'

export interface LedgerEntry {
  id: number
  productId: string
  kind: LedgerEntryKind
  onHandDelta: number
  reservedDelta: number
  onHandAfter: number
  reservedAfter: number
  orderId: string | null
  actor: string
  reason: string
  atUtc: string
}

const stockKey = (productId: string) => ['admin', 'stock', productId]

export function useStockLevel(productId: string) {
  return useQuery({ queryKey: [...stockKey(productId), 'level'], queryFn: () => requestJson<StockLevelView>(`/api/inventory/admin/stock/${productId}`) })
}

export function useLedger(productId: string) {
  return useQuery({ queryKey: [...stockKey(productId), 'ledger'], queryFn: () => requestJson<LedgerEntry[]>(`/api/inventory/admin/stock/${productId}/ledger`) })
}

/** Receives goods (`receipts`, a quantity) or records a count (`counts`, the on-hand found); the level, ledger and lists are read again. */
export function useStockChange(productId: string, kind: 'receipts' | 'counts') {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: { quantity: number; reason: string } | { countedOnHand: number; reason: string }) =>
      requestJson<StockLevelView>(`/api/inventory/admin/stock/${productId}/${kind}`, { method: 'POST', body: JSON.stringify(body) }),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: stockKey(productId) }), client.invalidateQueries({ queryKey: adminProductsKey })]),
  })
}
