import { useState, type FormEvent } from 'react'
import { useI18n } from '../i18n/I18n'
import type { Quote } from './checkoutApi'

/** The codes the shopper typed; each is applied or refused by the quote, which says why. */
export function DiscountCodes({ codes, onCodes, quote }: { codes: string[]; onCodes: (codes: string[]) => void; quote: Quote | undefined }) {
  const { t } = useI18n()
  const [text, setText] = useState('')
  const apply = (event: FormEvent) => {
    event.preventDefault()
    const code = text.trim()
    if (!code) return
    if (!codes.some((c) => c.toUpperCase() === code.toUpperCase())) onCodes([...codes, code].slice(-5))
    setText('')
  }
  const refusal = (code: string) => quote?.refused.find((r) => r.code.toUpperCase() === code.toUpperCase())
  return (
    <div className="discount-codes">
      {/* Its own form, so Enter applies the code instead of placing the order. */}
      <form onSubmit={apply} className="inline-form" aria-label={t('checkout.discount')}>
        <label htmlFor="discount-code">{t('checkout.discountCode')}</label>
        <input id="discount-code" value={text} onChange={(e) => setText(e.target.value)} maxLength={40} autoComplete="off" />
        <button type="submit" className="secondary">
          {t('checkout.apply')}
        </button>
      </form>
      {codes.length > 0 && (
        <ul className="codes">
          {codes.map((code) => {
            const refused = refusal(code)
            return (
              <li key={code} className={refused ? 'refused' : 'applied'}>
                <code>{code}</code> {refused ? <span role="alert">{refused.message}</span> : quote ? <span>{t('checkout.codeApplied')}</span> : null}
                <button type="button" className="link-button" onClick={() => onCodes(codes.filter((c) => c !== code))} aria-label={t('checkout.removeCode', { code })}>
                  {t('common.delete')}
                </button>
              </li>
            )
          })}
        </ul>
      )}
    </div>
  )
}

/** The codes to place the order with: those the latest quote did not refuse (a refused one would fail pricing). */
export function acceptedCodes(codes: string[], quote: Quote | undefined): string[] {
  return codes.filter((code) => !quote?.refused.some((r) => r.code.toUpperCase() === code.toUpperCase()))
}
