import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect } from 'react'
import { useSearchParams } from 'react-router'
import { useChatLink } from '../chat/chatConnection'
import { ConversationPane } from '../chat/ConversationPane'
import { usePageVisible } from '../chat/usePageVisible'
import { useI18n } from '../i18n/I18n'
import { CustomerHeading } from './CustomerHeading'
import { CustomerOrders } from './CustomerOrders'
import { QueueList } from './QueueList'
import { useConversationInfo } from './supportApi'
import { Transcripts } from './Transcripts'
import { useSupportQueue } from './useSupportQueue'

/** The agent's desk: the live queue, the conversation being answered, the customer's orders beside it, past transcripts. */
export function SupportConsole({ agentId, accessToken }: { agentId: string; accessToken: string }) {
  const { t } = useI18n()
  const link = useChatLink(accessToken)
  const visible = usePageVisible()
  const support = useSupportQueue(link, agentId)
  // The conversation on screen is in the URL, so a reload (or a shared link) shows it again.
  const [params, setParams] = useSearchParams()
  const selectedId = params.get('conversation')
  const select = useCallback((id: string) => setParams({ conversation: id }), [setParams])
  const open = support.mine.find((c) => c.id === selectedId)
  // A closed (or someone else's) conversation still shows who it was with and their orders.
  const looked = useConversationInfo(selectedId, support.queue !== null && !open)
  const selected = open ?? (looked.data?.id === selectedId ? looked.data : null)
  const client = useQueryClient()
  const hub = link?.hub

  // A conversation closed by anyone becomes a transcript.
  useEffect(() => {
    if (!hub) return
    const closed = () => void client.invalidateQueries({ queryKey: ['support', 'transcripts'] })
    hub.on('ConversationClosed', closed)
    return () => hub.off('ConversationClosed', closed)
  }, [hub, client])

  return (
    <>
      <h1>{t('support.title')}</h1>
      {link?.status === 'reconnecting' && (
        <p role="status" className="muted">
          {t('chat.reconnecting')}
        </p>
      )}
      <div className="support-console">
        <div className="support-queue panel">
          <QueueList queue={support.queue} mine={support.mine} error={support.error} onRetry={support.retry} selectedId={selectedId} onSelect={select} onTake={support.take} />
        </div>
        <div className="support-conversation panel">
          {selectedId ? (
            <ConversationPane
              key={selectedId}
              link={link}
              conversationId={selectedId}
              me={{ id: agentId, side: 'agent' }}
              reading={visible}
              heading={
selected && <CustomerHeading customerId={selected.customerId} conversationId={selected.id} />
              }
            />
          ) : (
            <p className="empty">{t('support.pick')}</p>
          )}
        </div>
        <div className="support-orders panel">
          {selected ? <CustomerOrders key={selected.id} customerId={selected.customerId} aboutOrderId={selected.orderId} /> : <p className="empty">{t('support.ordersPick')}</p>}
        </div>
      </div>
      <Transcripts agentId={agentId} />
    </>
  )
}
