import type { InputHTMLAttributes } from 'react'
import { describedBy, FieldFrame } from './FieldFrame'

/** A labelled input whose error is announced with it (aria-invalid + aria-describedby). */
export function Field({ id, label, error, hint, ...input }: { id: string; label: string; error?: string; hint?: string } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <input id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} {...input} />
    </FieldFrame>
  )
}
