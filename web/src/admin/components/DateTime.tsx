import { useI18n } from '../../i18n/I18n'

/** A moment in the reader's language and time zone, machine-readable in the datetime attribute. */
export function DateTime({ value }: { value: string }) {
  const { locale } = useI18n()
  // Billing's times are UTC without an offset; reading them as local time would shift them.
  const iso = /[zZ]|[+-]\d\d:\d\d$/.test(value) ? value : value + 'Z'
  return <time dateTime={iso}>{new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))}</time>
}
