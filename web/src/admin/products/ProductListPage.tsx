import { Link } from 'react-router'
import { Price } from '../../components/Price'
import { ProblemMessage } from '../../components/ProblemMessage'
import { useI18n } from '../../i18n/I18n'
import { ListHead } from '../components/ListHead'
import { PagedTable } from '../components/PagedTable'
import { QueryResult } from '../components/QueryResult'
import { SearchToolbar } from '../components/SearchToolbar'
import { activeFilter, useUrlFilter } from '../components/useUrlFilter'
import { useAdminProducts, useSetProductActive } from './productsApi'

const pageSize = 25

/** Every product, inactive ones too; the filter lives in the URL like the storefront's lists. */
export function ProductListPage() {
  const { t } = useI18n()
  const filter = useUrlFilter(['q', 'active'] as const)
  const products = useAdminProducts({ q: filter.values.q, active: activeFilter(filter.values.active), page: filter.page }, pageSize)
  const toggle = useSetProductActive()

  return (
    <section aria-labelledby="products-title">
      <ListHead id="products-title" title={t('admin.products')} newTo="/admin/products/new" newLabel={t('admin.product.new')} />
      <SearchToolbar id="product" label={t('admin.product.search')} maxLength={200} text={filter.values.q} active={filter.values.active} onSearch={(q) => filter.apply({ q })} onActive={(active) => filter.apply({ active })} />
      {toggle.isError && <ProblemMessage error={toggle.error} />}
      <QueryResult query={products} isEmpty={(data) => data.items.length === 0} empty={t('admin.product.none')}>
        {(data) => (
          <>
            <p className="muted">{t('catalog.results', { count: data.total })}</p>
            <PagedTable page={data} onPage={filter.setPage}>
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
            </PagedTable>
          </>
        )}
      </QueryResult>
    </section>
  )
}
