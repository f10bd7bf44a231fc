import { fireEvent, render, screen } from '@testing-library/react'
import { useRef } from 'react'
import { Link, MemoryRouter, Route, Routes } from 'react-router'
import { describe, expect, it } from 'vitest'
import { useFocusOnNavigate } from './useFocusOnNavigate'

function Shell() {
  const main = useRef<HTMLElement>(null)
  useFocusOnNavigate(main)
  return (
    <>
      <Link to="/other">Other page</Link>
      <Link to="/?sort=price">Same page, sorted</Link>
      <main tabIndex={-1} ref={main}>
        <Routes>
          <Route path="/" element={<p>Home</p>} />
          <Route path="/other" element={<p>Other</p>} />
        </Routes>
      </main>
    </>
  )
}

describe('focus on navigation', () => {
  it('leaves the first page alone, moves to main on a new page, and stays put when only the query changes', () => {
    render(
      <MemoryRouter initialEntries={['/']}>
        <Shell />
      </MemoryRouter>,
    )
    expect(document.activeElement).toBe(document.body)

    const sorted = screen.getByRole('link', { name: 'Same page, sorted' })
    sorted.focus()
    fireEvent.click(sorted)
    expect(document.activeElement).toBe(sorted)

    fireEvent.click(screen.getByRole('link', { name: 'Other page' }))
    expect(screen.getByText('Other')).toBeInTheDocument()
    expect(document.activeElement).toBe(screen.getByRole('main'))
  })
})
