import { Link } from 'react-router'
import { useI18n } from '../i18n/I18n'
import { useUnreadCount } from './notificationsApi'

/** The header's link to the inbox with the unread count, kept live by the notifications hub. */
export function NotificationsLink() {
  const { t } = useI18n()
  const unread = useUnreadCount(true)
  const count = unread.data ?? 0
  return (
    <Link to="/notifications" className="cart-link" aria-label={t('nav.notificationsCount', { count })}>
      {t('nav.notifications')}{' '}
      <span className={count > 0 ? 'badge' : 'badge quiet'} data-testid="unread-count">
        {count}
      </span>
    </Link>
  )
}
