import type { ReactNode, SelectHTMLAttributes } from 'react'
import { describedBy, FieldFrame } from '../../components/FieldFrame'

/** A labelled select whose error is announced with it, like the shop's Field for inputs. */
export function SelectField({ id, label, error, children, ...select }: { id: string; label: string; error?: string; children: ReactNode } & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <FieldFrame id={id} label={label} error={error}>
      <select id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, undefined, error)} {...select}>
        {children}
      </select>
    </FieldFrame>
  )
}
