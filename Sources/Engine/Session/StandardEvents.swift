extension EventRegistry {
    /// Every event type of the engine. Add new event types here (one line each).
    public static let standardTypes: [any JournalEvent.Type] = [
        SessionCreated.self,
        ParticipantsRegistered.self,
        AgendaPlanned.self,
        SeatingPlanned.self,
        PhaseStarted.self,
        SessionFinished.self,
        NoteAdded.self,
        TimerPaused.self,
        TimerResumed.self,
        PhaseExtended.self,
        NoteEdited.self,
        NoteRetracted.self,
        NoteRestored.self,
        ConclusionProposed.self,
        ConclusionEdited.self,
        ConclusionsMerged.self,
        ConclusionWithdrawn.self,
        VoteConfigured.self,
        BallotCast.self,
        TallyRecorded.self,
        TieBroken.self,
        VoteClosed.self,
        VoteReopened.self,
        VoteReset.self,
        ParticipantsCheckedIn.self,
        ThemeAssigned.self,
        ThemeRenamed.self,
        ThemesMerged.self,
        ThemeSplit.self,
        ThemeSimilaritySet.self,
    ]

    /// The registry of every engine event type.
    public static let standard: EventRegistry = {
        do throws(DuplicateEventTypeError) {
            return try EventRegistry(standardTypes)
        } catch {
            // Duplicate names in `standardTypes` are a programming error caught by the tests.
            preconditionFailure("duplicate event type \(error.type) in EventRegistry.standardTypes")
        }
    }()
}
