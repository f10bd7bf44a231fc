import { CardElement, useElements, useStripe } from '@stripe/react-stripe-js'
import type { StripeCardElementChangeEvent } from '@stripe/stripe-js'
import { useEffect, useRef, useState, type RefObject } from 'react'
import { useI18n } from '../../i18n/I18n'
import type { MessageKey } from '../../i18n/messages'
import type { PaymentSource } from '../paymentSource'
import { stripeErrorMessage } from './stripeErrors'

const cardOptions = { hidePostalCode: true } // the billing address, postal code included, is asked above

/**
 * Stripe's card field. Card details stay inside Stripe's field; placing the order asks Stripe.js for a
 * PaymentMethod id, and the same id is given again until the card or the billing address changes, so
 * sending the same order twice stays one checkout attempt (one Idempotency-Key).
 */
export function StripeCardField({ source, error }: { source: RefObject<PaymentSource | null>; error?: string }) {
  const { t } = useI18n()
  const stripe = useStripe()
  const elements = useElements()
  const [cardError, setCardError] = useState<MessageKey | null>(null)
  const [ready, setReady] = useState(false)
  const made = useRef<{ billing: string; id: string } | null>(null)

  useEffect(() => {
    source.current = async (billing) => {
      const card = elements?.getElement(CardElement)
      if (!stripe || !card) return null
      const billedTo = JSON.stringify(billing)
      if (made.current?.billing === billedTo) return made.current.id
      const result = await stripe
        .createPaymentMethod({
          type: 'card',
          card,
          billing_details: {
            name: billing.name,
            address: { line1: billing.line1, line2: billing.line2 ?? undefined, postal_code: billing.postalCode, city: billing.city, country: billing.country },
          },
        })
        .catch(() => ({ error: { code: null }, paymentMethod: undefined }))
      if (result.error || !result.paymentMethod) {
        setCardError(stripeErrorMessage(result.error ?? {}))
        card.focus()
        return null
      }
      made.current = { billing: billedTo, id: result.paymentMethod.id }
      return result.paymentMethod.id
    }
    return () => {
      source.current = null
    }
  }, [stripe, elements, source])

  const onChange = (event: StripeCardElementChangeEvent) => {
    made.current = null // another card: a new PaymentMethod, hence a new attempt
    setCardError(event.error ? stripeErrorMessage(event.error) : null)
  }
  const shown = cardError ? t(cardError) : error

  return (
    <fieldset className="payment-choice" aria-describedby={shown ? 'payment-error' : undefined}>
      <legend>{t('payment.stripe.legend')}</legend>
      <span id="card-label" className="card-label" onClick={() => elements?.getElement(CardElement)?.focus()}>
        {t('payment.stripe.card')}
      </span>
      <div className="card-field" role="group" aria-labelledby="card-label" aria-describedby="card-hint" aria-busy={!ready}>
        <CardElement options={cardOptions} onReady={() => setReady(true)} onChange={onChange} />
      </div>
      {!ready && (
        <p className="loading" role="status">
          {t('common.loading')}
        </p>
      )}
      <p id="card-hint" className="hint">
        {t('payment.stripe.hint')}
      </p>
      {shown && (
        <small id="payment-error" className="field-error" role="alert">
          {shown}
        </small>
      )}
    </fieldset>
  )
}
