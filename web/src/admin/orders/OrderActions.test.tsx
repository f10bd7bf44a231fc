import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { renderPage } from '../../test/render'
import { scriptedApi, validationProblem } from '../test/scriptedApi'
import { OrderActions } from './OrderActions'
import type { OrderStatus, OrderView } from './ordersApi'

const user = userEvent.setup({ delay: null })
const address = { name: 'Ada', line1: '1 Rue', line2: null, postalCode: '75001', city: 'Paris', country: 'FR' }
const order = (status: OrderStatus, change: Partial<OrderView> = {}): OrderView => ({
  id: 'o1', customerId: 'c1', status, version: 5, lines: [], shippingAddress: address, billingAddress: address, discountCodes: [], amounts: null,
  paymentDeadline: null, trackingNumber: null, refundPending: false, history: [], createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', ...change,
})

describe('OrderActions', { timeout: 30_000 }, () => {
  it('ships a paid order with the tracking number', async () => {
    const api = scriptedApi(() => ({ body: order('Shipped', { trackingNumber: 'TRK-1' }) }))
    vi.stubGlobal('fetch', vi.fn(api.fetch))
    renderPage(<OrderActions order={order('Paid')} />)

    expect(screen.queryByRole('button', { name: 'Mark delivered' })).not.toBeInTheDocument()
    await user.type(screen.getByLabelText('Tracking number'), '  TRK-1 ')
    await user.click(screen.getByRole('button', { name: 'Mark shipped' }))

    await vi.waitFor(() => expect(api.sent).toEqual([{ method: 'POST', path: '/api/orders/admin/o1/ship', body: { trackingNumber: 'TRK-1' } }]))
  })

  it("shows the orders API's field error when the tracking number is refused", async () => {
    const api = scriptedApi(() => validationProblem({ trackingNumber: ['A tracking number of 1 to 100 characters.'] }))
    vi.stubGlobal('fetch', vi.fn(api.fetch))
    renderPage(<OrderActions order={order('Paid')} />)

    await user.click(screen.getByRole('button', { name: 'Mark shipped' }))

    const field = screen.getByLabelText('Tracking number')
    await vi.waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'))
    expect(field).toHaveAccessibleDescription('A tracking number of 1 to 100 characters.')
  })

  it('marks a shipped order delivered, and shows a refused transition as its sentence', async () => {
    const api = scriptedApi(() => ({
      status: 409,
      body: { type: 'https://k8sshop.io/problems/order-transition-not-allowed', title: 'Conflict', status: 409, detail: 'An order in Delivered cannot become Delivered.' },
    }))
    vi.stubGlobal('fetch', vi.fn(api.fetch))
    renderPage(<OrderActions order={order('Shipped')} />)

    expect(screen.queryByLabelText('Tracking number')).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Mark delivered' }))

    expect(await screen.findByRole('alert')).toHaveTextContent('An order in Delivered cannot become Delivered.')
    expect(api.sent).toEqual([{ method: 'POST', path: '/api/orders/admin/o1/deliver', body: undefined }])
  })

  it('refunds only after the admin confirms, with the reason', async () => {
    const api = scriptedApi(() => ({ body: order('Delivered', { refundPending: true }) }))
    vi.stubGlobal('fetch', vi.fn(api.fetch))
    renderPage(<OrderActions order={order('Delivered')} />)

    await user.click(screen.getByRole('button', { name: 'Refund…' }))
    expect(api.sent).toEqual([])
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    await user.click(screen.getByRole('button', { name: 'Refund…' }))
    await user.type(screen.getByLabelText('Reason (optional)'), 'Arrived broken')
    await user.click(screen.getByRole('button', { name: 'Refund the order' }))

    await vi.waitFor(() => expect(api.sent).toEqual([{ method: 'POST', path: '/api/orders/admin/o1/refund', body: { reason: 'Arrived broken' } }]))
  })

  it('offers nothing for an order still in the saga, and no second refund while one is pending', () => {
    vi.stubGlobal('fetch', vi.fn(scriptedApi(() => undefined).fetch))
    const { unmount } = renderPage(<OrderActions order={order('Priced')} />)
    expect(screen.getByText('Nothing to do for an order in this status.')).toBeInTheDocument()
    expect(screen.queryByRole('button')).not.toBeInTheDocument()
    unmount()

    renderPage(<OrderActions order={order('Shipped', { refundPending: true })} />, { locale: 'fr' })
    expect(screen.getByRole('status')).toHaveTextContent('Remboursement demandé')
    expect(screen.queryByRole('button', { name: 'Rembourser…' })).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Marquer livrée' })).toBeInTheDocument()
  })
})
