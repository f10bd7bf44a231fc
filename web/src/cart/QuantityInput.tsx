import { useState } from 'react'
import { maxQuantity } from './cart'

/**
 * A quantity field that lets the shopper clear it and type a new number: the draft text is its
 * own, and only a whole number from 1 to 99 reaches the cart.
 */
export function QuantityInput({ value, label, onChange }: { value: number; label: string; onChange: (quantity: number) => void }) {
  const [draft, setDraft] = useState(String(value))
  const [shown, setShown] = useState(value)
  if (shown !== value) {
    // The cart changed it (validation lowered it): show the new value.
    setShown(value)
    setDraft(String(value))
  }
  return (
    <label>
      <span className="visually-hidden">{label}</span>
      <input
        type="number"
        min={1}
        max={maxQuantity}
        value={draft}
        onChange={(e) => {
          setDraft(e.target.value)
          const quantity = Number(e.target.value)
          if (Number.isInteger(quantity) && quantity >= 1 && quantity <= maxQuantity) {
            setShown(quantity)
            onChange(quantity)
          }
        }}
        onBlur={() => setDraft(String(value))}
      />
    </label>
  )
}
