import { useState, type FormEvent } from 'react'
import { fieldErrors } from '../../api/problem'
import type { CategoryNode } from '../../catalog/types'
import { Field } from '../../components/Field'
import { useI18n } from '../../i18n/I18n'
import { parseMajor, toMajor } from '../../money/formatMoney'
import { SaveBar } from '../components/SaveBar'
import { SelectField } from '../components/SelectField'
import { TextAreaField } from '../components/TextAreaField'
import { formatAttributes, parseAttributes } from './attributesText'
import { useSaveProduct, type AdminProduct } from './productsApi'

export const taxClasses = ['standard', 'intermediate', 'reduced'] as const

interface Draft {
  sku: string
  slug: string
  name: string
  description: string
  price: string
  currency: string
  taxClass: string
  categoryId: string
  attributes: string
  imageUrl: string
  active: boolean
}

function draftOf(product?: AdminProduct): Draft {
  if (!product) return { sku: '', slug: '', name: '', description: '', price: '', currency: 'EUR', taxClass: 'standard', categoryId: '', attributes: '', imageUrl: '', active: true }
  return {
    ...product,
    price: toMajor(product.priceMinor, product.currency),
    attributes: formatAttributes(product.attributes),
    imageUrl: product.imageUrl,
  }
}

/**
 * Creates or edits a product. Prices are typed in major units; the inventory API validates the rest and
 * its field errors are shown under the fields they concern.
 */
export function ProductForm({ product, categories, onSaved }: { product?: AdminProduct; categories: CategoryNode[]; onSaved: (id: string) => void }) {
  const { t } = useI18n()
  const save = useSaveProduct()
  const [draft, setDraft] = useState<Draft>(() => draftOf(product))
  const [local, setLocal] = useState<Record<string, string>>({})
  const server = fieldErrors(save.error)
  const errors: Record<string, string | undefined> = { ...server, price: server.priceMinor, ...local }
  const text = (name: keyof Draft) => ({
    value: String(draft[name]),
    onChange: (e: { target: { value: string } }) => setDraft({ ...draft, [name]: e.target.value }),
    error: errors[name],
  })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const currency = draft.currency.trim().toUpperCase()
    const priceMinor = /^[A-Z]{3}$/.test(currency) ? parseMajor(draft.price, currency) : parseMajor(draft.price, 'EUR')
    const attributes = parseAttributes(draft.attributes)
    const found: Record<string, string> = {}
    if (priceMinor === null) found.price = t('catalog.badPrice')
    if (attributes === null) found.attributes = t('admin.product.attributesBad')
    setLocal(found)
    if (priceMinor === null || attributes === null) return
    save.mutate(
      {
        id: product?.id,
        input: {
          sku: draft.sku.trim(),
          slug: draft.slug.trim(),
          name: draft.name,
          description: draft.description,
          priceMinor,
          currency,
          taxClass: draft.taxClass,
          categoryId: draft.categoryId,
          attributes,
          imageUrl: draft.imageUrl.trim() || null,
          active: draft.active,
        },
      },
      { onSuccess: (saved) => onSaved(saved.id) },
    )
  }

  return (
    <form onSubmit={submit} noValidate aria-label={product ? t('admin.product.edit') : t('admin.product.new')}>
      <div className="form-grid">
        <Field id="product-name" label={t('admin.product.name')} required {...text('name')} />
        <Field id="product-sku" label={t('admin.product.sku')} required hint={t('admin.product.skuHint')} {...text('sku')} />
        <Field id="product-slug" label={t('admin.product.slug')} required hint={t('admin.product.slugHint')} {...text('slug')} />
        <SelectField id="product-category" label={t('admin.product.category')} required value={draft.categoryId} onChange={(e) => setDraft({ ...draft, categoryId: e.target.value })} error={errors.categoryId}>
          <option value="">{t('admin.product.chooseCategory')}</option>
          {categories.map((top) => (
            <optgroup key={top.id} label={top.name}>
              <option value={top.id}>{top.name}</option>
              {top.children.map((child) => (
                <option key={child.id} value={child.id}>
                  {top.name} › {child.name}
                </option>
              ))}
            </optgroup>
          ))}
        </SelectField>
        <Field id="product-price" label={t('admin.product.price')} inputMode="decimal" required {...text('price')} />
        <Field id="product-currency" label={t('admin.product.currency')} required maxLength={3} {...text('currency')} />
        <SelectField id="product-tax" label={t('admin.product.taxClass')} value={draft.taxClass} onChange={(e) => setDraft({ ...draft, taxClass: e.target.value })} error={errors.taxClass}>
          {taxClasses.map((c) => (
            <option key={c} value={c}>
              {t(`admin.tax.${c}`)}
            </option>
          ))}
        </SelectField>
        <Field id="product-image" label={t('admin.product.imageUrl')} type="url" hint={t('admin.product.imageHint')} {...text('imageUrl')} />
      </div>
      <TextAreaField id="product-description" label={t('admin.product.description')} rows={4} {...text('description')} />
      <TextAreaField id="product-attributes" label={t('admin.product.attributes')} rows={4} hint={t('admin.product.attributesHint')} {...text('attributes')} />
      <label className="check">
        <input type="checkbox" checked={draft.active} onChange={(e) => setDraft({ ...draft, active: e.target.checked })} />
        {t('admin.product.activeLabel')}
      </label>
      <SaveBar mutation={save} />
    </form>
  )
}
