using Microsoft.AspNetCore.Http.HttpResults;

namespace K8sShop.Notifications.Email;

/// <summary>
/// The embedded mode's mailbox: the <c>.eml</c> files <see cref="FileEmailSender"/> wrote, listed and
/// shown at <c>/api/notifications/dev/mail</c>. Development only: elsewhere it answers 404, so reset
/// links can never be read off a real deployment.
/// </summary>
public static class DevMailApi
{
    public static RouteGroupBuilder MapDevMail(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var mail = api.MapGroup("/dev/mail").WithTags("Development").AllowAnonymous().ExcludeFromDescription();
        mail.MapGet("/", List);
        mail.MapGet("/{name}", ShowAsync);
        return api;
    }

    private static Results<Ok<IReadOnlyList<string>>, ProblemHttpResult> List(IHostEnvironment environment, MailFolder folder)
    {
        if (!environment.IsDevelopment())
        {
            return NotInDevelopment();
        }

        IReadOnlyList<string> names = Directory.Exists(folder.Path)
            ? [.. Directory.EnumerateFiles(folder.Path, "*.eml").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).Reverse()]
            : [];
        return TypedResults.Ok(names);
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> ShowAsync(
        string name, IHostEnvironment environment, MailFolder folder, CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment())
        {
            return NotInDevelopment();
        }

        // Shown as text, never as HTML: the message's own markup must not run in the viewer's origin.
        return folder.Resolve(name) is { } path
            ? TypedResults.Text(await File.ReadAllTextAsync(path, cancellationToken), "text/plain; charset=utf-8")
            : TypedResults.Problem($"No mail named {name}.", statusCode: StatusCodes.Status404NotFound, title: "No such mail.");
    }

    private static ProblemHttpResult NotInDevelopment() =>
        TypedResults.Problem("The mail viewer exists only in Development.", statusCode: StatusCodes.Status404NotFound, title: "Not found.");
}
