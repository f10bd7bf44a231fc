import type { UseMutationResult } from '@tanstack/react-query'
import { ProblemMessage } from '../../components/ProblemMessage'
import { useI18n } from '../../i18n/I18n'

/** The end of an admin form: what went wrong (readable), "Saved." once it worked, and the save button. */
export function SaveBar({ mutation }: { mutation: Pick<UseMutationResult<unknown, Error, never>, 'isError' | 'error' | 'isSuccess' | 'isPending'> }) {
  const { t } = useI18n()
  return (
    <>
      {mutation.isError && <ProblemMessage error={mutation.error} />}
      <p role="status">{mutation.isSuccess ? t('common.saved') : ''}</p>
      <button type="submit" disabled={mutation.isPending}>
        {t('common.save')}
      </button>
    </>
  )
}
