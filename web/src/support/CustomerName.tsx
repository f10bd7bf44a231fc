import { shortId } from '../chat/orders'
import { useI18n } from '../i18n/I18n'
import { useCustomerContact } from './supportApi'

/**
 * How the console names a customer: their display name once looked up, else (while it loads, or when
 * the look-up fails) "Customer 1a2b3c4d" from the id, so a list never waits for or breaks on it.
 */
export function useCustomerName(customerId: string): string {
  const { t } = useI18n()
  const contact = useCustomerContact(customerId)
  return contact.data?.displayName || t('support.customer', { id: shortId(customerId) })
}

/** The customer's name inline (queue, own conversations, transcripts). */
export function CustomerName({ customerId, className }: { customerId: string; className?: string }) {
  return <span className={className}>{useCustomerName(customerId)}</span>
}
