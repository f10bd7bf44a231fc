import type { UseQueryResult } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { Loading } from '../../components/Loading'
import { ProblemMessage } from '../../components/ProblemMessage'

/** A query's loading state, its error (readable, with a retry), its empty state, or its data. */
export function QueryResult<T>({ query, isEmpty, empty, children }: { query: UseQueryResult<T>; isEmpty?: (data: T) => boolean; empty?: string; children: (data: T) => ReactNode }) {
  if (query.isPending) return <Loading />
  if (query.isError) return <ProblemMessage error={query.error} onRetry={() => void query.refetch()} />
  if (isEmpty?.(query.data)) return <p className="empty">{empty}</p>
  return children(query.data)
}
