using CareerModel.Skills;

namespace CareerModel.Catalogs;

internal static partial class CustomerServiceCatalog
{
    private static IEnumerable<Skill> Skills() =>
    [
        // Technical skills the guide lists for every specialist.
        new("crm-software", "CRM software", SkillCategory.Technical, "Salesforce, Zendesk, HubSpot Service Hub."),
        new("help-desk-ticketing", "Help-desk ticketing", SkillCategory.Technical, "Jira Service Management, ServiceNow, Freshdesk."),
        new("microsoft-office", "Microsoft Office", SkillCategory.Technical),
        new("live-chat-platforms", "Live chat and chatbot platforms", SkillCategory.Technical),
        new("telephony-software", "Telephony and call-centre software", SkillCategory.Technical, "Five9, Genesys Cloud."),
        new("email-management", "Email management", SkillCategory.Technical),
        new("troubleshooting", "Troubleshooting", SkillCategory.Technical, "From basic troubleshooting to diagnosing software, hardware and digital-tool issues."),
        new("knowledge-base-navigation", "Knowledge-base navigation", SkillCategory.Technical),
        new("data-entry", "Data entry and record keeping", SkillCategory.Technical),
        new("social-media-monitoring", "Social-media monitoring", SkillCategory.Technical),

        // Soft skills.
        new("active-listening", "Active listening", SkillCategory.Soft),
        new("empathy", "Empathy", SkillCategory.Soft),
        new("problem-solving", "Problem solving", SkillCategory.Soft),
        new("patience", "Patience", SkillCategory.Soft),
        new("adaptability", "Adaptability", SkillCategory.Soft),
        new("conflict-resolution", "Conflict resolution", SkillCategory.Soft),
        new("clear-communication", "Clear communication", SkillCategory.Soft),
        new("time-management", "Time management", SkillCategory.Soft),

        // What later levels add (the ladder's key focus areas).
        new("de-escalation", "De-escalation", SkillCategory.Soft),
        new("product-expertise", "Product expertise", SkillCategory.Knowledge),
        new("root-cause-analysis", "Root-cause analysis", SkillCategory.Technical),
        new("mentoring", "Mentoring", SkillCategory.Soft),
        new("team-leadership", "Team leadership", SkillCategory.Soft, "Motivating a team, setting goals, fostering a positive environment."),
        new("coaching-performance-management", "Coaching and performance management", SkillCategory.Soft),
        new("team-metrics-analysis", "Data analysis of team metrics", SkillCategory.Technical),
        new("budgeting-forecasting", "Budgeting and forecasting", SkillCategory.Knowledge),
        new("strategic-planning", "Strategic planning", SkillCategory.Knowledge),
        new("stakeholder-management", "Cross-functional collaboration and stakeholder management", SkillCategory.Soft),
        new("talent-development", "Talent acquisition, development and retention", SkillCategory.Soft),
        new("cx-strategy", "Customer experience (CX) strategy", SkillCategory.Knowledge),
        new("executive-leadership", "Executive leadership", SkillCategory.Soft),
        new("financial-acumen", "Financial acumen", SkillCategory.Knowledge),
        new("business-development", "Business development", SkillCategory.Knowledge),
        new("public-speaking", "Influential communication and public speaking", SkillCategory.Soft),

        // Skills of the fastest-growing roles.
        new("customer-journey-mapping", "Customer journey mapping", SkillCategory.Technical),
        new("feedback-analysis", "Customer feedback analysis", SkillCategory.Technical),
        new("account-management", "Account management", SkillCategory.Knowledge),
        new("multitasking", "Multitasking", SkillCategory.Soft),
        new("omnichannel-platforms", "Omnichannel support platforms", SkillCategory.Technical),
        new("written-communication", "Written communication and tone", SkillCategory.Soft),
        new("reporting", "Data interpretation and reporting", SkillCategory.Technical),
        new("process-optimisation", "Process optimisation", SkillCategory.Knowledge),
        new("crisis-handling", "Crisis handling", SkillCategory.Soft),
        new("self-discipline", "Self-discipline", SkillCategory.Soft),
        new("cultural-awareness", "Cultural awareness", SkillCategory.Soft),
        new("negotiation", "Negotiation", SkillCategory.Soft),
        new("second-language", "A second language", SkillCategory.Language, "Language skills matter most for global and remote roles."),

        // Lateral moves and emerging specialisations.
        new("quality-monitoring", "Quality monitoring and auditing", SkillCategory.Technical),
        new("training-delivery", "Training design and delivery", SkillCategory.Soft),
        new("sales-techniques", "Sales techniques", SkillCategory.Knowledge),
        new("conversational-ai", "Conversational AI and chatbot training", SkillCategory.Technical),
        new("iot-device-support", "IoT and smart-device support", SkillCategory.Technical),
        new("predictive-analytics", "Predictive analytics", SkillCategory.Technical),
        new("immersive-platforms", "Virtual worlds and immersive platforms", SkillCategory.Technical),
        new("churn-analysis", "Churn analysis", SkillCategory.Technical),
        new("emotional-intelligence", "Emotional intelligence", SkillCategory.Soft),

        // Credentials.
        new("cs-certification", "Customer service certification", SkillCategory.Certification, "Vocational programmes of 4–12 weeks (USD 100–1,000) on communication, conflict resolution and CRM software."),
    ];
}
