using CareerModel.Careers;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CareerModel.Tests.Careers;

/// <summary>
/// Equality laws for the value types: a copy made from the same arguments is equal and hashes
/// alike, and a change in any one argument makes the values unequal.
/// </summary>
[Properties(Arbitrary = new[] { typeof(CatalogArbitraries) }, MaxTest = 200)]
public class EqualityProperties
{
    private static Property CopiesAreEqual<T>(Func<T> create)
        where T : class, IEquatable<T>
    {
        var a = create();
        var b = create();
        return (!ReferenceEquals(a, b)
                && a.Equals(b) && b.Equals(a) && a.Equals((object)b)
                && a.GetHashCode() == b.GetHashCode())
            .Label($"{a} vs {b}");
    }

    private static Property EachChangeMakesItUnequal<TArgs, T>(TArgs args, Func<TArgs, T> create, IReadOnlyList<FieldChange<TArgs>> changes)
        where TArgs : class
        where T : class, IEquatable<T>
    {
        var original = create(args);
        var stillEqual = changes
            .Select(change => (change.Field, Changed: change.Apply(args)))
            .Where(c => c.Changed is not null)
            .Where(c =>
            {
                var other = create(c.Changed!);
                return original.Equals(other) || other.Equals(original) || original.Equals((object)other);
            })
            .Select(c => c.Field)
            .ToList();
        return (stillEqual.Count == 0).Label("still equal after changing: " + string.Join(", ", stillEqual));
    }

    [Property]
    public Property Role_copies_are_equal_and_hash_alike(RoleArgs args) => CopiesAreEqual(args.Create);

    [Property]
    public Property Role_changes_in_any_one_field_make_it_unequal(RoleArgs args) => EachChangeMakesItUnequal(args, a => a.Create(), RoleArgs.Changes);

    [Property]
    public Property Region_copies_are_equal_and_hash_alike(RegionArgs args) => CopiesAreEqual(args.Create);

    [Property]
    public Property Region_changes_in_any_one_field_make_it_unequal(RegionArgs args) => EachChangeMakesItUnequal(args, a => a.Create(), RegionArgs.Changes);

    [Property]
    public Property Skill_copies_are_equal_and_hash_alike(SkillArgs args) => CopiesAreEqual(args.Create);

    [Property]
    public Property Skill_changes_in_any_one_field_make_it_unequal(SkillArgs args) => EachChangeMakesItUnequal(args, a => a.Create(), SkillArgs.Changes);

    [Property]
    public Property SkillRequirement_copies_are_equal_and_hash_alike(RequirementArgs args) => CopiesAreEqual(args.Create);

    [Property]
    public Property SkillRequirement_changes_in_any_one_field_make_it_unequal(RequirementArgs args) => EachChangeMakesItUnequal(args, a => a.Create(), RequirementArgs.Changes);

    [Property]
    public Property Transition_copies_are_equal_and_hash_alike(TransitionArgs args) => CopiesAreEqual(args.Create);

    [Property]
    public Property Transition_changes_in_any_one_field_make_it_unequal(TransitionArgs args) => EachChangeMakesItUnequal(args, a => a.Create(), TransitionArgs.Changes);

    [Property]
    public Property ExperienceRange_copies_are_equal_and_hash_alike(ExperienceArgs args) => CopiesAreEqual(args.Create);

    [Property]
    public Property ExperienceRange_changes_in_any_one_field_make_it_unequal(ExperienceArgs args) => EachChangeMakesItUnequal(args, a => a.Create(), ExperienceArgs.Changes);

    [Property]
    public Property Equal_catalog_parts_hash_alike(CatalogParts parts) =>
        CopiesAreEqual(() => parts.ToBuilder().Build());

    // Up to 50 years, so a minimum plus an extra stays within the model's 100 years.
    private static Arbitrary<int> Months { get; } = Arb.From(Gen.Choose(0, 600), m => m > 0 ? [m / 2, m - 1] : []);

    private static Arbitrary<int> YearShift { get; } = Arb.From(Gen.Choose(-3, 3), y => y != 0 ? [0] : []);

    [Property]
    public Property An_experience_range_in_months_equals_the_same_span_in_years_and_months() =>
        Prop.ForAll(Months, Months, YearShift, (minimum, extra, shift) =>
        {
            var maximum = minimum + extra;
            var inMonths = new ExperienceRange(Period.FromMonths(minimum), Period.FromMonths(maximum));

            // The same spans written as whole years plus months; the shift moves twelve months
            // at a time between the two, so months may be negative or above eleven.
            var years = (minimum / 12) + shift;
            var mixed = new ExperienceRange(
                Period.FromYears(years) + Period.FromMonths(minimum - (12 * years)),
                Period.FromYears(maximum / 12) + Period.FromMonths(maximum % 12));

            return (inMonths.Equals(mixed) && mixed.Equals(inMonths) && inMonths.GetHashCode() == mixed.GetHashCode()
                    && inMonths.Minimum.Years == minimum / 12 && inMonths.Minimum.Months == minimum % 12
                    && inMonths.Maximum!.Years == maximum / 12 && inMonths.Maximum.Months == maximum % 12
                    && mixed.Minimum.Equals(inMonths.Minimum))
                .Label($"{inMonths.Minimum}–{inMonths.Maximum} vs {mixed.Minimum}–{mixed.Maximum}");
        });

    [Property]
    public Property An_open_range_in_months_equals_the_range_in_years_and_months() =>
        Prop.ForAll(Months, months =>
        {
            var a = new ExperienceRange(Period.FromMonths(months));
            var b = new ExperienceRange(Period.FromYears(months / 12) + Period.FromMonths(months % 12));
            return (a.Equals(b) && a.GetHashCode() == b.GetHashCode() && a.Maximum is null).Label($"{a.Minimum} vs {b.Minimum}");
        });

    [Property]
    public Property Contains_agrees_with_the_total_months(ExperienceArgs args)
    {
        var range = args.Create();
        return Prop.ForAll(Months, months =>
            range.Contains(Period.FromMonths(months))
            == (months >= args.MinimumMonths && (args.MaximumMonths is null || months <= args.MaximumMonths)));
    }
}
