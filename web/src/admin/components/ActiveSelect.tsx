import { useI18n } from '../../i18n/I18n'

/** Show all, only active or only inactive entries of a list. */
export function ActiveSelect({ id, value, onChange }: { id: string; value: string; onChange: (value: string) => void }) {
  const { t } = useI18n()
  return (
    <div className="field">
      <label htmlFor={id}>{t('admin.product.show')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('admin.product.all')}</option>
        <option value="true">{t('admin.product.activeOnly')}</option>
        <option value="false">{t('admin.product.inactiveOnly')}</option>
      </select>
    </div>
  )
}
