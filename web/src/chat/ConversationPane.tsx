import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react'
import { Loading } from '../components/Loading'
import { useI18n } from '../i18n/I18n'
import { chatErrorText } from './chatErrors'
import { maxMessageLength, type ChatLink, type ConversationStatus } from './chatTypes'
import { MessageList } from './MessageList'
import { useConversation, type Participant } from './useConversation'
import './chat.css'

interface Props {
  link: ChatLink | null
  conversationId: string
  me: Participant
  /** The conversation is on screen: the other side's messages are marked read. */
  reading: boolean
  /** Shown above the messages (who the conversation is with, what it is about). */
  heading?: ReactNode
  /** Told whenever the conversation's status changes (a closed one may be followed by a new one). */
  onStatus?: (status: ConversationStatus) => void
  /** Told how many of the other side's messages are unread (none once closed: a closed one is not marked read any more). */
  onUnread?: (count: number) => void
}

/**
 * A live conversation for either side: messages (plain text, never markup), read receipts on one's
 * own messages, the other side's typing indicator, the composer, and closing it.
 */
export function ConversationPane({ link, conversationId, me, reading, heading, onStatus, onUnread }: Props) {
  const { t } = useI18n()
  const chat = useConversation(link, conversationId, me, reading)
  const [draft, setDraft] = useState('')
  const [failure, setFailure] = useState<unknown>(null)
  const [busy, setBusy] = useState(false)
  const composerId = useId()
  const customer = me.side === 'customer'
  const status = chat.conversation?.status
  const connected = link?.status === 'connected'
  const log = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (status) onStatus?.(status)
  }, [status, onStatus])

  const unread = status === 'closed' ? 0 : chat.unread
  useEffect(() => {
    onUnread?.(unread)
  }, [unread, onUnread])
  useEffect(() => () => onUnread?.(0), [onUnread])

  // The newest message stays in view, as in every chat.
  const count = chat.messages.length
  useEffect(() => {
    const element = log.current
    if (element) element.scrollTop = element.scrollHeight
  }, [count, chat.otherTyping])

  const run = async (action: () => Promise<void>) => {
    setBusy(true)
    setFailure(null)
    try {
      await action()
      return true
    } catch (error) {
      setFailure(error)
      return false
    } finally {
      setBusy(false)
    }
  }

  const submit = async (event?: FormEvent) => {
    event?.preventDefault()
    const text = draft.trim()
    if (!text || busy) return
    if (await run(() => chat.send(text))) setDraft('')
  }

  // Enter sends, Shift+Enter starts a new line (as in every chat).
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault()
      void submit()
    }
  }

  if (chat.joinError && !chat.conversation) {
    return (
      <div role="alert" className="problem">
        <p>{chatErrorText(chat.joinError, t)}</p>
        <button type="button" onClick={chat.rejoin}>
          {t('common.retry')}
        </button>
      </div>
    )
  }
  if (!chat.conversation) return <Loading />

  return (
    <section className="conversation" aria-label={t('chat.conversation')} data-status={status}>
      {heading}
      <p className="chat-state" role="status">
        {!connected ? t('chat.reconnecting') : status === 'open' ? t(customer ? 'chat.waiting' : 'chat.waitingAgent') : status === 'closed' ? t('chat.closed') : customer ? t('chat.agentJoined') : ''}
      </p>
      {chat.total > chat.messages.length && <p className="muted">{t('chat.earlier', { count: chat.total - chat.messages.length })}</p>}
      <div className="chat-log" role="log" aria-label={t('chat.messages')} ref={log} tabIndex={0}>
        <MessageList messages={chat.messages} meId={me.id} receipts empty={t(customer ? 'chat.emptyCustomer' : 'chat.empty')} />
      </div>
      <p className="chat-typing" aria-live="polite" data-testid="typing">
        {chat.otherTyping ? t(customer ? 'chat.typing.agent' : 'chat.typing.customer') : ''}
      </p>
      {failure !== null && (
        <p role="alert" className="problem">
          {chatErrorText(failure, t)}
        </p>
      )}
      {status !== 'closed' && (
        <form className="chat-composer" onSubmit={(e) => void submit(e)}>
          <label htmlFor={composerId}>{t('chat.message')}</label>
          <textarea
            id={composerId}
            value={draft}
            rows={2}
            maxLength={maxMessageLength}
            onChange={(e) => {
              setDraft(e.target.value)
              if (e.target.value) chat.typing()
            }}
            onKeyDown={onKeyDown}
            aria-describedby={`${composerId}-hint`}
          />
          <small id={`${composerId}-hint`} className="hint">
            {t('chat.hint', { count: maxMessageLength - draft.length })}
          </small>
          <div className="actions">
            <button type="submit" disabled={busy || !connected || !draft.trim()}>
              {t('chat.send')}
            </button>
            <button type="button" className="secondary" disabled={busy || !connected} onClick={() => void run(chat.close)}>
              {t(customer ? 'chat.end' : 'chat.closeConversation')}
            </button>
          </div>
        </form>
      )}
    </section>
  )
}
