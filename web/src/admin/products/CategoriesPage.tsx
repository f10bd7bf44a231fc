import { useState } from 'react'
import { Link } from 'react-router'
import { Loading } from '../../components/Loading'
import { ProblemMessage } from '../../components/ProblemMessage'
import { useI18n } from '../../i18n/I18n'
import { CategoryActiveAction } from './CategoryActiveAction'
import { CategoryForm } from './CategoryForm'
import { useAdminCategories, type AdminCategory } from './productsApi'

/** The two-level category tree, inactive categories marked: add a category, rename, move, deactivate or reactivate one. */
export function CategoriesPage() {
  const { t } = useI18n()
  const categories = useAdminCategories()
  const [editing, setEditing] = useState<string | null>(null)
  const [formKey, setFormKey] = useState(0)

  const row = (category: AdminCategory, parent: AdminCategory | undefined, tops: AdminCategory[]) =>
    editing === category.id ? (
      <CategoryForm category={category} parentId={parent?.id ?? null} tops={tops} onDone={() => setEditing(null)} />
    ) : (
      <span className="actions" data-category={category.slug}>
        {/* A hidden category has no page in the shop to link to. */}
        {category.visible ? <Link to={`/c/${category.slug}`}>{category.name}</Link> : <span>{category.name}</span>}
        <span className="muted">{category.slug}</span>
        {!category.active ? (
          <span className="status bad">{t('admin.category.inactive')}</span>
        ) : (
          !category.visible && <span className="status">{t('admin.category.hiddenByParent')}</span>
        )}
        <button type="button" className="link-button" onClick={() => setEditing(category.id)} aria-label={`${t('common.edit')}: ${category.name}`}>
          {t('common.edit')}
        </button>
        <CategoryActiveAction category={category} parent={parent} />
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
                  {row(top, undefined, categories.data)}
                  {top.children.length > 0 && (
                    <ul>
                      {top.children.map((child) => (
                        <li key={child.id}>{row(child, top, categories.data)}</li>
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
