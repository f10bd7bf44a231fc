import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { fakeApi, renderPage } from '../test/render'
import { loadCart, saveCart } from './cart'
import { CartPage } from './CartPage'

const line = (id: string, name: string, priceMinor: number, quantity: number) => ({
  productId: id, slug: name.toLowerCase(), sku: `SKU-${id}`, name, imageUrl: `/api/catalog/images/SKU-${id}.svg`, priceMinor, currency: 'EUR', quantity,
})
const product = (id: string, name: string, priceMinor: number, available: number) => ({
  ...line(id, name, priceMinor, 0), id, description: '', taxClass: 'standard', attributes: {}, available, inStock: available > 0,
  category: { id: 'c', slug: 'lighting', name: 'Lighting' }, parentCategory: null,
})

describe('CartPage', () => {
  it('shows the empty state', () => {
    vi.stubGlobal('fetch', vi.fn(fakeApi({})))
    renderPage(<CartPage />)
    expect(screen.getByText('Your cart is empty.')).toBeInTheDocument()
  })

  it('checks the saved cart against the catalog and shows what changed', async () => {
    saveCart([line('1', 'Lamp', 2999, 5), line('2', 'Chair', 4999, 1), line('3', 'Pan', 1500, 2)])
    vi.stubGlobal('fetch', vi.fn(fakeApi({
      '/api/catalog/products/1': product('1', 'Lamp', 3499, 3), // dearer, and only 3 left
      '/api/catalog/products/2': product('2', 'Chair', 4999, 0), // sold out
      '/api/catalog/products/3': product('3', 'Pan', 1500, 10), // unchanged
    })))
    renderPage(<CartPage />)

    const notice = await screen.findByRole('alert')
    expect(within(notice).getByText('Lamp: the price changed from €29.99 to €34.99.')).toBeInTheDocument()
    expect(within(notice).getByText('Lamp: only 3 available, the quantity was lowered.')).toBeInTheDocument()
    expect(within(notice).getByText('Chair is sold out and was removed.')).toBeInTheDocument()
    expect(screen.getByLabelText('Quantity of Lamp')).toHaveValue(3)
    expect(screen.queryByText('Chair')).not.toBeInTheDocument()
    expect(screen.getByTestId('subtotal')).toHaveTextContent('€134.97') // 3 × 34.99 + 2 × 15.00
    expect(loadCart().map((l) => [l.name, l.priceMinor, l.quantity])).toEqual([['Lamp', 3499, 3], ['Pan', 1500, 2]])
  })

  it('changes quantities and removes lines, keeping them in storage, in French too', async () => {
    saveCart([line('3', 'Pan', 1500, 1)])
    vi.stubGlobal('fetch', vi.fn(fakeApi({ '/api/catalog/products/3': product('3', 'Pan', 1500, 10) })))
    renderPage(<CartPage />, { locale: 'fr' })

    const quantity = await screen.findByLabelText('Quantité de Pan')
    await userEvent.clear(quantity)
    await userEvent.type(quantity, '4')
    expect(screen.getByTestId('subtotal').textContent?.replace(/\s/g, ' ')).toBe('60,00 €')
    expect(loadCart()[0].quantity).toBe(4)

    await userEvent.click(screen.getByRole('button', { name: 'Retirer Pan' }))
    expect(screen.getByText('Votre panier est vide.')).toBeInTheDocument()
    expect(loadCart()).toEqual([])
  })
})
