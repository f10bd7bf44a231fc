namespace K8sShop.Users.Tokens;

/// <summary>
/// The consent step's outcome: either an answer for the browser now (the consent page, a refusal) or
/// the consent the code is issued under.
/// </summary>
public readonly record struct ConsentDecision(IResult? Answer, Guid? ConsentId)
{
    public static ConsentDecision Respond(IResult answer) => new(answer, null);

    public static ConsentDecision Proceed(Guid consentId) => new(null, consentId);
}
