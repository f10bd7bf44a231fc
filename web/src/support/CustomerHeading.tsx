import { shortId } from '../chat/orders'
import { problemText } from '../components/ProblemMessage'
import { useI18n } from '../i18n/I18n'
import { useCustomerName } from './CustomerName'
import { useCustomerContact } from './supportApi'

/**
 * The conversation's header: who the agent is talking to (name and email), the conversation's
 * reference, and a readable note with a retry when the customer could not be looked up.
 */
export function CustomerHeading({ customerId, conversationId }: { customerId: string; conversationId: string }) {
  const { t } = useI18n()
  const contact = useCustomerContact(customerId)
  const name = useCustomerName(customerId)
  return (
    <header className="conversation-customer">
      <h2>
        {name}
        <small className="muted"> · {t('chat.reference', { id: shortId(conversationId) })}</small>
      </h2>
      {contact.data && (
        <p className="muted">
          <span className="visually-hidden">{t('support.email')} </span>
          {contact.data.email}
        </p>
      )}
      {contact.isError && (
        <p role="status" className="muted contact-failed">
          {t('support.contactFailed', { reason: problemText(contact.error, t) })}{' '}
          <button type="button" className="link-button" onClick={() => void contact.refetch()}>
            {t('common.retry')}
          </button>
        </p>
      )}
    </header>
  )
}
