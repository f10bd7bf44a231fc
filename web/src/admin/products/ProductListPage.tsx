import { useState, type FormEvent } from 'react'
import { Link, useSearchParams } from 'react-router'
import { Loading } from '../../components/Loading'
import { Price } from '../../components/Price'
import { ProblemMessage } from '../../components/ProblemMessage'
import { useI18n } from '../../i18n/I18n'
import { Pager } from '../components/Pager'
import { useAdminProducts, useSetProductActive, type ProductFilter } from './productsApi'

const pageSize = 25

/** Every product, inactive ones too; the filter lives in the URL like the storefront's lists. */
export function ProductListPage() {
  const { t } = useI18n()
  const [params, setParams] = useSearchParams()
  const filter: ProductFilter = {
    q: params.get('q') ?? '',
    active: (['true', 'false'].includes(params.get('active') ?? '') ? params.get('active') : '') as ProductFilter['active'],
    page: Math.max(1, Number(params.get('page')) || 1),
  }
  const products = useAdminProducts(filter, pageSize)
  const toggle = useSetProductActive()
  const [text, setText] = useState(filter.q)

  const apply = (next: Partial<ProductFilter>) => {
    const merged = { ...filter, page: 1, ...next }
    const search = new URLSearchParams()
    if (merged.q) search.set('q', merged.q)
    if (merged.active) search.set('active', merged.active)
    if (merged.page > 1) search.set('page', String(merged.page))
    setParams(search)
  }
  const search = (event: FormEvent) => {
    event.preventDefault()
    apply({ q: text.trim() })
  }

  return (
    <section aria-labelledby="products-title">
      <div className="list-head">
        <h1 id="products-title">{t('admin.products')}</h1>
        <Link to="/admin/products/new" className="button-link">
          {t('admin.product.new')}
        </Link>
      </div>
      <form role="search" className="admin-toolbar" onSubmit={search}>
        <div className="field grow">
          <label htmlFor="product-search">{t('admin.product.search')}</label>
          <input id="product-search" type="search" value={text} maxLength={200} onChange={(e) => setText(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="product-active">{t('admin.product.show')}</label>
          <select id="product-active" value={filter.active} onChange={(e) => apply({ active: e.target.value as ProductFilter['active'] })}>
            <option value="">{t('admin.product.all')}</option>
            <option value="true">{t('admin.product.activeOnly')}</option>
            <option value="false">{t('admin.product.inactiveOnly')}</option>
          </select>
        </div>
        <button type="submit">{t('nav.searchButton')}</button>
      </form>
      {toggle.isError && <ProblemMessage error={toggle.error} />}
      {products.isPending && <Loading />}
      {products.isError && <ProblemMessage error={products.error} onRetry={() => void products.refetch()} />}
      {products.data && products.data.items.length === 0 && <p className="empty">{t('admin.product.none')}</p>}
      {products.data && products.data.items.length > 0 && (
        <>
          <p className="muted">{t('catalog.results', { count: products.data.total })}</p>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('admin.product.name')}</th>
                  <th scope="col">{t('admin.product.sku')}</th>
                  <th scope="col" className="number">{t('admin.product.price')}</th>
                  <th scope="col" className="number">{t('admin.stock.onHand')}</th>
                  <th scope="col" className="number">{t('admin.stock.available')}</th>
                  <th scope="col">{t('admin.product.state')}</th>
                  <th scope="col"><span className="visually-hidden">{t('admin.actions')}</span></th>
                </tr>
              </thead>
              <tbody>
                {products.data.items.map((product) => (
                  <tr key={product.id}>
                    <td>
                      <Link to={`/admin/products/${product.id}`}>{product.name}</Link>
                    </td>
                    <td>{product.sku}</td>
                    <td className="number"><Price minor={product.priceMinor} currency={product.currency} /></td>
                    <td className="number">{product.onHand}</td>
                    <td className="number">{product.available}</td>
                    <td>{product.active ? t('admin.product.active') : t('admin.product.inactive')}</td>
                    <td>
                      <button
                        type="button"
                        className="secondary"
                        disabled={toggle.isPending}
                        onClick={() => toggle.mutate({ id: product.id, active: !product.active })}
                        aria-label={`${product.active ? t('admin.product.deactivate') : t('admin.product.activate')}: ${product.name}`}
                      >
                        {product.active ? t('admin.product.deactivate') : t('admin.product.activate')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager page={products.data.page} pageSize={products.data.pageSize} total={products.data.total} onPage={(page) => apply({ page })} />
        </>
      )}
    </section>
  )
}
