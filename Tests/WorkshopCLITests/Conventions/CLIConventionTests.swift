import Foundation
import Testing

@testable import Engine
@testable import WorkshopCLI

@Suite struct CLIConventionTests {
    @Test func helpHasTheStandardSections() {
        for arguments in [["--help"], ["-h"], ["help"], []] {
            let run = runCLI(arguments)
            #expect(run.status == 0)
            for section in ["OVERVIEW:", "USAGE:", "OPTIONS:", "SUBCOMMANDS:"] {
                #expect(run.output.contains(section), "\(arguments) lacks \(section)")
            }
        }
        let note = runCLI(["help", "note"])
        #expect(note.status == 0)
        for section in ["OVERVIEW:", "USAGE: workshop note <FILE>", "ARGUMENTS:", "OPTIONS:", "--table <N>", "EXAMPLES:"] {
            #expect(note.output.contains(section), "help note lacks \(section)")
        }
        #expect(runCLI(["note", "--help"]).output == note.output)
        #expect(runCLI(["note", "x.workshop", "-h"]).output == note.output)
    }

    @Test func helpInSpanish() {
        let run = runCLI(["help", "new"], environment: ["LANG": "es_CL.UTF-8"])
        #expect(run.status == 0)
        for section in ["RESUMEN:", "USO: workshop new <METHOD>", "ARGUMENTOS:", "OPCIONES:", "Crea una sesión"] {
            #expect(run.output.contains(section), "lacks \(section)")
        }
        #expect(runCLI(["--lang", "es", "--help"]).output.contains("SUBCOMANDOS:"))
        #expect(runCLI(["--help", "--lang=es"]).output.contains("SUBCOMANDOS:"))
    }

    @Test func versionPrintsTheVersion() {
        let run = runCLI(["--version"])
        #expect(run.status == 0)
        #expect(run.output == "workshop \(WorkshopVersion.current)\n")
    }

    @Test func unknownCommandSuggestsAndExits64() {
        let run = runCLI(["stauts", "x.workshop"])
        #expect(run.status == 64)
        #expect(run.output.isEmpty)
        #expect(run.error.hasPrefix("Error: unknown command 'stauts'. Did you mean 'status'?"))
        #expect(run.error.contains("\nUsage: workshop <subcommand>"))
        let spanish = runCLI(["metods"], environment: ["LANG": "es_ES.UTF-8"])
        #expect(spanish.error.hasPrefix("Error: comando desconocido 'metods'. ¿Quisiste decir 'methods'?"))
        #expect(spanish.error.contains("\nUso: workshop <subcomando>"))
    }

    @Test func unknownOptionSuggestsAndShowsTheCommandUsage() {
        let run = runCLI(["note", "x.workshop", "--tabel", "3", "hola"])
        #expect(run.status == 64)
        #expect(run.error.hasPrefix("Error: unknown option '--tabel'. Did you mean '--table'?"))
        #expect(run.error.contains("Usage: workshop note <FILE>"))
        #expect(runCLI(["status", "-q", "x"]).status == 64)
    }

    @Test func usageErrorsExit64WithUsageLine() {
        let cases: [([String], String)] = [
            (["note", "x.workshop", "hola"], "missing required option '--table'"),
            (["note", "x.workshop", "--table"], "option '--table' needs a value"),
            (["note", "x.workshop", "--table", "tres", "hola"], "invalid value \"tres\" for '--table'"),
            (["status"], "missing argument <FILE>"),
            (["status", "a", "b"], "unexpected argument 'b'"),
            (["status", "a", "--format", "xml"], "invalid value \"xml\" for '--format': expected text, json"),
            (
                ["new", "opsi-facets", "--roster", "r.csv", "-o", "x", "--date", "2026-02-30"],
                "invalid value \"2026-02-30\" for '--date'"
            ),
            (["status", "x", "--lang", "fr"], "unknown language \"fr\""),
            (["completions", "powershell"], "invalid value \"powershell\""),
            (["note", "x.workshop", "-t", "1", "--stdin", "texto"], "not both"),
        ]
        for (arguments, message) in cases {
            let run = runCLI(arguments)
            #expect(run.status == 64, "\(arguments): \(run.error)")
            #expect(run.error.hasPrefix("Error: "), "\(arguments)")
            #expect(run.error.contains(message), "\(arguments): \(run.error)")
            #expect(run.error.contains("Usage: workshop"), "\(arguments)")
            #expect(run.output.isEmpty)
        }
    }

    @Test func failuresExit1WithoutUsage() throws {
        let scratch = try Scratch()
        let run = runCLI(["status", scratch.file("nope.workshop")])
        #expect(run.status == 1)
        #expect(run.error.hasPrefix("Error: cannot open '"))
        #expect(run.error.contains("no such file"))
        #expect(!run.error.contains("Usage:"))
    }

    @Test func colourOnlyOnATerminalAndNeverWithNoColor() {
        let escape = "\u{1B}["
        #expect(!runCLI(["--help"]).output.contains(escape))
        #expect(runCLI(["--help"], terminal: true).output.contains(escape))
        #expect(!runCLI(["--help"], environment: ["NO_COLOR": "1"], terminal: true).output.contains(escape))
        #expect(!runCLI(["--help"], environment: ["NO_COLOR": ""], terminal: true).output.contains(escape))
        #expect(!runCLI(["--help", "--no-color"], terminal: true).output.contains(escape))
        #expect(!runCLI(["--help"], environment: ["TERM": "dumb"], terminal: true).output.contains(escape))
        let error = runCLI(["stauts"], terminal: true)
        #expect(error.error.contains(escape))
    }

    @Test func negativeNumbersAndDoubleDashArePositional() throws {
        let scratch = try Scratch()
        let session = try makeSession(in: scratch)
        let run = runCLI(["note", session, "--table", "1", "--", "-3 grados: --frío"])
        #expect(run.status == 0, "\(run.error)")
        #expect(try Session.open(at: session).state.notes.all.last?.text == "-3 grados: --frío")
    }
}

@Suite struct CompletionTests {
    private func check(_ shell: String, _ arguments: [String], _ script: String) throws {
        let path = "/usr/bin/" + shell
        guard FileManager.default.isExecutableFile(atPath: path) else { return }
        let scratch = try Scratch()
        let file = try scratch.write("completion.\(shell)", script)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments + [file]
        let error = Pipe()
        process.standardError = error
        try process.run()
        process.waitUntilExit()
        let message = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 0, "\(shell) rejects the script: \(message)")
    }

    @Test func bashScriptIsValidAndListsCommands() throws {
        let run = runCLI(["completions", "bash"])
        #expect(run.status == 0)
        #expect(run.output.contains("complete -F _workshop workshop"))
        for word in ["new", "status", "note", "methods", "demo", "--table", "--roster"] {
            #expect(run.output.contains(word))
        }
        try check("bash", ["-n"], run.output)
    }

    @Test func zshScriptIsValid() throws {
        let run = runCLI(["completions", "zsh"])
        #expect(run.status == 0)
        #expect(run.output.hasPrefix("#compdef workshop"))
        #expect(run.output.contains("'note:"))
        try check("zsh", ["-n"], run.output)
    }

    @Test func fishScriptListsSubcommandsAndOptions() throws {
        let run = runCLI(["completions", "fish"])
        #expect(run.status == 0)
        #expect(run.output.contains("complete -c workshop -f -n '__fish_use_subcommand' -a note"))
        #expect(run.output.contains("-l table"))
        try check("fish", ["--no-execute"], run.output)
    }

    @Test func bashCompletesSubcommandsForReal() throws {
        guard FileManager.default.isExecutableFile(atPath: "/bin/bash") else { return }
        let scratch = try Scratch()
        let script = try scratch.write("c.bash", runCLI(["completions", "bash"]).output)
        let probe = """
            source \(script)
            COMP_WORDS=(workshop stat); COMP_CWORD=1; _workshop; echo "${COMPREPLY[@]}"
            COMP_WORDS=(workshop note x.workshop --ta); COMP_CWORD=3; _workshop; echo "${COMPREPLY[@]}"
            COMP_WORDS=(workshop status x --format ''); COMP_CWORD=4; _workshop; echo "${COMPREPLY[@]}"
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", probe]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        process.waitUntilExit()
        let lines = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines.first == "status")
        #expect(lines.dropFirst().first == "--table")
        #expect(lines.last == "text json")
    }
}
