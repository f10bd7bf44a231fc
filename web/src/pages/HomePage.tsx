import { Link } from 'react-router'
import { useCategories, useProducts } from '../catalog/catalogApi'
import { readListState } from '../catalog/filters'
import { Placeholders } from '../components/Placeholders'
import { ProblemMessage } from '../components/ProblemMessage'
import { ProductGrid } from '../components/ProductCard'
import { useI18n } from '../i18n/I18n'

/** As many boxes as the demo catalog has top-level categories; the home page asks for eight new products. */
const expectedCategories = 6
const featuredCount = 8

const newest = { ...readListState(new URLSearchParams()), sort: 'newest' as const, inStock: true }

export function HomePage() {
  const { t } = useI18n()
  const categories = useCategories()
  const featured = useProducts(newest, undefined, featuredCount)
  return (
    <>
      <h1>{t('home.title')}</h1>
      <section aria-labelledby="home-categories">
        <h2 id="home-categories">{t('home.categories')}</h2>
        {categories.isPending && <Placeholders count={expectedCategories} kind="tile" />}
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
        {featured.isPending && <Placeholders count={featuredCount} kind="card" />}
        {featured.isError && <ProblemMessage error={featured.error} onRetry={() => void featured.refetch()} />}
        {featured.data && <ProductGrid products={featured.data.items} label={t('home.featured')} />}
      </section>
    </>
  )
}
