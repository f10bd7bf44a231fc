import { useI18n } from '../i18n/I18n'
import type { Order, OrderHistoryEntry, OrderStatus } from './ordersApi'

/** The road an order takes when all goes well; anything else ends it early (see the orders service's README). */
export const happyPath: readonly OrderStatus[] = ['Submitted', 'StockReserved', 'Priced', 'Paid', 'Shipped', 'Delivered']

export interface TimelineStep {
  status: OrderStatus
  state: 'done' | 'current' | 'upcoming' | 'failed'
  entry?: OrderHistoryEntry
}

/**
 * The steps to show for an order: the happy path with what has been reached and when, and, when the
 * order left it (rejected, payment failed, cancelled, refunded), that end as the last step, with the
 * steps it will never reach left out.
 */
export function timelineSteps(order: Pick<Order, 'status' | 'history'>): TimelineStep[] {
  const latest = new Map<OrderStatus, OrderHistoryEntry>()
  for (const entry of [...order.history].sort((a, b) => a.version - b.version)) latest.set(entry.status, entry)
  const offPath = !happyPath.includes(order.status)
  const reached = happyPath.filter((status) => latest.has(status))
  const steps: TimelineStep[] = []
  for (const status of happyPath) {
    const entry = latest.get(status)
    if (entry) steps.push({ status, entry, state: status === order.status ? 'current' : 'done' })
    else if (!offPath) steps.push({ status, state: 'upcoming' })
  }
  if (offPath) steps.push({ status: order.status, entry: latest.get(order.status), state: 'failed' })
  // An order just placed may be shown before its first history entry is read: it is at the first step.
  if (reached.length === 0 && !offPath) steps[0] = { ...steps[0], state: 'current' }
  return steps
}

export function OrderTimeline({ order }: { order: Pick<Order, 'status' | 'history' | 'trackingNumber'> }) {
  const { t, locale } = useI18n()
  const time = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })
  return (
    <ol className="timeline" aria-label={t('order.timeline')}>
      {timelineSteps(order).map((step) => (
        <li key={step.status} className={`step ${step.state}`} aria-current={step.state === 'current' || step.state === 'failed' ? 'step' : undefined}>
          <span className="step-name">{t(`order.status.${step.status}`)}</span>
          {step.entry && <time dateTime={step.entry.at}>{time.format(new Date(step.entry.at))}</time>}
          {step.state === 'upcoming' && <span className="visually-hidden">{t('order.upcoming')}</span>}
          {step.state === 'failed' && step.entry?.reason && <span className="step-reason">{step.entry.reason}</span>}
          {step.status === 'Shipped' && step.entry && order.trackingNumber && (
            <span className="step-reason">{t('order.tracking', { number: order.trackingNumber })}</span>
          )}
        </li>
      ))}
    </ol>
  )
}
