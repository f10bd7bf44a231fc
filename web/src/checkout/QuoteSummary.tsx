import { AmountRow } from '../components/AmountRow'
import { ProblemMessage } from '../components/ProblemMessage'
import { useI18n } from '../i18n/I18n'
import type { Quote } from './checkoutApi'

/** Subtotal, discounts, shipping, VAT per rate and total, as billing priced the cart just now. */
export function QuoteSummary({ quote, fetching, error, waitingFor }: { quote: Quote | undefined; fetching: boolean; error: unknown; waitingFor: string | null }) {
  const { t, locale } = useI18n()
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 })
  if (waitingFor) return <p className="muted">{waitingFor}</p>
  if (error && !quote) return <ProblemMessage error={error} />
  if (!quote) return <p className="muted">{t('quote.computing')}</p>
  const row = (label: string, minor: number, testId: string) => <AmountRow key={testId} label={label} minor={minor} currency={quote.currency} testId={testId} />
  return (
    <div aria-busy={fetching} aria-live="polite" className="quote">
      {error !== null && error !== undefined && <ProblemMessage error={error} />}
      <dl className="totals">
        {row(t('quote.subtotal'), quote.subtotalMinor, 'quote-subtotal')}
        {quote.applied.map((discount) => (
          <AmountRow
            key={discount.discountId}
            label={discount.code ? `${discount.name} (${discount.code})` : discount.name}
            minor={-discount.amountMinor}
            currency={quote.currency}
            testId="quote-discount"
          />
        ))}
        {row(t('quote.shipping'), quote.shippingMinor, 'quote-shipping')}
        {quote.taxes.map((tax) => row(t('quote.vatAt', { rate: percent.format(tax.basisPoints / 10_000) }), tax.taxMinor, `quote-vat-${tax.basisPoints}`))}
        {row(t('quote.total'), quote.totalMinor, 'quote-total')}
      </dl>
    </div>
  )
}
