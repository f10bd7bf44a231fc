import { useI18n } from '../i18n/I18n'
import type { ChatMessage } from './chatTypes'

/**
 * Messages oldest first. Each text is rendered as text content (React escapes it), never as markup;
 * one's own messages carry their read receipt.
 */
export function MessageList({ messages, meId, receipts, empty }: { messages: ChatMessage[]; meId: string; receipts: boolean; empty: string }) {
  const { t, locale } = useI18n()
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' })
  const author = (message: ChatMessage) =>
    message.senderId === meId ? t('chat.you') : message.senderSide === 'agent' ? t('chat.support') : t('chat.customer')

  return (
    <ol>
      {messages.length === 0 && <li className="empty">{empty}</li>}
      {messages.map((message) => {
        const own = message.senderId === meId
        return (
          <li key={message.id} className={own ? 'chat-message own' : 'chat-message'}>
            <span className="chat-author">{author(message)}</span>
            <p className="chat-text">{message.text}</p>
            <small className="muted">
              <time dateTime={message.sentAtUtc}>{time.format(new Date(message.sentAtUtc))}</time>
              {own && receipts && <span className="chat-receipt">{` · ${t(message.readAtUtc ? 'chat.read' : 'chat.sent')}`}</span>}
            </small>
          </li>
        )
      })}
    </ol>
  )
}
