import { ApiError, isProblem } from './problem'

/** Where the current access token comes from; set by the auth module so API calls need not know it. */
let accessToken: () => string | null = () => null

export function setAccessTokenSource(source: () => string | null): void {
  accessToken = source
}

/** Sends a request with the bearer token when signed in; a network failure is an ApiError with status 0. */
async function send(path: string, init: RequestInit, accept: string): Promise<Response> {
  const headers = new Headers(init.headers)
  headers.set('Accept', accept)
  if (init.body !== undefined) headers.set('Content-Type', 'application/json')
  const token = accessToken()
  if (token) headers.set('Authorization', `Bearer ${token}`)
  try {
    return await fetch(path, { ...init, headers })
  } catch {
    throw new ApiError(0, null)
  }
}

function parse(text: string): unknown {
  if (!text) return null
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}

/**
 * fetch for the shop's JSON APIs (same origin, behind the gateway): sends the bearer token when signed
 * in, answers the parsed body, and throws an ApiError carrying the ProblemDetails on any failure.
 */
export async function requestJson<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await send(path, init, 'application/json, application/problem+json')
  const body = parse(await response.text())
  if (!response.ok) throw new ApiError(response.status, isProblem(body) ? body : null)
  return body as T
}

/** A file from the shop's APIs (an invoice's PDF or HTML), with the same token and errors as requestJson. */
export async function requestBlob(path: string, init: RequestInit = {}): Promise<Blob> {
  const response = await send(path, init, '*/*')
  if (!response.ok) {
    const body = parse(await response.text())
    throw new ApiError(response.status, isProblem(body) ? body : null)
  }
  return response.blob()
}
