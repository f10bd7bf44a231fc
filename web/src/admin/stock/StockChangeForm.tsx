import { useState, type FormEvent } from 'react'
import { fieldErrors } from '../../api/problem'
import { Field } from '../../components/Field'
import { ProblemMessage } from '../../components/ProblemMessage'
import { useI18n } from '../../i18n/I18n'
import { useStockChange } from './stockApi'

/** Receive goods, or correct on hand to a count; the reason goes into the ledger with the admin's name. */
export function StockChangeForm({ productId, kind }: { productId: string; kind: 'receipts' | 'counts' }) {
  const { t } = useI18n()
  const change = useStockChange(productId, kind)
  const [amount, setAmount] = useState('')
  const [reason, setReason] = useState('')
  const [local, setLocal] = useState<string>()
  const server = fieldErrors(change.error)
  const receiving = kind === 'receipts'
  const id = `stock-${kind}`

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!/^\d{1,8}$/.test(amount.trim())) {
      setLocal(t('admin.stock.wholeNumber'))
      return
    }
    setLocal(undefined)
    const value = Number(amount.trim())
    change.mutate(receiving ? { quantity: value, reason } : { countedOnHand: value, reason }, {
      onSuccess: () => {
        setAmount('')
        setReason('')
      },
    })
  }

  return (
    <form onSubmit={submit} noValidate aria-label={receiving ? t('admin.stock.receive') : t('admin.stock.correct')}>
      <h3>{receiving ? t('admin.stock.receive') : t('admin.stock.correct')}</h3>
      <Field
        id={`${id}-amount`}
        label={receiving ? t('admin.stock.quantity') : t('admin.stock.counted')}
        inputMode="numeric"
        required
        value={amount}
        onChange={(e) => setAmount(e.target.value)}
        error={local ?? (receiving ? server.quantity : server.countedOnHand)}
      />
      <Field id={`${id}-reason`} label={t('admin.stock.reason')} required maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} error={server.reason} />
      {change.isError && <ProblemMessage error={change.error} />}
      <p role="status">{change.isSuccess ? t('common.saved') : ''}</p>
      <button type="submit" disabled={change.isPending}>
        {receiving ? t('admin.stock.receiveButton') : t('admin.stock.correctButton')}
      </button>
    </form>
  )
}
