import Engine

/// `workshop certificates FILE -o DIR [--force]`: one printable attendance certificate per
/// person who attended (`certificates.html`, one A4 page each) and the attendance list
/// (`attendance.csv`).
struct CertificatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "certificates",
        abstract: .certificatesAbstract,
        discussion: .certificatesDiscussion,
        arguments: [ArgumentSpec("FILE", help: .argumentSessionFile, completion: .file(extension: "workshop"))],
        options: [
            OptionSpec(
                "output", short: "o", value: "DIR", help: .certificatesOptionOutput, isRequired: true, completion: .directory),
            OptionSpec("force", help: .certificatesOptionForce),
        ],
        examples: ["workshop certificates taller.workshop -o certificados/"])

    /// The files written into the directory.
    static let certificatesFile = "certificates.html"
    static let attendanceFile = "attendance.csv"

    let file: String
    let directory: String
    let force: Bool
    let languageFlag: String?

    init(_ arguments: ParsedArguments) throws {
        file = try arguments.requiredArgument("FILE")
        directory = try arguments.requiredOption("output")
        force = arguments.flag("force")
        languageFlag = arguments.option("lang")
    }

    func run(in context: CommandContext) throws {
        let session = try context.openSession(file, options: Session.OpenOptions(skipping: [NoteAdded.type]))
        let state = session.state
        let language = languageFlag.flatMap(Language.init(code:)) ?? state.info.language
        if FilePath.exists(directory), !FilePath.isDirectory(directory) {
            throw Failure(.certificatesNotADirectory, ["path": directory])
        }
        let written = try Self.write(state: state, into: directory, localizer: Localizer(language: language), force: force)
        let list = AttendanceList(state: state)
        if !list.attendanceTaken { context.warn(context.text(.certificatesAttendanceNotTaken)) }
        context.print(context.text(.certificatesWrote, ["file": written.certificates, "count": String(list.attendees.count)]))
        context.print(context.text(.findingsWrote, ["file": written.attendance]))
    }

    /// Writes both files into `directory` (created if needed); refuses to replace existing
    /// files unless `force`, before writing anything.
    static func write(state: SessionState, into directory: String, localizer: Localizer, force: Bool) throws -> (
        certificates: String, attendance: String
    ) {
        let certificates = FilePath.join(directory, certificatesFile)
        let attendance = FilePath.join(directory, attendanceFile)
        let existing = [certificates, attendance].filter(FilePath.exists)
        if !force, !existing.isEmpty {
            throw Failure(.certificatesWouldOverwrite, ["files": existing.joined(separator: ", ")])
        }
        try FilePath.createDirectory(directory)
        let list = AttendanceList(state: state)
        try SystemFile.writeAtomically(
            Array(CertificateRenderer(list: list, localizer: localizer).render().utf8), to: certificates, replacing: true)
        try SystemFile.writeAtomically(
            Array(AttendanceCSVRenderer(list: list, localizer: localizer).render().utf8), to: attendance, replacing: true)
        return (certificates, attendance)
    }
}
