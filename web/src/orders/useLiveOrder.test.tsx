import { act, screen, waitFor } from '@testing-library/react'
import { Route, Routes } from 'react-router'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { LiveNotificationsProvider } from '../notifications/LiveNotifications'
import { renderPage } from '../test/render'
import { OrderDetail } from './OrderPage'
import { entry, id, order, priced, serve } from './test/orderFixtures'

vi.mock('../auth/Auth', () => ({ useAuth: () => ({ user: { access_token: 'shopper-token', profile: { sub: 'shopper' } } }) }))

type Handler = (...args: unknown[]) => void

/**
 * A stand-in for `@microsoft/signalr` (jsdom has no server): the real provider builds its connection
 * through it, and the test delivers the hub's messages and drops and restores the connection. The real
 * hub is exercised by the notifications suite and the browser suite.
 */
const hub = vi.hoisted(() => {
  const state = {
    url: '',
    handlers: new Map<string, Handler>(),
    reconnecting: (() => {}) as () => void,
    reconnected: (() => {}) as () => void,
    start: () => Promise.resolve(),
  }
  const connection = {
    on: (method: string, handler: Handler) => void state.handlers.set(method.toLowerCase(), handler),
    onreconnecting: (handler: () => void) => void (state.reconnecting = handler),
    onreconnected: (handler: () => void) => void (state.reconnected = handler),
    onclose: () => {},
    start: () => state.start(),
    stop: () => Promise.resolve(),
  }
  const builder = {
    withUrl: (url: string) => ((state.url = url), builder),
    withAutomaticReconnect: () => builder,
    configureLogging: () => builder,
    build: () => connection,
  }
  return { state, builder }
})
vi.mock('@microsoft/signalr', () => ({ HubConnectionBuilder: function () { return hub.builder }, LogLevel: { Warning: 3 } }))

function renderOrder() {
  renderPage(
    <LiveNotificationsProvider>
      <Routes>
        <Route path="/orders/:id" element={<OrderDetail />} />
      </Routes>
    </LiveNotificationsProvider>,
    { url: `/orders/${id}` },
  )
}

/** Until the page is live and has done its first read and the read on connecting (both see `Priced`). */
async function liveAndRead(reads: () => number) {
  expect(await screen.findByRole('img', { name: 'Status updates live' })).toBeInTheDocument()
  await waitFor(() => expect(reads()).toBe(2))
  await waitFor(() => expect(status()).toHaveTextContent('Priced'))
}

const deliver = (method: string, ...args: unknown[]) => act(() => hub.state.handlers.get(method.toLowerCase())?.(...args))
const status = () => screen.getByTestId('order-status')

afterEach(() => {
  hub.state.handlers.clear()
  hub.state.start = () => Promise.resolve()
  vi.useRealTimers()
})

describe('useLiveOrder', () => {
  it('reads the order again when the hub pushes a status change of this order, and not for another order', async () => {
    const reads = serve([order('Priced', priced), order('Priced', priced), order('Paid', [...priced, entry('Paid', 4)])])
    renderOrder()
    await liveAndRead(reads)
    expect(hub.state.url).toBe('/hubs/notifications')
    const before = reads()

    deliver('orderStatusChanged', { orderId: 'another-order', status: 'Shipped', occurredAt: '2026-12-02T10:05:00Z' })
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(reads()).toBe(before)
    deliver('orderStatusChanged', { orderId: id, status: 'Paid', occurredAt: '2026-12-02T10:04:00Z' })

    expect(await screen.findByText('Paid', { selector: '[data-testid=order-status]' })).toBeInTheDocument()
    expect(reads()).toBe(before + 1)
  })

  it('does not depend on in-app notifications: an inbox push alone reads nothing', async () => {
    const reads = serve([order('Priced', priced), order('Priced', priced), order('Paid', [...priced, entry('Paid', 4)])])
    renderOrder()
    await liveAndRead(reads)
    const before = reads()

    deliver('notification', { id: 'n', kind: 'OrderStatusChanged', title: 'Order paid', body: 'b', orderId: id, createdAt: '' })
    await new Promise((resolve) => setTimeout(resolve, 50))

    expect(reads()).toBe(before)
    expect(status()).toHaveTextContent('Priced')
  })

  it('reads the order again when a dropped connection comes back, since pushes may have been missed', async () => {
    const reads = serve([order('Priced', priced), order('Priced', priced), order('Shipped', [...priced, entry('Paid', 4), entry('Shipped', 5)])])
    renderOrder()
    await liveAndRead(reads)

    act(() => hub.state.reconnecting())
    await waitFor(() => expect(screen.queryByRole('img', { name: 'Status updates live' })).not.toBeInTheDocument())
    const before = reads()
    act(() => hub.state.reconnected())

    expect(await screen.findByText('Shipped', { selector: '[data-testid=order-status]' })).toBeInTheDocument()
    expect(reads()).toBeGreaterThan(before)
  })

  it('polls the order every 10 s while the hub cannot be reached', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    hub.state.start = () => Promise.reject(new Error('hub down'))
    const reads = serve([order('Priced', priced), order('Paid', [...priced, entry('Paid', 4)])])
    renderOrder()
    await waitFor(() => expect(status()).toHaveTextContent('Priced'))
    expect(screen.queryByRole('img', { name: 'Status updates live' })).not.toBeInTheDocument()
    const before = reads()

    await act(() => vi.advanceTimersByTimeAsync(10_000))

    await waitFor(() => expect(status()).toHaveTextContent('Paid'))
    expect(reads()).toBe(before + 1)
  })
})
