import { useSearchParams } from 'react-router'

/**
 * An admin list's filters and page, kept in the URL like the storefront's lists: read with '' for a
 * missing filter, written without the empty ones, and back to page 1 whenever a filter changes.
 */
export function useUrlFilter<Name extends string>(names: readonly Name[]) {
  const [params, setParams] = useSearchParams()
  const values = Object.fromEntries(names.map((name) => [name, params.get(name) ?? ''])) as Record<Name, string>
  const page = Math.max(1, Number(params.get('page')) || 1)
  const apply = (change: Partial<Record<Name, string>>, nextPage = 1) => {
    const merged: Record<Name, string> = { ...values, ...change }
    const search = new URLSearchParams()
    for (const name of names) if (merged[name].trim()) search.set(name, merged[name].trim())
    if (nextPage > 1) search.set('page', String(nextPage))
    setParams(search)
  }
  return { values, page, apply, setPage: (next: number) => apply({}, next) }
}

/** Only what the APIs' `active` filter accepts; anything else typed into the URL means "all". */
export function activeFilter(value: string): '' | 'true' | 'false' {
  return value === 'true' || value === 'false' ? value : ''
}
