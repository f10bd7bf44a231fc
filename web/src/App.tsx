import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { lazy, Suspense, useState } from 'react'
import { BrowserRouter, Route, Routes } from 'react-router'
import { ApiError } from './api/problem'
import { AuthProvider } from './auth/Auth'
import { CartProvider } from './cart/CartContext'
import { I18nProvider } from './i18n/I18n'
import { Layout } from './layout/Layout'
import { Loading } from './components/Loading'
import { HomePage } from './pages/HomePage'
import { CategoryPage } from './pages/CategoryPage'
import { SearchPage } from './pages/SearchPage'
import { ProductPage } from './pages/ProductPage'
import { CartPage } from './cart/CartPage'
import { AuthCallbackPage } from './auth/AuthCallbackPage'
import { NotFoundPage } from './pages/NotFoundPage'
import { LiveNotificationsProvider } from './notifications/LiveNotifications'

// The signed-in pages are loaded on demand: the storefront route does not pay for them.
const AccountPage = lazy(() => import('./account/AccountPage'))
const RegisterPage = lazy(() => import('./account/RegisterPage'))
const SupportPage = lazy(() => import('./support/SupportPage'))
// The back-office is its own chunk too: shoppers never download it.
const AdminPage = lazy(() => import('./admin/AdminPage'))
// shopper: checkout, orders, notifications
const CheckoutPage = lazy(() => import('./checkout/CheckoutPage'))
const OrderPage = lazy(() => import('./orders/OrderPage'))
const OrdersPage = lazy(() => import('./orders/OrdersPage'))
const InboxPage = lazy(() => import('./notifications/InboxPage'))

function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 10_000, // the catalog caches lists for 10 s as well
        // A 4xx will not get better by asking again; network and server errors may.
        retry: (count, error) => count < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
      },
    },
  })
}

export function App() {
  const [queryClient] = useState(createQueryClient)
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <AuthProvider>
          <LiveNotificationsProvider>
          <CartProvider>
            <BrowserRouter>
              <Routes>
                <Route element={<Layout />}>
                  <Route index element={<HomePage />} />
                  <Route path="c/:slug" element={<CategoryPage />} />
                  <Route path="search" element={<SearchPage />} />
                  <Route path="p/:slug" element={<ProductPage />} />
                  <Route path="cart" element={<CartPage />} />
                  <Route path="auth/callback" element={<AuthCallbackPage />} />
                  <Route path="my-account" element={<Suspense fallback={<Loading />}><AccountPage /></Suspense>} />
                  <Route path="register" element={<Suspense fallback={<Loading />}><RegisterPage /></Suspense>} />
                  <Route path="support" element={<Suspense fallback={<Loading />}><SupportPage /></Suspense>} />
                  <Route path="admin/*" element={<Suspense fallback={<Loading />}><AdminPage /></Suspense>} />
                  <Route path="checkout" element={<Suspense fallback={<Loading />}><CheckoutPage /></Suspense>} />
                  <Route path="orders" element={<Suspense fallback={<Loading />}><OrdersPage /></Suspense>} />
                  <Route path="orders/:id" element={<Suspense fallback={<Loading />}><OrderPage /></Suspense>} />
                  <Route path="notifications" element={<Suspense fallback={<Loading />}><InboxPage /></Suspense>} />
                  <Route path="*" element={<NotFoundPage />} />
                </Route>
              </Routes>
            </BrowserRouter>
          </CartProvider>
          </LiveNotificationsProvider>
        </AuthProvider>
      </I18nProvider>
    </QueryClientProvider>
  )
}
