import { ApiError, isProblem } from '../api/problem'

/**
 * A document (HTML or PDF) from an API that needs the bearer token, so a plain link cannot fetch it.
 * Failures throw the same ApiError as JSON calls, so they are shown the same way.
 */
export async function fetchDocument(path: string, accessToken: string | undefined): Promise<Blob> {
  let response: Response
  try {
    response = await fetch(path, { headers: accessToken ? { Authorization: `Bearer ${accessToken}` } : {} })
  } catch {
    throw new ApiError(0, null)
  }
  if (!response.ok) {
    let body: unknown = null
    try {
      body = await response.json()
    } catch {
      body = null
    }
    throw new ApiError(response.status, isProblem(body) ? body : null)
  }
  return response.blob()
}

/** Saves a blob under a file name through a temporary link, as the browser's own download would. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
