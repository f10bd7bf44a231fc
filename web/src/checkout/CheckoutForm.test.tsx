import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Route, Routes, useLocation } from 'react-router'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { loadCart, saveCart } from '../cart/cart'
import { renderPage } from '../test/render'
import { placedCart } from './attemptCart'
import { CheckoutForm } from './CheckoutForm'

const lamp = { productId: 'p-lamp', slug: 'lamp', sku: 'HOM-1', name: 'Lamp', imageUrl: '/i/1.svg', priceMinor: 5000, currency: 'EUR', quantity: 2 }
const home = { id: 'a-home', kind: 'Shipping', name: 'Camille Martin', line1: '1 Rue de la Paix', line2: null, city: 'Paris', postalCode: '75002', country: 'FR', isDefault: true }
const payments = { provider: 'test', stripePublishableKey: null, testTokens: [{ token: 'tok_visa', label: 'Visa, pays' }, { token: 'tok_chargeDeclined', label: 'Declined card' }] }

interface Call { method: string; path: string; body: unknown; headers: Headers }

/** billing's answer for a cart: 20 % VAT, 4.90 shipping, WELCOME10 takes 10 % off, any other code is refused. */
function quoteOf(request: { lines: { quantity: number }[]; discountCodes: string[] }) {
  const subtotal = request.lines.reduce((sum, line) => sum + line.quantity * 5000, 0)
  const discount = request.discountCodes.includes('WELCOME10') ? subtotal / 10 : 0
  const tax = Math.round((subtotal - discount + 490) * 0.2)
  return {
    currency: 'EUR', lines: [], subtotalMinor: subtotal, discountMinor: discount, shippingMinor: 490,
    taxes: [{ basisPoints: 2000, taxableMinor: subtotal - discount + 490, taxMinor: tax }], taxMinor: tax,
    totalMinor: subtotal - discount + 490 + tax,
    applied: discount ? [{ discountId: 'd1', code: 'WELCOME10', name: 'Welcome: 10 % off', amountMinor: discount }] : [],
    refused: request.discountCodes.filter((c) => c !== 'WELCOME10').map((code) => ({ code, reason: 'unknown', message: `The code ${code} does not exist.` })),
  }
}

/** The shop's APIs as the checkout uses them; `placeOrder` and `saveAddress` decide each POST /api/orders and /api/users/me/addresses answer. */
function shop({ addresses = [home], placeOrder, saveAddress }: { addresses?: unknown[]; placeOrder?: (call: Call) => Response; saveAddress?: (call: Call) => Response } = {}) {
  const calls: Call[] = []
  vi.stubGlobal('fetch', vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const path = new URL(String(input), 'http://shop.test').pathname
    const call = { method: init.method ?? 'GET', path, body: init.body ? JSON.parse(String(init.body)) : null, headers: new Headers(init.headers) }
    calls.push(call)
    if (path === '/api/users/me/addresses') return call.method === 'POST' && saveAddress ? saveAddress(call) : Response.json(addresses)
    if (path === '/api/payments/config') return Response.json(payments)
    if (path === '/api/billing/quote') return Response.json(quoteOf(call.body))
    if (path === '/api/orders' && placeOrder) return placeOrder(call)
    return new Response(null, { status: 404 })
  }))
  return calls
}

function renderCheckout() {
  return renderPage(
    <Routes>
      <Route path="/checkout" element={<CheckoutForm />} />
      <Route path="/orders/:id" element={<OrderPageStandIn />} />
    </Routes>,
    { url: '/checkout' },
  )
}

function OrderPageStandIn() {
  const { state } = useLocation() as { state: { addressNotSaved?: boolean } | null }
  return <p>order page{state?.addressNotSaved ? ', address not saved' : ''}</p>
}

const orderCalls = (calls: Call[]) => calls.filter((c) => c.path === '/api/orders')
const addressSaves = (calls: Call[]) => calls.filter((c) => c.path === '/api/users/me/addresses' && c.method === 'POST')
const placed = () => Response.json({ id: 'o-42', status: 'Submitted' }, { status: 202 })
const saveBox = 'Save this address to my account'

async function typeAddress(group: HTMLElement, address: { name: string; line1: string; city: string; postalCode: string; country: string }) {
  await userEvent.type(within(group).getByLabelText('Full name'), address.name)
  await userEvent.type(within(group).getByLabelText('Address line 1'), address.line1)
  await userEvent.type(within(group).getByLabelText('City'), address.city)
  await userEvent.type(within(group).getByLabelText('Postal code'), address.postalCode)
  await userEvent.type(within(group).getByLabelText('Country (two letters, e.g. FR)'), address.country)
}

describe('CheckoutForm', { timeout: 30_000 }, () => {
  beforeEach(() => saveCart([lamp]))

  it('quotes the cart for the default shipping address and prices it again when a code is applied or the cart changes', async () => {
    const calls = shop()
    renderCheckout()

    expect(await screen.findByLabelText(/Camille Martin, 1 Rue de la Paix/)).toBeChecked()
    await waitFor(() => expect(screen.getByTestId('quote-total')).toHaveTextContent('€125.88')) // (100 + 4.90) × 1.2
    expect(screen.getByTestId('quote-vat-2000')).toHaveTextContent('€20.98')
    expect(calls.find((c) => c.path === '/api/billing/quote')?.body).toEqual({ lines: [{ productId: 'p-lamp', quantity: 2 }], shippingCountry: 'FR', discountCodes: [] })

    await userEvent.type(screen.getByLabelText('Discount code'), 'WELCOME10{Enter}')
    await waitFor(() => expect(screen.getByTestId('quote-total')).toHaveTextContent('€113.88')) // (90 + 4.90) × 1.2
    expect(screen.getByTestId('quote-discount')).toHaveTextContent('-€10.00')
    expect(screen.getByText('applied')).toBeInTheDocument()

    const quantity = screen.getByLabelText('Quantity of Lamp')
    await userEvent.clear(quantity)
    await userEvent.type(quantity, '3')
    await waitFor(() => expect(screen.getByTestId('quote-total')).toHaveTextContent('€167.88')) // (135 + 4.90) × 1.2
    expect(loadCart()[0].quantity).toBe(3)
  })

  it('says why a code is refused, and places the order without it', async () => {
    const calls = shop({ placeOrder: () => Response.json({ id: 'o-1', status: 'Submitted' }, { status: 202 }) })
    renderCheckout()
    await userEvent.type(await screen.findByLabelText('Discount code'), 'NOPE{Enter}')
    expect(await screen.findByText('The code NOPE does not exist.')).toBeInTheDocument()

    await userEvent.click(screen.getByLabelText(/Visa, pays/))
    await userEvent.click(screen.getByRole('button', { name: 'Place order and pay' }))
    expect(await screen.findByText('order page')).toBeInTheDocument()
    expect(orderCalls(calls)[0].body).toMatchObject({ discountCodes: [], paymentToken: 'tok_visa' })
  })

  it('places the order under one Idempotency-Key per attempt, empties the cart and opens the order', async () => {
    let failures = 1
    const calls = shop({
      placeOrder: () => {
        if (failures-- > 0) throw new TypeError('network down') // the request may or may not have arrived
        return Response.json({ id: 'o-42', status: 'Submitted' }, { status: 202 })
      },
    })
    renderCheckout()
    await userEvent.click(await screen.findByLabelText(/Visa, pays/))
    await userEvent.click(screen.getByRole('button', { name: 'Place order and pay' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('cannot be reached')

    // Retrying the same order is the same attempt; the service answers it with the order it placed, if any.
    await userEvent.click(screen.getByRole('button', { name: 'Place order and pay' }))
    expect(await screen.findByText('order page')).toBeInTheDocument()

    const [first, retry] = orderCalls(calls)
    expect(first.headers.get('Idempotency-Key')).toMatch(/^checkout-[0-9a-f]{32}$/)
    expect(retry.headers.get('Idempotency-Key')).toBe(first.headers.get('Idempotency-Key'))
    expect(retry.body).toEqual({
      lines: [{ productId: 'p-lamp', quantity: 2 }],
      shippingAddress: { name: 'Camille Martin', line1: '1 Rue de la Paix', line2: null, postalCode: '75002', city: 'Paris', country: 'FR' },
      billingAddress: { name: 'Camille Martin', line1: '1 Rue de la Paix', line2: null, postalCode: '75002', city: 'Paris', country: 'FR' },
      discountCodes: [],
      paymentToken: 'tok_visa',
    })
    expect(loadCart()).toEqual([])
    expect(placedCart('o-42')).toEqual([lamp]) // kept in case the payment fails
  })

  it('starts a new attempt with a new key when the order changed', async () => {
    const calls = shop({ placeOrder: () => Response.json({ title: 'Pricing is unavailable.', status: 503 }, { status: 503 }) })
    renderCheckout()
    await userEvent.click(await screen.findByLabelText(/Visa, pays/))
    await userEvent.click(screen.getByRole('button', { name: 'Place order and pay' }))
    await screen.findByRole('alert')
    await userEvent.click(screen.getByLabelText(/Declined card/))
    await userEvent.click(screen.getByRole('button', { name: 'Place order and pay' }))
    await waitFor(() => expect(orderCalls(calls)).toHaveLength(2))
    const [first, second] = orderCalls(calls)
    expect(second.headers.get('Idempotency-Key')).not.toBe(first.headers.get('Idempotency-Key'))
  })

  it("shows the orders service's field errors beside a new address, and asks how to pay first", async () => {
    shop({
      addresses: [],
      placeOrder: () =>
        Response.json(
          { title: 'One or more validation errors occurred.', status: 400, errors: { 'shippingAddress.country': ['A two-letter ISO 3166 country code.'], 'shippingAddress.name': ['A value is required.'] } },
          { status: 400, headers: { 'content-type': 'application/problem+json' } },
        ),
    })
    renderCheckout()
    const shipping = await screen.findByRole('group', { name: 'Shipping address' })
    expect(screen.getByText('Enter the shipping address to see shipping, VAT and the total.')).toBeInTheDocument()
    await userEvent.type(within(shipping).getByLabelText('Country (two letters, e.g. FR)'), 'DE')
    await waitFor(() => expect(screen.getByTestId('quote-total')).toBeInTheDocument())

    await userEvent.click(screen.getByRole('button', { name: 'Place order and pay' }))
    expect(screen.getByText('Choose how to pay.')).toBeInTheDocument()

    await userEvent.click(screen.getByLabelText(/Visa, pays/))
    await userEvent.click(screen.getByRole('button', { name: 'Place order and pay' }))
    expect(await within(shipping).findByText('A value is required.')).toBeInTheDocument()
    expect(within(shipping).getByLabelText('Full name')).toHaveAttribute('aria-invalid', 'true')
    expect(within(shipping).getByLabelText('Country (two letters, e.g. FR)')).toHaveAccessibleDescription('A two-letter ISO 3166 country code.')
  })

  it('saves a typed shipping address to the account only once the order is accepted, so an attempt sent again saves it once', async () => {
    let failures = 1
    const calls = shop({
      addresses: [],
      placeOrder: () => {
        if (failures-- > 0) throw new TypeError('network down')
        return placed()
      },
      saveAddress: (call) => Response.json({ id: 'a-new', ...(call.body as object) }, { status: 201 }),
    })
    renderCheckout()
    const shipping = await screen.findByRole('group', { name: 'Shipping address' })
    expect(within(shipping).getByLabelText(saveBox)).toBeChecked()
    await typeAddress(shipping, { name: ' Jo Weber ', line1: 'Hauptstr. 5', city: 'Berlin', postalCode: '10115', country: 'de' })
    await userEvent.click(screen.getByLabelText(/Visa, pays/))

    await userEvent.click(screen.getByRole('button', { name: 'Place order and pay' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('cannot be reached')
    expect(addressSaves(calls)).toHaveLength(0) // an order that was not accepted keeps no address
    await userEvent.click(screen.getByRole('button', { name: 'Place order and pay' }))

    expect(await screen.findByText('order page')).toBeInTheDocument()
    expect(addressSaves(calls).map((c) => c.body)).toEqual([
      { kind: 'Shipping', name: 'Jo Weber', line1: 'Hauptstr. 5', line2: '', city: 'Berlin', postalCode: '10115', country: 'DE', isDefault: false },
    ])
  })

  it('keeps a new billing address as a billing address, and not the saved shipping address chosen', async () => {
    const calls = shop({ placeOrder: placed, saveAddress: (call) => Response.json({ id: 'a-new', ...(call.body as object) }, { status: 201 }) })
    renderCheckout()
    const shipping = await screen.findByRole('group', { name: 'Shipping address' })
    expect(within(shipping).queryByLabelText(saveBox)).not.toBeInTheDocument() // the saved address is chosen
    await userEvent.click(screen.getByLabelText('Bill to the shipping address'))
    const billing = screen.getByRole('group', { name: 'Billing address' })
    await userEvent.click(within(billing).getByLabelText('A new address'))
    await typeAddress(billing, { name: 'Martin SARL', line1: '8 Quai Est', city: 'Lyon', postalCode: '69002', country: 'FR' })
    await userEvent.click(screen.getByLabelText(/Visa, pays/))
    await userEvent.click(screen.getByRole('button', { name: 'Place order and pay' }))
    expect(await screen.findByText('order page')).toBeInTheDocument()
    expect(addressSaves(calls).map((c) => c.body)).toMatchObject([{ kind: 'Billing', name: 'Martin SARL', city: 'Lyon' }])
  })

  it('places the order without saving the new address when the shopper unticks the box', async () => {
    const calls = shop({ addresses: [], placeOrder: placed, saveAddress: () => Response.json({}, { status: 201 }) })
    renderCheckout()
    const shipping = await screen.findByRole('group', { name: 'Shipping address' })
    await typeAddress(shipping, { name: 'Gift Receiver', line1: '2 Elm St', city: 'Leeds', postalCode: 'LS1 1AA', country: 'GB' })
    await userEvent.click(within(shipping).getByLabelText(saveBox))
    await userEvent.click(screen.getByLabelText(/Visa, pays/))
    await userEvent.click(screen.getByRole('button', { name: 'Place order and pay' }))
    expect(await screen.findByText('order page')).toBeInTheDocument()
    expect(addressSaves(calls)).toHaveLength(0)
  })

  it('still opens the placed order when the address cannot be saved, and tells the order page so', async () => {
    const calls = shop({
      addresses: [],
      placeOrder: placed,
      saveAddress: () => Response.json({ title: 'Service unavailable', status: 503 }, { status: 503, headers: { 'content-type': 'application/problem+json' } }),
    })
    renderCheckout()
    await typeAddress(await screen.findByRole('group', { name: 'Shipping address' }), { name: 'Jo Weber', line1: 'Hauptstr. 5', city: 'Berlin', postalCode: '10115', country: 'DE' })
    await userEvent.click(screen.getByLabelText(/Visa, pays/))
    await userEvent.click(screen.getByRole('button', { name: 'Place order and pay' }))
    expect(await screen.findByText('order page, address not saved')).toBeInTheDocument()
    expect(orderCalls(calls)).toHaveLength(1)
    expect(loadCart()).toEqual([])
  })

  it('shows the empty state in French when there is nothing to buy', () => {
    saveCart([])
    shop()
    renderPage(<CheckoutForm />, { locale: 'fr' })
    expect(screen.getByText('Votre panier est vide.')).toBeInTheDocument()
  })
})
