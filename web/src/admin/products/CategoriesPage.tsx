import { useState } from 'react'
import { Link } from 'react-router'
import type { CategoryNode } from '../../catalog/types'
import { Loading } from '../../components/Loading'
import { ProblemMessage } from '../../components/ProblemMessage'
import { useI18n } from '../../i18n/I18n'
import { CategoryForm } from './CategoryForm'
import { useAdminCategories } from './productsApi'

/** The two-level category tree: add a category, rename or move one. */
export function CategoriesPage() {
  const { t } = useI18n()
  const categories = useAdminCategories()
  const [editing, setEditing] = useState<string | null>(null)
  const [formKey, setFormKey] = useState(0)

  const row = (category: CategoryNode, parentId: string | null, tops: CategoryNode[]) =>
    editing === category.id ? (
      <CategoryForm category={category} parentId={parentId} tops={tops} onDone={() => setEditing(null)} />
    ) : (
      <span className="actions">
        <Link to={`/c/${category.slug}`}>{category.name}</Link>
        <span className="muted">{category.slug}</span>
        <button type="button" className="link-button" onClick={() => setEditing(category.id)} aria-label={`${t('common.edit')}: ${category.name}`}>
          {t('common.edit')}
        </button>
      </span>
    )

  return (
    <section aria-labelledby="categories-title">
      <h1 id="categories-title">{t('admin.categories')}</h1>
      {categories.isPending && <Loading />}
      {categories.isError && <ProblemMessage error={categories.error} onRetry={() => void categories.refetch()} />}
      {categories.data && (
        <>
          <section className="panel" aria-labelledby="category-new-title">
            <h2 id="category-new-title">{t('admin.category.new')}</h2>
            <CategoryForm key={formKey} tops={categories.data} onDone={() => setFormKey(formKey + 1)} />
          </section>
          {categories.data.length === 0 ? (
            <p className="empty">{t('admin.category.none')}</p>
          ) : (
            <ul className="panel" aria-label={t('admin.categories')}>
              {categories.data.map((top) => (
                <li key={top.id}>
                  {row(top, null, categories.data)}
                  {top.children.length > 0 && (
                    <ul>
                      {top.children.map((child) => (
                        <li key={child.id}>{row(child, top.id, categories.data)}</li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  )
}
