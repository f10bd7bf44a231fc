import { Link } from 'react-router'
import { SignInRequired } from '../account/SignInRequired'
import { Loading } from '../components/Loading'
import { Pager, usePageParam } from '../components/Pager'
import { ProblemMessage } from '../components/ProblemMessage'
import { useI18n } from '../i18n/I18n'
import { inboxPageSize, useInbox, useMarkRead, type InboxItem } from './notificationsApi'

export default function InboxPage() {
  const { t } = useI18n()
  return (
    <SignInRequired title={t('inbox.title')}>
      <Inbox />
    </SignInRequired>
  )
}

/** The shopper's notifications, newest first; new ones arrive live (the hub refreshes this list). */
export function Inbox() {
  const { t, locale } = useI18n()
  const page = usePageParam()
  const inbox = useInbox(page)
  const mark = useMarkRead()
  const time = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })

  return (
    <section aria-labelledby="inbox-title" aria-busy={inbox.isFetching}>
      <div className="list-head">
        <h1 id="inbox-title">{t('inbox.title')}</h1>
        {inbox.data && inbox.data.unread > 0 && (
          <button type="button" className="secondary" disabled={mark.isPending} onClick={() => mark.mutate(undefined)}>
            {t('inbox.markAll')}
          </button>
        )}
      </div>
      {inbox.isPending && <Loading />}
      {inbox.isError && <ProblemMessage error={inbox.error} onRetry={() => void inbox.refetch()} />}
      {mark.isError && <ProblemMessage error={mark.error} />}
      {inbox.data && inbox.data.total === 0 && <p className="empty">{t('inbox.empty')}</p>}
      {inbox.data && inbox.data.items.length > 0 && (
        <ul className="inbox">
          {inbox.data.items.map((item) => (
            <InboxEntry key={item.id} item={item} when={time.format(new Date(item.createdAt))} onRead={() => mark.mutate(item.id)} busy={mark.isPending} />
          ))}
        </ul>
      )}
      {inbox.data && <Pager page={page} total={inbox.data.total} pageSize={inboxPageSize} />}
    </section>
  )
}

function InboxEntry({ item, when, onRead, busy }: { item: InboxItem; when: string; onRead: () => void; busy: boolean }) {
  const { t } = useI18n()
  const unread = !item.readAt
  return (
    <li className={unread ? 'notification unread' : 'notification'}>
      <div>
        <strong>
          {unread && <span className="visually-hidden">{t('inbox.unread')} </span>}
          {item.title}
        </strong>
        <p>{item.body}</p>
        <small className="muted">
          <time dateTime={item.createdAt}>{when}</time>
          {item.orderId && (
            <>
              {' · '}
              <Link to={`/orders/${item.orderId}`}>{t('inbox.seeOrder')}</Link>
            </>
          )}
        </small>
      </div>
      {unread && (
        <button type="button" className="secondary" disabled={busy} onClick={onRead} aria-label={t('inbox.markReadOf', { title: item.title })}>
          {t('inbox.markRead')}
        </button>
      )}
    </li>
  )
}
