import { NavLink, Navigate, Route, Routes } from 'react-router'
import { useI18n } from '../i18n/I18n'
import { RequireAdmin } from './RequireAdmin'
import { ProductListPage } from './products/ProductListPage'
import { ProductEditPage } from './products/ProductEditPage'
import { CategoriesPage } from './products/CategoriesPage'
import { DiscountListPage } from './discounts/DiscountListPage'
import { DiscountEditPage } from './discounts/DiscountEditPage'
import { OrderListPage } from './orders/OrderListPage'
import { OrderDetailPage } from './orders/OrderDetailPage'
import { InvoiceListPage } from './invoices/InvoiceListPage'
import './admin.css'

/** The back-office at /admin: one lazily loaded chunk, so the storefront never downloads it. */
export default function AdminPage() {
  const { t } = useI18n()
  return (
    <RequireAdmin>
      <div className="admin">
        <nav aria-label={t('admin.nav')} className="admin-nav">
          <ul>
            <li><NavLink to="/admin/products">{t('admin.products')}</NavLink></li>
            <li><NavLink to="/admin/categories">{t('admin.categories')}</NavLink></li>
            <li><NavLink to="/admin/discounts">{t('admin.discounts')}</NavLink></li>
            <li><NavLink to="/admin/orders">{t('admin.orders')}</NavLink></li>
            <li><NavLink to="/admin/invoices">{t('admin.invoices')}</NavLink></li>
          </ul>
        </nav>
        <div className="admin-content">
          <Routes>
            <Route index element={<Navigate to="products" replace />} />
            <Route path="products" element={<ProductListPage />} />
            <Route path="products/new" element={<ProductEditPage />} />
            <Route path="products/:id" element={<ProductEditPage />} />
            <Route path="categories" element={<CategoriesPage />} />
            <Route path="discounts" element={<DiscountListPage />} />
            <Route path="discounts/new" element={<DiscountEditPage />} />
            <Route path="discounts/:id" element={<DiscountEditPage />} />
            <Route path="orders" element={<OrderListPage />} />
            <Route path="orders/:id" element={<OrderDetailPage />} />
            <Route path="invoices" element={<InvoiceListPage />} />
            <Route path="*" element={<Navigate to="products" replace />} />
          </Routes>
        </div>
      </div>
    </RequireAdmin>
  )
}
