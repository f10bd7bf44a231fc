import { useState } from 'react'
import type { CategoryNode } from '../../catalog/types'
import { useI18n } from '../../i18n/I18n'
import { useAdminProducts } from '../products/productsApi'

/** Chooses the categories or products a scoped discount applies to; the ids go to the API. */
export function ScopePicker({ scope, categories, selected, onChange, error }: {
  scope: 'Categories' | 'Products'
  categories: CategoryNode[]
  selected: string[]
  onChange: (ids: string[]) => void
  error?: string
}) {
  const { t } = useI18n()
  const toggle = (id: string) => onChange(selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id])
  return (
    <fieldset aria-describedby={error ? 'scope-ids-error' : undefined} aria-invalid={error ? true : undefined}>
      <legend>{scope === 'Categories' ? t('admin.discount.scopeCategories') : t('admin.discount.scopeProducts')}</legend>
      {scope === 'Categories' ? (
        <div className="picker">
          {categories.flatMap((top) => [top, ...top.children.map((c) => ({ ...c, name: `${top.name} › ${c.name}` }))]).map((category) => (
            <label key={category.id} className="check">
              <input type="checkbox" checked={selected.includes(category.id)} onChange={() => toggle(category.id)} />
              {category.name}
            </label>
          ))}
        </div>
      ) : (
        <ProductChoice selected={selected} toggle={toggle} />
      )}
      {error && (
        <small id="scope-ids-error" className="field-error">
          {error}
        </small>
      )}
    </fieldset>
  )
}

function ProductChoice({ selected, toggle }: { selected: string[]; toggle: (id: string) => void }) {
  const { t } = useI18n()
  const [q, setQ] = useState('')
  const [names, setNames] = useState<Record<string, string>>({})
  const products = useAdminProducts({ q, active: '', page: 1 }, 10)
  const choose = (id: string, name: string) => {
    setNames({ ...names, [id]: name })
    toggle(id)
  }
  return (
    <>
      {selected.length > 0 && (
        <ul aria-label={t('admin.discount.chosenProducts')}>
          {selected.map((id) => (
            <li key={id}>
              {names[id] ?? id}{' '}
              <button type="button" className="link-button" onClick={() => toggle(id)} aria-label={`${t('cart.remove', { name: names[id] ?? id })}`}>
                {t('common.delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="field">
        <label htmlFor="scope-product-search">{t('admin.product.search')}</label>
        <input id="scope-product-search" type="search" value={q} onChange={(e) => setQ(e.target.value)} maxLength={200} />
      </div>
      <div className="picker">
        {products.data?.items.map((product) => (
          <label key={product.id} className="check">
            <input type="checkbox" checked={selected.includes(product.id)} onChange={() => choose(product.id, product.name)} />
            {product.name} <span className="muted">{product.sku}</span>
          </label>
        ))}
      </div>
    </>
  )
}
