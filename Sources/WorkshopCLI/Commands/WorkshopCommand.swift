import Engine

/// The root command: `workshop`.
struct WorkshopCommand: CommandGroup {
    static let configuration = CommandConfiguration(
        name: "workshop",
        abstract: .rootAbstract,
        discussion: .rootDiscussion,
        subcommands: [
            NewCommand.self,
            StatusCommand.self,
            NoteCommand.self,
            NotesCommand.self,
            ImportCommand.self,
            ConclusionCommand.self,
            VoteCommand.self,
            ResultsCommand.self,
            TiebreakCommand.self,
            ThemeCommand.self,
            FindingsCommand.self,
            CertificatesCommand.self,
            TextCommand.self,
            PlanCommand.self,
            RunCommand.self,
            StartCommand.self,
            NextCommand.self,
            BackCommand.self,
            PauseCommand.self,
            ResumeCommand.self,
            ExtendCommand.self,
            CheckInCommand.self,
            MixCommand.self,
            MethodsCommand.self,
            CanvasCommand.self,
            DemoCommand.self,
            CompletionsCommand.self,
            HelpCommand.self,
        ],
        examples: [
            "workshop demo",
            "workshop new opsi-facets --roster inscritos.csv --title \"Taller regional\" -o taller.workshop",
            "workshop note taller.workshop --table 3 --section 2 \"Falta presupuesto estable\"",
        ])
}
