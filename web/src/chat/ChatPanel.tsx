import { useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { useAuth } from '../auth/Auth'
import { Loading } from '../components/Loading'
import { ProblemMessage } from '../components/ProblemMessage'
import { useI18n } from '../i18n/I18n'
import { myConversationKey, useMyConversation, useMyRecentOrders } from './chatApi'
import { chatErrorText } from './chatErrors'
import { useChatLink } from './chatConnection'
import type { ChatLink, Conversation, ConversationStatus } from './chatTypes'
import { ConversationPane } from './ConversationPane'
import { shortId } from './orders'
import { usePageVisible } from './usePageVisible'

interface Props {
  /** The panel is open (not only kept connected behind the closed launcher): messages shown are read. */
  shown: boolean
  /** Told how many of support's messages the shopper has not read, for the closed launcher's badge. */
  onUnread: (count: number) => void
}

/** The signed-in shopper's side of the chat: their conversation going on, or a form to start one. */
export default function ChatPanel({ shown, onUnread }: Props) {
  const { t } = useI18n()
  const { user } = useAuth()
  const link = useChatLink(user?.access_token ?? null)
  const visible = usePageVisible()
  const current = useMyConversation(!!user)
  const client = useQueryClient()
  const [status, setStatus] = useState<ConversationStatus | null>(null)
  const me = user?.profile.sub ?? ''

  const started = (conversation: Conversation | null) => {
    setStatus(conversation?.status ?? null)
    client.setQueryData(myConversationKey, conversation)
  }

  if (current.isPending) return <Loading />
  if (current.isError) return <ProblemMessage error={current.error} onRetry={() => void current.refetch()} />
  const conversation = current.data
  if (!conversation) return <StartConversation link={link} onStarted={started} />

  return (
    <>
      <ConversationPane
        key={conversation.id}
        link={link}
        conversationId={conversation.id}
        me={{ id: me, side: 'customer' }}
        reading={shown && visible}
        onStatus={setStatus}
        onUnread={onUnread}
        heading={
          <p className="muted" data-testid="chat-reference">
            {t('chat.reference', { id: shortId(conversation.id) })}
            {conversation.orderId && ` · ${t('chat.aboutOrder', { id: shortId(conversation.orderId) })}`}
          </p>
        }
      />
      {status === 'closed' && (
        <button type="button" onClick={() => started(null)}>
          {t('chat.startAnother')}
        </button>
      )}
    </>
  )
}

function StartConversation({ link, onStarted }: { link: ChatLink | null; onStarted: (conversation: Conversation) => void }) {
  const { t, locale } = useI18n()
  const orders = useMyRecentOrders(true)
  const [orderId, setOrderId] = useState('')
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<unknown>(null)
  const connected = link?.status === 'connected'
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' })

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!link || busy) return
    setBusy(true)
    setFailure(null)
    try {
      onStarted(await link.hub.invoke<Conversation>('OpenConversation', orderId || null))
    } catch (error) {
      setFailure(error)
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="chat-start" onSubmit={(e) => void submit(e)}>
      <p>{t('chat.intro')}</p>
      <div className="field">
        <label htmlFor="chat-order">{t('chat.orderLabel')}</label>
        <select id="chat-order" value={orderId} onChange={(e) => setOrderId(e.target.value)} disabled={orders.isPending}>
          <option value="">{t('chat.noOrder')}</option>
          {orders.data?.items.map((order) => (
            <option key={order.id} value={order.id}>
              {t('chat.orderOption', { id: shortId(order.id), date: date.format(new Date(order.createdAt)) })}
            </option>
          ))}
        </select>
      </div>
      {failure !== null && (
        <p role="alert" className="problem">
          {chatErrorText(failure, t)}
        </p>
      )}
      {!connected && <p className="muted" role="status">{t('chat.connecting')}</p>}
      <button type="submit" disabled={!connected || busy}>
        {t('chat.start')}
      </button>
    </form>
  )
}
