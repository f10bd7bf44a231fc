import { useState } from 'react'
import { ApiError } from '../../api/problem'
import { ProblemMessage } from '../../components/ProblemMessage'
import { useI18n } from '../../i18n/I18n'
import { parentInactiveProblem, useSetCategoryActive, type AdminCategory } from './productsApi'

/**
 * Deactivates a category once the admin confirms (shoppers lose its page and its sub-categories, its
 * products stay on sale), or reactivates it. A sub-category under an inactive parent cannot come back
 * before its parent: the button says so, and inventory's 409 says it too if the parent changed meanwhile.
 */
export function CategoryActiveAction({ category, parent }: { category: AdminCategory; parent?: AdminCategory }) {
  const { t } = useI18n()
  const setActive = useSetCategoryActive()
  const [confirming, setConfirming] = useState(false)
  const blockedByParent = !category.active && parent !== undefined && !parent.active
  const error = setActive.error
  const parentInactive = error instanceof ApiError && error.problem?.type === parentInactiveProblem

  if (confirming) {
    return (
      <div className="category-confirm" role="group" aria-label={`${t('admin.category.deactivate')}: ${category.name}`}>
        <p>{t('admin.category.deactivateConfirm', { name: category.name })}</p>
        <div className="actions">
          <button type="button" disabled={setActive.isPending} onClick={() => setActive.mutate({ id: category.id, active: false }, { onSettled: () => setConfirming(false) })}>
            {t('admin.category.deactivateSubmit')}
          </button>
          <button type="button" className="secondary" onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </button>
        </div>
      </div>
    )
  }

  return (
    <>
      {category.active ? (
        <button type="button" className="link-button" onClick={() => { setActive.reset(); setConfirming(true) }} aria-label={`${t('admin.category.deactivate')}: ${category.name}`}>
          {t('admin.category.deactivate')}
        </button>
      ) : (
        <button
          type="button"
          className="link-button"
          disabled={setActive.isPending || blockedByParent}
          title={blockedByParent ? t('admin.category.parentInactive') : undefined}
          onClick={() => setActive.mutate({ id: category.id, active: true })}
          aria-label={`${t('admin.category.reactivate')}: ${category.name}`}
        >
          {t('admin.category.reactivate')}
        </button>
      )}
      {parentInactive ? (
        <span role="alert" className="problem">{t('admin.category.parentInactive')}</span>
      ) : (
        setActive.isError && <ProblemMessage error={error} />
      )}
    </>
  )
}
