import { Link } from 'react-router'
import { Price } from '../components/Price'
import { useI18n, type Translate } from '../i18n/I18n'
import { formatMoney } from '../money/formatMoney'
import { subtotals, type CartChange } from './cart'
import { QuantityInput } from './QuantityInput'
import { useCart } from './CartContext'
import { useCartValidation } from './useCartValidation'

function describe(change: CartChange, t: Translate, locale: string): string {
  switch (change.kind) {
    case 'price':
      return t('cart.change.price', { name: change.name, old: formatMoney(change.oldMinor, change.currency, locale), new: formatMoney(change.newMinor, change.currency, locale) })
    case 'quantity':
      return t('cart.change.quantity', { name: change.name, available: change.available })
    case 'soldOut':
      return t('cart.change.soldOut', { name: change.name })
    case 'gone':
      return t('cart.change.gone', { name: change.name })
  }
}

export function CartPage() {
  const { t, locale } = useI18n()
  const cart = useCart()
  const { checking, changes } = useCartValidation()

  return (
    <section aria-labelledby="cart-title">
      <h1 id="cart-title">{t('cart.title')}</h1>
      {changes.length > 0 && (
        <div role="alert" className="notice">
          <p>{t('cart.changes')}</p>
          <ul>
            {changes.map((change, index) => (
              <li key={index}>{describe(change, t, locale)}</li>
            ))}
          </ul>
        </div>
      )}
      <p role="status" className="checking">
        {checking ? t('cart.checking') : ''}
      </p>
      {cart.lines.length === 0 ? (
        <p className="empty">
          {t('cart.empty')} <Link to="/">{t('cart.continue')}</Link>
        </p>
      ) : (
        <>
          <ul className="cart-lines">
            {cart.lines.map((line) => (
              <li key={line.productId} className="cart-line">
                <img src={line.imageUrl} alt="" width={64} height={64} />
                <Link to={`/p/${line.slug}`}>{line.name}</Link>
                <Price minor={line.priceMinor} currency={line.currency} />
                <QuantityInput value={line.quantity} label={t('cart.quantityOf', { name: line.name })} onChange={(quantity) => cart.setQuantity(line.productId, quantity)} />
                <Price minor={line.priceMinor * line.quantity} currency={line.currency} />
                <button type="button" onClick={() => cart.remove(line.productId)} aria-label={t('cart.remove', { name: line.name })}>
                  ×
                </button>
              </li>
            ))}
          </ul>
          <p className="subtotal">
            {t('cart.subtotal')}:{' '}
            {subtotals(cart.lines).map((s) => (
              <strong key={s.currency} data-testid="subtotal">
                <Price minor={s.minor} currency={s.currency} />
              </strong>
            ))}
          </p>
          <p className="to-checkout">
            <Link to="/checkout" className="button">
              {t('cart.checkout')}
            </Link>
          </p>
        </>
      )}
    </section>
  )
}
