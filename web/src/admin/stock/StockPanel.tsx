import { Loading } from '../../components/Loading'
import { ProblemMessage } from '../../components/ProblemMessage'
import { useI18n } from '../../i18n/I18n'
import { DateTime } from '../components/DateTime'
import { StockChangeForm } from './StockChangeForm'
import { useLedger, useStockLevel } from './stockApi'

/** A product's stock: the counts, receiving and correcting, and the ledger of every change, newest first. */
export function StockPanel({ productId }: { productId: string }) {
  const { t } = useI18n()
  const level = useStockLevel(productId)
  const ledger = useLedger(productId)
  return (
    <section className="panel" aria-labelledby="stock-title">
      <h2 id="stock-title">{t('admin.stock.title')}</h2>
      {level.isPending && <Loading />}
      {level.isError && <ProblemMessage error={level.error} onRetry={() => void level.refetch()} />}
      {level.data && (
        <dl className="facts" aria-label={t('admin.stock.level')}>
          <dt>{t('admin.stock.onHand')}</dt>
          <dd data-testid="stock-on-hand">{level.data.onHand}</dd>
          <dt>{t('admin.stock.reserved')}</dt>
          <dd>{level.data.reserved}</dd>
          <dt>{t('admin.stock.available')}</dt>
          <dd data-testid="stock-available">{level.data.available}</dd>
        </dl>
      )}
      <div className="two-columns">
        <StockChangeForm productId={productId} kind="receipts" />
        <StockChangeForm productId={productId} kind="counts" />
      </div>
      <h3>{t('admin.stock.ledger')}</h3>
      {ledger.isPending && <Loading />}
      {ledger.isError && <ProblemMessage error={ledger.error} onRetry={() => void ledger.refetch()} />}
      {ledger.data && ledger.data.length === 0 && <p className="empty">{t('admin.stock.noLedger')}</p>}
      {ledger.data && ledger.data.length > 0 && (
        <div className="table-wrap">
          <table aria-label={t('admin.stock.ledger')}>
            <thead>
              <tr>
                <th scope="col">{t('admin.stock.when')}</th>
                <th scope="col">{t('admin.stock.kind')}</th>
                <th scope="col" className="number">{t('admin.stock.onHandDelta')}</th>
                <th scope="col" className="number">{t('admin.stock.reservedDelta')}</th>
                <th scope="col" className="number">{t('admin.stock.onHandAfter')}</th>
                <th scope="col">{t('admin.stock.reason')}</th>
                <th scope="col">{t('admin.stock.actor')}</th>
              </tr>
            </thead>
            <tbody>
              {ledger.data.map((entry) => (
                <tr key={entry.id}>
                  <td><DateTime value={entry.atUtc} /></td>
                  <td>{t(`admin.ledger.${entry.kind}`)}</td>
                  <td className="number">{signed(entry.onHandDelta)}</td>
                  <td className="number">{signed(entry.reservedDelta)}</td>
                  <td className="number">{entry.onHandAfter}</td>
                  <td>{entry.reason}</td>
                  <td>{entry.actor}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}

function signed(value: number): string {
  return value > 0 ? `+${value}` : String(value)
}
