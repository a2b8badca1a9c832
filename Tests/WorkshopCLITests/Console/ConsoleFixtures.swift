import Catalog
import Engine
import Foundation

@testable import WorkshopCLI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Sessions and helpers for the console tests: a small opsi-facets session (12 people,
/// 3 tables, a 10-minute welcome, three 20-minute rounds, a vote and a plenary) and a way
/// to run commands in-process.
enum ConsoleFixtures {
    static let start = Timestamp(year: 2026, month: 12, day: 1, hour: 12, minute: 30)

    static let names = [
        "Ana Pérez", "Bruno Salas", "Carla Muñoz", "Daniel Ortiz", "Elena Vidal", "Félix Núñez",
        "Gloria Reyes", "Hugo Lagos", "Inés Toro", "Jorge Bravo", "Karen Soto", "Luis Ñanco",
    ]

    /// A fresh directory for session files, inside one directory per test process that is
    /// removed when the process exits.
    static func temporaryDirectory() -> String {
        var template = Array((consoleTestRoot + "/XXXXXX").utf8CString)
        let path = template.withUnsafeMutableBufferPointer { buffer -> String? in
            guard let base = buffer.baseAddress, mkdtemp(base) != nil else { return nil }
            return String(cString: base)
        }
        return path ?? consoleTestRoot
    }

    /// Creates a session file and returns its path.
    static func makeSession(clock: any TimeSource, title: String = "Taller de prueba", in directory: String? = nil) throws
        -> String
    {
        let directory = directory ?? temporaryDirectory()
        let path = directory + "/taller.workshop"
        let participants = names.enumerated().map {
            Participant(id: $0.offset + 1, name: $0.element, institution: "Servicio \($0.offset % 4)")
        }
        let method = try Catalog.registry().require("opsi-facets")
        let events = try SessionFactory.events(
            info: SessionInfo(title: title, method: "opsi-facets"), method: method, participants: participants,
            parameters: try MethodParameters(resolving: [], for: method.description))
        _ = try Session.create(at: path, events: events, clock: clock)
        return path
    }

    struct Result {
        var code: Int32
        var output: String
        var error: String
    }

    /// Runs `workshop ARGUMENTS` in-process.
    @discardableResult
    static func run(_ arguments: [String], clock: any TimeSource, environment: [String: String] = [:], terminal: Bool = false)
        -> Result
    {
        let output = CapturedOutput(isTerminal: terminal)
        let error = CapturedOutput()
        let code = Workshop.run(
            arguments, output: output, errorOutput: error, input: StringInput(""), environment: environment, clock: clock)
        return Result(code: code, output: output.text, error: error.text)
    }

    /// The state of the session file now.
    static func state(_ path: String) throws -> SessionState {
        try Session.open(at: path).state
    }

    /// The event types of the session file, in order.
    static func eventTypes(_ path: String) throws -> [String] {
        let text = String(decoding: try FilePath.read(path), as: UTF8.self)
        return text.split(separator: "\n").dropFirst().compactMap { line in
            guard let range = line.range(of: "\"type\":\"") else { return nil }
            let rest = line[range.upperBound...]
            return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
        }
    }
}

/// A console device driven by a script on a manual clock: waiting moves the clock to the
/// next scripted moment (a key, another terminal's command, a resize) or to the deadline.
final class ScriptedConsoleDevice: ConsoleDevice, @unchecked Sendable {
    enum Action {
        case keys(String)
        case external(() throws -> Void)
        case resize(TerminalSize)
        case terminate
    }

    struct Write {
        var monotonic: Int64
        var text: String
    }

    let clock: ManualTimeSource
    private(set) var size: TerminalSize
    private var script: [(at: Int64, action: Action)]
    private(set) var writes: [Write] = []
    private(set) var began = false
    private(set) var ended = false
    let endAt: Int64

    /// `script` times are milliseconds after the console begins; the console is told to end
    /// at `endAt` if it is still running.
    init(clock: ManualTimeSource, size: TerminalSize, script: [(at: Int64, action: Action)], endAt: Int64) {
        self.clock = clock
        self.size = size
        self.script = script.sorted { $0.at < $1.at }
        self.endAt = endAt
    }

    private var origin: Int64 = 0
    var hasKeyboard: Bool { true }
    var canRing: Bool { true }

    func begin() {
        began = true
        origin = clock.monotonicMilliseconds()
    }

    func end() { ended = true }

    func write(_ text: String) { writes.append(Write(monotonic: clock.monotonicMilliseconds() - origin, text: text)) }

    /// Everything written, joined.
    var output: String { writes.map(\.text).joined() }

    func wait(untilMonotonic deadline: Int64) -> [TerminalEvent] {
        let now = clock.monotonicMilliseconds()
        if let next = script.first, origin + next.at <= deadline {
            script.removeFirst()
            if origin + next.at > now { clock.advance(milliseconds: origin + next.at - now) }
            switch next.action {
            case .keys(let text): return [.input(Array(text.utf8))]
            case .external(let body):
                try? body()
                return []
            case .resize(let size):
                self.size = size
                return [.resized]
            case .terminate: return [.terminate(signal: 15)]
            }
        }
        if deadline >= origin + endAt {
            if origin + endAt > now { clock.advance(milliseconds: origin + endAt - now) }
            return [.terminate(signal: 15)]
        }
        if deadline > now { clock.advance(milliseconds: deadline - now) }
        return []
    }

    func suspend() {}
    func resume() {}
}

/// The directory of this test process's session files, removed at exit.
let consoleTestRoot: String = {
    var template = Array("/tmp/workshop-console-XXXXXX".utf8CString)
    let path =
        template.withUnsafeMutableBufferPointer { buffer -> String? in
            guard let base = buffer.baseAddress, mkdtemp(base) != nil else { return nil }
            return String(cString: base)
        } ?? "/tmp"
    if path != "/tmp" { atexit { try? FileManager.default.removeItem(atPath: consoleTestRoot) } }
    return path
}()
