import { useState, type FormEvent } from 'react'
import { Link, useSearchParams } from 'react-router'
import { Loading } from '../../components/Loading'
import { ProblemMessage } from '../../components/ProblemMessage'
import { useI18n, type Translate } from '../../i18n/I18n'
import { formatMoney } from '../../money/formatMoney'
import { Pager } from '../components/Pager'
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
  const [params, setParams] = useSearchParams()
  const active = (['true', 'false'].includes(params.get('active') ?? '') ? params.get('active') : '') as '' | 'true' | 'false'
  const code = params.get('code') ?? ''
  const page = Math.max(1, Number(params.get('page')) || 1)
  const discounts = useDiscounts({ page, active, code })
  const deactivate = useDeactivateDiscount()
  const [codeText, setCodeText] = useState(code)

  const apply = (next: { active?: string; code?: string; page?: number }) => {
    const merged = { active, code, page: 1, ...next }
    const search = new URLSearchParams()
    if (merged.active) search.set('active', merged.active)
    if (merged.code) search.set('code', merged.code)
    if (merged.page > 1) search.set('page', String(merged.page))
    setParams(search)
  }
  const search = (event: FormEvent) => {
    event.preventDefault()
    apply({ code: codeText.trim() })
  }

  return (
    <section aria-labelledby="discounts-title">
      <div className="list-head">
        <h1 id="discounts-title">{t('admin.discounts')}</h1>
        <Link to="/admin/discounts/new" className="button-link">
          {t('admin.discount.new')}
        </Link>
      </div>
      <form role="search" className="admin-toolbar" onSubmit={search}>
        <div className="field">
          <label htmlFor="discount-search">{t('admin.discount.code')}</label>
          <input id="discount-search" type="search" value={codeText} maxLength={64} onChange={(e) => setCodeText(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="discount-active">{t('admin.product.show')}</label>
          <select id="discount-active" value={active} onChange={(e) => apply({ active: e.target.value })}>
            <option value="">{t('admin.product.all')}</option>
            <option value="true">{t('admin.product.activeOnly')}</option>
            <option value="false">{t('admin.product.inactiveOnly')}</option>
          </select>
        </div>
        <button type="submit">{t('nav.searchButton')}</button>
      </form>
      {deactivate.isError && <ProblemMessage error={deactivate.error} />}
      {discounts.isPending && <Loading />}
      {discounts.isError && <ProblemMessage error={discounts.error} onRetry={() => void discounts.refetch()} />}
      {discounts.data && discounts.data.items.length === 0 && <p className="empty">{t('admin.discount.none')}</p>}
      {discounts.data && discounts.data.items.length > 0 && (
        <>
          <div className="table-wrap">
            <table>
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
                {discounts.data.items.map((discount) => (
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
            </table>
          </div>
          <Pager page={discounts.data.page} pageSize={discounts.data.pageSize} total={discounts.data.total} onPage={(p) => apply({ page: p })} />
        </>
      )}
    </section>
  )
}
