using CareerModel.Careers;
using CareerModel.People;
using CareerModel.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareerModel.Web.Api;

/// <summary>Reads the profile a request carries, in the documented format, checked against the catalog.</summary>
internal static class ProfileBody
{
    /// <summary>
    /// Reads the body as a profile, or gives the 400 that lists every problem. The reader streams
    /// the body with its own limits (docs/json-format.md, "Limits"), so a huge body is refused early.
    /// </summary>
    public static async Task<(Profile? Profile, ValidationProblem? Problem)> ReadAsync(HttpRequest request, CareerCatalog catalog)
    {
        try
        {
            var profile = await ProfileJson.ReadAsync(request.Body, catalog, cancellationToken: request.HttpContext.RequestAborted);
            return profile.CurrentRoleId is null
                ? (null, Problems.MissingInProfile("$.currentRoleId", "The profile has no currentRoleId; paths and gaps start from a role of the catalog."))
                : (profile, null);
        }
        catch (CareerJsonException e)
        {
            return (null, Problems.InvalidProfile(e));
        }
    }
}
