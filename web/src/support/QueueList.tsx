import { useState } from 'react'
import { chatErrorText } from '../chat/chatErrors'
import type { Conversation } from '../chat/chatTypes'
import { shortId } from '../chat/orders'
import { Loading } from '../components/Loading'
import { useI18n } from '../i18n/I18n'
import { CustomerName, useCustomerName } from './CustomerName'
import { FailureMessage } from './FailureMessage'
import { useCustomerContact } from './supportApi'

interface Props {
  queue: Conversation[] | null
  mine: Conversation[]
  error: unknown
  onRetry: () => void
  selectedId: string | null
  onSelect: (id: string) => void
  onTake: (id: string) => Promise<unknown>
}

/** The waiting conversations, longest waiting first, each to be taken; and the agent's own conversations. */
export function QueueList({ queue, mine, error, onRetry, selectedId, onSelect, onTake }: Props) {
  const { t } = useI18n()
  const [taking, setTaking] = useState<string | null>(null)
  const [refused, setRefused] = useState<unknown>(null)

  const take = async (id: string) => {
    setTaking(id)
    setRefused(null)
    try {
      await onTake(id)
      onSelect(id)
    } catch (failure) {
      setRefused(failure)
    } finally {
      setTaking(null)
    }
  }

  return (
    <>
      <section aria-labelledby="queue-title">
        <h2 id="queue-title">{t('support.queue', { count: queue?.length ?? 0 })}</h2>
        {error !== null && <FailureMessage error={error} onRetry={onRetry} />}
        {refused !== null && (
          <p role="alert" className="problem">
            {chatErrorText(refused, t)}
          </p>
        )}
        {queue === null && error === null && <Loading />}
        {queue?.length === 0 && <p className="empty">{t('support.queueEmpty')}</p>}
        {queue && queue.length > 0 && (
          <ul className="queue" aria-label={t('support.waiting')}>
            {queue.map((c) => (
              <li key={c.id} className="queue-item">
                <div>
                  <Summary conversation={c} />
                </div>
                <TakeButton customerId={c.customerId} disabled={taking !== null} onClick={() => void take(c.id)} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="mine-title">
        <h2 id="mine-title">{t('support.mine')}</h2>
        {mine.length === 0 ? (
          <p className="empty">{t('support.mineEmpty')}</p>
        ) : (
          <ul className="queue" aria-label={t('support.mine')}>
            {mine.map((c) => (
              <li key={c.id} className="queue-item">
                <button type="button" className="queue-open" aria-current={c.id === selectedId ? 'true' : undefined} onClick={() => onSelect(c.id)}>
                  <Summary conversation={c} />
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  )
}

/** One conversation in a list: who it is with (name, email once looked up), its reference, its order, since when. */
function Summary({ conversation: c }: { conversation: Conversation }) {
  const { t, locale } = useI18n()
  const contact = useCustomerContact(c.customerId)
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' })
  return (
    <>
      <CustomerName customerId={c.customerId} className="queue-customer" />
      <small className="muted">
        {[
          contact.data?.email,
          t('chat.reference', { id: shortId(c.id) }),
          c.orderId && t('support.aboutOrder', { id: shortId(c.orderId) }),
          t('support.since', { time: time.format(new Date(c.openedAtUtc)) }),
        ]
          .filter(Boolean)
          .join(' · ')}
      </small>
    </>
  )
}

function TakeButton({ customerId, disabled, onClick }: { customerId: string; disabled: boolean; onClick: () => void }) {
  const { t } = useI18n()
  return (
    <button type="button" disabled={disabled} onClick={onClick} aria-label={t('support.takeFrom', { name: useCustomerName(customerId) })}>
      {t('support.take')}
    </button>
  )
}
