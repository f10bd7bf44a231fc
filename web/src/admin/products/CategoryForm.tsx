import { useState, type FormEvent } from 'react'
import { fieldErrors } from '../../api/problem'
import { Field } from '../../components/Field'
import { ProblemMessage } from '../../components/ProblemMessage'
import { useI18n } from '../../i18n/I18n'
import { SelectField } from '../components/SelectField'
import { useSaveCategory, type AdminCategory } from './productsApi'

/** Creates a category, or edits the given one (its place in the two-level tree and its position included). */
export function CategoryForm({ category, parentId, tops, onDone }: { category?: AdminCategory; parentId?: string | null; tops: AdminCategory[]; onDone: () => void }) {
  const { t } = useI18n()
  const save = useSaveCategory()
  const [slug, setSlug] = useState(category?.slug ?? '')
  const [name, setName] = useState(category?.name ?? '')
  const [parent, setParent] = useState(parentId ?? '')
  const [sortOrder, setSortOrder] = useState(String(category?.sortOrder ?? 0))
  const errors = fieldErrors(save.error)
  const id = category ? `category-${category.id}` : 'category-new'

  const submit = (event: FormEvent) => {
    event.preventDefault()
    save.mutate({ id: category?.id, input: { slug: slug.trim(), name, parentId: parent || null, sortOrder: Number(sortOrder) || 0 } }, { onSuccess: onDone })
  }

  return (
    <form onSubmit={submit} noValidate aria-label={category ? `${t('common.edit')}: ${category.name}` : t('admin.category.new')} className="form-grid">
      <Field id={`${id}-name`} label={t('admin.category.name')} required value={name} onChange={(e) => setName(e.target.value)} error={errors.name} />
      <Field id={`${id}-slug`} label={t('admin.product.slug')} required hint={t('admin.product.slugHint')} value={slug} onChange={(e) => setSlug(e.target.value)} error={errors.slug} />
      <SelectField id={`${id}-parent`} label={t('admin.category.parent')} value={parent} onChange={(e) => setParent(e.target.value)} error={errors.parentId}>
        <option value="">{t('admin.category.topLevel')}</option>
        {tops
          .filter((top) => top.id !== category?.id)
          .map((top) => (
            <option key={top.id} value={top.id}>
              {top.active ? top.name : `${top.name} (${t('admin.category.inactive')})`}
            </option>
          ))}
      </SelectField>
      <Field id={`${id}-order`} label={t('admin.category.sortOrder')} inputMode="numeric" value={sortOrder} onChange={(e) => setSortOrder(e.target.value)} error={errors.sortOrder} />
      <div>
        {save.isError && <ProblemMessage error={save.error} />}
        <div className="actions">
          <button type="submit" disabled={save.isPending}>
            {t('common.save')}
          </button>
          {category && (
            <button type="button" className="secondary" onClick={onDone}>
              {t('common.cancel')}
            </button>
          )}
        </div>
      </div>
    </form>
  )
}
