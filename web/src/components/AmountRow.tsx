import { Price } from './Price'

/** One line of a totals list (`<dl className="totals">`): a label and an amount. */
export function AmountRow({ label, minor, currency, testId }: { label: string; minor: number; currency: string; testId?: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd data-testid={testId}>
        <Price minor={minor} currency={currency} />
      </dd>
    </div>
  )
}
