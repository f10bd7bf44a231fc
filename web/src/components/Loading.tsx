import { useI18n } from '../i18n/I18n'

export function Loading() {
  const { t } = useI18n()
  return (
    <p className="loading" role="status" aria-live="polite">
      {t('common.loading')}
    </p>
  )
}
