import { useState } from 'react'
import { PostalAddressText } from '../components/PostalAddressText'
import { ProblemMessage } from '../components/ProblemMessage'
import { useI18n } from '../i18n/I18n'
import { useDeleteAddress, type Address } from './accountApi'
import { AddressForm } from './AddressForm'

export function AddressList({ addresses }: { addresses: Address[] }) {
  const { t } = useI18n()
  const remove = useDeleteAddress()
  const [editing, setEditing] = useState<string | null>(null)
  if (addresses.length === 0) return <p className="empty">{t('account.noAddresses')}</p>
  return (
    <>
      {remove.isError && <ProblemMessage error={remove.error} />}
      <ul className="addresses">
        {addresses.map((address) =>
          editing === address.id ? (
            <li key={address.id}>
              <AddressForm address={address} onDone={() => setEditing(null)} />
            </li>
          ) : (
            <li key={address.id} className="address">
              <p>
                <strong>{t(`account.kind.${address.kind}`)}</strong>
                {address.isDefault && <span className="badge"> {t('account.default')}</span>}
              </p>
              <PostalAddressText address={address} />
              <button type="button" className="secondary" onClick={() => setEditing(address.id)} aria-label={`${t('common.edit')}: ${address.name}, ${address.line1}`}>
                {t('common.edit')}
              </button>
              <button type="button" className="secondary" onClick={() => remove.mutate(address.id)} aria-label={`${t('common.delete')}: ${address.name}, ${address.line1}`}>
                {t('common.delete')}
              </button>
            </li>
          ),
        )}
      </ul>
    </>
  )
}
