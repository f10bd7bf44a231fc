import { Link, useParams } from 'react-router'
import { findCategory, useCategories } from '../catalog/catalogApi'
import { ProductList } from '../catalog/ProductList'
import { Loading } from '../components/Loading'
import { ProblemMessage } from '../components/ProblemMessage'
import { NotFoundPage } from './NotFoundPage'

export function CategoryPage() {
  const { slug = '' } = useParams()
  const categories = useCategories()
  if (categories.isPending) return <Loading />
  if (categories.isError) return <ProblemMessage error={categories.error} onRetry={() => void categories.refetch()} />
  const found = findCategory(categories.data, slug)
  if (!found) return <NotFoundPage />
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/">K8sShop</Link>
        {found.parent && (
          <>
            {' / '}
            <Link to={`/c/${found.parent.slug}`}>{found.parent.name}</Link>
          </>
        )}
      </nav>
      {found.category.children.length > 0 && (
        <ul className="subcategories">
          {found.category.children.map((child) => (
            <li key={child.id}>
              <Link to={`/c/${child.slug}`}>{child.name}</Link>
            </li>
          ))}
        </ul>
      )}
      <ProductList key={slug} category={slug} title={found.category.name} />
    </>
  )
}
