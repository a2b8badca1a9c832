import Engine
import Foundation
import Testing

@testable import WorkshopCLI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// End to end: the built `workshop` binary runs `workshop run` in a real terminal (a tmux
/// pane, 100x30); the test types keys, runs commands from "another terminal", reads the
/// screen, and checks that the terminal settings (`stty -a`) are the same before and after,
/// for `q`, SIGTERM and a restart after `kill -9`.
///
/// Skipped, with a message, when tmux is not installed. The binary is
/// `.build/debug/workshop` of this checkout (built by `swift build --build-tests`; built
/// here if missing).
@Suite(.serialized) struct ConsoleTmuxTests {
    static let repositoryRoot: String = {
        var path = #filePath
        for _ in 0..<4 {
            guard let slash = path.lastIndex(of: "/") else { break }
            path = String(path[..<slash])
        }
        return path
    }()

    static let tmuxPath: String? = {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return (directories.map { "\($0)/tmux" } + ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"])
            .first { access($0, X_OK) == 0 }
    }()

    static let binaryPath: String? = {
        let path = repositoryRoot + "/.build/debug/workshop"
        if access(path, X_OK) != 0 {
            _ = Shell.run(["/usr/bin/env", "swift", "build", "--product", "workshop"], directory: repositoryRoot)
        }
        return access(path, X_OK) == 0 ? path : nil
    }()

    @Test(
        .enabled(if: tmuxPath != nil, "tmux is not installed: skipping the end-to-end console test (install tmux to run it)"),
        .enabled(if: binaryPath != nil, "no .build/debug/workshop and 'swift build --product workshop' failed: skipping"),
        .timeLimit(.minutes(3)))
    func theConsoleInARealTerminal() throws {
        let tmux = try #require(Self.tmuxPath)
        let workshop = try #require(Self.binaryPath)
        let directory = ConsoleFixtures.temporaryDirectory()
        defer { Shell.run(["/bin/rm", "-rf", directory]) }
        let file = directory + "/taller.workshop"
        let roster =
            "Nombre,Institución\n" + ConsoleFixtures.names.map { "\($0),Servicio de prueba" }.joined(separator: "\n") + "\n"
        try roster.write(toFile: directory + "/inscritos.csv", atomically: true, encoding: .utf8)
        #expect(
            Shell.run(
                [workshop, "new", "opsi-facets", "--roster", "inscritos.csv", "-o", file, "--title", "Taller tmux"],
                directory: directory
            ).status == 0)
        #expect(Shell.run([workshop, "start", file], directory: directory).status == 0)

        let script = """
            cd '\(directory)'
            stty -a > stty-before.txt
            '\(workshop)' run taller.workshop --lang en; echo "exit=$?" > exit-q.txt
            stty -a > stty-after-q.txt
            '\(workshop)' run taller.workshop --lang en; echo "exit=$?" > exit-term.txt
            stty -a > stty-after-term.txt
            '\(workshop)' run taller.workshop --lang en
            stty sane
            echo restarted > restarted.txt
            '\(workshop)' run taller.workshop --lang en; echo "exit=$?" > exit-restart.txt
            sleep 120
            """
        try script.write(toFile: directory + "/console.sh", atomically: true, encoding: .utf8)
        let pane = TmuxPane(tmux: tmux, socket: "workshop-test-\(getpid())", name: "console")
        defer { pane.kill() }
        try pane.start(command: "sh '\(directory)/console.sh'", columns: 100, rows: 30)

        // The countdown: block digits and the label, on the welcome's 10 minutes.
        var screen = try pane.waitFor { $0.contains("left of 10:00") }
        #expect(screen.split(separator: "\n").filter { $0.contains("████") }.count >= BlockDigits.baseHeight)
        let shown = try #require(Self.countdown(in: screen))
        #expect(shown > 9 * 60 && shown <= 10 * 60)
        #expect(screen.contains("Welcome and framing"))
        #expect(screen.contains("Phase 1 of 6"))

        // Space pauses; + adds a minute; e 2 Enter adds two more.
        pane.send(literal: " ")
        screen = try pane.waitFor { $0.contains("PAUSED") }
        #expect(try Self.lastEventType(file) == TimerPaused.type)
        pane.send(literal: "+")
        screen = try pane.waitFor { $0.contains("(+1 min)") }
        pane.send(literal: "e")
        _ = try pane.waitFor { $0.contains("Extend by how many minutes?") }
        pane.send(literal: "2")
        pane.send(key: "Enter")
        screen = try pane.waitFor { $0.contains("(+3 min)") }
        #expect(screen.contains("left of 13:00"))

        // Another terminal resumes: the console shows it within a second.
        #expect(Shell.run([workshop, "resume", file], directory: directory).status == 0)
        let resumedAt = Date()
        _ = try pane.waitFor { !$0.contains("PAUSED") }
        let delay = Date().timeIntervalSince(resumedAt)
        print("Console showed a resume from another terminal after \(Int(delay * 1000)) ms")
        #expect(delay < 1.3)

        // n asks first (time is left), y moves on.
        pane.send(literal: "n")
        _ = try pane.waitFor { $0.contains("Move on to Conversation round 1") }
        pane.send(literal: "y")
        screen = try pane.waitFor { $0.contains("Phase 2 of 6") && $0.contains("left of 20:00") }
        #expect(screen.contains("Conversation round 1"))
        #expect(try Self.lastEventType(file) == PhaseStarted.type)

        // A resize redraws at the new size.
        pane.resize(columns: 80, rows: 24)
        screen = try pane.waitFor { screen in
            var lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            while lines.last?.isEmpty == true { lines.removeLast() }
            return lines.count == 24 && lines.last?.contains("q quit") == true
        }
        #expect(screen.split(separator: "\n").allSatisfy { $0.count <= 80 })
        // Back to the first size (`stty -a` shows the size, and it must match at the end).
        pane.resize(columns: 100, rows: 30)
        _ = try pane.waitFor { screen in
            var lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            while lines.last?.isEmpty == true { lines.removeLast() }
            return lines.count == 30 && lines.last?.contains("q quit") == true
        }

        // q: the console ends, the session goes on, the terminal is as it was.
        pane.send(literal: "q")
        try pane.waitForFile(directory + "/exit-q.txt")
        #expect(try String(contentsOfFile: directory + "/exit-q.txt", encoding: .utf8).contains("exit=0"))
        try pane.waitForFile(directory + "/stty-after-q.txt")
        #expect(try Self.read(directory + "/stty-after-q.txt") == Self.read(directory + "/stty-before.txt"))

        // SIGTERM: the same.
        _ = try pane.waitFor { $0.contains("left of 20:00") }
        let second = try #require(pane.childProcess())
        kill(second, SIGTERM)
        try pane.waitForFile(directory + "/stty-after-term.txt")
        #expect(try Self.read(directory + "/stty-after-term.txt") == Self.read(directory + "/stty-before.txt"))

        // kill -9, then a restart: the countdown matches the journal to within a second.
        _ = try pane.waitFor { $0.contains("left of 20:00") }
        let third = try #require(pane.childProcess())
        kill(third, SIGKILL)
        try pane.waitForFile(directory + "/restarted.txt")
        screen = try pane.waitFor { $0.contains("left of 20:00") }
        let captured = Date()
        let restartedShows = try #require(Self.countdown(in: screen))
        let clock = try #require(PhaseClock(state: try Session.open(at: file).state))
        let expected =
            Double(clock.remainingMilliseconds(at: SystemTimeSource().now())) / 1000 + Date().timeIntervalSince(captured)
        print("After kill -9 and a restart the console shows \(restartedShows) s left; the journal says \(expected) s")
        #expect(abs(Double(restartedShows) - expected) <= 1.5)
        pane.send(literal: "q")
        try pane.waitForFile(directory + "/exit-restart.txt")
    }

    /// The countdown of the label `MM:SS left of ...`, in seconds.
    static func countdown(in screen: String) -> Int? {
        guard let range = screen.range(of: " left of ") else { return nil }
        let before = screen[..<range.lowerBound].suffix(5)
        let parts = before.split(separator: ":")
        guard parts.count == 2, let minutes = Int(parts[0]), let seconds = Int(parts[1]) else { return nil }
        return minutes * 60 + seconds
    }

    static func lastEventType(_ file: String) throws -> String? {
        try ConsoleFixtures.eventTypes(file).last
    }

    static func read(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }
}

/// Runs a program and collects its output (`posix_spawn` and `waitpid`: nothing else waits).
enum Shell {
    struct Result {
        var status: Int32
        var output: String
    }

    /// Runs `arguments` (the first is a path, or a name looked up in `PATH`); with `capture`
    /// false the output goes to /dev/null (for programs that leave a daemon behind holding
    /// it, like the first tmux command).
    @discardableResult
    static func run(_ arguments: [String], directory: String? = nil, capture: Bool = true) -> Result {
        var command = arguments
        if let directory {
            command = ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", directory] + arguments
        }
        var pipeEnds: [Int32] = [-1, -1]
        guard pipe(&pipeEnds) == 0 else { return Result(status: -1, output: "pipe failed") }
        #if canImport(Darwin)
            var actions: posix_spawn_file_actions_t? = nil
        #else
            var actions = posix_spawn_file_actions_t()
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if capture {
            posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
            posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 2)
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
        posix_spawn_file_actions_addclose(&actions, pipeEnds[1])
        var argv: [UnsafeMutablePointer<CChar>?] = command.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, command[0], &actions, nil, &argv, environ)
        close(pipeEnds[1])
        defer { close(pipeEnds[0]) }
        guard spawned == 0 else { return Result(status: -1, output: "cannot run \(command[0])") }
        var output: [UInt8] = []
        if capture {
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let count = buffer.withUnsafeMutableBytes { read(pipeEnds[0], $0.baseAddress, $0.count) }
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { break }
                output += buffer[..<count]
            }
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        let exitCode = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Result(status: exitCode, output: String(decoding: output, as: UTF8.self))
    }
}

/// A tmux session on its own server socket, so the test never touches the user's tmux.
struct TmuxPane {
    let tmux: String
    let socket: String
    let name: String

    struct Timeout: Error, CustomStringConvertible {
        var description: String
    }

    private func command(_ arguments: [String], capture: Bool = true) -> Shell.Result {
        Shell.run([tmux, "-L", socket] + arguments, capture: capture)
    }

    func start(command text: String, columns: Int, rows: Int) throws {
        // The first command starts the server, which keeps its output: capture nothing.
        let result = command(
            ["-f", "/dev/null", "new-session", "-d", "-s", name, "-x", String(columns), "-y", String(rows), text],
            capture: false)
        guard result.status == 0 else { throw Timeout(description: "tmux new-session failed (\(result.status))") }
        _ = command(["set-option", "-t", name, "status", "off"])
    }

    func kill() {
        _ = command(["kill-session", "-t", name])
        _ = command(["kill-server"])
        let directory = ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp"
        unlink("\(directory)/tmux-\(getuid())/\(socket)")
    }

    func send(literal text: String) { _ = command(["send-keys", "-t", name, "-l", text]) }

    func send(key: String) { _ = command(["send-keys", "-t", name, key]) }

    func resize(columns: Int, rows: Int) {
        _ = command(["resize-window", "-t", name, "-x", String(columns), "-y", String(rows)])
    }

    func capture() -> String { command(["capture-pane", "-p", "-t", name]).output }

    /// Captures the pane until `condition` holds (at most `seconds`), and returns that screen.
    @discardableResult
    func waitFor(seconds: Double = 8, _ condition: (String) -> Bool) throws -> String {
        let end = Date().addingTimeInterval(seconds)
        var screen = ""
        while Date() < end {
            screen = capture()
            if condition(screen) { return screen }
            usleep(50_000)
        }
        throw Timeout(description: "the pane never showed what was expected; last screen:\n\(screen)")
    }

    func waitForFile(_ path: String, seconds: Double = 8) throws {
        let end = Date().addingTimeInterval(seconds)
        while Date() < end {
            if access(path, F_OK) == 0 {
                usleep(100_000)
                return
            }
            usleep(50_000)
        }
        throw Timeout(description: "\(path) never appeared; screen:\n\(capture())")
    }

    /// The process the pane's shell is running (the console).
    func childProcess() -> pid_t? {
        let shell = command(["display-message", "-p", "-t", name, "#{pane_pid}"]).output.trimmingCharacters(
            in: .whitespacesAndNewlines)
        guard let shellID = Int32(shell) else { return nil }
        for _ in 0..<40 {
            if let text = try? String(contentsOfFile: "/proc/\(shellID)/task/\(shellID)/children", encoding: .utf8),
                let child = text.split(separator: " ").first.flatMap({ Int32($0) })
            {
                return child
            }
            let listed = Shell.run(["/usr/bin/env", "pgrep", "-P", String(shellID)]).output
            if let child = listed.split(separator: "\n").first.flatMap({ Int32($0) }) { return child }
            usleep(50_000)
        }
        return nil
    }
}
