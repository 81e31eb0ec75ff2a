using CareerModel.Careers;
using CareerModel.Compensation;
using CareerModel.Monetary;
using CareerModel.Skills;

namespace CareerModel.Catalogs;

internal static partial class CustomerServiceCatalog
{
    private static readonly EducationRequirement FrontLineEducation = new(EducationLevel.HighSchool, EducationLevel.Associate);
    private static readonly EducationRequirement SupervisoryEducation = new(EducationLevel.HighSchool, EducationLevel.Bachelor);

    /// <summary>
    /// The occupation's outlook, which the guide gives for Customer Service Specialists: growth 5%
    /// ("as fast as average"; BLS forecasts about 4% through 2032), about 340,000 openings a year,
    /// median pay USD 39,120. It applies to the three individual-contributor levels of the ladder.
    /// </summary>
    private static readonly Outlook SpecialistOutlook = new(
        growthRate: 0.05m,
        annualOpenings: 340_000,
        topIndustries: ["Retail Trade", "Financial Services", "Healthcare and Social Assistance", "Administrative and Support Services"],
        medianPay: Usd(39_120),
        provenance: Guide);

    private static IEnumerable<Role> Roles() => [.. Ladder(), .. LateralRoles(), .. GrowingRoles(), .. EmergingRoles()];

    /// <summary>The seven-level ladder: levels 1–3 individual contributors, 4–7 the management track.</summary>
    private static IEnumerable<Role> Ladder() =>
    [
        Level("cs-junior-specialist", "Junior Customer Service Specialist", Family, CareerTrack.IndividualContributor, 1,
            ExperienceRange.Years(0, 1),
            [Need("active-listening", 2, 3), Need("empathy", 2, 3), Need("clear-communication", 2, 3), Need("problem-solving", 1, 2),
             Need("patience", 2, 2), Need("crm-software", 1, 2), Need("data-entry", 2, 2), Need("product-expertise", 1),
             Prefer("knowledge-base-navigation", 1), Prefer("microsoft-office", 1), Prefer("cs-certification", 1)],
            // Median and average from the ladder table; the range is the guide's starting salary (USD 30k–45k).
            new Dictionary<string, SalaryBand> { ["US"] = new SalaryBand(Usd(30_000), Usd(35_000), Usd(45_000), new PayPercentiles(p50: Usd(35_000)), Usd(38_000)).WithProvenance(Guide) },
            SpecialistOutlook, RemoteWork.Remote, FrontLineEducation,
            "Handles incoming inquiries by phone, email and chat, resolves basic issues and follows established scripts and service levels under close supervision."),

        Level("cs-specialist", "Customer Service Specialist", Family, CareerTrack.IndividualContributor, 2,
            ExperienceRange.Years(1, 3),
            [Need("active-listening", 3, 2), Need("empathy", 3, 2), Need("clear-communication", 3, 2), Need("problem-solving", 3, 3),
             Need("de-escalation", 2, 3), Need("product-expertise", 3, 3), Need("troubleshooting", 2, 2), Need("crm-software", 3, 2),
             Need("help-desk-ticketing", 2), Need("knowledge-base-navigation", 2), Need("email-management", 2), Need("time-management", 2),
             Prefer("feedback-analysis", 1), Prefer("cs-certification", 1)],
            new Dictionary<string, SalaryBand>
            {
                // The ladder table's US median and average; the rest is the guide's regional table.
                ["US"] = SalaryBand.FromMedian(Usd(42_000), Usd(45_000)).WithProvenance(Guide),
                ["north-america"] = SalaryBand.FromRange(Usd(40_000), Usd(60_000)).WithProvenance(Guide),
                ["europe"] = SalaryBand.FromRange(Eur(25_000), Eur(45_000)).WithProvenance(Guide),
                ["DE"] = SalaryBand.FromRange(Eur(35_000), Eur(45_000)).WithProvenance(Guide),
                ["eastern-europe"] = SalaryBand.FromRange(Eur(18_000), Eur(28_000)).WithProvenance(Guide),
                ["asia-pacific"] = SalaryBand.FromRange(Usd(20_000), Usd(40_000)).WithProvenance(Guide),
                ["AU"] = SalaryBand.FromRange(new Money(50_000, Currency.AUD), new Money(70_000, Currency.AUD)).WithProvenance(Guide),
                ["IN"] = SalaryBand.FromRange(new Money(300_000, Currency.INR), new Money(600_000, Currency.INR)).WithProvenance(Guide),
            },
            SpecialistOutlook, RemoteWork.Remote, FrontLineEducation,
            "Handles a higher volume and wider range of inquiries, troubleshoots, resolves complaints and escalations with more autonomy, and contributes to the knowledge base."),

        Level("cs-senior-specialist", "Senior Customer Service Specialist", Family, CareerTrack.IndividualContributor, 3,
            ExperienceRange.Years(3, 5),
            [Need("empathy", 3), Need("clear-communication", 4, 2), Need("problem-solving", 4, 2), Need("conflict-resolution", 4, 3),
             Need("de-escalation", 4, 3), Need("product-expertise", 4, 2), Need("root-cause-analysis", 3, 3), Need("mentoring", 2, 2),
             Need("feedback-analysis", 2), Prefer("process-optimisation", 2), Prefer("training-delivery", 1)],
            new Dictionary<string, SalaryBand> { ["US"] = SalaryBand.FromMedian(Usd(52_000), Usd(55_000)).WithProvenance(Guide) },
            SpecialistOutlook, RemoteWork.Remote, FrontLineEducation,
            "The escalation point for complex or sensitive issues and a subject-matter expert who guides the team, finds recurring issues and works with other departments on solutions."),

        Level("cs-team-lead", "Customer Service Team Lead", Family, CareerTrack.Management, 4,
            ExperienceRange.Years(5, 8),
            [Need("team-leadership", 3, 3), Need("coaching-performance-management", 3, 3), Need("team-metrics-analysis", 2, 2),
             Need("conflict-resolution", 4, 2), Need("mentoring", 3, 2), Need("problem-solving", 4), Need("clear-communication", 4),
             Need("time-management", 3), Prefer("process-optimisation", 2)],
            new Dictionary<string, SalaryBand> { ["US"] = SalaryBand.FromMedian(Usd(65_000), Usd(68_000)).WithProvenance(Guide) },
            null, RemoteWork.Hybrid, SupervisoryEducation,
            "Supervises a small team of specialists (also called Team Leader or Supervisor): daily operations, performance reviews, coaching, scheduling and team escalations."),

        Level("cs-manager", "Customer Service Manager", Family, CareerTrack.Management, 5,
            ExperienceRange.Years(8, 12),
            [Need("strategic-planning", 2, 2), Need("budgeting-forecasting", 3, 3), Need("team-leadership", 4, 3),
             Need("coaching-performance-management", 4, 3), Need("conflict-resolution", 4), Need("stakeholder-management", 3, 2),
             Need("team-metrics-analysis", 3, 2), Prefer("process-optimisation", 3)],
            new Dictionary<string, SalaryBand> { ["US"] = SalaryBand.FromMedian(Usd(80_000), Usd(85_000)).WithProvenance(Guide) },
            null, RemoteWork.Hybrid, SupervisoryEducation,
            "Manages several teams or a large department: operational efficiency, departmental KPIs, policies, training programmes, budgets and resource forecasts."),

        Level("cs-director", "Director of Customer Service", Family, CareerTrack.Management, 6,
            ExperienceRange.Years(12, 18),
            [Need("executive-leadership", 3, 3), Need("cx-strategy", 3, 3), Need("strategic-planning", 4, 2), Need("team-metrics-analysis", 4, 2),
             Need("talent-development", 4, 2), Need("budgeting-forecasting", 4, 2), Need("stakeholder-management", 4)],
            new Dictionary<string, SalaryBand> { ["US"] = SalaryBand.FromMedian(Usd(110_000), Usd(115_000)).WithProvenance(Guide) },
            null, RemoteWork.Hybrid, SupervisoryEducation,
            "Sets the strategic direction of the whole customer-service organisation, oversees managers and teams, drives major operational improvements and manages significant budgets."),

        Level("cs-vp-customer-experience", "VP of Customer Experience", Family, CareerTrack.Management, 7,
            ExperienceRange.Years(18),
            [Need("executive-leadership", 4, 3), Need("cx-strategy", 5, 3), Need("financial-acumen", 4, 2), Need("business-development", 3, 2),
             Need("public-speaking", 4, 2), Need("strategic-planning", 5, 2), Prefer("customer-journey-mapping", 4)],
            new Dictionary<string, SalaryBand> { ["US"] = SalaryBand.FromMedian(Usd(150_000), Usd(160_000)).WithProvenance(Guide) },
            null, RemoteWork.Hybrid, SupervisoryEducation,
            "Leads the customer-experience strategy across every touchpoint and sits on the executive team, defining the CX vision and a customer-centric culture."),
    ];

    /// <summary>The lateral moves the guide names.</summary>
    private static IEnumerable<Role> LateralRoles() =>
    [
        Other("qa-analyst", "Quality Assurance Analyst", "quality-assurance", 3, RemoteWork.Hybrid,
            [Need("quality-monitoring", 3, 3), Need("feedback-analysis", 3, 2), Need("reporting", 2), Need("product-expertise", 3), Need("clear-communication", 3)]),
        Other("training-specialist", "Training Specialist", "learning-development", 3, RemoteWork.Hybrid,
            [Need("training-delivery", 3, 3), Need("public-speaking", 3, 2), Need("mentoring", 3, 2), Need("product-expertise", 4), Need("clear-communication", 4)]),
        Other("sales-support", "Sales Support Specialist", "sales", 2, RemoteWork.Hybrid,
            [Need("sales-techniques", 2, 3), Need("crm-software", 3, 2), Need("product-expertise", 3), Need("negotiation", 2), Need("clear-communication", 3)]),
        Other("account-manager", "Account Manager", "account-management", 3, RemoteWork.Hybrid,
            [Need("account-management", 3, 3), Need("negotiation", 3, 2), Need("crm-software", 3), Need("stakeholder-management", 2), Need("empathy", 3)]),
    ];

    /// <summary>The ten fastest-growing customer-service careers of 2026 (the Team Leader / Supervisor is the ladder's Team Lead).</summary>
    private static IEnumerable<Role> GrowingRoles() =>
    [
        Other("cx-specialist", "Customer Experience (CX) Specialist", "customer-experience", 3, RemoteWork.Hybrid,
            [Need("customer-journey-mapping", 3, 3), Need("feedback-analysis", 3, 3), Need("empathy", 4, 2), Need("clear-communication", 3), Prefer("cx-strategy", 1)]),
        Other("customer-success-manager", "Customer Success Manager", "customer-success", 4, RemoteWork.Hybrid,
            [Need("account-management", 3, 3), Need("clear-communication", 4, 2), Need("product-expertise", 4, 2), Need("stakeholder-management", 3, 2), Need("empathy", 3), Prefer("negotiation", 2)]),
        Other("omnichannel-support-rep", "Omnichannel Support Representative", Family, 2, RemoteWork.Remote,
            [Need("multitasking", 3, 3), Need("omnichannel-platforms", 3, 3), Need("live-chat-platforms", 2), Need("telephony-software", 2), Need("email-management", 2), Need("social-media-monitoring", 2), Need("clear-communication", 3)]),
        Other("technical-support-specialist", "Technical Support Specialist", "technical-support", 3, RemoteWork.Remote,
            [Need("troubleshooting", 4, 3), Need("clear-communication", 4, 2), Need("patience", 4, 2), Need("help-desk-ticketing", 3), Need("product-expertise", 3)]),
        Other("live-chat-agent", "Live Chat and Messaging Agent", Family, 1, RemoteWork.Remote,
            [Need("written-communication", 3, 3), Need("multitasking", 3, 2), Need("live-chat-platforms", 3, 2), Need("time-management", 2), Need("data-entry", 2)]),
        Other("support-operations-analyst", "Customer Support Operations Analyst", "support-operations", 3, RemoteWork.Hybrid,
            [Need("reporting", 3, 3), Need("team-metrics-analysis", 3, 3), Need("process-optimisation", 3, 2), Need("microsoft-office", 3)]),
        Other("community-support-manager", "Community Support and Social Media Care Manager", "community-support", 3, RemoteWork.Remote,
            [Need("written-communication", 4, 3), Need("crisis-handling", 3, 3), Need("social-media-monitoring", 4, 2), Need("empathy", 3)]),
        Other("remote-global-agent", "Remote / Global Customer Service Agent", Family, 1, RemoteWork.Remote,
            [Need("self-discipline", 3, 3), Need("clear-communication", 3, 2), Need("cultural-awareness", 3, 2), Need("time-management", 3), Need("live-chat-platforms", 2), Prefer("second-language", 2, 2)]),
        Other("retention-specialist", "Customer Retention Specialist", "customer-retention", 3, RemoteWork.Hybrid,
            [Need("negotiation", 3, 3), Need("empathy", 4, 3), Need("problem-solving", 4, 2), Need("crm-software", 3), Prefer("churn-analysis", 1)]),
    ];

    /// <summary>The emerging specialisations of both guides.</summary>
    private static IEnumerable<Role> EmergingRoles() =>
    [
        Other("ai-customer-service-specialist", "AI Customer Service Specialist", "customer-service-ai", 3, RemoteWork.Remote,
            [Need("conversational-ai", 3, 3), Need("live-chat-platforms", 3, 2), Need("empathy", 3, 2), Need("problem-solving", 3)]),
        Other("ai-chatbot-specialist", "AI Chatbot and Virtual Assistant Specialist", "customer-service-ai", 4, RemoteWork.Remote,
            [Need("conversational-ai", 4, 3), Need("live-chat-platforms", 4, 2), Need("written-communication", 3, 2), Need("feedback-analysis", 3)]),
        Other("iot-support-specialist", "IoT and Smart Device Support Specialist", "technical-support", 4, RemoteWork.Remote,
            [Need("iot-device-support", 4, 3), Need("troubleshooting", 4, 3), Need("patience", 3)]),
        Other("predictive-engagement-specialist", "Predictive Customer Engagement Specialist", "customer-experience", 4, RemoteWork.Hybrid,
            [Need("predictive-analytics", 4, 3), Need("reporting", 3, 2), Need("customer-journey-mapping", 3, 2)]),
        Other("metaverse-cx-specialist", "Metaverse Customer Experience Specialist", "customer-experience", 4, RemoteWork.Remote,
            [Need("immersive-platforms", 4, 3), Need("customer-journey-mapping", 3, 2), Need("empathy", 3)]),
        Other("subscription-retention-specialist", "Subscription Retention Specialist", "customer-retention", 4, RemoteWork.Hybrid,
            [Need("churn-analysis", 4, 3), Need("negotiation", 3, 2), Need("account-management", 2)]),
        Other("emotional-intelligence-expert", "Emotional Intelligence Expert", "customer-experience", 4, RemoteWork.Hybrid,
            [Need("emotional-intelligence", 5, 3), Need("empathy", 5, 3), Need("active-listening", 5, 2), Need("coaching-performance-management", 3)]),
    ];

    /// <summary>A role outside the ladder: the guides name its skills but give no pay or experience figures.</summary>
    private static Role Other(string id, string title, string family, int rank, RemoteWork remoteWork, SkillRequirement[] requirements) =>
        new Role(id, title, family, CareerTrack.IndividualContributor, rank)
            .WithRequirements(requirements)
            .WithRemoteWork(remoteWork)
            .WithEducation(FrontLineEducation);

    /// <summary>A level of the ladder, with everything the guides give of it.</summary>
    private static Role Level(
        string id,
        string title,
        string family,
        CareerTrack track,
        int rank,
        ExperienceRange typicalExperience,
        SkillRequirement[] requirements,
        Dictionary<string, SalaryBand> payBands,
        Outlook? outlook,
        RemoteWork remoteWork,
        EducationRequirement education,
        string description) =>
        new Role(id, title, family, track, rank)
            .WithTypicalExperience(typicalExperience)
            .WithRequirements(requirements)
            .WithPayBands(payBands)
            .WithOutlook(outlook)
            .WithRemoteWork(remoteWork)
            .WithEducation(education)
            .WithDescription(description);

    private static Money Usd(decimal amount) => new(amount, Currency.USD);

    private static Money Eur(decimal amount) => new(amount, Currency.EUR);
}
