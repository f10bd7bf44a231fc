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
import { useDownloadPdf, useInvoiceHtml, useInvoices, type InvoiceFilter, type InvoiceKind } from './invoicesApi'

/** Every invoice and credit note, newest first; open one in the page or download its PDF. */
export function InvoiceListPage() {
  const { t } = useI18n()
  const [params, setParams] = useSearchParams()
  const filter: InvoiceFilter = {
    kind: (['Invoice', 'CreditNote'].includes(params.get('kind') ?? '') ? params.get('kind') : '') as '' | InvoiceKind,
    orderId: params.get('orderId') ?? '',
    customerId: params.get('customerId') ?? '',
    page: Math.max(1, Number(params.get('page')) || 1),
  }
  const invoices = useInvoices(filter)
  const [draft, setDraft] = useState(filter)
  const [open, setOpen] = useState<{ id: string; number: string } | null>(null)
  const html = useInvoiceHtml(open?.id ?? null)
  const pdf = useDownloadPdf()
  const errors = fieldErrors(invoices.error)

  const apply = (next: InvoiceFilter) => {
    const search = new URLSearchParams()
    if (next.kind) search.set('kind', next.kind)
    if (next.orderId.trim()) search.set('orderId', next.orderId.trim())
    if (next.customerId.trim()) search.set('customerId', next.customerId.trim())
    if (next.page > 1) search.set('page', String(next.page))
    setParams(search)
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    apply({ ...draft, page: 1 })
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
      {invoices.isPending && <Loading />}
      {invoices.isError && <ProblemMessage error={invoices.error} onRetry={() => void invoices.refetch()} />}
      {invoices.data && invoices.data.items.length === 0 && <p className="empty">{t('admin.invoice.none')}</p>}
      {invoices.data && invoices.data.items.length > 0 && (
        <>
          <div className="table-wrap">
            <table>
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
                {invoices.data.items.map((invoice) => (
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
            </table>
          </div>
          <Pager page={invoices.data.page} pageSize={invoices.data.pageSize} total={invoices.data.total} onPage={(page) => apply({ ...filter, page })} />
        </>
      )}
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
