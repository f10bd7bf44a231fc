import { act, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Route, Routes } from 'react-router'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { saveCart } from '../../cart/cart'
import type { Locale } from '../../i18n/I18n'
import { renderPage } from '../../test/render'
import { CheckoutForm } from '../CheckoutForm'

// Stripe.js comes from js.stripe.com in a browser; here a fake Stripe object stands in for it.
const loadStripe = vi.hoisted(() => vi.fn())
vi.mock('@stripe/stripe-js/pure', () => ({ loadStripe }))

type Handler = (event: unknown) => void

/** A fake of the part of Stripe.js the checkout uses: elements(), a card element and createPaymentMethod. */
function fakeStripe() {
  const handlers = new Map<string, Handler[]>()
  const emit = (event: string, payload: unknown = {}) => act(() => handlers.get(event)?.forEach((handler) => handler(payload)))
  const card = {
    mount: vi.fn((node: HTMLElement) => {
      node.append(Object.assign(document.createElement('input'), { title: 'fake card number' }))
    }),
    on: vi.fn((event: string, handler: Handler) => {
      handlers.set(event, [...(handlers.get(event) ?? []), handler])
      return card
    }),
    off: vi.fn((event: string, handler: Handler) => {
      handlers.set(event, (handlers.get(event) ?? []).filter((h) => h !== handler))
      return card
    }),
    update: vi.fn(),
    destroy: vi.fn(),
    focus: vi.fn(),
  }
  const elements = { create: vi.fn(() => card), getElement: vi.fn(() => card), update: vi.fn() }
  const stripe = {
    elements: vi.fn(() => elements),
    createToken: vi.fn(),
    confirmCardPayment: vi.fn(),
    createPaymentMethod: vi.fn(async () => ({ paymentMethod: { id: 'pm_fake_4242' } })),
  }
  /** Stripe's field has loaded and the shopper typed a complete card. */
  const typeACompleteCard = async () => {
    await waitFor(() => expect(card.mount).toHaveBeenCalled())
    await waitFor(() => expect(card.on).toHaveBeenCalledWith('change', expect.any(Function)))
    emit('ready')
    emit('change', { elementType: 'card', complete: true, empty: false, error: undefined })
  }
  return { stripe, card, elements, emit, typeACompleteCard }
}

const lamp = { productId: 'p-lamp', slug: 'lamp', sku: 'HOM-1', name: 'Lamp', imageUrl: '/i/1.svg', priceMinor: 5000, currency: 'EUR', quantity: 1 }
const home = { id: 'a-home', kind: 'Shipping', name: 'Camille Martin', line1: '1 Rue de la Paix', line2: null, city: 'Paris', postalCode: '75002', country: 'FR', isDefault: true }
const quote = { currency: 'EUR', lines: [], subtotalMinor: 5000, discountMinor: 0, shippingMinor: 490, taxes: [], taxMinor: 1098, totalMinor: 6588, applied: [], refused: [] }

interface Call { path: string; body: unknown; headers: Headers }

/** The shop's APIs with payments configured for Stripe; `placeOrder` decides each POST /api/orders answer. */
function stripeShop(placeOrder: () => Response = () => Response.json({ id: 'o-1', status: 'Submitted' }, { status: 202 })) {
  const calls: Call[] = []
  vi.stubGlobal('fetch', vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const path = new URL(String(input), 'http://shop.test').pathname
    calls.push({ path, body: init.body ? JSON.parse(String(init.body)) : null, headers: new Headers(init.headers) })
    if (path === '/api/users/me/addresses') return Response.json([home])
    if (path === '/api/payments/config') return Response.json({ provider: 'stripe', stripePublishableKey: 'pk_test_fake', testTokens: null })
    if (path === '/api/billing/quote') return Response.json(quote)
    if (path === '/api/orders') return placeOrder()
    return new Response(null, { status: 404 })
  }))
  return calls.filter.bind(calls, (c) => c.path === '/api/orders') as () => Call[]
}

function renderCheckout(locale: Locale = 'en') {
  return renderPage(
    <Routes>
      <Route path="/checkout" element={<CheckoutForm />} />
      <Route path="/orders/:id" element={<p>order page</p>} />
    </Routes>,
    { url: '/checkout', locale },
  )
}

describe('The Stripe payment step', { timeout: 30_000 }, () => {
  beforeEach(() => {
    saveCart([lamp])
    loadStripe.mockReset()
  })

  it('pays with the PaymentMethod id Stripe.js makes, billed to the billing address, and a retry reuses it under the same Idempotency-Key', async () => {
    const fake = fakeStripe()
    loadStripe.mockResolvedValue(fake.stripe)
    let failures = 1
    const orders = stripeShop(() => {
      if (failures-- > 0) throw new TypeError('network down')
      return Response.json({ id: 'o-7', status: 'Submitted' }, { status: 202 })
    })
    renderCheckout()

    expect(await screen.findByRole('group', { name: 'Card details' })).toBeInTheDocument()
    expect(loadStripe).toHaveBeenCalledWith('pk_test_fake')
    expect(fake.stripe.elements).toHaveBeenCalledWith({ locale: 'en' })
    expect(fake.elements.create).toHaveBeenCalledWith('card', { hidePostalCode: true })
    await fake.typeACompleteCard()
    await waitFor(() => expect(screen.getByTestId('quote-total')).toHaveTextContent('€65.88'))

    await userEvent.click(screen.getByRole('button', { name: 'Place order and pay' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('cannot be reached')
    await userEvent.click(screen.getByRole('button', { name: 'Place order and pay' }))
    expect(await screen.findByText('order page')).toBeInTheDocument()

    expect(fake.stripe.createPaymentMethod).toHaveBeenCalledTimes(1)
    expect(fake.stripe.createPaymentMethod).toHaveBeenCalledWith({
      type: 'card',
      card: fake.card,
      billing_details: { name: 'Camille Martin', address: { line1: '1 Rue de la Paix', line2: undefined, postal_code: '75002', city: 'Paris', country: 'FR' } },
    })
    const [first, retry] = orders()
    expect(first.body).toMatchObject({ paymentToken: 'pm_fake_4242' })
    expect(retry.body).toEqual(first.body)
    expect(first.headers.get('Idempotency-Key')).toMatch(/^checkout-[0-9a-f]{32}$/)
    expect(retry.headers.get('Idempotency-Key')).toBe(first.headers.get('Idempotency-Key'))
  })

  it('makes a new PaymentMethod, hence a new attempt, once the shopper changes the card', async () => {
    const fake = fakeStripe()
    loadStripe.mockResolvedValue(fake.stripe)
    fake.stripe.createPaymentMethod.mockResolvedValueOnce({ paymentMethod: { id: 'pm_fake_first' } }).mockResolvedValueOnce({ paymentMethod: { id: 'pm_fake_second' } })
    const orders = stripeShop(() => Response.json({ type: 'about:blank', title: 'Unavailable', status: 503 }, { status: 503, headers: { 'content-type': 'application/problem+json' } }))
    renderCheckout()
    await fake.typeACompleteCard()

    await userEvent.click(await screen.findByRole('button', { name: 'Place order and pay' }))
    await waitFor(() => expect(orders()).toHaveLength(1))
    await waitFor(() => expect(screen.getByRole('button', { name: 'Place order and pay' })).toBeEnabled())
    fake.emit('change', { elementType: 'card', complete: true, empty: false, error: undefined })
    await userEvent.click(screen.getByRole('button', { name: 'Place order and pay' }))
    await waitFor(() => expect(orders()).toHaveLength(2))

    const [first, second] = orders()
    expect([first.body, second.body]).toMatchObject([{ paymentToken: 'pm_fake_first' }, { paymentToken: 'pm_fake_second' }])
    expect(second.headers.get('Idempotency-Key')).not.toBe(first.headers.get('Idempotency-Key'))
  })

  it("shows Stripe.js's card errors as the shop's own sentences and places no order", async () => {
    const fake = fakeStripe()
    loadStripe.mockResolvedValue(fake.stripe)
    fake.stripe.createPaymentMethod.mockResolvedValue({ error: { type: 'validation_error', code: 'incomplete_number', message: 'Your card number is incomplete.' } } as never)
    const orders = stripeShop()
    renderCheckout()
    await fake.typeACompleteCard()

    await userEvent.click(await screen.findByRole('button', { name: 'Place order and pay' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Your card number is incomplete.')
    expect(screen.getByRole('group', { name: 'Payment by card' })).toHaveAccessibleDescription('Your card number is incomplete.')
    expect(fake.card.focus).toHaveBeenCalled()
    expect(orders()).toHaveLength(0)

    fake.emit('change', { elementType: 'card', complete: false, empty: false, error: { type: 'validation_error', code: 'invalid_cvc', message: "Your card's security code is invalid." } })
    expect(await screen.findByRole('alert')).toHaveTextContent("Your card's security code is invalid.")
    fake.emit('change', { elementType: 'card', complete: true, empty: false, error: undefined })
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument())
  })

  it('speaks French in French: Stripe Elements gets the locale and card errors read in French', async () => {
    const fake = fakeStripe()
    loadStripe.mockResolvedValue(fake.stripe)
    stripeShop()
    renderCheckout('fr')

    expect(await screen.findByRole('group', { name: 'Carte bancaire' })).toBeInTheDocument()
    expect(fake.stripe.elements).toHaveBeenCalledWith({ locale: 'fr' })
    await fake.typeACompleteCard()
    fake.emit('change', { elementType: 'card', complete: false, empty: false, error: { type: 'validation_error', code: 'invalid_expiry_year_past', message: 'Your card’s expiration year is in the past.' } })
    expect(await screen.findByRole('alert')).toHaveTextContent("La date d'expiration est dépassée.")
  })

  it('says when Stripe.js cannot be loaded and loads it again on request', async () => {
    const fake = fakeStripe()
    loadStripe.mockRejectedValueOnce(new Error('Failed to load Stripe.js')).mockResolvedValue(fake.stripe)
    const orders = stripeShop()
    renderCheckout()

    const failure = await screen.findByRole('alert')
    expect(failure).toHaveTextContent('The secure card form (Stripe) could not be loaded. Check your connection and try again.')
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('group', { name: 'Card details' })).toBeInTheDocument()
    expect(loadStripe).toHaveBeenCalledTimes(2)

    await fake.typeACompleteCard()
    await userEvent.click(screen.getByRole('button', { name: 'Place order and pay' }))
    expect(await screen.findByText('order page')).toBeInTheDocument()
    expect(orders()[0].body).toMatchObject({ paymentToken: 'pm_fake_4242' })
  })
})
