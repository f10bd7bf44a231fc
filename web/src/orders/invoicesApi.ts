import { useQuery } from '@tanstack/react-query'
import { requestBlob, requestJson } from '../api/http'

/** Shapes of billing's invoice list (services/billing/Invoicing). */
export interface InvoiceSummary {
  id: string
  kind: 'Invoice' | 'CreditNote'
  number: string
  orderId: string
  currency: string
  totalMinor: number
  issuedAtUtc: string
}

interface InvoicePage {
  items: InvoiceSummary[]
  total: number
}

export type InvoiceFormat = 'pdf' | 'html'

/**
 * The order's invoice and credit notes. Billing issues the invoice a moment after the payment, so
 * while the order is paid but none is there yet the list is asked again every few seconds.
 */
export function useOrderInvoices(orderId: string, invoiced: boolean) {
  return useQuery({
    queryKey: ['orders', orderId, 'invoices'],
    queryFn: () => requestJson<InvoicePage>(`/api/billing/invoices?${new URLSearchParams({ orderId, pageSize: '20' })}`),
    enabled: invoiced,
    select: (page) => page.items,
    refetchInterval: (query) => (invoiced && (query.state.data?.items.length ?? 0) === 0 ? 3_000 : false),
  })
}

/**
 * Downloads a document: the API needs the bearer token, so a plain link cannot fetch it; the file is
 * fetched, then handed to the browser as a download named after the invoice number.
 */
export async function downloadInvoice(invoice: InvoiceSummary, format: InvoiceFormat): Promise<void> {
  const blob = await requestBlob(`/api/billing/invoices/${invoice.id}/${format}`)
  const url = URL.createObjectURL(blob)
  try {
    const link = document.createElement('a')
    link.href = url
    link.download = `${invoice.number}.${format}`
    document.body.append(link)
    link.click()
    link.remove()
  } finally {
    // Revoked after the click has been handled; revoking at once can cancel the download in some browsers.
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
  }
}
