/** Product attributes as the admin types them: one `name: value` per line. */
export function formatAttributes(attributes: Record<string, string>): string {
  return Object.entries(attributes)
    .map(([name, value]) => `${name}: ${value}`)
    .join('\n')
}

/** The attributes of the text, or null when a non-empty line has no `name: value` shape. */
export function parseAttributes(text: string): Record<string, string> | null {
  const attributes: Record<string, string> = {}
  for (const line of text.split('\n')) {
    if (!line.trim()) continue
    const colon = line.indexOf(':')
    const name = line.slice(0, colon).trim()
    const value = line.slice(colon + 1).trim()
    if (colon < 0 || !name || !value) return null
    attributes[name] = value
  }
  return attributes
}
