import { useState } from 'react'
import { Loading } from '../components/Loading'
import { Price } from '../components/Price'
import { ProblemMessage } from '../components/ProblemMessage'
import { useI18n } from '../i18n/I18n'
import { downloadInvoice, useOrderInvoices, type InvoiceFormat, type InvoiceSummary } from './invoicesApi'

/** The order's invoice (and credit notes), each downloadable as PDF or HTML, once billing has issued it. */
export function InvoiceDownloads({ orderId, invoiced }: { orderId: string; invoiced: boolean }) {
  const { t } = useI18n()
  const invoices = useOrderInvoices(orderId, invoiced)
  const [failed, setFailed] = useState<unknown>(null)
  const [busy, setBusy] = useState<string | null>(null)

  if (!invoiced) return <p className="muted">{t('order.invoiceLater')}</p>
  if (invoices.isError) return <ProblemMessage error={invoices.error} onRetry={() => void invoices.refetch()} />
  if (invoices.isPending) return <Loading />
  if (invoices.data.length === 0) return <p role="status" className="muted">{t('order.invoicePending')}</p>

  const download = async (invoice: InvoiceSummary, format: InvoiceFormat) => {
    setFailed(null)
    setBusy(invoice.id + format)
    try {
      await downloadInvoice(invoice, format)
    } catch (error) {
      setFailed(error)
    } finally {
      setBusy(null)
    }
  }

  return (
    <>
      <ul className="invoices">
        {invoices.data.map((invoice) => (
          <li key={invoice.id}>
            <span>
              {t(invoice.kind === 'CreditNote' ? 'order.creditNote' : 'order.invoice', { number: invoice.number })} · <Price minor={invoice.totalMinor} currency={invoice.currency} />
            </span>
            {(['pdf', 'html'] as const).map((format) => (
              <button key={format} type="button" className="secondary" disabled={busy !== null} onClick={() => void download(invoice, format)}>
                {t(format === 'pdf' ? 'order.downloadPdf' : 'order.downloadHtml', { number: invoice.number })}
              </button>
            ))}
          </li>
        ))}
      </ul>
      {failed !== null && <ProblemMessage error={failed} />}
    </>
  )
}
