import { useState, type FormEvent } from 'react'
import { Link, useSearchParams } from 'react-router'
import { fieldErrors } from '../../api/problem'
import { Field } from '../../components/Field'
import { Loading } from '../../components/Loading'
import { Price } from '../../components/Price'
import { ProblemMessage } from '../../components/ProblemMessage'
import { useI18n } from '../../i18n/I18n'
import { DateTime } from '../components/DateTime'
import { Pager } from '../components/Pager'
import { SelectField } from '../components/SelectField'
import { StatusBadge } from '../components/StatusBadge'
import { orderStatuses, useOrders, type OrderFilter } from './ordersApi'

const filterNames = ['status', 'customerId', 'from', 'to'] as const

/** Every customer's orders, newest first, filtered by status, customer and creation dates (kept in the URL). */
export function OrderListPage() {
  const { t } = useI18n()
  const [params, setParams] = useSearchParams()
  const filter: OrderFilter = {
    status: params.get('status') ?? '',
    customerId: params.get('customerId') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    page: Math.max(1, Number(params.get('page')) || 1),
  }
  const orders = useOrders(filter)
  const [draft, setDraft] = useState(filter)
  const errors = fieldErrors(orders.error)

  const apply = (next: OrderFilter) => {
    const search = new URLSearchParams()
    for (const name of filterNames) if (next[name].trim()) search.set(name, next[name].trim())
    if (next.page > 1) search.set('page', String(next.page))
    setParams(search)
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    apply({ ...draft, page: 1 })
  }
  const text = (name: (typeof filterNames)[number]) => ({
    value: draft[name],
    onChange: (e: { target: { value: string } }) => setDraft({ ...draft, [name]: e.target.value }),
    error: errors[name],
  })

  return (
    <section aria-labelledby="orders-title">
      <h1 id="orders-title">{t('admin.orders')}</h1>
      <form className="admin-toolbar" onSubmit={submit} aria-label={t('catalog.filters')}>
        <SelectField id="order-status" label={t('admin.order.status')} {...text('status')}>
          <option value="">{t('admin.order.anyStatus')}</option>
          {orderStatuses.map((status) => (
            <option key={status} value={status}>
              {t(`admin.status.${status}`)}
            </option>
          ))}
        </SelectField>
        <Field id="order-customer" label={t('admin.order.customerId')} {...text('customerId')} />
        <Field id="order-from" label={t('admin.order.from')} type="date" {...text('from')} />
        <Field id="order-to" label={t('admin.order.to')} type="date" {...text('to')} />
        <button type="submit">{t('catalog.apply')}</button>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            const none = { status: '', customerId: '', from: '', to: '', page: 1 }
            setDraft(none)
            apply(none)
          }}
        >
          {t('catalog.clear')}
        </button>
      </form>
      {orders.isPending && <Loading />}
      {orders.isError && <ProblemMessage error={orders.error} onRetry={() => void orders.refetch()} />}
      {orders.data && orders.data.items.length === 0 && <p className="empty">{t('admin.order.none')}</p>}
      {orders.data && orders.data.items.length > 0 && (
        <>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('admin.order.number')}</th>
                  <th scope="col">{t('admin.order.placed')}</th>
                  <th scope="col">{t('admin.order.customer')}</th>
                  <th scope="col">{t('admin.order.status')}</th>
                  <th scope="col" className="number">{t('admin.order.total')}</th>
                </tr>
              </thead>
              <tbody>
                {orders.data.items.map((order) => (
                  <tr key={order.id} data-order-id={order.id}>
                    <td>
                      <Link to={`/admin/orders/${order.id}`} aria-label={t('admin.order.title', { id: order.id })}>
                        {order.id.slice(0, 8)}
                      </Link>
                    </td>
                    <td><DateTime value={order.createdAt} /></td>
                    <td>
                      <Link to={`/admin/orders?customerId=${order.customerId}`} onClick={() => setDraft({ ...draft, customerId: order.customerId })}>
                        {order.customerId.slice(0, 8)}
                      </Link>
                    </td>
                    <td><StatusBadge status={order.status} /></td>
                    <td className="number">{order.totalMinor !== null && order.currency ? <Price minor={order.totalMinor} currency={order.currency} /> : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager page={orders.data.page} pageSize={orders.data.pageSize} total={orders.data.total} onPage={(page) => apply({ ...filter, page })} />
        </>
      )}
    </section>
  )
}
