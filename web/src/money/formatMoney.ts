/**
 * Money travels as an integer of minor units (cents) and an ISO 4217 currency. The number of minor
 * digits comes from Intl itself (EUR 2, JPY 0), so no currency table is kept here.
 */
export function minorDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
}

export function formatMoney(minor: number, currency: string, locale: string): string {
  const digits = minorDigits(currency)
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(minor / 10 ** digits)
}

/** A price typed by a shopper ("12.5" or "12,50") in minor units; null when it is not a price. */
export function parseMajor(text: string, currency: string): number | null {
  const cleaned = text.trim().replace(',', '.')
  if (cleaned === '' || !/^\d+(\.\d+)?$/.test(cleaned)) return null
  return Math.round(Number(cleaned) * 10 ** minorDigits(currency))
}

export function toMajor(minor: number, currency: string): string {
  const digits = minorDigits(currency)
  const major = minor / 10 ** digits
  return Number.isInteger(major) ? String(major) : major.toFixed(digits)
}
