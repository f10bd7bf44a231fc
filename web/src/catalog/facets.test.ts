import { describe, expect, it } from 'vitest'
import { attributeLabel, facetsOf } from './facets'

const product = (attributes: Record<string, string>) => ({ attributes }) as Parameters<typeof facetsOf>[0][number]

describe('facets', () => {
  it('offers brand and colour first, then the other attributes with more than one value', () => {
    const facets = facetsOf([product({ size: 'M', colour: 'Red', brand: 'Acme' }), product({ size: 'L', colour: 'blue', brand: 'Acme' })])
    expect(facets).toEqual([{ name: 'colour', values: ['blue', 'red'] }, { name: 'size', values: ['l', 'm'] }])
  })

  it('heads an attribute in sentence case: the first letter raised, the rest as written', () => {
    expect(attributeLabel('colour')).toBe('Colour')
    expect(attributeLabel('screen size')).toBe('Screen size')
    expect(attributeLabel('écran')).toBe('Écran')
    expect(attributeLabel('')).toBe('')
  })
})
