import { useState, type FormEvent } from 'react'
import { Link } from 'react-router'
import { fieldErrors } from '../../api/problem'
import { Field } from '../../components/Field'
import { Price } from '../../components/Price'
import { useI18n } from '../../i18n/I18n'
import { DateTime } from '../components/DateTime'
import { PagedTable } from '../components/PagedTable'
import { QueryResult } from '../components/QueryResult'
import { SelectField } from '../components/SelectField'
import { StatusBadge } from '../components/StatusBadge'
import { useUrlFilter } from '../components/useUrlFilter'
import { orderStatuses, useOrders } from './ordersApi'

const filterNames = ['status', 'customerId', 'from', 'to'] as const

/** Every customer's orders, newest first, filtered by status, customer and creation dates (kept in the URL). */
export function OrderListPage() {
  const { t } = useI18n()
  const filter = useUrlFilter(filterNames)
  const orders = useOrders({ ...filter.values, page: filter.page })
  const [draft, setDraft] = useState(filter.values)
  const errors = fieldErrors(orders.error)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    filter.apply(draft)
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
            const none = { status: '', customerId: '', from: '', to: '' }
            setDraft(none)
            filter.apply(none)
          }}
        >
          {t('catalog.clear')}
        </button>
      </form>
      <QueryResult query={orders} isEmpty={(data) => data.items.length === 0} empty={t('admin.order.none')}>
        {(data) => (
          <>
            <PagedTable page={data} onPage={filter.setPage}>
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
                {data.items.map((order) => (
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
            </PagedTable>
          </>
        )}
      </QueryResult>
    </section>
  )
}
