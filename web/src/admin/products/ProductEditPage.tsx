import { Link, useNavigate, useParams } from 'react-router'
import { Loading } from '../../components/Loading'
import { ProblemMessage } from '../../components/ProblemMessage'
import { useI18n } from '../../i18n/I18n'
import { StockPanel } from '../stock/StockPanel'
import { ProductForm } from './ProductForm'
import { useAdminCategories, useAdminProduct } from './productsApi'

/** /admin/products/new and /admin/products/:id: the product's data, then its stock and ledger. */
export function ProductEditPage() {
  const { t } = useI18n()
  const { id } = useParams()
  const navigate = useNavigate()
  const product = useAdminProduct(id)
  const categories = useAdminCategories()

  const loading = categories.isPending || (!!id && product.isPending)
  const failed = categories.isError ? categories : product.isError ? product : null
  return (
    <>
      <p>
        <Link to="/admin/products">← {t('admin.products')}</Link>
      </p>
      <h1>{id ? (product.data?.name ?? t('admin.product.edit')) : t('admin.product.new')}</h1>
      {loading && <Loading />}
      {failed && <ProblemMessage error={failed.error} onRetry={() => void failed.refetch()} />}
      {!loading && !failed && categories.data && (
        <section className="panel" aria-labelledby="product-data">
          <h2 id="product-data">{t('admin.product.data')}</h2>
          <ProductForm key={product.data?.id ?? 'new'} product={product.data} categories={categories.data} onSaved={(saved) => !id && navigate(`/admin/products/${saved}`)} />
        </section>
      )}
      {id && product.data && <StockPanel productId={id} />}
    </>
  )
}
