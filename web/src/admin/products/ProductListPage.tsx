import { useState, type FormEvent } from 'react'
import { Link } from 'react-router'
import { Price } from '../../components/Price'
import { ProblemMessage } from '../../components/ProblemMessage'
import { useI18n } from '../../i18n/I18n'
import { ActiveSelect } from '../components/ActiveSelect'
import { Pager } from '../components/Pager'
import { QueryResult } from '../components/QueryResult'
import { activeFilter, useUrlFilter } from '../components/useUrlFilter'
import { useAdminProducts, useSetProductActive } from './productsApi'

const pageSize = 25

/** Every product, inactive ones too; the filter lives in the URL like the storefront's lists. */
export function ProductListPage() {
  const { t } = useI18n()
  const filter = useUrlFilter(['q', 'active'] as const)
  const products = useAdminProducts({ q: filter.values.q, active: activeFilter(filter.values.active), page: filter.page }, pageSize)
  const toggle = useSetProductActive()
  const [text, setText] = useState(filter.values.q)

  const search = (event: FormEvent) => {
    event.preventDefault()
    filter.apply({ q: text })
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
        <ActiveSelect id="product-active" value={filter.values.active} onChange={(active) => filter.apply({ active })} />
        <button type="submit">{t('nav.searchButton')}</button>
      </form>
      {toggle.isError && <ProblemMessage error={toggle.error} />}
      <QueryResult query={products} isEmpty={(data) => data.items.length === 0} empty={t('admin.product.none')}>
        {(data) => (
          <>
            <p className="muted">{t('catalog.results', { count: data.total })}</p>
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
                  {data.items.map((product) => (
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
            <Pager page={data.page} pageSize={data.pageSize} total={data.total} onPage={filter.setPage} />
          </>
        )}
      </QueryResult>
    </section>
  )
}
