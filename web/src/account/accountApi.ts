import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { requestJson } from '../api/http'

/** Shapes of the users service's /api/users/me answers (services/users/Profile). */
export interface Profile {
  id: string
  email: string
  emailConfirmed: boolean
  displayName: string
  phone: string | null
  roles: string[]
}

export type AddressKind = 'Shipping' | 'Billing'

export interface AddressInput {
  kind: AddressKind
  name: string
  line1: string
  line2: string
  city: string
  postalCode: string
  country: string
  isDefault: boolean
}

export interface Address extends Omit<AddressInput, 'line2'> {
  id: string
  line2: string | null
}

const profileKey = ['users', 'me']
const addressesKey = ['users', 'me', 'addresses']

export function useProfile(enabled: boolean) {
  return useQuery({ queryKey: profileKey, queryFn: () => requestJson<Profile>('/api/users/me'), enabled })
}

export function useUpdateProfile() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (update: { displayName: string; phone: string }) => requestJson<Profile>('/api/users/me', { method: 'PUT', body: JSON.stringify(update) }),
    onSuccess: (profile) => client.setQueryData(profileKey, profile),
  })
}

export function useAddresses(enabled: boolean) {
  return useQuery({ queryKey: addressesKey, queryFn: () => requestJson<Address[]>('/api/users/me/addresses'), enabled })
}

/** Create (no id) or replace (id) an address; the list is re-read afterwards because defaults may move. */
export function useSaveAddress() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: AddressInput }) =>
      requestJson<Address>(id ? `/api/users/me/addresses/${id}` : '/api/users/me/addresses', { method: id ? 'PUT' : 'POST', body: JSON.stringify(input) }),
    onSuccess: () => client.invalidateQueries({ queryKey: addressesKey }),
  })
}

export function useDeleteAddress() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => requestJson<void>(`/api/users/me/addresses/${id}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: addressesKey }),
  })
}

export function useRegister() {
  return useMutation({
    mutationFn: (request: { email: string; password: string; displayName: string }) =>
      requestJson<{ id: string; email: string }>('/api/users/accounts', { method: 'POST', body: JSON.stringify(request) }),
  })
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (request: { currentPassword: string; newPassword: string }) =>
      requestJson<void>('/api/users/me/password', { method: 'POST', body: JSON.stringify(request) }),
  })
}
