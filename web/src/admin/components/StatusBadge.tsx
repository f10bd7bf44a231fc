import { en, type MessageKey } from '../../i18n/messages'
import { useI18n } from '../../i18n/I18n'

const good = new Set(['Paid', 'Shipped', 'Delivered'])
const bad = new Set(['Rejected', 'PaymentFailed', 'Cancelled', 'Refunded'])

/** An order status in words, coloured by whether it went well. */
export function StatusBadge({ status }: { status: string }) {
  const { t } = useI18n()
  const key = `admin.status.${status}` as MessageKey
  return (
    <span className={`status${good.has(status) ? ' good' : bad.has(status) ? ' bad' : ''}`} data-status={status}>
      {key in en ? t(key) : status}
    </span>
  )
}
