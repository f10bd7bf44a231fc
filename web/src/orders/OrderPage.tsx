import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router'
import { SignInRequired } from '../account/SignInRequired'
import { ApiError } from '../api/problem'
import { useCart } from '../cart/CartContext'
import { forgetPlacedCart, placedCart } from '../checkout/attemptCart'
import { Loading } from '../components/Loading'
import { AmountRow } from '../components/AmountRow'
import { PostalAddressText } from '../components/PostalAddressText'
import { Price } from '../components/Price'
import { ProblemMessage } from '../components/ProblemMessage'
import { useI18n } from '../i18n/I18n'
import { InvoiceDownloads } from './InvoiceDownloads'
import { OrderTimeline } from './OrderTimeline'
import { cancellableStatuses, finalStatuses, invoicedStatuses, orderReference, useCancelOrder, type Order } from './ordersApi'
import { useLiveOrder } from './useLiveOrder'

export default function OrderPage() {
  const { t } = useI18n()
  return (
    <SignInRequired title={t('order.title')}>
      <OrderDetail />
    </SignInRequired>
  )
}

/** One order: the confirmation right after checkout, then its live status, amounts and invoice. */
export function OrderDetail() {
  const { t } = useI18n()
  const { id = '' } = useParams()
  const [params] = useSearchParams()
  const { state } = useLocation() as { state: { addressNotSaved?: boolean } | null }
  const { order, live } = useLiveOrder(id)

  if (order.isPending) return <Loading />
  if (order.isError) {
    return (
      <section>
        <h1>{t('order.title')}</h1>
        {order.error instanceof ApiError && order.error.status === 404 ? (
          <p>{t('order.notFound')}</p>
        ) : (
          <ProblemMessage error={order.error} onRetry={() => void order.refetch()} />
        )}
        <Link to="/orders">{t('orders.title')}</Link>
      </section>
    )
  }

  const o = order.data
  return (
    <article aria-labelledby="order-title" className="order">
      <h1 id="order-title">{t('order.heading', { reference: orderReference(o.id) })}</h1>
      {params.get('placed') === '1' && (
        <p className="confirmation" data-testid="order-confirmation">
          {t('order.placed', { reference: orderReference(o.id) })}
        </p>
      )}
      {state?.addressNotSaved && (
        <p className="muted" role="status" data-testid="address-not-saved">
          {t('order.addressNotSaved')}
        </p>
      )}
      <p className="order-status">
        {t('order.statusLabel')}{' '}
        <strong role="status" aria-live="polite" data-testid="order-status">
          {t(`order.status.${o.status}`)}
        </strong>
        {live && !finalStatuses.has(o.status) && <span className="live-dot" role="img" aria-label={t('order.live')} />}
      </p>
      {o.status === 'PaymentFailed' && <PaymentFailedNotice order={o} />}
      {o.status === 'Rejected' && (
        <div role="alert" className="problem">
          <p>{t('order.rejected')}</p>
          {reasonOf(o) && <p>{reasonOf(o)}</p>}
        </div>
      )}

      <section aria-labelledby="timeline-title" className="panel">
        <h2 id="timeline-title">{t('order.timeline')}</h2>
        <OrderTimeline order={o} />
      </section>

      <section aria-labelledby="lines-title" className="panel">
        <h2 id="lines-title">{t('order.items')}</h2>
        <OrderLines order={o} />
        {o.amounts ? <OrderTotals order={o} /> : <p className="muted">{t('order.pricing')}</p>}
      </section>

      <div className="two-columns">
        <section aria-labelledby="ship-title" className="panel">
          <h2 id="ship-title">{t('checkout.shipping')}</h2>
          <PostalAddressText address={o.shippingAddress} />
        </section>
        <section aria-labelledby="bill-title" className="panel">
          <h2 id="bill-title">{t('checkout.billing')}</h2>
          <PostalAddressText address={o.billingAddress} />
        </section>
      </div>

      <section aria-labelledby="invoice-title" className="panel">
        <h2 id="invoice-title">{t('order.invoices')}</h2>
        <InvoiceDownloads orderId={o.id} invoiced={invoicedStatuses.has(o.status)} />
      </section>

      {cancellableStatuses.has(o.status) && <CancelOrder order={o} />}
      <p>
        <Link to="/orders">{t('orders.all')}</Link>
      </p>
    </article>
  )
}

function reasonOf(order: Order): string | null {
  return [...order.history].sort((a, b) => b.version - a.version).find((entry) => entry.status === order.status)?.reason ?? null
}

/** A failed payment says why, in the provider's words, and offers to try again with the same items. */
function PaymentFailedNotice({ order }: { order: Order }) {
  const { t } = useI18n()
  const cart = useCart()
  const navigate = useNavigate()
  const kept = placedCart(order.id)
  const reason = reasonOf(order)?.replace(/^Payment failed:\s*/, '')
  const retry = () => {
    if (kept) cart.replace(kept)
    forgetPlacedCart(order.id)
    navigate('/checkout')
  }
  return (
    <div role="alert" className="problem" data-testid="payment-failed">
      <p>
        <strong>{t('order.paymentFailed')}</strong> {reason}
      </p>
      <p>{t('order.paymentFailedNext')}</p>
      {kept && (
        <button type="button" onClick={retry}>
          {t('order.tryAgain')}
        </button>
      )}
    </div>
  )
}

function CancelOrder({ order }: { order: Order }) {
  const { t } = useI18n()
  const cancel = useCancelOrder(order.id)
  return (
    <section className="panel">
      <p className="muted">{order.status === 'Paid' ? t('order.cancelPaidHint') : t('order.cancelHint')}</p>
      {cancel.isError && <ProblemMessage error={cancel.error} />}
      <button
        type="button"
        className="secondary"
        disabled={cancel.isPending}
        onClick={() => {
          if (window.confirm(t('order.cancelConfirm'))) cancel.mutate()
        }}
      >
        {t('order.cancel')}
      </button>
    </section>
  )
}

function OrderLines({ order }: { order: Order }) {
  const { t } = useI18n()
  return (
    <table className="order-lines">
      <thead>
        <tr>
          <th scope="col">{t('order.product')}</th>
          <th scope="col">{t('order.quantity')}</th>
          <th scope="col">{t('order.unitPrice')}</th>
        </tr>
      </thead>
      <tbody>
        {order.lines.map((line) => (
          <tr key={line.productId}>
            <td>{line.name ?? line.sku ?? t('order.reserving')}</td>
            <td>{line.quantity}</td>
            <td>{line.unitPriceMinor != null && line.currency ? <Price minor={line.unitPriceMinor} currency={line.currency} /> : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function OrderTotals({ order }: { order: Order }) {
  const { t } = useI18n()
  const a = order.amounts!
  return (
    <dl className="totals">
      <AmountRow label={t('quote.subtotal')} minor={a.subtotalMinor} currency={a.currency} />
      {a.discountMinor > 0 && <AmountRow label={t('quote.discount', { codes: a.appliedDiscountCodes.join(', ') })} minor={-a.discountMinor} currency={a.currency} />}
      <AmountRow label={t('quote.shipping')} minor={a.shippingMinor} currency={a.currency} />
      <AmountRow label={t('quote.vat')} minor={a.taxMinor} currency={a.currency} />
      <AmountRow label={t('quote.total')} minor={a.totalMinor} currency={a.currency} testId="order-total" />
    </dl>
  )
}
