import { useSearchParams } from 'react-router'
import { useI18n } from '../i18n/I18n'

/** The page asked for in the URL (`?page=`), from 1. */
export function usePageParam(): number {
  const [params] = useSearchParams()
  return Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1)
}

/** Previous / next for a list whose page lives in the URL's `page` parameter; nothing when one page holds all. */
export function Pager({ page, total, pageSize }: { page: number; total: number; pageSize: number }) {
  const { t } = useI18n()
  const [, setParams] = useSearchParams()
  const pages = Math.max(1, Math.ceil(total / pageSize))
  if (pages <= 1) return null
  const go = (next: number) => setParams(next === 1 ? {} : { page: String(next) })
  return (
    <nav className="pager" aria-label={t('catalog.pagination')}>
      <button type="button" className="secondary" disabled={page <= 1} onClick={() => go(page - 1)}>
        {t('catalog.previous')}
      </button>
      <span>{t('catalog.page', { page, pages })}</span>
      <button type="button" className="secondary" disabled={page >= pages} onClick={() => go(page + 1)}>
        {t('catalog.next')}
      </button>
    </nav>
  )
}
