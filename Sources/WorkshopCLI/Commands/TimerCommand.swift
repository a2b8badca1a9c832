import Engine

/// What the timer commands (`start`, `next`, `back`, `pause`, `resume`, `extend`) share:
/// record one ``PhaseAction`` in the journal, decided under its lock against the freshest
/// state, then say what happened. A running `workshop run` shows the change within a second.
enum TimerCommand {
    /// Events the timer commands do not need to replay.
    static let skippedEvents: Set<String> = [NoteAdded.type]

    static func perform(_ action: PhaseAction, file: String, context: CommandContext) throws {
        let session = try context.openSession(file, options: Session.OpenOptions(skipping: skippedEvents))
        try session.append { state in try PhaseControl.events(for: action, in: state) }
        context.print(PhaseActionSummary.describe(action, state: session.state, now: context.clock.now(), context.localizer))
    }

    /// The `FILE` argument every timer command takes.
    static let fileArgument = ArgumentSpec("FILE", help: .argumentSessionFile, completion: .file(extension: "workshop"))
}
