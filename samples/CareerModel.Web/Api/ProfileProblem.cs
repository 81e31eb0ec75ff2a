using CareerModel.Serialization;

namespace CareerModel.Web.Api;

/// <summary>One problem of a profile document, where it is and what rule it breaks.</summary>
/// <param name="Path">The JSON path of the value at fault, such as <c>$.skills[2].level</c>.</param>
/// <param name="Line">The line the value starts on, from 1.</param>
/// <param name="Column">The column it starts at, from 1.</param>
/// <param name="Kind">The kind of problem (docs/json-format.md, "Problems").</param>
/// <param name="Message">The field, the value and the rule, in a sentence.</param>
internal sealed record ProfileProblem(string Path, int Line, int Column, CareerJsonProblemKind Kind, string Message);
