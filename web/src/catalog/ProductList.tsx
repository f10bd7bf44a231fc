import { useState, type FormEvent } from 'react'
import { useSearchParams } from 'react-router'
import { Loading } from '../components/Loading'
import { ProblemMessage } from '../components/ProblemMessage'
import { ProductGrid } from '../components/ProductCard'
import { useI18n } from '../i18n/I18n'
import { parseMajor, toMajor } from '../money/formatMoney'
import { pageSize, useProducts } from './catalogApi'
import { attributeLabel, facetsOf } from './facets'
import { readListState, sorts, toggleAttribute, withFilters, writeListState, type ListState, type Sort } from './filters'

const currency = 'EUR' // the catalog's one currency; price filters are typed in it

/** A filtered, sorted, paged product list whose whole state is in the URL. */
export function ProductList({ category, title }: { category?: string; title: string }) {
  const { t } = useI18n()
  const [params, setParams] = useSearchParams()
  const state = readListState(params)
  const products = useProducts(state, category)
  // The filter choices come from the unfiltered list, so choosing one never hides the others.
  const unfiltered = useProducts({ ...readListState(new URLSearchParams()), q: state.q }, category, 100)
  const go = (next: ListState) => setParams(writeListState(next))
  const pages = products.data ? Math.max(1, Math.ceil(products.data.total / pageSize)) : 1

  return (
    <div className="list-layout">
      <Filters key={params.toString()} state={state} facets={facetsOf(unfiltered.data?.items ?? [])} onChange={go} />
      <section aria-labelledby="list-title" className="list" aria-busy={products.isFetching}>
        <div className="list-head">
          <h1 id="list-title">{title}</h1>
          <label>
            {t('catalog.sort')}{' '}
            <select value={state.sort} onChange={(e) => go(withFilters(state, { sort: e.target.value as Sort }))}>
              {sorts.map((sort) => (
                <option key={sort} value={sort}>
                  {t(`catalog.sort.${sort}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        {products.isPending && <Loading />}
        {products.isError && <ProblemMessage error={products.error} onRetry={() => void products.refetch()} />}
        {products.data && (
          <>
            <p role="status" className="result-count">
              {t('catalog.results', { count: products.data.total })}
            </p>
            {products.data.items.length === 0 ? (
              <p className="empty">{t('catalog.noResults')}</p>
            ) : (
              <ProductGrid products={products.data.items} label={title} />
            )}
            {pages > 1 && (
              <nav aria-label={t('catalog.pagination')} className="pager">
                <button type="button" disabled={state.page <= 1} onClick={() => go({ ...state, page: state.page - 1 })}>
                  {t('catalog.previous')}
                </button>
                <span>{t('catalog.page', { page: state.page, pages })}</span>
                <button type="button" disabled={state.page >= pages} onClick={() => go({ ...state, page: state.page + 1 })}>
                  {t('catalog.next')}
                </button>
              </nav>
            )}
          </>
        )}
      </section>
    </div>
  )
}

function Filters({ state, facets, onChange }: { state: ListState; facets: { name: string; values: string[] }[]; onChange: (next: ListState) => void }) {
  const { t } = useI18n()
  const [min, setMin] = useState(state.minPrice === undefined ? '' : toMajor(state.minPrice, currency))
  const [max, setMax] = useState(state.maxPrice === undefined ? '' : toMajor(state.maxPrice, currency))
  const [invalid, setInvalid] = useState(false)

  const applyPrices = (event: FormEvent) => {
    event.preventDefault()
    const minPrice = min.trim() ? parseMajor(min, currency) : undefined
    const maxPrice = max.trim() ? parseMajor(max, currency) : undefined
    if (minPrice === null || maxPrice === null) return setInvalid(true)
    onChange(withFilters(state, { minPrice, maxPrice }))
  }

  return (
    <aside aria-labelledby="filters-title" className="filters">
      <h2 id="filters-title">{t('catalog.filters')}</h2>
      <form onSubmit={applyPrices} noValidate>
        <label htmlFor="min-price">{t('catalog.minPrice')} (€)</label>
        <input id="min-price" inputMode="decimal" value={min} onChange={(e) => setMin(e.target.value)} aria-invalid={invalid} aria-describedby={invalid ? 'price-error' : undefined} />
        <label htmlFor="max-price">{t('catalog.maxPrice')} (€)</label>
        <input id="max-price" inputMode="decimal" value={max} onChange={(e) => setMax(e.target.value)} aria-invalid={invalid} aria-describedby={invalid ? 'price-error' : undefined} />
        {invalid && (
          <p id="price-error" className="field-error">
            {t('catalog.badPrice')}
          </p>
        )}
        <button type="submit">{t('catalog.apply')}</button>
      </form>
      <label className="check">
        <input type="checkbox" checked={state.inStock} onChange={(e) => onChange(withFilters(state, { inStock: e.target.checked }))} />
        {t('catalog.inStock')}
      </label>
      {facets.map((facet) => (
        <fieldset key={facet.name}>
          <legend>{attributeLabel(facet.name)}</legend>
          {facet.values.map((value) => (
            <label key={value} className="check">
              <input type="checkbox" checked={state.attributes[facet.name]?.includes(value) ?? false} onChange={() => onChange(toggleAttribute(state, facet.name, value))} />
              {value}
            </label>
          ))}
        </fieldset>
      ))}
      <button type="button" className="link-button" onClick={() => onChange({ ...readListState(new URLSearchParams()), q: state.q })}>
        {t('catalog.clear')}
      </button>
    </aside>
  )
}
