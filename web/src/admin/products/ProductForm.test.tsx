import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import type { CategoryNode } from '../../catalog/types'
import { renderPage } from '../../test/render'
import { scriptedApi, validationProblem } from '../test/scriptedApi'
import { ProductForm } from './ProductForm'

// No artificial delay between keystrokes: the tests run on a busy shared machine.
const user = userEvent.setup({ delay: null })
const categories: CategoryNode[] = [{ id: 'c1', slug: 'lighting', name: 'Lighting', children: [{ id: 'c2', slug: 'lamps', name: 'Lamps', children: [] }] }]

async function fillValid() {
  await user.type(screen.getByLabelText('Name'), 'Desk lamp')
  await user.type(screen.getByLabelText('SKU'), 'LAMP-1')
  await user.type(screen.getByLabelText('Slug (web address)'), 'desk-lamp')
  await user.selectOptions(screen.getByLabelText('Category'), 'c2')
  await user.type(screen.getByLabelText('Price'), '24,99')
}

describe('ProductForm', { timeout: 30_000 }, () => {
  it('sends the product with the price in minor units and the attributes parsed, then reports the new id', async () => {
    const api = scriptedApi(() => ({ status: 201, body: { id: 'p1' } }))
    vi.stubGlobal('fetch', vi.fn(api.fetch))
    const saved = vi.fn()
    renderPage(<ProductForm categories={categories} onSaved={saved} />)

    await fillValid()
    await user.type(screen.getByLabelText('Attributes'), 'colour: blue{enter}brand: Lumen')
    await user.click(screen.getByRole('button', { name: 'Save' }))

    await vi.waitFor(() => expect(saved).toHaveBeenCalledWith('p1'))
    expect(api.sent).toEqual([
      {
        method: 'POST',
        path: '/api/inventory/admin/products',
        body: {
          sku: 'LAMP-1', slug: 'desk-lamp', name: 'Desk lamp', description: '', priceMinor: 2499, currency: 'EUR', taxClass: 'standard',
          categoryId: 'c2', attributes: { colour: 'blue', brand: 'Lumen' }, imageUrl: null, active: true,
        },
      },
    ])
  })

  it("shows the inventory API's validation errors under the fields they concern", async () => {
    const api = scriptedApi(() => validationProblem({ sku: ['A SKU is 1 to 64 capital letters, digits and dashes.'], priceMinor: ['The price is 0 to 10000000000 minor units.'] }))
    vi.stubGlobal('fetch', vi.fn(api.fetch))
    renderPage(<ProductForm categories={categories} onSaved={vi.fn()} />)

    await fillValid()
    await user.click(screen.getByRole('button', { name: 'Save' }))

    const sku = screen.getByLabelText('SKU')
    await vi.waitFor(() => expect(sku).toHaveAttribute('aria-invalid', 'true'))
    expect(sku).toHaveAccessibleDescription(/A SKU is 1 to 64 capital letters/)
    expect(screen.getByLabelText('Price')).toHaveAccessibleDescription('The price is 0 to 10000000000 minor units.')
    expect(screen.getByRole('alert')).toHaveTextContent('Please check the highlighted fields.')
    expect(screen.getByLabelText('Name')).not.toHaveAttribute('aria-invalid')
  })

  it('refuses a price or attributes it cannot read without calling the API', async () => {
    const api = scriptedApi(() => ({ status: 201, body: { id: 'p1' } }))
    vi.stubGlobal('fetch', vi.fn(api.fetch))
    renderPage(<ProductForm categories={categories} onSaved={vi.fn()} />, { locale: 'fr' })

    await user.type(screen.getByLabelText('Prix'), 'cheap')
    await user.type(screen.getByLabelText('Caractéristiques'), 'no colon here')
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }))

    expect(screen.getByLabelText('Prix')).toHaveAccessibleDescription('Saisissez un prix comme 25 ou 19,99.')
    expect(screen.getByLabelText('Caractéristiques')).toHaveAccessibleDescription(/Écrivez chaque caractéristique/)
    expect(api.sent).toEqual([])
  })

  it('edits an existing product with a PUT, keeping its fields', async () => {
    const api = scriptedApi(() => ({ body: { id: 'p9' } }))
    vi.stubGlobal('fetch', vi.fn(api.fetch))
    const product = {
      id: 'p9', sku: 'CHAIR-9', slug: 'chair', name: 'Chair', description: 'Sits.', priceMinor: 4900, currency: 'EUR', taxClass: 'reduced', categoryId: 'c1',
      attributes: { wood: 'oak' }, imageUrl: '/api/catalog/images/CHAIR-9.svg', active: true, createdAtUtc: '2026-01-01T00:00:00', updatedAtUtc: '2026-01-01T00:00:00',
    }
    renderPage(<ProductForm product={product} categories={categories} onSaved={vi.fn()} />)

    expect(screen.getByLabelText('Price')).toHaveValue('49')
    await user.click(screen.getByLabelText('Sold in the shop (active)'))
    await user.click(screen.getByRole('button', { name: 'Save' }))

    await vi.waitFor(() => expect(api.sent).toHaveLength(1))
    expect(api.sent[0]).toMatchObject({ method: 'PUT', path: '/api/inventory/admin/products/p9', body: { name: 'Chair', priceMinor: 4900, taxClass: 'reduced', attributes: { wood: 'oak' }, active: false } })
  })
})
