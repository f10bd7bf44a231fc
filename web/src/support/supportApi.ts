import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { requestJson } from '../api/http'
import type { ChatMessage, Conversation, TranscriptPage } from '../chat/chatTypes'
import type { PagedOrders } from '../chat/orders'

/** One order in full as support reads it (services/orders/Tracking/OrderView.cs, the parts the console shows). */
export interface SupportOrder {
  id: string
  status: string
  lines: { productId: string; quantity: number; sku: string | null; name: string | null; unitPriceMinor: number | null; currency: string | null }[]
  amounts: { totalMinor: number; currency: string } | null
  trackingNumber: string | null
  history: { status: string; reason: string | null; at: string; version: number }[]
  createdAt: string
}

export const transcriptPageSize = 10

/** Who a customer is, as support may read it (services/users/Profile/CustomerContact.cs): name and email, nothing more. */
export interface CustomerContact {
  id: string
  displayName: string
  email: string
}

/**
 * The customer behind a conversation (GET /api/users/customers/{id}/contact, support and admins only).
 * One query per customer, kept for minutes: the queue, the agent's conversations, the header and the
 * transcripts all name the same few people, and a new arrival in the queue fetches only its own.
 */
export function useCustomerContact(customerId: string) {
  return useQuery({
    queryKey: ['support', 'contact', customerId],
    queryFn: () => requestJson<CustomerContact>(`/api/users/customers/${encodeURIComponent(customerId)}/contact`),
    staleTime: 5 * 60_000,
  })
}

/** The customer's latest orders, beside the conversation (GET /api/orders/support?customerId, support and admins only). */
export function useCustomerOrders(customerId: string) {
  return useQuery({
    queryKey: ['support', 'customer-orders', customerId],
    queryFn: () => requestJson<PagedOrders>(`/api/orders/support?${new URLSearchParams({ customerId, pageSize: '10' })}`),
  })
}

export function useSupportOrder(id: string | null) {
  return useQuery({
    queryKey: ['support', 'order', id],
    queryFn: () => requestJson<SupportOrder>(`/api/orders/support/${encodeURIComponent(id!)}`),
    enabled: id !== null,
  })
}

/** The conversations support has closed, newest first. */
export function useTranscripts(page: number) {
  return useQuery({
    queryKey: ['support', 'transcripts', page],
    queryFn: () => requestJson<TranscriptPage<Conversation>>(`/api/chat/conversations?status=closed&page=${page}&pageSize=${transcriptPageSize}`),
    placeholderData: keepPreviousData,
  })
}

export function useTranscriptMessages(id: string) {
  return useQuery({
    queryKey: ['support', 'transcript', id],
    queryFn: () => requestJson<TranscriptPage<ChatMessage>>(`/api/chat/conversations/${encodeURIComponent(id)}/messages?pageSize=100`),
  })
}

/** One conversation (the one on screen, once it is no longer among the agent's open ones). */
export function useConversationInfo(id: string | null, enabled: boolean) {
  return useQuery({
    queryKey: ['support', 'conversation', id],
    queryFn: () => requestJson<Conversation>(`/api/chat/conversations/${encodeURIComponent(id!)}`),
    enabled: enabled && id !== null,
  })
}

/** Conversations this agent took and has not closed: after a reload the console shows them again. */
export function fetchAssignedTo(agentId: string): Promise<Conversation[]> {
  return requestJson<TranscriptPage<Conversation>>('/api/chat/conversations?status=assigned&pageSize=100').then((page) => page.items.filter((c) => c.agentId === agentId))
}
