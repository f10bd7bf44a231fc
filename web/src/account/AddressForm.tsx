import { useState, type FormEvent } from 'react'
import { fieldErrors } from '../api/problem'
import { Field } from '../components/Field'
import { ProblemMessage } from '../components/ProblemMessage'
import { useI18n } from '../i18n/I18n'
import { useSaveAddress, type Address, type AddressInput, type AddressKind } from './accountApi'

const empty: AddressInput = { kind: 'Shipping', name: '', line1: '', line2: '', city: '', postalCode: '', country: '', isDefault: false }

/** Adds an address, or edits the given one. */
export function AddressForm({ address, onDone }: { address?: Address; onDone: () => void }) {
  const { t } = useI18n()
  const save = useSaveAddress()
  const [input, setInput] = useState<AddressInput>(address ? { ...address, line2: address.line2 ?? '' } : empty)
  const errors = fieldErrors(save.error)
  const id = address?.id ?? 'new'
  const text = (name: keyof AddressInput) => ({
    value: String(input[name]),
    onChange: (e: { target: { value: string } }) => setInput({ ...input, [name]: e.target.value }),
    error: errors[name],
  })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    save.mutate({ id: address?.id, input }, { onSuccess: onDone })
  }

  return (
    <form onSubmit={submit} noValidate className="address-form" aria-label={address ? t('account.editAddress') : t('account.addAddress')}>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t('account.kind')}</label>
        <select id={`${id}-kind`} value={input.kind} onChange={(e) => setInput({ ...input, kind: e.target.value as AddressKind })}>
          <option value="Shipping">{t('account.kind.Shipping')}</option>
          <option value="Billing">{t('account.kind.Billing')}</option>
        </select>
      </div>
      <Field id={`${id}-name`} label={t('account.fullName')} autoComplete="name" required {...text('name')} />
      <Field id={`${id}-line1`} label={t('account.line1')} autoComplete="address-line1" required {...text('line1')} />
      <Field id={`${id}-line2`} label={t('account.line2')} autoComplete="address-line2" {...text('line2')} />
      <Field id={`${id}-city`} label={t('account.city')} autoComplete="address-level2" required {...text('city')} />
      <Field id={`${id}-postal`} label={t('account.postalCode')} autoComplete="postal-code" required {...text('postalCode')} />
      <Field id={`${id}-country`} label={t('account.country')} autoComplete="country" required maxLength={2} {...text('country')} />
      <label className="check">
        <input type="checkbox" checked={input.isDefault} onChange={(e) => setInput({ ...input, isDefault: e.target.checked })} />
        {t('account.isDefault')}
      </label>
      {save.isError && <ProblemMessage error={save.error} />}
      <div className="actions">
        <button type="submit" disabled={save.isPending}>
          {t('common.save')}
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  )
}
