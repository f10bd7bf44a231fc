import { useCallback, useRef } from 'react'
import { useSaveAddress, type AddressInput, type AddressKind } from '../account/accountApi'
import type { PostalAddress } from '../orders/ordersApi'

/** How long the confirmation waits for the saves; past that they go on unseen and the shopper moves on. */
const patienceMs = 5_000

/** A typed checkout address as the users service's addresses API takes it (it makes the first of a kind the default). */
export function addressInput(kind: AddressKind, address: PostalAddress): AddressInput {
  return { kind, name: address.name, line1: address.line1, line2: address.line2 ?? '', city: address.city, postalCode: address.postalCode, country: address.country, isDefault: false }
}

/**
 * Saves the addresses a shopper typed at checkout (and asked to keep) to their account, once their
 * order is accepted: only addresses an order was really placed with are kept, and each attempt saves
 * once (the same attempt submitted again gets the same order back and saves nothing more). Answers
 * false when a save failed; that never undoes or holds up the order, the confirmation only says so.
 */
export function useSaveTypedAddresses() {
  const { mutateAsync } = useSaveAddress()
  const savedFor = useRef<string | null>(null)
  return useCallback(
    async (attemptKey: string, inputs: AddressInput[]): Promise<boolean> => {
      if (inputs.length === 0 || savedFor.current === attemptKey) return true
      savedFor.current = attemptKey
      const saved = Promise.all(inputs.map((input) => mutateAsync({ input }))).then(() => true, () => false)
      const patience = new Promise<boolean>((resolve) => setTimeout(() => resolve(true), patienceMs))
      return Promise.race([saved, patience])
    },
    [mutateAsync],
  )
}
