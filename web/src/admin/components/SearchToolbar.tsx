import { useState, type FormEvent } from 'react'
import { useI18n } from '../../i18n/I18n'
import { ActiveSelect } from './ActiveSelect'

/** A list's search box with its "show all / active / inactive" choice; the text applies on submit. */
export function SearchToolbar({ id, label, maxLength, text, active, onSearch, onActive }: {
  id: string
  label: string
  maxLength: number
  text: string
  active: string
  onSearch: (text: string) => void
  onActive: (active: string) => void
}) {
  const { t } = useI18n()
  const [value, setValue] = useState(text)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onSearch(value)
  }
  return (
    <form role="search" className="admin-toolbar" onSubmit={submit}>
      <div className="field grow">
        <label htmlFor={`${id}-search`}>{label}</label>
        <input id={`${id}-search`} type="search" value={value} maxLength={maxLength} onChange={(e) => setValue(e.target.value)} />
      </div>
      <ActiveSelect id={`${id}-active`} value={active} onChange={onActive} />
      <button type="submit">{t('nav.searchButton')}</button>
    </form>
  )
}
