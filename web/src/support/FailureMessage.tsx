import { ApiError } from '../api/problem'
import { chatErrorText } from '../chat/chatErrors'
import { ProblemMessage } from '../components/ProblemMessage'
import { useI18n } from '../i18n/I18n'

/** A failed REST call (ProblemDetails) or hub call (its error code), as a readable message. */
export function FailureMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n()
  if (error instanceof ApiError) return <ProblemMessage error={error} onRetry={onRetry} />
  return (
    <div role="alert" className="problem">
      <p>{chatErrorText(error, t)}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  )
}
