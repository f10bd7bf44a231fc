import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState, type ReactNode } from 'react'
import { Route, Routes, type InitialEntry } from 'react-router'
import { describe, expect, it } from 'vitest'
import { useCart } from '../cart/CartContext'
import { keepPlacedCart } from '../checkout/attemptCart'
import { LiveNotificationsContext, type LiveNotifications, type OrderStatusPush } from '../notifications/LiveNotifications'
import { renderPage } from '../test/render'
import { OrderDetail } from './OrderPage'
import { timelineSteps } from './OrderTimeline'
import { entry, id, order, priced, serve } from './test/orderFixtures'

describe('timelineSteps', () => {
  it('shows the steps reached, the current one and those to come', () => {
    expect(timelineSteps(order('Priced', priced)).map((s) => `${s.status}:${s.state}`)).toEqual([
      'Submitted:done', 'StockReserved:done', 'Priced:current', 'Paid:upcoming', 'Shipped:upcoming', 'Delivered:upcoming',
    ])
  })

  it('ends with the failure, leaving out the steps the order will never reach', () => {
    const failed = order('PaymentFailed', [...priced, entry('PaymentFailed', 4, 'Payment failed: Your card was declined.')])
    const steps = timelineSteps(failed)
    expect(steps.map((s) => `${s.status}:${s.state}`)).toEqual(['Submitted:done', 'StockReserved:done', 'Priced:done', 'PaymentFailed:failed'])
    expect(steps[3].entry?.reason).toBe('Payment failed: Your card was declined.')
  })
})

/** A hub stand-in: tests push order status changes and switch the connection. */
function fakeHub(connected = true) {
  const watchers = new Set<(change: OrderStatusPush) => void>()
  const live: LiveNotifications = { connected, watchOrders: (watcher) => (watchers.add(watcher), () => void watchers.delete(watcher)) }
  const push = (orderId: string) =>
    act(() => watchers.forEach((w) => w({ orderId, status: 'Paid', occurredAt: '2026-12-02T10:04:00Z' })))
  return { live, push }
}

function CartCount() {
  return <p data-testid="cart-lines">{useCart().lines.length}</p>
}

function renderOrder(live: LiveNotifications, url: InitialEntry = `/orders/${id}`) {
  return renderPage(
    <LiveNotificationsContext.Provider value={live}>
      <Routes>
        <Route path="/orders/:id" element={<OrderDetail />} />
        <Route path="/checkout" element={<CartCount />} />
      </Routes>
    </LiveNotificationsContext.Provider>,
    { url },
  )
}

describe('OrderDetail', () => {
  it('confirms the placed order and moves to Paid when a push about it arrives, reading the order again', async () => {
    const reads = serve([order('Priced', priced), order('Paid', [...priced, entry('Paid', 4)])])
    const hub = fakeHub()
    renderOrder(hub.live, `/orders/${id}?placed=1`)

    expect(await screen.findByTestId('order-confirmation')).toHaveTextContent('Your order 0193A5B2 is placed')
    expect(screen.getByTestId('order-status')).toHaveTextContent('Priced')
    expect(screen.getByRole('img', { name: 'Status updates live' })).toBeInTheDocument()
    const timeline = screen.getByRole('list', { name: 'Progress' })
    expect(within(timeline).getByText('Priced').closest('li')).toHaveAttribute('aria-current', 'step')
    const before = reads()

    hub.push('another-order') // not this one: nothing to read
    hub.push(id)
    expect(await screen.findByText('Paid', { selector: '[data-testid=order-status]' })).toBeInTheDocument()
    expect(reads()).toBe(before + 1)
    expect(within(timeline).getByText('Paid').closest('li')).toHaveAttribute('aria-current', 'step')
    expect(screen.getByTestId('order-total')).toHaveTextContent('€125.88')
  })

  it('says quietly, beside the confirmation, when checkout could not save the new address to the account', async () => {
    serve([order('Priced', priced)])
    renderOrder(fakeHub().live, { pathname: `/orders/${id}`, search: '?placed=1', state: { addressNotSaved: true } })

    expect(await screen.findByTestId('order-confirmation')).toBeInTheDocument()
    const notice = screen.getByTestId('address-not-saved')
    expect(notice).toHaveAttribute('role', 'status')
    expect(notice).toHaveTextContent('The new address could not be saved to your account; you can add it under My account.')
  })

  it('explains a declined card and puts the same items back in the cart to try again', async () => {
    serve([order('PaymentFailed', [...priced, entry('PaymentFailed', 4, 'Payment failed: Your card was declined.')])])
    keepPlacedCart(id, [{ productId: 'p1', slug: 'lamp', sku: 'HOM-1', name: 'Lamp', imageUrl: '/i.svg', priceMinor: 5000, currency: 'EUR', quantity: 2 }])
    renderOrder(fakeHub().live)

    const notice = await screen.findByTestId('payment-failed')
    expect(notice).toHaveAttribute('role', 'alert')
    expect(notice).toHaveTextContent('Your payment did not go through: Your card was declined.')
    expect(screen.queryByRole('img', { name: 'Status updates live' })).not.toBeInTheDocument()
    await userEvent.click(within(notice).getByRole('button', { name: 'Try again with another card' }))
    expect(await screen.findByTestId('cart-lines')).toHaveTextContent('1')
  })

  it('reads the order again when the connection comes back, since pushes may have been missed meanwhile', async () => {
    const reads = serve([order('Priced', priced), order('Shipped', [...priced, entry('Paid', 4), entry('Shipped', 5)])])
    let connect = () => {}
    function SwitchableHub({ children }: { children: ReactNode }) {
      const [connected, setConnected] = useState(false)
      connect = () => setConnected(true)
      return <LiveNotificationsContext.Provider value={fakeHub(connected).live}>{children}</LiveNotificationsContext.Provider>
    }
    renderPage(
      <SwitchableHub>
        <Routes>
          <Route path="/orders/:id" element={<OrderDetail />} />
        </Routes>
      </SwitchableHub>,
      { url: `/orders/${id}` },
    )
    expect(await screen.findByTestId('order-status')).toHaveTextContent('Priced')
    const before = reads()
    act(() => connect())
    expect(await screen.findByText('Shipped', { selector: '[data-testid=order-status]' })).toBeInTheDocument()
    expect(reads()).toBeGreaterThan(before)
  })
})
