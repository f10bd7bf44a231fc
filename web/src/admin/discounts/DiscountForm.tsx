import { useState, type FormEvent } from 'react'
import { fieldErrors } from '../../api/problem'
import type { CategoryNode } from '../../catalog/types'
import { Field } from '../../components/Field'
import { useI18n } from '../../i18n/I18n'
import { SaveBar } from '../components/SaveBar'
import { SelectField } from '../components/SelectField'
import { draftOf, emptyDraft, inputOf, type DiscountDraft } from './discountDraft'
import { discountKinds, discountScopes, useSaveDiscount, type Discount, type DiscountKind, type DiscountScope } from './discountsApi'
import { ScopePicker } from './ScopePicker'

/**
 * Creates or edits a discount of any kind the discounts API offers: a code or automatic, percentage,
 * fixed amount, free shipping or buy X get Y, scoped to everything, categories or products, with a
 * minimum subtotal, a validity window, usage limits, stacking and priority. Only the fields the chosen
 * kind uses are shown; the API's field errors appear under them.
 */
export function DiscountForm({ discount, categories, onSaved }: { discount?: Discount; categories: CategoryNode[]; onSaved: (saved: Discount) => void }) {
  const { t } = useI18n()
  const save = useSaveDiscount()
  const [draft, setDraft] = useState<DiscountDraft>(() => (discount ? draftOf(discount) : emptyDraft))
  const [local, setLocal] = useState<Record<string, string>>({})
  const errors: Record<string, string | undefined> = { ...fieldErrors(save.error), ...local }
  const set = (change: Partial<DiscountDraft>) => setDraft({ ...draft, ...change })
  const text = (name: keyof DiscountDraft, apiName: string = name) => ({
    value: String(draft[name]),
    onChange: (e: { target: { value: string } }) => set({ [name]: e.target.value }),
    error: errors[apiName],
  })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const { input, problems } = inputOf(draft)
    setLocal(Object.fromEntries(Object.entries(problems).map(([field, problem]) => [field, problem === 'money' ? t('catalog.badPrice') : t('admin.stock.wholeNumber')])))
    if (Object.keys(problems).length > 0) return
    save.mutate({ id: discount?.id, input }, { onSuccess: onSaved })
  }

  return (
    <form onSubmit={submit} noValidate aria-label={discount ? t('admin.discount.edit') : t('admin.discount.new')}>
      <div className="form-grid">
        <Field id="discount-code" label={t('admin.discount.code')} hint={t('admin.discount.codeHint')} maxLength={64} {...text('code')} />
        <Field id="discount-name" label={t('admin.discount.name')} required maxLength={200} {...text('name')} />
        <SelectField id="discount-kind" label={t('admin.discount.kind')} value={draft.kind} onChange={(e) => set({ kind: e.target.value as DiscountKind })} error={errors.kind}>
          {discountKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`admin.discount.kind.${kind}`)}
            </option>
          ))}
        </SelectField>
        {draft.kind === 'Percentage' && <Field id="discount-percent" label={t('admin.discount.percentOff')} inputMode="numeric" required {...text('percentOff')} />}
        {draft.kind === 'FixedAmount' && <Field id="discount-amount" label={t('admin.discount.amount')} inputMode="decimal" required {...text('amount', 'amountMinor')} />}
        {draft.kind === 'BuyXGetY' && (
          <>
            <Field id="discount-buy" label={t('admin.discount.buyQuantity')} inputMode="numeric" required {...text('buyQuantity')} />
            <Field id="discount-get" label={t('admin.discount.getQuantity')} inputMode="numeric" required {...text('getQuantity')} />
          </>
        )}
        <Field id="discount-currency" label={t('admin.product.currency')} hint={t('admin.discount.currencyHint')} maxLength={3} {...text('currency')} />
        <Field id="discount-minimum" label={t('admin.discount.minimum')} inputMode="decimal" {...text('minimumSubtotal', 'minimumSubtotalMinor')} />
        <SelectField id="discount-scope" label={t('admin.discount.scope')} value={draft.scope} onChange={(e) => set({ scope: e.target.value as DiscountScope, scopeIds: [] })} error={errors.scope}>
          {discountScopes.map((scope) => (
            <option key={scope} value={scope}>
              {t(`admin.discount.scope.${scope}`)}
            </option>
          ))}
        </SelectField>
        <Field id="discount-starts" label={t('admin.discount.startsAt')} type="datetime-local" {...text('startsAt')} />
        <Field id="discount-ends" label={t('admin.discount.endsAt')} type="datetime-local" {...text('endsAt')} />
        <Field id="discount-limit" label={t('admin.discount.usageLimit')} hint={t('admin.discount.noLimitHint')} inputMode="numeric" {...text('usageLimit')} />
        <Field id="discount-per-customer" label={t('admin.discount.perCustomerLimit')} hint={t('admin.discount.noLimitHint')} inputMode="numeric" {...text('perCustomerLimit')} />
        <Field id="discount-priority" label={t('admin.discount.priority')} hint={t('admin.discount.priorityHint')} inputMode="numeric" {...text('priority')} />
      </div>
      {draft.scope !== 'All' && <ScopePicker scope={draft.scope} categories={categories} selected={draft.scopeIds} onChange={(scopeIds) => set({ scopeIds })} error={errors.scopeIds} />}
      <label className="check">
        <input type="checkbox" checked={draft.stackable} onChange={(e) => set({ stackable: e.target.checked })} />
        {t('admin.discount.stackable')}
      </label>
      <label className="check">
        <input type="checkbox" checked={draft.active} onChange={(e) => set({ active: e.target.checked })} />
        {t('admin.discount.activeLabel')}
      </label>
      <SaveBar mutation={save} />
    </form>
  )
}
