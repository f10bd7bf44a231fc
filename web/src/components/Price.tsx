import { formatMoney } from '../money/formatMoney'
import { useI18n } from '../i18n/I18n'

export function Price({ minor, currency }: { minor: number; currency: string }) {
  const { locale } = useI18n()
  return <span className="price">{formatMoney(minor, currency, locale)}</span>
}
