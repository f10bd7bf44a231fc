import { Link } from 'react-router'
import { SignInRequired } from '../account/SignInRequired'
import { Loading } from '../components/Loading'
import { Pager, usePageParam } from '../components/Pager'
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
  const page = usePageParam()
  const orders = useOrders(page)
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' })

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
                  <td>{order.totalMinor != null && order.currency ? <Price minor={order.totalMinor} currency={order.currency} /> : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager page={page} total={orders.data.total} pageSize={ordersPageSize} />
        </>
      )}
    </section>
  )
}
