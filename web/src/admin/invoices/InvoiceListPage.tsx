import { useState, type FormEvent } from 'react'
import { Link } from 'react-router'
import { fieldErrors } from '../../api/problem'
import { Field } from '../../components/Field'
import { Loading } from '../../components/Loading'
import { Price } from '../../components/Price'
import { ProblemMessage } from '../../components/ProblemMessage'
import { useI18n } from '../../i18n/I18n'
import { DateTime } from '../components/DateTime'
import { PagedTable } from '../components/PagedTable'
import { QueryResult } from '../components/QueryResult'
import { SelectField } from '../components/SelectField'
import { useUrlFilter } from '../components/useUrlFilter'
import { useDownloadPdf, useInvoiceHtml, useInvoices, type InvoiceKind } from './invoicesApi'

/** Every invoice and credit note, newest first; open one in the page or download its PDF. */
export function InvoiceListPage() {
  const { t } = useI18n()
  const filter = useUrlFilter(['kind', 'orderId', 'customerId'] as const)
  const kind = (['Invoice', 'CreditNote'].includes(filter.values.kind) ? filter.values.kind : '') as '' | InvoiceKind
  const invoices = useInvoices({ ...filter.values, kind, page: filter.page })
  const [draft, setDraft] = useState({ ...filter.values, kind })
  const [open, setOpen] = useState<{ id: string; number: string } | null>(null)
  const html = useInvoiceHtml(open?.id ?? null)
  const pdf = useDownloadPdf()
  const errors = fieldErrors(invoices.error)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    filter.apply(draft)
  }
  const numberOf = (id: string) => invoices.data?.items.find((i) => i.id === id)?.number ?? id.slice(0, 8)

  return (
    <section aria-labelledby="invoices-title">
      <h1 id="invoices-title">{t('admin.invoices')}</h1>
      <form className="admin-toolbar" onSubmit={submit} aria-label={t('catalog.filters')}>
        <SelectField id="invoice-kind" label={t('admin.invoice.kind')} value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.target.value as '' | InvoiceKind })} error={errors.kind}>
          <option value="">{t('admin.invoice.allKinds')}</option>
          <option value="Invoice">{t('admin.invoice.kind.Invoice')}</option>
          <option value="CreditNote">{t('admin.invoice.kind.CreditNote')}</option>
        </SelectField>
        <Field id="invoice-order" label={t('admin.invoice.orderId')} value={draft.orderId} onChange={(e) => setDraft({ ...draft, orderId: e.target.value })} error={errors.orderId} />
        <Field id="invoice-customer" label={t('admin.order.customerId')} value={draft.customerId} onChange={(e) => setDraft({ ...draft, customerId: e.target.value })} error={errors.customerId} />
        <button type="submit">{t('catalog.apply')}</button>
      </form>
      {pdf.isError && <ProblemMessage error={pdf.error} />}
      <QueryResult query={invoices} isEmpty={(data) => data.items.length === 0} empty={t('admin.invoice.none')}>
        {(data) => (
          <>
            <PagedTable page={data} onPage={filter.setPage}>
              <thead>
                <tr>
                  <th scope="col">{t('admin.invoice.number')}</th>
                  <th scope="col">{t('admin.invoice.kind')}</th>
                  <th scope="col">{t('admin.invoice.issued')}</th>
                  <th scope="col">{t('admin.order.number')}</th>
                  <th scope="col" className="number">{t('admin.order.total')}</th>
                  <th scope="col"><span className="visually-hidden">{t('admin.actions')}</span></th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((invoice) => (
                  <tr key={invoice.id}>
                    <td>{invoice.number}</td>
                    <td>
                      {t(`admin.invoice.kind.${invoice.kind}`)}
                      {invoice.correctsInvoiceId && <div className="muted">{t('admin.invoice.corrects', { number: numberOf(invoice.correctsInvoiceId) })}</div>}
                    </td>
                    <td><DateTime value={invoice.issuedAtUtc} /></td>
                    <td><Link to={`/admin/orders/${invoice.orderId}`}>{invoice.orderId.slice(0, 8)}</Link></td>
                    <td className="number"><Price minor={invoice.totalMinor} currency={invoice.currency} /></td>
                    <td className="actions">
                      <button type="button" className="secondary" onClick={() => setOpen(invoice)} aria-label={`${t('admin.invoice.open')}: ${invoice.number}`}>
                        {t('admin.invoice.open')}
                      </button>
                      <button type="button" className="secondary" disabled={pdf.isPending} onClick={() => pdf.mutate(invoice)} aria-label={`${t('admin.invoice.pdf')}: ${invoice.number}`}>
                        {t('admin.invoice.pdf')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </PagedTable>
          </>
        )}
      </QueryResult>
      {open && (
        <section className="panel" aria-labelledby="invoice-open-title">
          <div className="list-head">
            <h2 id="invoice-open-title">{open.number}</h2>
            <button type="button" className="secondary" onClick={() => setOpen(null)}>
              {t('admin.invoice.close')}
            </button>
          </div>
          {html.isPending && <Loading />}
          {html.isError && <ProblemMessage error={html.error} onRetry={() => void html.refetch()} />}
          {/* sandbox without scripts: the document is shown, never run */}
          {html.data && <iframe className="document" title={open.number} sandbox="" srcDoc={html.data} />}
        </section>
      )}
    </section>
  )
}
