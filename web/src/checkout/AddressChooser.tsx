import type { Address } from '../account/accountApi'
import { Field } from '../components/Field'
import { useI18n } from '../i18n/I18n'
import type { PostalAddress } from '../orders/ordersApi'

export const emptyAddress: PostalAddress = { name: '', line1: '', line2: '', postalCode: '', city: '', country: '' }

/** A saved address's id, or 'new' for the address typed into the fields. */
export type AddressChoice = string

export function postalOf(address: Address): PostalAddress {
  return { name: address.name, line1: address.line1, line2: address.line2, postalCode: address.postalCode, city: address.city, country: address.country }
}

/** The saved address to start with: the default of this kind, else any of this kind, else any default. */
export function initialChoice(addresses: Address[], kind: Address['kind']): AddressChoice {
  const pick = addresses.find((a) => a.kind === kind && a.isDefault) ?? addresses.find((a) => a.kind === kind) ?? addresses.find((a) => a.isDefault)
  return pick?.id ?? 'new'
}

/**
 * Where to ship (or bill): one of the shopper's saved addresses or a new one typed here, which the
 * shopper may keep in their account (`keep`, on unless they untick it, as most shops do for a signed-in
 * shopper; a one-off address such as a gift's is one click away from not being kept). The field errors
 * come from the orders service's validation problem (`shippingAddress.city` ...).
 */
export function AddressChooser({
  name,
  legend,
  addresses,
  choice,
  onChoice,
  address,
  onAddress,
  errors,
  keep,
  onKeep,
}: {
  name: 'shippingAddress' | 'billingAddress'
  legend: string
  addresses: Address[]
  choice: AddressChoice
  onChoice: (choice: AddressChoice) => void
  address: PostalAddress
  onAddress: (address: PostalAddress) => void
  errors: Record<string, string>
  keep: boolean
  onKeep: (keep: boolean) => void
}) {
  const { t } = useI18n()
  const field = (key: keyof PostalAddress) => ({
    value: address[key] ?? '',
    onChange: (e: { target: { value: string } }) => onAddress({ ...address, [key]: e.target.value }),
    error: errors[`${name}.${key}`],
  })
  return (
    <fieldset className="address-choice">
      <legend>{legend}</legend>
      {addresses.map((saved) => (
        <label key={saved.id} className="check saved-address">
          <input type="radio" name={name} value={saved.id} checked={choice === saved.id} onChange={() => onChoice(saved.id)} />
          <span>
            {saved.name}, {saved.line1}, {saved.postalCode} {saved.city}, {saved.country}
          </span>
        </label>
      ))}
      {addresses.length > 0 && (
        <label className="check">
          <input type="radio" name={name} value="new" checked={choice === 'new'} onChange={() => onChoice('new')} />
          {t('checkout.newAddress')}
        </label>
      )}
      {choice === 'new' && (
        <div className="address-fields">
          <Field id={`${name}-name`} label={t('account.fullName')} autoComplete="name" required {...field('name')} />
          <Field id={`${name}-line1`} label={t('account.line1')} autoComplete="address-line1" required {...field('line1')} />
          <Field id={`${name}-line2`} label={t('account.line2')} autoComplete="address-line2" {...field('line2')} />
          <Field id={`${name}-city`} label={t('account.city')} autoComplete="address-level2" required {...field('city')} />
          <Field id={`${name}-postal`} label={t('account.postalCode')} autoComplete="postal-code" required {...field('postalCode')} />
          <Field id={`${name}-country`} label={t('account.country')} autoComplete="country" required maxLength={2} {...field('country')} />
          <label className="check">
            <input type="checkbox" checked={keep} onChange={(e) => onKeep(e.target.checked)} />
            {t('checkout.saveAddress')}
          </label>
        </div>
      )}
    </fieldset>
  )
}
