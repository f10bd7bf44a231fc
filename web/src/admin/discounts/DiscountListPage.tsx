import { Link } from 'react-router'
import { ProblemMessage } from '../../components/ProblemMessage'
import { useI18n, type Translate } from '../../i18n/I18n'
import { formatMoney } from '../../money/formatMoney'
import { ListHead } from '../components/ListHead'
import { PagedTable } from '../components/PagedTable'
import { QueryResult } from '../components/QueryResult'
import { SearchToolbar } from '../components/SearchToolbar'
import { activeFilter, useUrlFilter } from '../components/useUrlFilter'
import { useDeactivateDiscount, useDiscounts, type Discount } from './discountsApi'

/** What a discount gives, in a few words: "10 %", "5,00 €", "buy 2 get 1", "free shipping". */
export function discountValue(discount: Discount, t: Translate, locale: string): string {
  switch (discount.kind) {
    case 'Percentage':
      return `${discount.percentOff} %`
    case 'FixedAmount':
      return formatMoney(discount.amountMinor ?? 0, discount.currency ?? 'EUR', locale)
    case 'BuyXGetY':
      return t('admin.discount.buyGet', { buy: discount.buyQuantity ?? 0, get: discount.getQuantity ?? 0 })
    default:
      return t('admin.discount.kind.FreeShipping')
  }
}

export function DiscountListPage() {
  const { t, locale } = useI18n()
  const filter = useUrlFilter(['code', 'active'] as const)
  const discounts = useDiscounts({ page: filter.page, active: activeFilter(filter.values.active), code: filter.values.code })
  const deactivate = useDeactivateDiscount()

  return (
    <section aria-labelledby="discounts-title">
      <ListHead id="discounts-title" title={t('admin.discounts')} newTo="/admin/discounts/new" newLabel={t('admin.discount.new')} />
      <SearchToolbar id="discount" label={t('admin.discount.code')} maxLength={64} text={filter.values.code} active={filter.values.active} onSearch={(code) => filter.apply({ code })} onActive={(active) => filter.apply({ active })} />
      {deactivate.isError && <ProblemMessage error={deactivate.error} />}
      <QueryResult query={discounts} isEmpty={(data) => data.items.length === 0} empty={t('admin.discount.none')}>
        {(data) => (
          <>
            <PagedTable page={data} onPage={filter.setPage}>
              <thead>
                <tr>
                  <th scope="col">{t('admin.discount.code')}</th>
                  <th scope="col">{t('admin.discount.name')}</th>
                  <th scope="col">{t('admin.discount.value')}</th>
                  <th scope="col">{t('admin.discount.scope')}</th>
                  <th scope="col" className="number">{t('admin.discount.used')}</th>
                  <th scope="col">{t('admin.product.state')}</th>
                  <th scope="col"><span className="visually-hidden">{t('admin.actions')}</span></th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((discount) => (
                  <tr key={discount.id}>
                    <td>
                      <Link to={`/admin/discounts/${discount.id}`}>{discount.code ?? t('admin.discount.automatic')}</Link>
                    </td>
                    <td>{discount.name}</td>
                    <td>{discountValue(discount, t, locale)}</td>
                    <td>{t(`admin.discount.scope.${discount.scope}`)}</td>
                    <td className="number">
                      {discount.used}
                      {discount.usageLimit !== null && ` / ${discount.usageLimit}`}
                    </td>
                    <td>{discount.active ? t('admin.product.active') : t('admin.product.inactive')}</td>
                    <td>
                      {discount.active && (
                        <button
                          type="button"
                          className="secondary"
                          disabled={deactivate.isPending}
                          onClick={() => deactivate.mutate(discount.id)}
                          aria-label={`${t('admin.discount.deactivate')}: ${discount.code ?? discount.name}`}
                        >
                          {t('admin.discount.deactivate')}
                        </button>
                      )}
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
