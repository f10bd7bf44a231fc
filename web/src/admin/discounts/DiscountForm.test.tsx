import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { renderPage } from '../../test/render'
import { scriptedApi, validationProblem } from '../test/scriptedApi'
import { DiscountForm } from './DiscountForm'

const user = userEvent.setup({ delay: null })
const categories = [{ id: 'c1', slug: 'lighting', name: 'Lighting', children: [{ id: 'c2', slug: 'lamps', name: 'Lamps', children: [] }] }]

describe('DiscountForm', { timeout: 30_000 }, () => {
  it('creates a limited fixed-amount code with a minimum, amounts in minor units', async () => {
    const api = scriptedApi(() => ({ status: 201, body: { id: 'd1' } }))
    vi.stubGlobal('fetch', vi.fn(api.fetch))
    const saved = vi.fn()
    renderPage(<DiscountForm categories={categories} onSaved={saved} />)

    await user.type(screen.getByLabelText('Code'), 'SPRING5')
    await user.type(screen.getByLabelText('Name'), 'Spring five')
    await user.selectOptions(screen.getByLabelText('Kind'), 'FixedAmount')
    expect(screen.queryByLabelText('Percent off')).not.toBeInTheDocument()
    await user.type(screen.getByLabelText('Amount off'), '5')
    await user.type(screen.getByLabelText('Minimum subtotal (optional)'), '30.50')
    await user.type(screen.getByLabelText('Total uses allowed'), '100')
    await user.type(screen.getByLabelText('Uses per customer'), '1')
    await user.click(screen.getByRole('button', { name: 'Save' }))

    await vi.waitFor(() => expect(saved).toHaveBeenCalled())
    expect(api.sent).toEqual([
      {
        method: 'POST',
        path: '/api/discounts/admin/discounts',
        body: {
          code: 'SPRING5', name: 'Spring five', kind: 'FixedAmount', percentOff: null, amountMinor: 500, currency: 'EUR', buyQuantity: null, getQuantity: null,
          scope: 'All', scopeIds: [], minimumSubtotalMinor: 3050, startsAt: null, endsAt: null, usageLimit: 100, perCustomerLimit: 1, stackable: false, priority: 0, active: true,
        },
      },
    ])
  })

  it('scopes buy X get Y to chosen categories', async () => {
    const api = scriptedApi(() => ({ status: 201, body: { id: 'd2' } }))
    vi.stubGlobal('fetch', vi.fn(api.fetch))
    renderPage(<DiscountForm categories={categories} onSaved={vi.fn()} />)

    await user.type(screen.getByLabelText('Name'), 'Lamps 3 for 2')
    await user.selectOptions(screen.getByLabelText('Kind'), 'BuyXGetY')
    await user.type(screen.getByLabelText('Buy (X)'), '2')
    await user.type(screen.getByLabelText('Get free (Y)'), '1')
    await user.selectOptions(screen.getByLabelText('Applies to'), 'Categories')
    await user.click(screen.getByLabelText('Lighting › Lamps'))
    await user.click(screen.getByRole('button', { name: 'Save' }))

    await vi.waitFor(() => expect(api.sent).toHaveLength(1))
    expect(api.sent[0].body).toMatchObject({ code: null, kind: 'BuyXGetY', buyQuantity: 2, getQuantity: 1, scope: 'Categories', scopeIds: ['c2'] })
  })

  it("shows the discounts API's field errors under the fields, and reads no number it cannot", async () => {
    const api = scriptedApi(() => validationProblem({ code: ['Another discount has this code.'], endsAt: ['The window ends after it starts.'] }))
    vi.stubGlobal('fetch', vi.fn(api.fetch))
    renderPage(<DiscountForm categories={categories} onSaved={vi.fn()} />)

    await user.type(screen.getByLabelText('Percent off'), 'ten')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(screen.getByLabelText('Percent off')).toHaveAccessibleDescription('Enter a whole number.')
    expect(api.sent).toEqual([])

    await user.clear(screen.getByLabelText('Percent off'))
    await user.type(screen.getByLabelText('Percent off'), '10')
    await user.type(screen.getByLabelText('Code'), 'WELCOME10')
    await user.click(screen.getByRole('button', { name: 'Save' }))

    const code = screen.getByLabelText('Code')
    await vi.waitFor(() => expect(code).toHaveAttribute('aria-invalid', 'true'))
    expect(code).toHaveAccessibleDescription(/Another discount has this code\./)
    expect(screen.getByLabelText('Valid until (optional)')).toHaveAccessibleDescription('The window ends after it starts.')
  })
})
