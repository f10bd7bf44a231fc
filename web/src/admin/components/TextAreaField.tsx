import type { TextareaHTMLAttributes } from 'react'
import { describedBy, FieldFrame } from '../../components/FieldFrame'

/** A labelled text area whose hint and error are announced with it. */
export function TextAreaField({ id, label, error, hint, ...area }: { id: string; label: string; error?: string; hint?: string } & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <textarea id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} {...area} />
    </FieldFrame>
  )
}
