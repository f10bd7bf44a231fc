import { Link, useSearchParams } from 'react-router'
import { SignInRequired } from '../account/SignInRequired'
import { Loading } from '../components/Loading'
import { Price } from '../components/Price'
import { ProblemMessage } from '../components/ProblemMessage'
import { useI18n } from '../i18n/I18n'
import { orderReference, ordersPageSize, useOrders } from './ordersApi'

export default function OrdersPage() {
  const { t } = useI18n()
  return (
    <SignInRequired title={t('orders.title')}>
      <OrderHistory />
    </SignInRequired>
  )
}

/** The shopper's orders, newest first, a page at a time (the page lives in the URL). */
export function OrderHistory() {
  const { t, locale } = useI18n()
  const [params, setParams] = useSearchParams()
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1)
  const orders = useOrders(page)
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' })
  const pages = orders.data ? Math.max(1, Math.ceil(orders.data.total / ordersPageSize)) : 1
  const go = (next: number) => setParams(next === 1 ? {} : { page: String(next) })

  return (
    <section aria-labelledby="orders-title" aria-busy={orders.isFetching}>
      <h1 id="orders-title">{t('orders.title')}</h1>
      {orders.isPending && <Loading />}
      {orders.isError && <ProblemMessage error={orders.error} onRetry={() => void orders.refetch()} />}
      {orders.data && orders.data.total === 0 && (
        <p className="empty">
          {t('orders.empty')} <Link to="/">{t('cart.continue')}</Link>
        </p>
      )}
      {orders.data && orders.data.items.length > 0 && (
        <>
          <table className="orders">
            <thead>
              <tr>
                <th scope="col">{t('orders.reference')}</th>
                <th scope="col">{t('orders.date')}</th>
                <th scope="col">{t('orders.status')}</th>
                <th scope="col">{t('quote.total')}</th>
              </tr>
            </thead>
            <tbody>
              {orders.data.items.map((order) => (
                <tr key={order.id}>
                  <td>
                    <Link to={`/orders/${order.id}`}>{orderReference(order.id)}</Link>
                  </td>
                  <td>{date.format(new Date(order.createdAt))}</td>
                  <td>{t(`order.status.${order.status}`)}</td>
                  <td>{order.totalMinor !== null && order.currency ? <Price minor={order.totalMinor} currency={order.currency} /> : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {pages > 1 && (
            <nav className="pager" aria-label={t('catalog.pagination')}>
              <button type="button" className="secondary" disabled={page <= 1} onClick={() => go(page - 1)}>
                {t('catalog.previous')}
              </button>
              <span>{t('catalog.page', { page, pages })}</span>
              <button type="button" className="secondary" disabled={page >= pages} onClick={() => go(page + 1)}>
                {t('catalog.next')}
              </button>
            </nav>
          )}
        </>
      )}
    </section>
  )
}
