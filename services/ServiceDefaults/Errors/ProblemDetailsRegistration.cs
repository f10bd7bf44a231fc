using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace K8sShop.ServiceDefaults.Errors;

/// <summary>
/// Every error leaves as <c>application/problem+json</c> with a stable type and the trace id:
/// unknown routes, binding failures, oversized bodies and unhandled exceptions alike. Exception
/// details are never written (the developer exception page is not used), in any environment.
/// </summary>
public static class ProblemDetailsRegistration
{
    public static IHostApplicationBuilder AddServiceProblemDetails(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            var status = problem.Status ?? context.HttpContext.Response.StatusCode;
            if (context.Exception is BadHttpRequestException badRequest)
            {
                status = badRequest.StatusCode;
                problem.Status = status;
                problem.Title = BadRequestTitle(status);
                problem.Detail = null;
            }

            if (string.IsNullOrEmpty(problem.Type) || problem.Type.StartsWith("https://tools.ietf.org/", StringComparison.Ordinal))
            {
                problem.Type = ProblemTypes.ForStatus(status);
            }

            problem.Instance ??= context.HttpContext.Request.Path;
            problem.Extensions["traceId"] = Activity.Current?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier;
            problem.Extensions.Remove("exception");
        });
        builder.Services.Configure<ExceptionHandlerOptions>(options =>
            options.StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError);
        return builder;
    }

    /// <summary>The error middleware: first in the pipeline so nothing escapes it.</summary>
    public static IApplicationBuilder UseServiceProblemDetails(this IApplicationBuilder app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }

    private static string BadRequestTitle(int status) => status switch
    {
        StatusCodes.Status413PayloadTooLarge => "The request body is too large.",
        StatusCodes.Status415UnsupportedMediaType => "The request's content type is not supported.",
        _ => "The request is malformed.",
    };
}
