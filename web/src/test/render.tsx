import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import type { ReactNode } from 'react'
import { MemoryRouter, type InitialEntry } from 'react-router'
import { CartProvider } from '../cart/CartContext'
import { I18nProvider, type Locale } from '../i18n/I18n'

/** Renders a page with the app's providers (no auth) at the given URL (or location, with its navigation state). */
export function renderPage(page: ReactNode, { url = '/', locale = 'en' }: { url?: InitialEntry; locale?: Locale } = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  return render(
    <QueryClientProvider client={queryClient}>
      <I18nProvider locale={locale}>
        <CartProvider>
          <MemoryRouter initialEntries={[url]}>{page}</MemoryRouter>
        </CartProvider>
      </I18nProvider>
    </QueryClientProvider>,
  )
}

/** A fetch answering JSON by path; anything else is a 404 problem. */
export function fakeApi(routes: Record<string, unknown>) {
  return async (input: RequestInfo | URL) => {
    const url = new URL(String(input instanceof Request ? input.url : input), 'http://shop.test')
    const key = url.pathname + url.search
    const body = routes[key] ?? routes[url.pathname]
    return body === undefined
      ? new Response(JSON.stringify({ title: 'Not Found', status: 404, detail: `No product '${url.pathname}'.` }), { status: 404, headers: { 'content-type': 'application/problem+json' } })
      : Response.json(body)
  }
}
