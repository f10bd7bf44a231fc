import { useState } from 'react'
import { Link, useParams } from 'react-router'
import { ApiError } from '../api/problem'
import { useCart } from '../cart/CartContext'
import { maxQuantity } from '../cart/cart'
import { findCategory, useCategories, useProductBySlug } from '../catalog/catalogApi'
import type { CategoryRef } from '../catalog/types'
import { useLiveAvailability } from '../catalog/useLiveAvailability'
import { Loading } from '../components/Loading'
import { Price } from '../components/Price'
import { ProblemMessage } from '../components/ProblemMessage'
import { useI18n } from '../i18n/I18n'

export function ProductPage() {
  const { slug = '' } = useParams()
  const { t } = useI18n()
  const product = useProductBySlug(slug)
  const categories = useCategories()
  const live = useLiveAvailability(product.data ? [product.data.id] : [])
  const cart = useCart()
  const [quantity, setQuantity] = useState(1)
  const [added, setAdded] = useState(false)

  if (product.isPending) return <Loading />
  if (product.isError) {
    return product.error instanceof ApiError && product.error.status === 404 ? (
      <p className="empty">{t('product.notFound')}</p>
    ) : (
      <ProblemMessage error={product.error} onRetry={() => void product.refetch()} />
    )
  }

  const p = product.data
  // A deactivated category has no page for shoppers, so only categories of the public tree become crumbs.
  const shown = (crumb: CategoryRef | null): crumb is CategoryRef => crumb !== null && findCategory(categories.data, crumb.slug) !== undefined
  const level = live[p.id]
  const available = level?.available ?? p.available
  const inStock = level?.inStock ?? p.inStock

  return (
    <article className="product">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/">K8sShop</Link>
        {[p.parentCategory, p.category].filter(shown).map((crumb) => (
          <span key={crumb.id}>
            {' / '}
            <Link to={`/c/${crumb.slug}`}>{crumb.name}</Link>
          </span>
        ))}
      </nav>
      <img src={p.imageUrl} alt={p.name} width={480} height={480} className="product-image" />
      <div className="product-info">
        <h1>{p.name}</h1>
        <p className="product-price">
          <Price minor={p.priceMinor} currency={p.currency} />
        </p>
        <p className={inStock ? 'stock in' : 'stock out'} data-testid="availability" aria-live="polite">
          {inStock ? t('product.inStock', { count: available }) : t('product.outOfStock')}
          {level && <span className="live-dot" title={t('product.live')} aria-label={t('product.live')} />}
        </p>
        <p>{p.description}</p>
        <form
          className="add-to-cart"
          onSubmit={(event) => {
            event.preventDefault()
            cart.add({ productId: p.id, slug: p.slug, sku: p.sku, name: p.name, imageUrl: p.imageUrl, priceMinor: p.priceMinor, currency: p.currency }, quantity)
            setAdded(true)
          }}
        >
          <label htmlFor="quantity">{t('product.quantity')}</label>
          <input
            id="quantity"
            type="number"
            min={1}
            max={Math.max(1, Math.min(maxQuantity, available))}
            value={quantity}
            onChange={(e) => setQuantity(Math.max(1, Number(e.target.value) || 1))}
          />
          <button type="submit" disabled={!inStock}>
            {t('product.addToCart')}
          </button>
        </form>
        <p role="status">{added ? t('product.added') : ''}</p>
        <h2>{t('product.details')}</h2>
        <dl className="attributes">
          {Object.entries(p.attributes).map(([name, value]) => (
            <div key={name}>
              <dt>{name}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </div>
    </article>
  )
}
