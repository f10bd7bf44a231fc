import { describe, expect, it } from 'vitest'
import { productQuery, readListState, toggleAttribute, withFilters, writeListState } from './filters'

const read = (query: string) => readListState(new URLSearchParams(query))

describe('list state in the URL', () => {
  it('reads filters, sort and page', () => {
    expect(read('minPrice=1000&maxPrice=5000&inStock=true&attr.colour=red,blue&sort=price-desc&page=3')).toEqual({
      q: undefined,
      minPrice: 1000,
      maxPrice: 5000,
      inStock: true,
      attributes: { colour: ['red', 'blue'] },
      sort: 'price-desc',
      page: 3,
    })
  })

  it('ignores what it does not understand instead of failing', () => {
    expect(read('minPrice=abc&sort=cheapest&page=-2&attr.=x&inStock=yes')).toEqual({
      q: undefined,
      minPrice: undefined,
      maxPrice: undefined,
      inStock: false,
      attributes: {},
      sort: 'relevance',
      page: 1,
    })
  })

  it('swaps a minimum above the maximum, as a shopper meant', () => {
    const state = read('minPrice=9000&maxPrice=100')
    expect([state.minPrice, state.maxPrice]).toEqual([100, 9000])
  })

  it('writes a canonical URL that reads back to the same state', () => {
    const state = read('page=2&attr.size=m&attr.colour=red,blue&sort=name&inStock=true')
    const written = writeListState(state).toString()
    expect(written).toBe('inStock=true&attr.colour=blue%2Cred&attr.size=m&sort=name&page=2')
    expect(readListState(new URLSearchParams(written))).toEqual({ ...state, attributes: { colour: ['blue', 'red'], size: ['m'] } })
  })

  it('leaves defaults out of the URL', () => {
    expect(writeListState(read('sort=relevance&page=1')).toString()).toBe('')
  })

  it('goes back to page 1 when a filter changes', () => {
    const state = read('page=4&attr.colour=red')
    expect(withFilters(state, { inStock: true }).page).toBe(1)
    const toggled = toggleAttribute(state, 'colour', 'blue')
    expect(toggled).toMatchObject({ page: 1, attributes: { colour: ['red', 'blue'] } })
    expect(toggleAttribute(toggleAttribute(state, 'colour', 'red'), 'size', 'm').attributes).toEqual({ size: ['m'] })
  })

  it('passes the state to the catalog API with the category and page size', () => {
    const query = new URLSearchParams(productQuery(read('q=lamp&attr.room=office&sort=price'), 'lighting', 24))
    expect(Object.fromEntries(query)).toEqual({ q: 'lamp', 'attr.room': 'office', sort: 'price', category: 'lighting', pageSize: '24', page: '1' })
  })
})
