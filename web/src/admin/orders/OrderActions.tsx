import { useState, type FormEvent } from 'react'
import { fieldErrors } from '../../api/problem'
import { Field } from '../../components/Field'
import { ProblemMessage } from '../../components/ProblemMessage'
import { useI18n } from '../../i18n/I18n'
import { useOrderAction, type OrderView } from './ordersApi'

const refundable = new Set(['Paid', 'Shipped', 'Delivered'])

/**
 * What an admin may do with the order in its current status: ship a paid one with the carrier's tracking
 * number, mark a shipped one delivered, refund a paid, shipped or delivered one (asked to confirm). The
 * orders service decides; a refused change (409) is shown as its sentence.
 */
export function OrderActions({ order }: { order: OrderView }) {
  const { t } = useI18n()
  const action = useOrderAction(order.id)
  const [tracking, setTracking] = useState('')
  const [refunding, setRefunding] = useState(false)
  const [reason, setReason] = useState('')
  const errors = fieldErrors(action.error)

  const ship = (event: FormEvent) => {
    event.preventDefault()
    action.mutate({ kind: 'ship', trackingNumber: tracking.trim() })
  }
  const refund = (event: FormEvent) => {
    event.preventDefault()
    action.mutate({ kind: 'refund', reason: reason.trim() }, { onSuccess: () => setRefunding(false) })
  }

  const canRefund = refundable.has(order.status) && !order.refundPending
  if (order.status !== 'Paid' && order.status !== 'Shipped' && !canRefund && !order.refundPending) {
    return <p className="muted">{t('admin.order.noActions')}</p>
  }

  return (
    <div className="order-actions">
      {order.status === 'Paid' && (
        <form onSubmit={ship} noValidate aria-label={t('admin.order.ship')}>
          <Field id="tracking-number" label={t('admin.order.trackingNumber')} required maxLength={100} value={tracking} onChange={(e) => setTracking(e.target.value)} error={errors.trackingNumber} />
          <button type="submit" disabled={action.isPending}>
            {t('admin.order.ship')}
          </button>
        </form>
      )}
      {order.status === 'Shipped' && (
        <p>
          <button type="button" disabled={action.isPending} onClick={() => action.mutate({ kind: 'deliver' })}>
            {t('admin.order.deliver')}
          </button>
        </p>
      )}
      {order.refundPending && <p role="status">{t('admin.order.refundPending')}</p>}
      {canRefund &&
        (refunding ? (
          <form onSubmit={refund} noValidate aria-label={t('admin.order.refund')}>
            <p>{t('admin.order.refundConfirm')}</p>
            <Field id="refund-reason" label={t('admin.order.refundReason')} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} error={errors.reason} />
            <div className="actions">
              <button type="submit" disabled={action.isPending}>
                {t('admin.order.refundSubmit')}
              </button>
              <button type="button" className="secondary" onClick={() => setRefunding(false)}>
                {t('common.cancel')}
              </button>
            </div>
          </form>
        ) : (
          <p>
            <button type="button" className="secondary" onClick={() => setRefunding(true)}>
              {t('admin.order.refund')}
            </button>
          </p>
        ))}
      {action.isError && <ProblemMessage error={action.error} />}
    </div>
  )
}
