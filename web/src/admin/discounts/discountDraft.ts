import { parseMajor, toMajor } from '../../money/formatMoney'
import type { Discount, DiscountInput, DiscountKind, DiscountScope } from './discountsApi'

/** A discount as the form holds it: text as typed, amounts in major units, times in the admin's local time. */
export interface DiscountDraft {
  code: string
  name: string
  kind: DiscountKind
  percentOff: string
  amount: string
  currency: string
  buyQuantity: string
  getQuantity: string
  scope: DiscountScope
  scopeIds: string[]
  minimumSubtotal: string
  startsAt: string
  endsAt: string
  usageLimit: string
  perCustomerLimit: string
  stackable: boolean
  priority: string
  active: boolean
}

export const emptyDraft: DiscountDraft = {
  code: '', name: '', kind: 'Percentage', percentOff: '', amount: '', currency: 'EUR', buyQuantity: '', getQuantity: '', scope: 'All', scopeIds: [],
  minimumSubtotal: '', startsAt: '', endsAt: '', usageLimit: '', perCustomerLimit: '', stackable: false, priority: '0', active: true,
}

/** `2026-12-24T18:00` in local time for an ISO instant, as a datetime-local input wants it. */
export function toLocalInput(iso: string | null): string {
  if (!iso) return ''
  const date = new Date(iso)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`
}

export function draftOf(discount: Discount): DiscountDraft {
  const currency = discount.currency ?? 'EUR'
  const text = (n: number | null) => (n === null ? '' : String(n))
  return {
    code: discount.code ?? '',
    name: discount.name,
    kind: discount.kind,
    percentOff: text(discount.percentOff),
    amount: discount.amountMinor === null ? '' : toMajor(discount.amountMinor, currency),
    currency: discount.currency ?? '',
    buyQuantity: text(discount.buyQuantity),
    getQuantity: text(discount.getQuantity),
    scope: discount.scope,
    scopeIds: discount.scopeIds,
    minimumSubtotal: discount.minimumSubtotalMinor ? toMajor(discount.minimumSubtotalMinor, currency) : '',
    startsAt: toLocalInput(discount.startsAt),
    endsAt: toLocalInput(discount.endsAt),
    usageLimit: text(discount.usageLimit),
    perCustomerLimit: text(discount.perCustomerLimit),
    stackable: discount.stackable,
    priority: String(discount.priority),
    active: discount.active,
  }
}

type Problems = Partial<Record<keyof DiscountInput, 'number' | 'money'>>

/**
 * The API request of a draft, or which fields could not even be read (not a number, not an amount).
 * Everything else (ranges, which fields a kind needs) is the discounts API's to judge.
 */
export function inputOf(draft: DiscountDraft): { input: DiscountInput; problems: Problems } {
  const problems: Problems = {}
  const currency = draft.currency.trim().toUpperCase() || null
  const whole = (field: keyof DiscountInput, text: string): number | null => {
    const value = text.trim()
    if (!value) return null
    if (!/^-?\d{1,9}$/.test(value)) problems[field] = 'number'
    return Number(value)
  }
  const money = (field: keyof DiscountInput, text: string): number | null => {
    if (!text.trim()) return null
    const minor = parseMajor(text, currency && /^[A-Z]{3}$/.test(currency) ? currency : 'EUR')
    if (minor === null) problems[field] = 'money'
    return minor
  }
  const kind = draft.kind
  const input: DiscountInput = {
    code: draft.code.trim() || null,
    name: draft.name,
    kind,
    percentOff: kind === 'Percentage' ? whole('percentOff', draft.percentOff) : null,
    amountMinor: kind === 'FixedAmount' ? money('amountMinor', draft.amount) : null,
    currency,
    buyQuantity: kind === 'BuyXGetY' ? whole('buyQuantity', draft.buyQuantity) : null,
    getQuantity: kind === 'BuyXGetY' ? whole('getQuantity', draft.getQuantity) : null,
    scope: draft.scope,
    scopeIds: draft.scope === 'All' ? [] : draft.scopeIds,
    minimumSubtotalMinor: money('minimumSubtotalMinor', draft.minimumSubtotal),
    startsAt: draft.startsAt ? new Date(draft.startsAt).toISOString() : null,
    endsAt: draft.endsAt ? new Date(draft.endsAt).toISOString() : null,
    usageLimit: whole('usageLimit', draft.usageLimit),
    perCustomerLimit: whole('perCustomerLimit', draft.perCustomerLimit),
    stackable: draft.stackable,
    priority: whole('priority', draft.priority) ?? 0,
    active: draft.active,
  }
  return { input, problems }
}
