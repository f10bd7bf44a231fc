import { Link } from 'react-router'
import type { ProductSummary } from '../catalog/types'
import { useI18n } from '../i18n/I18n'
import { Price } from './Price'

export function ProductCard({ product }: { product: ProductSummary }) {
  const { t } = useI18n()
  return (
    <li className="card">
      <Link to={`/p/${product.slug}`} className="card-link">
        <img src={product.imageUrl} alt="" width={240} height={240} loading="lazy" />
        <span className="card-name">{product.name}</span>
      </Link>
      <Price minor={product.priceMinor} currency={product.currency} />
      <span className={product.inStock ? 'stock in' : 'stock out'}>
        {product.inStock ? t('product.inStock', { count: product.available }) : t('product.outOfStock')}
      </span>
    </li>
  )
}

export function ProductGrid({ products, label }: { products: ProductSummary[]; label: string }) {
  return (
    <ul className="grid" aria-label={label}>
      {products.map((product) => (
        <ProductCard key={product.id} product={product} />
      ))}
    </ul>
  )
}
