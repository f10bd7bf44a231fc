using K8sShop.ServiceDefaults.Auth;
using K8sShop.Users.Accounts;
using K8sShop.Users.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace K8sShop.Users.Profile;

/// <summary>
/// The caller's shipping and billing addresses. Every query is filtered by the caller's id, so another
/// account's address is simply not found. One default per kind: the first address of a kind becomes
/// the default, and choosing a new default clears the old one.
/// </summary>
public static class AddressesApi
{
    public const int MaxAddressesPerAccount = 50;

    public static RouteGroupBuilder MapAddresses(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var addresses = api.MapGroup("/me/addresses").WithTags("Addresses").RequireAuthorization(ShopPolicies.Account);
        addresses.MapGet("", List).WithSummary("The caller's addresses.");
        addresses.MapGet("/{id:guid}", Get).WithSummary("One of the caller's addresses.");
        addresses.MapPost("", Create).WithSummary("Adds an address.");
        addresses.MapPut("/{id:guid}", Update).WithSummary("Replaces an address.");
        addresses.MapDelete("/{id:guid}", Delete).WithSummary("Deletes an address.");
        return api;
    }

    private static async Task<Results<Ok<List<AddressView>>, UnauthorizedHttpResult>> List(HttpContext http, UsersDbContext db)
    {
        if (Caller.Id(http) is not { } me)
        {
            return TypedResults.Unauthorized();
        }

        var list = await db.Addresses.AsNoTracking().Where(a => a.UserId == me).OrderBy(a => a.Kind).ThenBy(a => a.Id).ToListAsync();
        return TypedResults.Ok(list.Select(AddressView.Of).ToList());
    }

    private static async Task<Results<Ok<AddressView>, NotFound>> Get(Guid id, HttpContext http, UsersDbContext db)
    {
        var me = Caller.Id(http);
        var address = await db.Addresses.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && a.UserId == me);
        return address is null ? TypedResults.NotFound() : TypedResults.Ok(AddressView.Of(address));
    }

    private static async Task<Results<Created<AddressView>, ValidationProblem, UnauthorizedHttpResult>> Create(AddressInput input, HttpContext http, UsersDbContext db)
    {
        if (Caller.Id(http) is not { } me)
        {
            return TypedResults.Unauthorized();
        }

        var errors = Validate(input);
        if (await db.Addresses.CountAsync(a => a.UserId == me) >= MaxAddressesPerAccount)
        {
            errors.Add("address", $"At most {MaxAddressesPerAccount} addresses per account.");
        }

        if (errors.Any)
        {
            return AccountsApi.Invalid(errors);
        }

        var address = new Address { Id = Guid.CreateVersion7(), UserId = me };
        Apply(input, address);
        var firstOfKind = !await db.Addresses.AnyAsync(a => a.UserId == me && a.Kind == address.Kind);
        address.IsDefault = input.IsDefault || firstOfKind;
        await ClearOtherDefaultsAsync(db, address);
        db.Addresses.Add(address);
        await db.SaveChangesAsync();
        return TypedResults.Created($"/api/users/me/addresses/{address.Id}", AddressView.Of(address));
    }

    private static async Task<Results<Ok<AddressView>, ValidationProblem, NotFound>> Update(Guid id, AddressInput input, HttpContext http, UsersDbContext db)
    {
        var me = Caller.Id(http);
        var address = await db.Addresses.FirstOrDefaultAsync(a => a.Id == id && a.UserId == me);
        if (address is null)
        {
            return TypedResults.NotFound();
        }

        var errors = Validate(input);
        if (errors.Any)
        {
            return AccountsApi.Invalid(errors);
        }

        var wasDefault = address.IsDefault;
        Apply(input, address);
        address.IsDefault = input.IsDefault || wasDefault;
        await ClearOtherDefaultsAsync(db, address);
        await db.SaveChangesAsync();
        return TypedResults.Ok(AddressView.Of(address));
    }

    private static async Task<Results<NoContent, NotFound>> Delete(Guid id, HttpContext http, UsersDbContext db)
    {
        var me = Caller.Id(http);
        var address = await db.Addresses.FirstOrDefaultAsync(a => a.Id == id && a.UserId == me);
        if (address is null)
        {
            return TypedResults.NotFound();
        }

        db.Addresses.Remove(address);
        if (address.IsDefault)
        {
            // Keep one default per kind while any address of that kind is left.
            var next = await db.Addresses.Where(a => a.UserId == me && a.Kind == address.Kind && a.Id != id).OrderBy(a => a.Id).FirstOrDefaultAsync();
            next?.IsDefault = true;
        }

        await db.SaveChangesAsync();
        return TypedResults.NoContent();
    }

    private static async Task ClearOtherDefaultsAsync(UsersDbContext db, Address address)
    {
        if (!address.IsDefault)
        {
            return;
        }

        var others = await db.Addresses.Where(a => a.UserId == address.UserId && a.Kind == address.Kind && a.Id != address.Id && a.IsDefault).ToListAsync();
        others.ForEach(a => a.IsDefault = false);
    }

    private static FieldErrors Validate(AddressInput input)
    {
        var errors = new FieldErrors();
        if (input.Kind is not (AddressKind.Shipping or AddressKind.Billing))
        {
            errors.Add("kind", "Shipping or Billing.");
        }

        errors.Required("name", input.Name, Address.MaxNameLength);
        errors.Required("line1", input.Line1, Address.MaxLineLength);
        errors.Optional("line2", input.Line2, Address.MaxLineLength);
        errors.Required("city", input.City, Address.MaxCityLength);
        errors.Required("postalCode", input.PostalCode, Address.MaxPostalCodeLength);
        if (input.Country is not { Length: 2 } country || !country.All(char.IsAsciiLetter))
        {
            errors.Add("country", "A two-letter ISO 3166 country code.");
        }

        return errors;
    }

    private static void Apply(AddressInput input, Address address)
    {
        address.Kind = input.Kind!.Value;
        address.Name = input.Name!.Trim();
        address.Line1 = input.Line1!.Trim();
        address.Line2 = string.IsNullOrWhiteSpace(input.Line2) ? null : input.Line2.Trim();
        address.City = input.City!.Trim();
        address.PostalCode = input.PostalCode!.Trim();
        address.Country = input.Country!.ToUpperInvariant();
    }
}
