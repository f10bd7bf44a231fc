import { useQuery } from '@tanstack/react-query'
import { requestJson } from '../api/http'
import type { Conversation, TranscriptPage } from './chatTypes'
import type { PagedOrders } from './orders'

export const myConversationKey = ['chat', 'my-conversation']

/** The shopper's conversation still going on (newest first, so the first one not closed), if any: it survives reloads and other tabs. */
export function useMyConversation(enabled: boolean) {
  return useQuery({
    queryKey: myConversationKey,
    queryFn: async () => {
      const page = await requestJson<TranscriptPage<Conversation>>('/api/chat/conversations?pageSize=10')
      return page.items.find((c) => c.status !== 'closed') ?? null
    },
    enabled,
    staleTime: Infinity, // the hub keeps it current from here on
  })
}

/** The shopper's latest orders, to say which one a conversation is about. */
export function useMyRecentOrders(enabled: boolean) {
  return useQuery({ queryKey: ['chat', 'my-orders'], queryFn: () => requestJson<PagedOrders>('/api/orders?pageSize=10'), enabled })
}
