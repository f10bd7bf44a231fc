import { ApiError } from '../api/problem'
import { useI18n, type Translate } from '../i18n/I18n'

/** A readable sentence for a failed call; the service's own detail wins when it gave one. */
export function problemText(error: unknown, t: Translate): string {
  if (!(error instanceof ApiError)) return t('problem.server')
  const { status, problem } = error
  if (status === 0) return t('problem.network')
  if (problem?.detail) return problem.detail
  if (problem?.errors) return t('problem.validation')
  if (status === 401) return t('problem.unauthorized')
  if (status === 403) return t('problem.forbidden')
  if (status === 404) return t('problem.notFound')
  if (status === 429) return t('problem.tooMany')
  if (status >= 500) return t('problem.server')
  return problem?.title ?? t('problem.server')
}

/** Shows an API error as a message (never raw JSON), with the field errors of a validation problem. */
export function ProblemMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n()
  const errors = error instanceof ApiError ? error.problem?.errors : undefined
  return (
    <div role="alert" className="problem">
      <p>{problemText(error, t)}</p>
      {errors && (
        <ul>
          {Object.entries(errors).flatMap(([field, messages]) => messages.map((message) => <li key={field + message}>{message}</li>))}
        </ul>
      )}
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  )
}
