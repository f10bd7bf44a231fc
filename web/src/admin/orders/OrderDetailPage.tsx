import { Link, useParams } from 'react-router'
import { Loading } from '../../components/Loading'
import { PostalAddressText } from '../../components/PostalAddressText'
import { Price } from '../../components/Price'
import { ProblemMessage } from '../../components/ProblemMessage'
import { useI18n } from '../../i18n/I18n'
import { DateTime } from '../components/DateTime'
import { StatusBadge } from '../components/StatusBadge'
import { OrderActions } from './OrderActions'
import { useOrder } from './ordersApi'

/** One order: lines, amounts, addresses, its whole status history, and what the admin may do next. */
export function OrderDetailPage() {
  const { t } = useI18n()
  const { id = '' } = useParams()
  const order = useOrder(id)

  return (
    <>
      <p>
        <Link to="/admin/orders">← {t('admin.orders')}</Link>
      </p>
      <h1>{t('admin.order.title', { id: id.slice(0, 8) })}</h1>
      {order.isPending && <Loading />}
      {order.isError && <ProblemMessage error={order.error} onRetry={() => void order.refetch()} />}
      {order.data && (
        <>
          <p>
            {t('admin.order.status')}: <span data-testid="order-status"><StatusBadge status={order.data.status} /></span>
            {order.data.trackingNumber && (
              <>
                {' · '}
                {t('admin.order.trackingNumber')}: <strong data-testid="tracking-number">{order.data.trackingNumber}</strong>
              </>
            )}
          </p>
          <section className="panel" aria-labelledby="order-actions">
            <h2 id="order-actions">{t('admin.actions')}</h2>
            <OrderActions order={order.data} />
          </section>
          <div className="two-columns">
            <section className="panel" aria-labelledby="order-lines">
              <h2 id="order-lines">{t('admin.order.lines')}</h2>
              <ul>
                {order.data.lines.map((line) => (
                  <li key={line.productId}>
                    {line.quantity} × {line.name ?? line.productId} {line.sku && <span className="muted">({line.sku})</span>}{' '}
                    {line.unitPriceMinor !== null && line.currency && <Price minor={line.unitPriceMinor} currency={line.currency} />}
                  </li>
                ))}
              </ul>
              {order.data.amounts && (
                <dl className="facts">
                  <dt>{t('cart.subtotal')}</dt>
                  <dd><Price minor={order.data.amounts.subtotalMinor} currency={order.data.amounts.currency} /></dd>
                  <dt>{t('admin.order.discount')}</dt>
                  <dd><Price minor={-order.data.amounts.discountMinor} currency={order.data.amounts.currency} /></dd>
                  <dt>{t('admin.order.shipping')}</dt>
                  <dd><Price minor={order.data.amounts.shippingMinor} currency={order.data.amounts.currency} /></dd>
                  <dt>{t('admin.order.tax')}</dt>
                  <dd><Price minor={order.data.amounts.taxMinor} currency={order.data.amounts.currency} /></dd>
                  <dt>{t('admin.order.total')}</dt>
                  <dd><Price minor={order.data.amounts.totalMinor} currency={order.data.amounts.currency} /></dd>
                </dl>
              )}
              {order.data.discountCodes.length > 0 && <p>{t('admin.order.codes', { codes: order.data.discountCodes.join(', ') })}</p>}
              <p>
                <Link to={`/admin/invoices?orderId=${order.data.id}`}>{t('admin.order.invoices')}</Link>
              </p>
            </section>
            <section className="panel" aria-labelledby="order-customer">
              <h2 id="order-customer">{t('admin.order.customer')}</h2>
              <p>
                <Link to={`/admin/orders?customerId=${order.data.customerId}`}>{order.data.customerId}</Link>
              </p>
              <h3>{t('admin.order.shipTo')}</h3>
              <PostalAddressText address={order.data.shippingAddress} />
              <h3>{t('admin.order.billTo')}</h3>
              <PostalAddressText address={order.data.billingAddress} />
            </section>
          </div>
          <section className="panel" aria-labelledby="order-history">
            <h2 id="order-history">{t('admin.order.history')}</h2>
            <ol className="history">
              {order.data.history.map((entry) => (
                <li key={entry.version}>
                  <StatusBadge status={entry.status} /> <DateTime value={entry.at} />
                  {entry.reason && <div>{entry.reason}</div>}
                </li>
              ))}
            </ol>
          </section>
        </>
      )}
    </>
  )
}
