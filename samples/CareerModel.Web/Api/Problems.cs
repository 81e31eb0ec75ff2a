using System.Globalization;
using CareerModel.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareerModel.Web.Api;

/// <summary>
/// The API's refusals as RFC 9457 problem details: what is wrong in the title, the value and the
/// rule in the detail, and for a document every problem with its location.
/// </summary>
internal static class Problems
{
    /// <summary>404: the catalog has no role with this id.</summary>
    public static ProblemHttpResult UnknownRole(string id) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: "Unknown role",
            detail: $"The catalog has no role '{id}'.",
            extensions: new Dictionary<string, object?> { ["roleId"] = id });

    /// <summary>400: one query parameter breaks a rule.</summary>
    public static ValidationProblem BadParameter(string name, string message) =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [name] = [message] },
            title: $"Bad query parameter '{name}'",
            detail: message);

    /// <summary>
    /// 400: the profile in the body is not valid. <c>errors</c> maps each JSON path to its messages
    /// (as ASP.NET Core's validation problems do); <c>problems</c> lists every problem in document
    /// order with its line, column and kind, as <see cref="CareerJsonException.Problems"/> holds them.
    /// </summary>
    public static ValidationProblem InvalidProfile(CareerJsonException exception)
    {
        var errors = exception.Problems
            .GroupBy(p => p.Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray(), StringComparer.Ordinal);
        var problems = exception.Problems
            .Select(p => new ProfileProblem(p.Path, p.Line, p.Column, p.Kind, p.Message))
            .ToList();
        var count = problems.Count.ToString(CultureInfo.InvariantCulture);
        return TypedResults.ValidationProblem(
            errors,
            title: "The profile is not valid",
            detail: problems.Count == 1 ? "The profile JSON has 1 problem." : $"The profile JSON has {count} problems.",
            extensions: new Dictionary<string, object?> { ["problems"] = problems });
    }

    /// <summary>400: the profile is valid but lacks what the question needs.</summary>
    public static ValidationProblem MissingInProfile(string path, string message) =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [path] = [message] },
            title: "The profile cannot answer this",
            detail: message);
}
