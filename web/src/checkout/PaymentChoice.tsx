import { lazy, Suspense, type RefObject } from 'react'
import { Loading } from '../components/Loading'
import { ProblemMessage } from '../components/ProblemMessage'
import { useI18n } from '../i18n/I18n'
import type { MessageKey } from '../i18n/messages'
import { usePaymentsConfig } from './checkoutApi'
import type { PaymentSource } from './paymentSource'

// Stripe Elements and its React bindings are fetched only when the shop takes payments through Stripe.
const StripePayment = lazy(() => import('./stripe/StripePayment'))

/** Test tokens this app names in the shopper's language; others show the payments service's own label. */
const tokenLabels: Record<string, MessageKey> = {
  tok_visa: 'payment.token.visa',
  tok_mastercard: 'payment.token.mastercard',
  tok_chargeDeclined: 'payment.token.declined',
  tok_insufficientFunds: 'payment.token.insufficientFunds',
  tok_chargeDeclinedExpiredCard: 'payment.token.expired',
  tok_processingError: 'payment.token.processingError',
}

/**
 * How the shopper pays. With the test provider, a choice of its tokens (no card data is ever typed); with
 * Stripe, Stripe's card field, which sets `cardPayment` to make the PaymentMethod id when the order is
 * placed. The shop never sees a card number with any provider.
 */
export function PaymentChoice({
  token,
  onToken,
  cardPayment,
  error,
}: {
  token: string
  onToken: (token: string) => void
  cardPayment: RefObject<PaymentSource | null>
  error?: string
}) {
  const { t } = useI18n()
  const config = usePaymentsConfig()
  if (config.isPending) return <Loading />
  if (config.isError) return <ProblemMessage error={config.error} onRetry={() => void config.refetch()} />
  const publishableKey = config.data.stripePublishableKey
  if (config.data.provider === 'stripe' && publishableKey) {
    return (
      <Suspense fallback={<Loading />}>
        <StripePayment publishableKey={publishableKey} source={cardPayment} error={error} />
      </Suspense>
    )
  }
  const tokens = config.data.testTokens
  if (config.data.provider !== 'test' || !tokens) {
    return (
      <p role="alert" className="problem">
        {t('payment.unsupported', { provider: config.data.provider })}
      </p>
    )
  }
  return (
    <fieldset className="payment-choice" aria-describedby={error ? 'payment-error' : undefined}>
      <legend>{t('payment.testCard')}</legend>
      <p className="hint">{t('payment.testHint')}</p>
      {tokens.map((choice) => (
        <label key={choice.token} className="check">
          <input type="radio" name="paymentToken" value={choice.token} checked={token === choice.token} onChange={() => onToken(choice.token)} />
          {tokenLabels[choice.token] ? t(tokenLabels[choice.token]) : choice.label} <code>{choice.token}</code>
        </label>
      ))}
      {error && (
        <small id="payment-error" className="field-error">
          {error}
        </small>
      )}
    </fieldset>
  )
}

/** Whether the configured provider can be paid with from this app: the test provider's tokens, or Stripe Elements (PayPal cannot yet). */
export function usePaymentAvailable(): boolean {
  const config = usePaymentsConfig()
  if (config.data?.provider === 'stripe') return Boolean(config.data.stripePublishableKey)
  return config.data?.provider === 'test' && (config.data.testTokens?.length ?? 0) > 0
}
