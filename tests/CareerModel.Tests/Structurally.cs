using Xunit.Sdk;

namespace CareerModel.Tests;

/// <summary>
/// Compares reports member by member: results such as gap analyses and pay timelines are not
/// values and have no equality of their own, so properties compare them as xunit's
/// <c>Assert.Equivalent</c> does.
/// </summary>
internal static class Structurally
{
    /// <summary>Whether two objects have equal public members, recursively (xunit's strict equivalence).</summary>
    public static bool Same(object? expected, object? actual)
    {
        try
        {
            Assert.Equivalent(expected, actual, strict: true);
            return true;
        }
        catch (EquivalentException)
        {
            return false;
        }
    }
}
