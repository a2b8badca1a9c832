import Engine

/// What `workshop demo` writes at the end of the simulated day: the findings report in every
/// format and the certificates with the attendance list.
enum FindingsDemoExport {
    /// Writes into `directory`; returns the paths with what each holds.
    static func write(session: Session, into directory: String, context: CommandContext) throws -> [(path: String, what: TextKey)]
    {
        let registry = (try? MethodLibrary.load(context: context))?.registry
        let state = session.state
        let source = FindingsInputs.source(
            state: state, sessionID: session.header.session, file: session.path, registry: registry)
        let report = FindingsBuilder(options: FindingsOptions(language: context.language)).build([source])
        // The demo's day runs in Santiago (UTC-3), like its console transcript.
        let wording = FindingsWording(report: report, utcOffsetMinutes: -180)
        var written = try FindingsFormat.writeAll(wording, into: directory)
        let certificates = try CertificatesCommand.write(
            state: state, into: directory, localizer: context.localizer, force: true)
        written += [(certificates.certificates, .demoWroteCertificates), (certificates.attendance, .demoWroteAttendance)]
        return written
    }
}
