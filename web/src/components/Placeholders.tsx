import { Loading } from './Loading'

const blank = '\u00a0'

/**
 * Boxes built from the same classes as the tiles and product cards they stand in for, so they have the same
 * height and the page does not jump when the real ones arrive (the "no layout shift on load").
 * Screen readers hear the usual loading message; the boxes themselves are hidden from them.
 */
export function Placeholders({ count, kind }: { count: number; kind: 'tile' | 'card' }) {
  return (
    <>
      <div className="visually-hidden">
        <Loading />
      </div>
      <ul className={kind === 'tile' ? 'tiles' : 'grid'} aria-hidden="true">
        {Array.from({ length: count }, (_, index) =>
          kind === 'tile' ? (
            <li key={index}>
              <span className="tile placeholder">
                <span className="tile-name">{blank}</span>
                <span className="tile-children">{blank}</span>
              </span>
            </li>
          ) : (
            <li key={index} className="card placeholder">
              <span className="card-link">
                <span className="placeholder-image" />
                <span className="card-name">{blank}</span>
              </span>
              <span className="price">{blank}</span>
              <span className="stock">{blank}</span>
            </li>
          ),
        )}
      </ul>
    </>
  )
}
