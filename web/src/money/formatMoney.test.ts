import { describe, expect, it } from 'vitest'
import { formatMoney, parseMajor, toMajor } from './formatMoney'

// Intl separates French groups and the currency sign with narrow/no-break spaces: compare on plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')

describe('formatMoney', () => {
  it('formats minor units per locale', () => {
    expect(formatMoney(123456, 'EUR', 'en')).toBe('€1,234.56')
    expect(plain(formatMoney(123456, 'EUR', 'fr'))).toBe('1 234,56 €')
  })

  it('knows currencies without minor units', () => {
    expect(formatMoney(1500, 'JPY', 'en')).toBe('¥1,500')
  })

  it('keeps the cents of small amounts', () => {
    expect(formatMoney(599, 'EUR', 'en')).toBe('€5.99')
    expect(formatMoney(0, 'EUR', 'en')).toBe('€0.00')
  })
})

describe('parseMajor and toMajor', () => {
  it('read a typed price in minor units, with a dot or a comma', () => {
    expect(parseMajor('12.5', 'EUR')).toBe(1250)
    expect(parseMajor('12,50', 'EUR')).toBe(1250)
    expect(parseMajor(' 40 ', 'EUR')).toBe(4000)
  })

  it('refuse what is not a price', () => {
    expect(parseMajor('', 'EUR')).toBeNull()
    expect(parseMajor('-3', 'EUR')).toBeNull()
    expect(parseMajor('abc', 'EUR')).toBeNull()
  })

  it('write minor units back for an input field', () => {
    expect(toMajor(4000, 'EUR')).toBe('40')
    expect(toMajor(1250, 'EUR')).toBe('12.50')
  })
})
