import { useState } from 'react'
import { MessageList } from '../chat/MessageList'
import { shortId } from '../chat/orders'
import { Loading } from '../components/Loading'
import { ProblemMessage } from '../components/ProblemMessage'
import { useI18n } from '../i18n/I18n'
import { CustomerName } from './CustomerName'
import { transcriptPageSize, useTranscriptMessages, useTranscripts } from './supportApi'

/** Closed conversations, newest first, a page at a time; one opens as a read-only transcript. */
export function Transcripts({ agentId }: { agentId: string }) {
  const { t, locale } = useI18n()
  const [page, setPage] = useState(1)
  const [shown, setShown] = useState<string | null>(null)
  const transcripts = useTranscripts(page)
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })
  const pages = transcripts.data ? Math.max(1, Math.ceil(transcripts.data.total / transcriptPageSize)) : 1

  return (
    <section aria-labelledby="transcripts-title" className="panel transcripts">
      <h2 id="transcripts-title">{t('support.transcripts')}</h2>
      {transcripts.isPending && <Loading />}
      {transcripts.isError && <ProblemMessage error={transcripts.error} onRetry={() => void transcripts.refetch()} />}
      {transcripts.data?.items.length === 0 && <p className="empty">{t('support.transcriptsEmpty')}</p>}
      {transcripts.data && transcripts.data.items.length > 0 && (
        <>
          <ul className="queue" aria-label={t('support.transcripts')} aria-busy={transcripts.isPlaceholderData}>
            {transcripts.data.items.map((c) => (
              <li key={c.id} className="queue-item">
                <span>
                  <CustomerName customerId={c.customerId} />
                  <small className="muted">
                    {t('chat.reference', { id: shortId(c.id) })} · {date.format(new Date(c.closedAtUtc ?? c.openedAtUtc))}
                  </small>
                </span>
                <button type="button" className="secondary" aria-expanded={shown === c.id} onClick={() => setShown(shown === c.id ? null : c.id)}>
                  {t(shown === c.id ? 'support.hideTranscript' : 'support.showTranscript')}
                </button>
                {shown === c.id && <Transcript id={c.id} agentId={agentId} />}
              </li>
            ))}
          </ul>
          {pages > 1 && (
            <nav className="pager" aria-label={t('catalog.pagination')}>
              <button type="button" className="secondary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                {t('catalog.previous')}
              </button>
              <span>{t('catalog.page', { page, pages })}</span>
              <button type="button" className="secondary" disabled={page >= pages} onClick={() => setPage(page + 1)}>
                {t('catalog.next')}
              </button>
            </nav>
          )}
        </>
      )}
    </section>
  )
}

function Transcript({ id, agentId }: { id: string; agentId: string }) {
  const { t } = useI18n()
  const messages = useTranscriptMessages(id)
  if (messages.isPending) return <Loading />
  if (messages.isError) return <ProblemMessage error={messages.error} onRetry={() => void messages.refetch()} />
  return (
    <div className="chat-log transcript" aria-label={t('support.transcriptOf', { id: shortId(id) })} role="region">
      <MessageList messages={messages.data.items} meId={agentId} receipts={false} empty={t('chat.empty')} />
    </div>
  )
}
