import { useRef, useState, type FormEvent } from 'react'
import { Link, useNavigate } from 'react-router'
import { useAddresses } from '../account/accountApi'
import { fieldErrors } from '../api/problem'
import { useCart } from '../cart/CartContext'
import { QuantityInput } from '../cart/QuantityInput'
import { Loading } from '../components/Loading'
import { Price } from '../components/Price'
import { ProblemMessage } from '../components/ProblemMessage'
import { useI18n } from '../i18n/I18n'
import type { PostalAddress } from '../orders/ordersApi'
import { AddressChooser, emptyAddress, initialChoice, postalOf, type AddressChoice } from './AddressChooser'
import { keepPlacedCart } from './attemptCart'
import { attemptFor, type CheckoutAttempt } from './checkoutAttempt'
import { usePlaceOrder, useQuote, type PlaceOrderRequest, type QuoteRequest } from './checkoutApi'
import { acceptedCodes, DiscountCodes } from './DiscountCodes'
import { PaymentChoice, usePaymentAvailable } from './PaymentChoice'
import type { PaymentSource } from './paymentSource'
import { QuoteSummary } from './QuoteSummary'
import { addressInput, useSaveTypedAddresses } from './useSaveTypedAddresses'

const countryPattern = /^[A-Za-z]{2}$/

/**
 * The checkout: where to ship and bill, discount codes, payment, and the price billing quotes for
 * all of it, asked again as any of it changes. Placing the order sends one Idempotency-Key per attempt
 * and leads to the order's page, which confirms it and follows it live.
 */
export function CheckoutForm() {
  const { t } = useI18n()
  const cart = useCart()
  const navigate = useNavigate()
  const addresses = useAddresses(true)
  const place = usePlaceOrder()
  const paymentAvailable = usePaymentAvailable()
  const attempt = useRef<CheckoutAttempt | null>(null)

  const [shippingChoice, setShippingChoice] = useState<AddressChoice | null>(null)
  const [billingChoice, setBillingChoice] = useState<AddressChoice | null>(null)
  const [newShipping, setNewShipping] = useState<PostalAddress>(emptyAddress)
  const [newBilling, setNewBilling] = useState<PostalAddress>(emptyAddress)
  const [billingSame, setBillingSame] = useState(true)
  const [keepShipping, setKeepShipping] = useState(true)
  const [keepBilling, setKeepBilling] = useState(true)
  const saveTypedAddresses = useSaveTypedAddresses()
  const [codes, setCodes] = useState<string[]>([])
  const [token, setToken] = useState('')
  const [tokenMissing, setTokenMissing] = useState(false)
  const cardPayment = useRef<PaymentSource | null>(null) // set while Stripe's card field is on screen
  const [preparingPayment, setPreparingPayment] = useState(false)

  const saved = addresses.data ?? []
  const shipChoice = shippingChoice ?? initialChoice(saved, 'Shipping')
  const billChoice = billingChoice ?? initialChoice(saved, 'Billing')
  const resolve = (choice: AddressChoice, typed: PostalAddress) => {
    const found = saved.find((a) => a.id === choice)
    return found ? postalOf(found) : typed
  }
  const shippingAddress = resolve(shipChoice, newShipping)
  const billingAddress = billingSame ? shippingAddress : resolve(billChoice, newBilling)
  const country = shippingAddress.country.trim().toUpperCase()

  const lines = cart.lines.map((line) => ({ productId: line.productId, quantity: line.quantity }))
  const quoteRequest: QuoteRequest | null = lines.length > 0 && countryPattern.test(country) ? { lines, shippingCountry: country, discountCodes: codes } : null
  const quote = useQuote(quoteRequest)
  const errors = fieldErrors(place.error)

  if (cart.lines.length === 0) {
    return (
      <section>
        <h1>{t('checkout.title')}</h1>
        <p className="empty">
          {t('cart.empty')} <Link to="/">{t('cart.continue')}</Link>
        </p>
      </section>
    )
  }
  if (addresses.isPending) return <Loading />

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (preparingPayment) return
    const billing = trimmed(billingAddress)
    let paymentToken = token
    if (cardPayment.current) {
      setPreparingPayment(true)
      paymentToken = (await cardPayment.current(billing).finally(() => setPreparingPayment(false))) ?? ''
      if (!paymentToken) return // the card field says why
    }
    if (!paymentToken) {
      setTokenMissing(true)
      return
    }
    const order: PlaceOrderRequest = {
      lines,
      shippingAddress: trimmed(shippingAddress),
      billingAddress: billing,
      discountCodes: acceptedCodes(codes, quote.data),
      paymentToken,
    }
    attempt.current = attemptFor(attempt.current, JSON.stringify(order))
    const placedLines = cart.lines
    const { key } = attempt.current
    const toKeep = [
      ...(shipChoice === 'new' && keepShipping ? [addressInput('Shipping', order.shippingAddress)] : []),
      ...(!billingSame && billChoice === 'new' && keepBilling ? [addressInput('Billing', order.billingAddress)] : []),
    ]
    place.mutate(
      { order, idempotencyKey: key, saveAddresses: () => saveTypedAddresses(key, toKeep) },
      {
        onSuccess: (placed) => {
          keepPlacedCart(placed.id, placedLines)
          cart.replace([])
          navigate(`/orders/${placed.id}?placed=1`, { state: { addressNotSaved: placed.addressNotSaved === true } })
        },
      },
    )
  }

  return (
    <section aria-labelledby="checkout-title">
      <h1 id="checkout-title">{t('checkout.title')}</h1>
      {addresses.isError && <ProblemMessage error={addresses.error} onRetry={() => void addresses.refetch()} />}
      <div className="checkout">
        <form id="checkout-form" onSubmit={(event) => void submit(event)} noValidate aria-label={t('checkout.title')} className="panel">
          <AddressChooser
            name="shippingAddress"
            legend={t('checkout.shipping')}
            addresses={saved}
            choice={shipChoice}
            onChoice={setShippingChoice}
            address={newShipping}
            onAddress={setNewShipping}
            errors={errors}
            keep={keepShipping}
            onKeep={setKeepShipping}
          />
          <label className="check">
            <input type="checkbox" checked={billingSame} onChange={(e) => setBillingSame(e.target.checked)} />
            {t('checkout.billingSame')}
          </label>
          {!billingSame && (
            <AddressChooser
              name="billingAddress"
              legend={t('checkout.billing')}
              addresses={saved}
              choice={billChoice}
              onChoice={setBillingChoice}
              address={newBilling}
              onAddress={setNewBilling}
              errors={errors}
              keep={keepBilling}
              onKeep={setKeepBilling}
            />
          )}
          <PaymentChoice
            token={token}
            onToken={(next) => {
              setToken(next)
              setTokenMissing(false)
            }}
            cardPayment={cardPayment}
            error={tokenMissing ? t('payment.choose') : errors.paymentToken}
          />
          {place.isError && <ProblemMessage error={place.error} />}
          <button type="submit" className="place-order" disabled={place.isPending || preparingPayment || !paymentAvailable || quote.isError}>
            {place.isPending || preparingPayment ? t('checkout.placing') : t('checkout.place')}
          </button>
        </form>

        <aside aria-labelledby="summary-title" className="panel summary">
          <h2 id="summary-title">{t('checkout.summary')}</h2>
          <ul className="summary-lines">
            {cart.lines.map((line) => (
              <li key={line.productId}>
                <span>{line.name}</span>
                <QuantityInput value={line.quantity} label={t('cart.quantityOf', { name: line.name })} onChange={(quantity) => cart.setQuantity(line.productId, quantity)} />
                <Price minor={line.priceMinor * line.quantity} currency={line.currency} />
              </li>
            ))}
          </ul>
          <DiscountCodes codes={codes} onCodes={setCodes} quote={quote.data} />
          <QuoteSummary
            quote={quote.data}
            fetching={quote.isFetching}
            error={quote.error}
            waitingFor={quoteRequest ? null : t('quote.needsCountry')}
          />
        </aside>
      </div>
    </section>
  )
}

function trimmed(address: PostalAddress): PostalAddress {
  const line2 = address.line2?.trim()
  return {
    name: address.name.trim(),
    line1: address.line1.trim(),
    line2: line2 ? line2 : null,
    postalCode: address.postalCode.trim(),
    city: address.city.trim(),
    country: address.country.trim().toUpperCase(),
  }
}
