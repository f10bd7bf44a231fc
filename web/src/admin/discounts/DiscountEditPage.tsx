import { Link, useNavigate, useParams } from 'react-router'
import { Loading } from '../../components/Loading'
import { ProblemMessage } from '../../components/ProblemMessage'
import { useI18n } from '../../i18n/I18n'
import { useAdminCategories } from '../products/productsApi'
import { DiscountForm } from './DiscountForm'
import { useDeactivateDiscount, useDiscount } from './discountsApi'

/** /admin/discounts/new and /admin/discounts/:id, with the usage counters of an existing discount. */
export function DiscountEditPage() {
  const { t } = useI18n()
  const { id } = useParams()
  const navigate = useNavigate()
  const discount = useDiscount(id)
  const categories = useAdminCategories()
  const deactivate = useDeactivateDiscount()
  const loading = categories.isPending || (!!id && discount.isPending)
  const failed = categories.isError ? categories : discount.isError ? discount : null

  return (
    <>
      <p>
        <Link to="/admin/discounts">← {t('admin.discounts')}</Link>
      </p>
      <h1>{id ? (discount.data?.code ?? discount.data?.name ?? t('admin.discount.edit')) : t('admin.discount.new')}</h1>
      {loading && <Loading />}
      {failed && <ProblemMessage error={failed.error} onRetry={() => void failed.refetch()} />}
      {discount.data && (
        <p className="muted">
          {t('admin.discount.usage', { used: discount.data.used, reserved: discount.data.reserved, limit: discount.data.usageLimit ?? '∞' })}
        </p>
      )}
      {!loading && !failed && categories.data && (
        <section className="panel">
          <DiscountForm
            key={discount.data?.id ?? 'new'}
            discount={discount.data}
            categories={categories.data}
            onSaved={(saved) => !id && navigate(`/admin/discounts/${saved.id}`, { replace: true })}
          />
        </section>
      )}
      {discount.data?.active && (
        <section className="panel" aria-labelledby="discount-stop">
          <h2 id="discount-stop">{t('admin.discount.deactivate')}</h2>
          <p>{t('admin.discount.deactivateHint')}</p>
          {deactivate.isError && <ProblemMessage error={deactivate.error} />}
          <button type="button" className="secondary" disabled={deactivate.isPending} onClick={() => deactivate.mutate(discount.data.id)}>
            {t('admin.discount.deactivate')}
          </button>
        </section>
      )}
    </>
  )
}
