import Engine

/// `workshop conclusion`: the candidate conclusions each question votes on.
struct ConclusionCommand: CommandGroup {
    static let configuration = CommandConfiguration(
        name: "conclusion",
        abstract: .conclusionAbstract,
        discussion: .conclusionDiscussion,
        subcommands: [
            ConclusionAddCommand.self, ConclusionListCommand.self, ConclusionMergeCommand.self,
            ConclusionWithdrawCommand.self, ConclusionEditCommand.self,
        ],
        examples: [
            "workshop conclusion add taller.workshop --question 2 --table 4 \"Faltan incentivos para innovar\"",
            "workshop conclusion list taller.workshop",
            "workshop conclusion merge taller.workshop C3 C8",
        ])
}
