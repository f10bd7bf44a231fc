/** Shapes of the inventory service's /api/catalog answers (services/inventory/Catalog). */
export interface CategoryNode {
  id: string
  slug: string
  name: string
  children: CategoryNode[]
}

export interface ProductSummary {
  id: string
  sku: string
  slug: string
  name: string
  priceMinor: number
  currency: string
  imageUrl: string
  categoryId: string
  attributes: Record<string, string>
  available: number
  inStock: boolean
}

export interface CategoryRef {
  id: string
  slug: string
  name: string
}

export interface ProductDetail extends Omit<ProductSummary, 'categoryId'> {
  description: string
  taxClass: string
  category: CategoryRef
  parentCategory: CategoryRef | null
}

export interface ProductPage {
  items: ProductSummary[]
  total: number
  page: number
  pageSize: number
}

export interface ProductAvailability {
  productId: string
  available: number
  inStock: boolean
  version: number
}
