/** A postal address as the shop prints it: name, lines, postal code and city, country. */
export function PostalAddressText({ address }: { address: { name: string; line1: string; line2?: string | null; postalCode: string; city: string; country: string } }) {
  return (
    <address>
      {address.name}
      <br />
      {address.line1}
      {address.line2 && (
        <>
          <br />
          {address.line2}
        </>
      )}
      <br />
      {address.postalCode} {address.city}, {address.country}
    </address>
  )
}
