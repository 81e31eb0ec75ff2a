using CareerModel.Careers;
using NodaTime;

namespace CareerModel.Catalogs;

internal static partial class CustomerServiceCatalog
{
    /// <summary>
    /// The moves between roles. Times on the ladder follow its experience ranges (a Specialist at
    /// 1–3 years moves up after about 2); other times are the shortest the guides suggest.
    /// </summary>
    private static IEnumerable<Transition> Transitions() =>
    [
        // The ladder.
        Move("cs-junior-specialist", "cs-specialist", TransitionKind.Promotion, years: 1),
        Move("cs-specialist", "cs-senior-specialist", TransitionKind.Promotion, years: 2),
        Move("cs-senior-specialist", "cs-team-lead", TransitionKind.Promotion, years: 2),
        Move("cs-team-lead", "cs-manager", TransitionKind.Promotion, years: 3),
        Move("cs-manager", "cs-director", TransitionKind.Promotion, years: 4),
        Move("cs-director", "cs-vp-customer-experience", TransitionKind.Promotion, years: 6),

        // Lateral moves the guide names.
        Move("cs-specialist", "qa-analyst", TransitionKind.Lateral, years: 2),
        Move("cs-senior-specialist", "qa-analyst", TransitionKind.Lateral, years: 1),
        Move("cs-specialist", "training-specialist", TransitionKind.Lateral, years: 2),
        Move("cs-senior-specialist", "training-specialist", TransitionKind.Lateral, years: 1),
        Move("cs-specialist", "sales-support", TransitionKind.Lateral, years: 1),
        Move("cs-specialist", "account-manager", TransitionKind.Lateral, years: 2),
        Move("cs-senior-specialist", "account-manager", TransitionKind.Lateral, years: 1),
        Move("sales-support", "account-manager", TransitionKind.Promotion, years: 2),

        // Into the fastest-growing roles.
        Move("cs-junior-specialist", "live-chat-agent", TransitionKind.Lateral, months: 6),
        Move("cs-junior-specialist", "remote-global-agent", TransitionKind.Lateral, months: 6),
        Move("cs-junior-specialist", "omnichannel-support-rep", TransitionKind.Promotion, years: 1),
        Move("live-chat-agent", "omnichannel-support-rep", TransitionKind.Promotion, years: 1),
        Move("remote-global-agent", "cs-specialist", TransitionKind.Promotion, years: 1),
        Move("cs-specialist", "omnichannel-support-rep", TransitionKind.Lateral, months: 6),
        Move("omnichannel-support-rep", "cs-senior-specialist", TransitionKind.Promotion, years: 2),
        Move("omnichannel-support-rep", "community-support-manager", TransitionKind.Promotion, years: 2),
        Move("cs-specialist", "cx-specialist", TransitionKind.Promotion, years: 2),
        Move("cs-senior-specialist", "cx-specialist", TransitionKind.Lateral, years: 1),
        Move("cs-senior-specialist", "customer-success-manager", TransitionKind.Promotion, years: 2),
        Move("account-manager", "customer-success-manager", TransitionKind.Promotion, years: 2),
        Move("cs-specialist", "technical-support-specialist", TransitionKind.Specialisation, years: 2),
        Move("cs-specialist", "retention-specialist", TransitionKind.Specialisation, years: 2),
        Move("cs-senior-specialist", "support-operations-analyst", TransitionKind.Lateral, years: 1),
        Move("cs-senior-specialist", "community-support-manager", TransitionKind.Lateral, years: 1),
        Move("cs-team-lead", "support-operations-analyst", TransitionKind.TrackSwitch, years: 2),
        Move("cs-manager", "customer-success-manager", TransitionKind.TrackSwitch, years: 2),
        Move("customer-success-manager", "cs-manager", TransitionKind.TrackSwitch, years: 3),
        Move("cx-specialist", "cs-team-lead", TransitionKind.TrackSwitch, years: 2),

        // Into the emerging specialisations.
        Move("cs-specialist", "ai-customer-service-specialist", TransitionKind.Specialisation, years: 2),
        Move("live-chat-agent", "ai-customer-service-specialist", TransitionKind.Specialisation, years: 2),
        Move("ai-customer-service-specialist", "ai-chatbot-specialist", TransitionKind.Promotion, years: 2),
        Move("technical-support-specialist", "iot-support-specialist", TransitionKind.Specialisation, years: 2),
        Move("support-operations-analyst", "predictive-engagement-specialist", TransitionKind.Specialisation, years: 2),
        Move("cx-specialist", "metaverse-cx-specialist", TransitionKind.Specialisation, years: 2),
        Move("retention-specialist", "subscription-retention-specialist", TransitionKind.Specialisation, years: 2),
        Move("cs-senior-specialist", "emotional-intelligence-expert", TransitionKind.Specialisation, years: 3),
        Move("cx-specialist", "emotional-intelligence-expert", TransitionKind.Specialisation, years: 2),
    ];

    private static Transition Move(string from, string to, TransitionKind kind, int years = 0, int months = 0) =>
        new(from, to, kind, Period.FromYears(years) + Period.FromMonths(months));
}
