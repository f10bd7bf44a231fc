import { Link } from 'react-router'
import { useCategories, useProducts } from '../catalog/catalogApi'
import { readListState } from '../catalog/filters'
import { Loading } from '../components/Loading'
import { ProblemMessage } from '../components/ProblemMessage'
import { ProductGrid } from '../components/ProductCard'
import { useI18n } from '../i18n/I18n'

const newest = { ...readListState(new URLSearchParams()), sort: 'newest' as const, inStock: true }

export function HomePage() {
  const { t } = useI18n()
  const categories = useCategories()
  const featured = useProducts(newest, undefined, 8)
  return (
    <>
      <h1>{t('home.title')}</h1>
      <section aria-labelledby="home-categories">
        <h2 id="home-categories">{t('home.categories')}</h2>
        {categories.isPending && <Loading />}
        {categories.isError && <ProblemMessage error={categories.error} onRetry={() => void categories.refetch()} />}
        <ul className="tiles">
          {categories.data?.map((category) => (
            <li key={category.id}>
              <Link to={`/c/${category.slug}`} className="tile">
                <span className="tile-name">{category.name}</span>
                <span className="tile-children">{category.children.map((c) => c.name).join(' · ')}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="home-featured">
        <h2 id="home-featured">{t('home.featured')}</h2>
        {featured.isPending && <Loading />}
        {featured.isError && <ProblemMessage error={featured.error} onRetry={() => void featured.refetch()} />}
        {featured.data && <ProductGrid products={featured.data.items} label={t('home.featured')} />}
      </section>
    </>
  )
}
