import { useEffect, useState } from 'react'
import type { ProductAvailability } from './types'

/**
 * Availability of the given products as the inventory service streams it (server-sent events:
 * the current value first, then every change). EventSource reconnects by itself after a drop.
 */
export function useLiveAvailability(productIds: string[]): Record<string, ProductAvailability> {
  const [levels, setLevels] = useState<Record<string, ProductAvailability>>({})
  const key = [...productIds].sort().join(',')

  useEffect(() => {
    if (!key || typeof EventSource === 'undefined') return
    const source = new EventSource(`/api/catalog/availability?ids=${encodeURIComponent(key)}`)
    const onAvailability = (event: MessageEvent<string>) => {
      const level = JSON.parse(event.data) as ProductAvailability
      setLevels((current) => {
        const known = current[level.productId]
        return known && known.version > level.version ? current : { ...current, [level.productId]: level }
      })
    }
    source.addEventListener('availability', onAvailability)
    return () => {
      source.removeEventListener('availability', onAvailability)
      source.close()
    }
  }, [key])

  return levels
}
