extension ConceptThesaurus {
    /// A smaller English counterpart of `spanishPublicSector`, for workshops held in English.
    public static let englishPublicSector = ConceptThesaurus(concepts: englishConcepts)

    static let englishConcepts: [Concept] = [
        Concept(
            id: "budget", label: "budget and funding",
            terms: [
                "budget", "budgets", "budgetary", "funding", "funds", "fund", "financial resources", "money",
                "financing", "resources", "costs", "cost", "investment",
            ]),
        Concept(
            id: "training", label: "training and skills development",
            terms: [
                "training", "train", "courses", "course", "capacity building", "upskilling", "reskilling",
                "coaching", "mentoring", "learning programme", "learning program", "induction",
            ]),
        Concept(
            id: "skills", label: "skills and capabilities",
            terms: ["skills", "skill", "capabilities", "capability", "competences", "competencies", "expertise", "talent"]
        ),
        Concept(
            id: "regulation", label: "legal and regulatory framework",
            terms: [
                "regulation", "regulations", "regulatory", "legal framework", "law", "laws", "legislation", "rules",
                "rule", "statute", "decree", "compliance", "legal",
            ]),
        Concept(
            id: "audit", label: "audit and punitive control",
            terms: ["audit", "audits", "auditor", "sanction", "sanctions", "punishment", "punitive", "oversight", "control"],
            related: ["risk"]),
        Concept(
            id: "risk", label: "fear of failure and risk aversion",
            terms: [
                "risk", "risks", "risk aversion", "fear", "fears", "afraid", "failure", "failures", "fail",
                "mistake", "mistakes", "error", "errors", "safe space", "safe spaces",
            ]),
        Concept(
            id: "leadership", label: "leadership and management",
            terms: [
                "leadership", "leaders", "leader", "managers", "manager", "management", "directors", "director",
                "senior management", "executives", "executive", "bosses", "boss", "authorities", "middle management",
            ]),
        Concept(
            id: "citizens", label: "citizens and service users",
            terms: [
                "citizens", "citizen", "users", "user", "service users", "people", "beneficiaries", "residents",
                "community", "communities", "customers", "clients", "public",
            ], weight: actorWeight, role: .actor),
        Concept(
            id: "staff", label: "staff and civil servants",
            terms: [
                "staff", "civil servants", "civil servant", "public servants", "public servant", "employees",
                "employee", "workforce", "personnel", "officials", "human resources",
            ], weight: actorWeight, role: .actor),
        Concept(
            id: "bureaucracy", label: "bureaucracy and paperwork",
            terms: ["bureaucracy", "bureaucratic", "red tape", "paperwork", "procedures", "forms", "approvals", "sign off"]
        ),
        Concept(
            id: "time", label: "time and workload",
            terms: ["time", "workload", "overload", "busy", "deadlines", "day to day", "firefighting", "urgent"]),
        Concept(
            id: "coordination", label: "coordination across agencies",
            terms: [
                "silos", "silo", "coordination", "collaboration", "cross agency", "joined up", "interagency",
                "fragmentation", "partnership working",
            ]),
        Concept(
            id: "experimentation", label: "experimentation and pilots",
            terms: [
                "experiment", "experiments", "experimentation", "pilot", "pilots", "prototype", "prototypes", "testing", "trial",
            ]
        ),
        Concept(
            id: "data", label: "data and evidence",
            terms: ["data", "evidence", "statistics", "analytics", "evidence based", "metrics", "indicators", "measurement"]
        ),
        Concept(
            id: "technology", label: "technology and digital",
            terms: [
                "technology", "technologies", "digital", "digitalisation", "digitalization", "platform", "platforms",
                "software", "systems", "automation", "artificial intelligence", "online", "app", "apps",
            ]),
        Concept(
            id: "plain_language", label: "plain language",
            terms: ["plain language", "plain english", "clear language", "jargon", "language", "readability"]),
        Concept(
            id: "participation", label: "participation and co-design",
            terms: [
                "participation", "participatory", "co-design", "codesign", "co-creation", "cocreation", "engagement",
                "consultation",
            ]
        ),
        Concept(
            id: "feedback", label: "feedback and listening",
            terms: ["feedback", "surveys", "survey", "complaints", "complaint", "suggestions", "satisfaction", "listening"]),
        Concept(
            id: "incentives", label: "incentives and recognition",
            terms: ["incentives", "incentive", "recognition", "rewards", "reward", "awards", "motivation", "bonus"]),
        Concept(
            id: "resistance", label: "resistance to change",
            terms: ["resistance", "resistance to change", "comfort zone", "inertia", "reluctance", "culture", "mindset"]),
    ]
}
