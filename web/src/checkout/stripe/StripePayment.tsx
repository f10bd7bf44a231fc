import { Elements } from '@stripe/react-stripe-js'
import { loadStripe } from '@stripe/stripe-js/pure'
import { useQuery } from '@tanstack/react-query'
import { useMemo, type RefObject } from 'react'
import { Loading } from '../../components/Loading'
import { useI18n } from '../../i18n/I18n'
import type { PaymentSource } from '../paymentSource'
import { StripeCardField } from './StripeCardField'

/**
 * The payment step when the shop takes payments through Stripe. Loaded only then (its own chunk), and it
 * loads Stripe.js from js.stripe.com only then too, as Stripe requires: the `pure` entry does not add the
 * script when imported. A failed load can be retried; Stripe.js's loader forgets a failed attempt.
 */
export default function StripePayment({ publishableKey, source, error }: { publishableKey: string; source: RefObject<PaymentSource | null>; error?: string }) {
  const { t, locale } = useI18n()
  const stripe = useQuery({
    queryKey: ['stripe-js', publishableKey],
    queryFn: async () => {
      const loaded = await loadStripe(publishableKey)
      if (!loaded) throw new Error('Stripe.js is not available in this environment')
      return loaded
    },
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  })
  // Elements takes a changed locale as an update; a new object every render would re-send it each time.
  const options = useMemo(() => ({ locale }), [locale])

  if (stripe.isPending || (stripe.isError && stripe.isFetching)) return <Loading />
  if (stripe.isError) {
    return (
      <div role="alert" className="problem">
        <p>{t('payment.stripe.loadFailed')}</p>
        <button type="button" onClick={() => void stripe.refetch()}>
          {t('common.retry')}
        </button>
      </div>
    )
  }
  return (
    <Elements stripe={stripe.data} options={options}>
      <StripeCardField source={source} error={error} />
    </Elements>
  )
}
