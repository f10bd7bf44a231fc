import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { renderPage } from '../../test/render'
import { scriptedApi } from '../test/scriptedApi'
import { CategoriesPage } from './CategoriesPage'
import type { AdminCategory } from './productsApi'

const user = userEvent.setup({ delay: null })
const category = (id: string, name: string, change: Partial<AdminCategory> = {}): AdminCategory => ({
  id, slug: name.toLowerCase(), name, parentId: null, sortOrder: 0, active: true, visible: true, children: [], ...change,
})

function tree(lightingActive = true): AdminCategory[] {
  return [
    category('c1', 'Lighting', {
      sortOrder: 2, active: lightingActive, visible: lightingActive,
      children: [category('c2', 'Lamps', { parentId: 'c1', sortOrder: 7, visible: lightingActive }), category('c3', 'Bulbs', { parentId: 'c1', active: false, visible: false })],
    }),
    category('c4', 'Garden', { active: false, visible: false }),
  ]
}

const rowOf = (slug: string) => document.querySelector<HTMLElement>(`[data-category="${slug}"]`)!

describe('CategoriesPage', { timeout: 30_000 }, () => {
  it('marks inactive categories and those hidden by their parent, and links only what shoppers see', async () => {
    vi.stubGlobal('fetch', vi.fn(scriptedApi(() => ({ body: tree(false) })).fetch))
    renderPage(<CategoriesPage />)

    await screen.findByText('Lighting')
    expect(within(rowOf('lighting')).getByText('Inactive')).toBeInTheDocument()
    expect(within(rowOf('lamps')).getByText('Hidden: its parent is inactive')).toBeInTheDocument()
    expect(within(rowOf('lamps')).queryByRole('link')).not.toBeInTheDocument()
    expect(within(rowOf('garden')).getByRole('button', { name: 'Reactivate: Garden' })).toBeEnabled()
    // Bulbs cannot come back before Lighting does.
    expect(within(rowOf('bulbs')).getByRole('button', { name: 'Reactivate: Bulbs' })).toBeDisabled()
  })

  it('deactivates only after the admin confirms, then reads the tree again', async () => {
    let lightingActive = true
    const api = scriptedApi((request) => {
      if (request.method === 'GET') return { body: tree(lightingActive) }
      lightingActive = false
      return { body: tree(false)[0] }
    })
    vi.stubGlobal('fetch', vi.fn(api.fetch))
    renderPage(<CategoriesPage />)

    await user.click(await screen.findByRole('button', { name: 'Deactivate…: Lighting' }))
    expect(screen.getByRole('group', { name: 'Deactivate…: Lighting' })).toHaveTextContent('Shoppers will no longer see Lighting or its sub-categories')
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(api.sent.filter((r) => r.method === 'POST')).toEqual([])

    await user.click(screen.getByRole('button', { name: 'Deactivate…: Lighting' }))
    await user.click(screen.getByRole('button', { name: 'Deactivate the category' }))

    await vi.waitFor(() => expect(within(rowOf('lighting')).getByText('Inactive')).toBeInTheDocument())
    expect(api.sent.filter((r) => r.method === 'POST')).toEqual([{ method: 'POST', path: '/api/inventory/admin/categories/c1/deactivate', body: undefined }])
    expect(api.sent.filter((r) => r.method === 'GET')).toHaveLength(2)
  })

  it('shows a refused reactivation in the admin’s language', async () => {
    // The list was read while Lighting was active; another admin deactivated it meanwhile.
    const api = scriptedApi((request) =>
      request.method === 'GET'
        ? { body: [category('c1', 'Lighting', { children: [category('c3', 'Bulbs', { parentId: 'c1', active: false, visible: false })] })] }
        : {
            status: 409,
            body: { type: 'https://k8sshop.io/problems/category-parent-inactive', title: 'The parent category is inactive.', status: 409, detail: "Category 'bulbs' stays hidden." },
          },
    )
    vi.stubGlobal('fetch', vi.fn(api.fetch))
    renderPage(<CategoriesPage />, { locale: 'fr' })

    await user.click(await screen.findByRole('button', { name: 'Réactiver: Bulbs' }))

    expect(await screen.findByRole('alert')).toHaveTextContent("Réactivez d'abord sa catégorie parente")
    expect(api.sent.filter((r) => r.method === 'POST')).toEqual([{ method: 'POST', path: '/api/inventory/admin/categories/c3/reactivate', body: undefined }])
  })

  it('edits a category with its position kept', async () => {
    const api = scriptedApi((request) => (request.method === 'GET' ? { body: tree() } : { body: { id: 'c2', slug: 'lamps', name: 'Desk lamps' } }))
    vi.stubGlobal('fetch', vi.fn(api.fetch))
    renderPage(<CategoriesPage />)

    await user.click(await screen.findByRole('button', { name: 'Edit: Lamps' }))
    const form = screen.getByRole('form', { name: 'Edit: Lamps' })
    expect(within(form).getByLabelText('Position (lower first)')).toHaveValue('7')
    await user.clear(within(form).getByLabelText('Category name'))
    await user.type(within(form).getByLabelText('Category name'), 'Desk lamps')
    await user.click(within(form).getByRole('button', { name: 'Save' }))

    await vi.waitFor(() =>
      expect(api.sent.filter((r) => r.method === 'PUT')).toEqual([
        { method: 'PUT', path: '/api/inventory/admin/categories/c2', body: { slug: 'lamps', name: 'Desk lamps', parentId: 'c1', sortOrder: 7 } },
      ]),
    )
  })
})
