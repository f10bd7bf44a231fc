import { useSearchParams } from 'react-router'
import { ProductList } from '../catalog/ProductList'
import { useI18n } from '../i18n/I18n'

export function SearchPage() {
  const { t } = useI18n()
  const [params] = useSearchParams()
  const q = params.get('q')?.trim()
  if (!q) return <p className="empty">{t('search.empty')}</p>
  return <ProductList key={q} title={t('search.title', { q })} />
}
