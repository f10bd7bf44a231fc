import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query'
import { requestJson } from '../../api/http'
import { useAuth } from '../../auth/Auth'
import { fetchDocument, saveBlob } from '../adminFetch'

/** Shapes of billing's /api/billing/invoices answers (services/billing/Invoicing). */
export type InvoiceKind = 'Invoice' | 'CreditNote'

export interface InvoiceSummary {
  id: string
  kind: InvoiceKind
  number: string
  orderId: string
  correctsInvoiceId: string | null
  customerId: string
  currency: string
  totalMinor: number
  issuedAtUtc: string
}

export interface InvoicePage {
  items: InvoiceSummary[]
  page: number
  pageSize: number
  total: number
}

export interface InvoiceFilter {
  kind: '' | InvoiceKind
  orderId: string
  customerId: string
  page: number
}

export function useInvoices(filter: InvoiceFilter, pageSize = 20) {
  const params = new URLSearchParams({ page: String(filter.page), pageSize: String(pageSize) })
  if (filter.kind) params.set('kind', filter.kind)
  if (filter.orderId) params.set('orderId', filter.orderId)
  if (filter.customerId) params.set('customerId', filter.customerId)
  return useQuery({
    queryKey: ['admin', 'invoices', params.toString()],
    queryFn: () => requestJson<InvoicePage>(`/api/billing/invoices?${params}`),
    placeholderData: keepPreviousData,
  })
}

/** The printable HTML of a document, shown inside the page (the API needs the bearer token, so no plain link). */
export function useInvoiceHtml(id: string | null) {
  const { user } = useAuth()
  return useQuery({
    queryKey: ['admin', 'invoices', 'html', id],
    queryFn: async () => (await fetchDocument(`/api/billing/invoices/${id}/html`, user?.access_token)).text(),
    enabled: !!id,
    staleTime: Infinity, // issued documents never change
  })
}

export function useDownloadPdf() {
  const { user } = useAuth()
  return useMutation({
    mutationFn: async (invoice: InvoiceSummary) => saveBlob(await fetchDocument(`/api/billing/invoices/${invoice.id}/pdf`, user?.access_token), `${invoice.number}.pdf`),
  })
}
