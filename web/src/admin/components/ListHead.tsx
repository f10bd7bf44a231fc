import { Link } from 'react-router'

/** An admin list's heading, with the link that creates a new entry. */
export function ListHead({ id, title, newTo, newLabel }: { id: string; title: string; newTo: string; newLabel: string }) {
  return (
    <div className="list-head">
      <h1 id={id}>{title}</h1>
      <Link to={newTo} className="button-link">
        {newLabel}
      </Link>
    </div>
  )
}
