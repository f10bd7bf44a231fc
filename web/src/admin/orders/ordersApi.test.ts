import { describe, expect, it } from 'vitest'
import { orderListQuery } from './ordersApi'

describe('orderListQuery', () => {
  it("turns the admin's days into instants, the end day included", () => {
    const params = orderListQuery({ status: 'Paid', customerId: 'c1', from: '2026-03-01', to: '2026-03-31', page: 2 }, 20)
    expect(params.get('status')).toBe('Paid')
    expect(params.get('customerId')).toBe('c1')
    expect(params.get('page')).toBe('2')
    expect(new Date(params.get('from')!).getTime()).toBe(new Date('2026-03-01T00:00').getTime())
    expect(new Date(params.get('to')!).getTime()).toBe(new Date('2026-04-01T00:00').getTime())
  })

  it('leaves out the filters that are not set', () => {
    expect([...orderListQuery({ status: '', customerId: '', from: '', to: '', page: 1 }, 20).keys()]).toEqual(['page', 'pageSize'])
  })
})
