import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { requestJson } from '../api/http'

/** Shapes of the notifications service's answers (services/notifications/Inbox, Preferences); the services leave null fields out. */
export interface InboxItem {
  id: string
  kind: string
  title: string
  body: string
  orderId?: string | null
  createdAt: string
  readAt?: string | null
}

export interface InboxPage {
  items: InboxItem[]
  page: number
  pageSize: number
  total: number
  unread: number
}

export interface Preferences {
  email: boolean
  sms: boolean
  inApp: boolean
  phoneNumber?: string | null
  locale?: string | null
}

export const inboxPageSize = 20
export const notificationsKey = ['notifications'] as const
const unreadKey = [...notificationsKey, 'unread']
const preferencesKey = ['notifications-preferences']

export function useUnreadCount(enabled: boolean) {
  return useQuery({
    queryKey: unreadKey,
    queryFn: () => requestJson<{ unread: number }>('/api/notifications/inbox/unread-count'),
    enabled,
    select: (answer) => answer.unread,
  })
}

export function useInbox(page: number) {
  return useQuery({
    queryKey: [...notificationsKey, 'inbox', page],
    queryFn: () => requestJson<InboxPage>(`/api/notifications/inbox?${new URLSearchParams({ page: String(page), pageSize: String(inboxPageSize) })}`),
    placeholderData: (previous) => previous,
  })
}

/** Marks one item read (or all when no id); the inbox and the badge are read again afterwards. */
export function useMarkRead() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (id?: string) =>
      requestJson<unknown>(id ? `/api/notifications/inbox/${id}/read` : '/api/notifications/inbox/read-all', { method: 'POST' }),
    onSuccess: () => client.invalidateQueries({ queryKey: notificationsKey }),
  })
}

export function usePreferences(enabled: boolean) {
  return useQuery({ queryKey: preferencesKey, queryFn: () => requestJson<Preferences>('/api/notifications/preferences'), enabled })
}

export function useSavePreferences() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (preferences: Preferences) => requestJson<Preferences>('/api/notifications/preferences', { method: 'PUT', body: JSON.stringify(preferences) }),
    onSuccess: (saved) => client.setQueryData(preferencesKey, saved),
  })
}
