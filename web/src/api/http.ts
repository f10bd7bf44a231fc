import { ApiError, isProblem } from './problem'

/** Where the current access token comes from; set by the auth module so API calls need not know it. */
let accessToken: () => string | null = () => null

export function setAccessTokenSource(source: () => string | null): void {
  accessToken = source
}

/**
 * fetch for the shop's JSON APIs (same origin, behind the gateway): sends the bearer token when signed
 * in, answers the parsed body, and throws an ApiError carrying the ProblemDetails on any failure.
 */
export async function requestJson<T>(path: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers)
  headers.set('Accept', 'application/json, application/problem+json')
  if (init.body !== undefined) headers.set('Content-Type', 'application/json')
  const token = accessToken()
  if (token) headers.set('Authorization', `Bearer ${token}`)

  let response: Response
  try {
    response = await fetch(path, { ...init, headers })
  } catch {
    throw new ApiError(0, null)
  }

  const text = await response.text()
  let body: unknown = null
  if (text) {
    try {
      body = JSON.parse(text)
    } catch {
      body = null
    }
  }

  if (!response.ok) throw new ApiError(response.status, isProblem(body) ? body : null)
  return body as T
}
