import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { ApiError } from '../api/problem'
import { I18nProvider } from '../i18n/I18n'
import { ProblemMessage } from './ProblemMessage'

const show = (error: unknown, locale: 'en' | 'fr' = 'en', onRetry?: () => void) =>
  render(
    <I18nProvider locale={locale}>
      <ProblemMessage error={error} onRetry={onRetry} />
    </I18nProvider>,
  )

describe('ProblemMessage', () => {
  it("shows the service's detail as a sentence, not JSON", () => {
    show(new ApiError(404, { type: 'https://k8sshop.io/problems/not-found', title: 'Not Found', status: 404, detail: "No category 'shoes'." }))
    expect(screen.getByRole('alert')).toHaveTextContent("No category 'shoes'.")
    expect(screen.getByRole('alert')).not.toHaveTextContent('{')
  })

  it('lists every field error of a validation problem', () => {
    show(new ApiError(400, { title: 'One or more validation errors occurred.', status: 400, errors: { phone: ['Digits only.'], displayName: ['Required.'] } }))
    expect(screen.getByText('Please check the highlighted fields.')).toBeInTheDocument()
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Digits only.', 'Required.'])
  })

  it('explains a status without a body in the chosen language', () => {
    show(new ApiError(429, null), 'fr')
    expect(screen.getByRole('alert')).toHaveTextContent('Trop de tentatives')
  })

  it('says the shop is unreachable when the network failed, and offers to retry', async () => {
    const retry = vi.fn()
    show(new ApiError(0, null), 'en', retry)
    expect(screen.getByRole('alert')).toHaveTextContent('cannot be reached')
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(retry).toHaveBeenCalledOnce()
  })
})
