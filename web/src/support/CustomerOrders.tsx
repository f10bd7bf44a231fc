import { useState } from 'react'
import { shortId } from '../chat/orders'
import { Loading } from '../components/Loading'
import { Price } from '../components/Price'
import { ProblemMessage } from '../components/ProblemMessage'
import { useI18n } from '../i18n/I18n'
import type { MessageKey } from '../i18n/messages'
import { useCustomerOrders, useSupportOrder } from './supportApi'

/** The customer's latest orders beside the conversation; the one it is about comes first and is open. */
export function CustomerOrders({ customerId, aboutOrderId }: { customerId: string; aboutOrderId: string | null }) {
  const { t, locale } = useI18n()
  const orders = useCustomerOrders(customerId)
  const [expanded, setExpanded] = useState<string | null>(aboutOrderId)
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })

  return (
    <section aria-labelledby="customer-orders-title">
      <h2 id="customer-orders-title">{t('support.orders')}</h2>
      {orders.isPending && <Loading />}
      {orders.isError && <ProblemMessage error={orders.error} onRetry={() => void orders.refetch()} />}
      {orders.data?.items.length === 0 && <p className="empty">{t('support.ordersEmpty')}</p>}
      {orders.data && orders.data.items.length > 0 && (
        <ul className="customer-orders" aria-label={t('support.orders')}>
          {[...orders.data.items]
            .sort((a, b) => Number(b.id === aboutOrderId) - Number(a.id === aboutOrderId))
            .map((order) => (
              <li key={order.id} className={order.id === aboutOrderId ? 'customer-order about' : 'customer-order'}>
                <div className="customer-order-head">
                  <strong>{t('support.order', { id: shortId(order.id) })}</strong>
                  <span className="order-status">{statusText(order.status, t)}</span>
                </div>
                <small className="muted">
                  {date.format(new Date(order.createdAt))}
                  {order.totalMinor !== null && order.currency && (
                    <>
                      {' · '}
                      <Price minor={order.totalMinor} currency={order.currency} />
                    </>
                  )}
                </small>
                {order.id === aboutOrderId && <small className="about-note">{t('support.thisOrder')}</small>}
                <button
                  type="button"
                  className="link-button"
                  aria-expanded={expanded === order.id}
                  onClick={() => setExpanded(expanded === order.id ? null : order.id)}
                >
                  {t(expanded === order.id ? 'support.hideDetails' : 'support.details')}
                </button>
                {expanded === order.id && <OrderDetails id={order.id} />}
              </li>
            ))}
        </ul>
      )}
      {orders.data && orders.data.total > orders.data.items.length && <p className="muted">{t('support.ordersMore', { count: orders.data.total })}</p>}
    </section>
  )
}

function statusText(status: string, t: (key: MessageKey) => string): string {
  const key = `support.status.${status}` as MessageKey
  return key in statusKeys ? t(key) : status
}

// The statuses the orders service knows (services/orders/Ordering/OrderStatus.cs).
const statusKeys = Object.fromEntries(
  ['Submitted', 'StockReserved', 'Priced', 'Paid', 'PaymentFailed', 'Shipped', 'Delivered', 'Rejected', 'Cancelled', 'Refunded'].map((s) => [`support.status.${s}`, true]),
)

function OrderDetails({ id }: { id: string }) {
  const { t, locale } = useI18n()
  const order = useSupportOrder(id)
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' })
  if (order.isPending) return <Loading />
  if (order.isError) return <ProblemMessage error={order.error} onRetry={() => void order.refetch()} />
  const { lines, history, trackingNumber } = order.data
  return (
    <div className="order-details">
      <ul aria-label={t('support.lines')}>
        {lines.map((line) => (
          <li key={line.productId}>
            {line.quantity} × {line.name ?? line.sku ?? shortId(line.productId)}
            {line.unitPriceMinor !== null && line.currency && (
              <>
                {' · '}
                <Price minor={line.unitPriceMinor} currency={line.currency} />
              </>
            )}
          </li>
        ))}
      </ul>
      {trackingNumber && <p>{t('support.tracking', { number: trackingNumber })}</p>}
      <ol className="order-history" aria-label={t('support.history')}>
        {history.map((entry) => (
          <li key={entry.version}>
            <time dateTime={entry.at}>{date.format(new Date(entry.at))}</time> {statusText(entry.status, t)}
            {entry.reason && <span className="muted"> · {entry.reason}</span>}
          </li>
        ))}
      </ol>
    </div>
  )
}
