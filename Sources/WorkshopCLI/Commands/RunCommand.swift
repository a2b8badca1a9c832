import Engine

/// `workshop run FILE`: the live facilitator console, full screen for the projector, or one
/// line per event with `--plain` (automatically when standard output is not a terminal).
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "run",
        abstract: .runAbstract,
        discussion: .runDiscussion,
        arguments: [ArgumentSpec("FILE", help: .argumentSessionFile, completion: .file(extension: "workshop"))],
        options: [
            OptionSpec("plain", help: .runOptionPlain),
            OptionSpec("auto-advance", help: .runOptionAutoAdvance),
            OptionSpec("warn", value: "MINUTES,...", help: .runOptionWarn),
            OptionSpec("no-bell", help: .runOptionNoBell),
        ],
        examples: [
            "workshop run taller.workshop",
            "workshop run taller.workshop --auto-advance --warn 5,2,30s",
            "workshop run taller.workshop --plain | tee consola.log",
        ])

    let file: String
    let plain: Bool
    let autoAdvance: Bool
    let warnings: [Int]
    let bell: Bool

    init(_ arguments: ParsedArguments) throws {
        file = try arguments.requiredArgument("FILE")
        plain = arguments.flag("plain")
        autoAdvance = arguments.flag("auto-advance")
        bell = !arguments.flag("no-bell")
        if let text = arguments.option("warn") {
            guard let warnings = Self.warnings(from: text) else { throw UsageError.message(.runInvalidWarn, ["value": text]) }
            self.warnings = warnings
        } else {
            warnings = CountdownAlerts.defaultThresholds
        }
    }

    /// Seconds before the end for `5,1` (minutes), `10,2,30s`, or none for `off`.
    static func warnings(from text: String) -> [Int]? {
        let trimmed = text.trimmingWhitespace().lowercased()
        if ["off", "none", "no", "0"].contains(trimmed) { return [] }
        var seconds: [Int] = []
        for part in trimmed.split(separator: ",", omittingEmptySubsequences: false) {
            guard let value = ExtensionAmount.seconds(from: String(part)), value > 0 else { return nil }
            seconds.append(value)
        }
        return seconds.isEmpty ? nil : seconds
    }

    func run(in context: CommandContext) throws {
        let session = try context.openSession(file)
        guard !session.state.agenda.phases.isEmpty else { throw PhaseControlError.noAgenda }
        let fullScreen = !plain && context.output.isTerminal && context.environment["TERM"] != "dumb"
        let device: any ConsoleDevice
        let keyboard: Bool
        if let manual = context.clock as? ManualTimeSource {
            // Simulated time (tests, demos): the session plays at once, without a terminal.
            let size =
                TerminalSize.current(descriptor: -1, environment: context.environment) ?? TerminalSize(columns: 80, rows: 24)
            device = SimulatedConsoleDevice(clock: manual, output: context.output, size: size)
            keyboard = false
        } else {
            keyboard = context.input.isTerminal
            device = TerminalConsoleDevice(
                output: context.output, clock: context.clock, environment: context.environment, fullScreen: fullScreen,
                keyboard: keyboard)
        }
        var options = ConsoleLoop.Options(fullScreen: fullScreen)
        options.autoAdvance = autoAdvance
        options.warnings = warnings
        options.bell = bell
        options.colors = context.style.isEnabled
        options.exitWhenFinished = !keyboard && (!fullScreen || device is SimulatedConsoleDevice)
        if device is SimulatedConsoleDevice {
            options.exitWhenIdle = true
            options.refreshMilliseconds = 1000
        }
        options.utcOffset = { LocalTime.utcOffsetMinutes(at: $0) }
        let loop = ConsoleLoop(
            session: session, device: device, clock: context.clock, localizer: context.localizer, options: options)
        try loop.run()
    }
}
