import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import { I18nProvider, type Locale } from '../i18n/I18n'

/**
 * The providers a chat component needs, given as Testing Library's `wrapper` so they stay when a
 * test re-renders with new props (a reconnection, the conversation coming on screen).
 */
export function chatTestProviders(locale: Locale = 'en') {
  return function ChatTestProviders({ children }: { children: ReactNode }) {
    const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: false } } }))
    return (
      <QueryClientProvider client={client}>
        <I18nProvider locale={locale}>{children}</I18nProvider>
      </QueryClientProvider>
    )
  }
}
