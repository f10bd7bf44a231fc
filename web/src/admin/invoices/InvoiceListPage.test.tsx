import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { renderPage } from '../../test/render'
import { scriptedApi } from '../test/scriptedApi'
import { InvoiceListPage } from './InvoiceListPage'

vi.mock('../../auth/Auth', () => ({ useAuth: () => ({ user: { access_token: 'admin-token' } }) }))

const user = userEvent.setup({ delay: null })
const invoice = { id: 'i1', kind: 'Invoice', number: '2026-000001', orderId: 'o1000000-0000', correctsInvoiceId: null, customerId: 'c1', currency: 'EUR', totalMinor: 2390, issuedAtUtc: '2026-03-01T10:00:00' }
const credit = { ...invoice, id: 'i2', kind: 'CreditNote', number: '2026-000002', correctsInvoiceId: 'i1', totalMinor: -2390 }

describe('InvoiceListPage', { timeout: 30_000 }, () => {
  it('lists invoices and credit notes, and opens one inside the page with the admin token', async () => {
    const api = scriptedApi((request) =>
      request.path.startsWith('/api/billing/invoices?') ? { body: { items: [credit, invoice], page: 1, pageSize: 20, total: 2 } } : request.path === '/api/billing/invoices/i1/html' ? { body: '<h1>Invoice 2026-000001</h1>' } : undefined,
    )
    const fetch = vi.fn(api.fetch)
    vi.stubGlobal('fetch', fetch)
    renderPage(<InvoiceListPage />, { url: '/admin/invoices?kind=CreditNote' })

    expect(await screen.findByText('corrects 2026-000001')).toBeInTheDocument()
    expect(api.sent[0].path).toContain('kind=CreditNote')
    await user.click(screen.getByRole('button', { name: 'Open: 2026-000001' }))

    const document = await screen.findByTitle('2026-000001')
    expect(document).toHaveAttribute('sandbox', '')
    expect(document.getAttribute('srcdoc')).toContain('Invoice 2026-000001')
    const [, init] = fetch.mock.calls.find(([path]) => String(path).endsWith('/html'))!
    expect(new Headers(init?.headers).get('Authorization')).toBe('Bearer admin-token')
  })

  it('says so when nothing matches, and shows a failed download as a sentence', async () => {
    const api = scriptedApi((request) => (request.path.startsWith('/api/billing/invoices?') ? { body: { items: [invoice], page: 1, pageSize: 20, total: 1 } } : undefined))
    vi.stubGlobal('fetch', vi.fn(api.fetch))
    renderPage(<InvoiceListPage />, { url: '/admin/invoices' })

    await user.click(await screen.findByRole('button', { name: 'PDF: 2026-000001' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Nothing at /api/billing/invoices/i1/pdf.')

    vi.stubGlobal('fetch', vi.fn(scriptedApi(() => ({ body: { items: [], page: 1, pageSize: 20, total: 0 } })).fetch))
    renderPage(<InvoiceListPage />, { url: '/admin/invoices?orderId=o2' })
    expect(await screen.findByText('No documents match.')).toBeInTheDocument()
  })
})
