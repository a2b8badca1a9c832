import Engine

/// Renders a command's help in the sections of swift-argument-parser: OVERVIEW, USAGE,
/// ARGUMENTS, OPTIONS, SUBCOMMANDS (localised), plus examples.
struct HelpRenderer {
    let localizer: Localizer
    let style: TextStyle

    /// The usage line: `workshop note <FILE> --table <N> [--section <ID>] <TEXT>`.
    func usage(_ configuration: CommandConfiguration, path: [String]) -> String {
        var parts = path
        if !configuration.subcommands.isEmpty, configuration.arguments.isEmpty {
            parts.append("<" + localizer.text(.helpSubcommandPlaceholder) + ">")
        }
        for spec in configuration.arguments {
            var text = "<\(spec.name)>"
            if spec.isRepeating { text += " ..." }
            parts.append(spec.isOptional ? "[\(text)]" : text)
        }
        for spec in configuration.options {
            var text = "--" + spec.long
            if let value = spec.valueName { text += " <\(value)>" }
            if spec.isRepeating { text += " ..." }
            parts.append(spec.isRequired ? text : "[\(text)]")
        }
        return parts.joined(separator: " ")
    }

    func render(_ configuration: CommandConfiguration, path: [String]) -> String {
        var lines: [String] = []
        lines.append(style.bold(localizer.text(.helpOverview)) + " " + localizer.text(configuration.abstract))
        if let discussion = configuration.discussion {
            lines.append("")
            lines.append(
                contentsOf: localizer.text(discussion).split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        }
        lines.append("")
        lines.append(style.bold(localizer.text(.helpUsage)) + " " + usage(configuration, path: path))
        if !configuration.arguments.isEmpty {
            lines.append("")
            lines.append(style.bold(localizer.text(.helpArguments)))
            for spec in configuration.arguments {
                lines.append(row("<\(spec.name)>", localizer.text(spec.help)))
            }
        }
        lines.append("")
        lines.append(style.bold(localizer.text(.helpOptions)))
        for spec in configuration.options + CommandParser.globalOptions {
            var label = spec.short.map { "-\($0), " } ?? ""
            label += "--" + spec.long
            if let value = spec.valueName { label += " <\(value)>" }
            lines.append(row(label, localizer.text(spec.help)))
        }
        if path.count == 1 { lines.append(row("--version", localizer.text(.optionVersion))) }
        if !configuration.subcommands.isEmpty {
            lines.append("")
            lines.append(style.bold(localizer.text(.helpSubcommands)))
            for subcommand in configuration.subcommands {
                lines.append(row(subcommand.configuration.name, localizer.text(subcommand.configuration.abstract)))
            }
            lines.append("")
            // `workshop help canvas <subcommand>`: help always goes through the root command.
            let helpPath = ([path.first ?? "workshop", "help"] + path.dropFirst()).joined(separator: " ")
            lines.append("  " + localizer.text(.helpSeeSubcommand, ["command": helpPath]))
        }
        if !configuration.examples.isEmpty {
            lines.append("")
            lines.append(style.bold(localizer.text(.helpExamples)))
            for example in configuration.examples { lines.append("  " + example) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A two-column row, wrapping the description under itself.
    private func row(_ label: String, _ description: String) -> String {
        let column = 26
        let width = 80
        let indent = String(repeating: " ", count: column)
        let words = description.split(separator: " ")
        var lines: [String] = []
        var current = ""
        for word in words {
            if current.isEmpty {
                current = String(word)
            } else if column + current.count + 1 + word.count > width {
                lines.append(current)
                current = String(word)
            } else {
                current += " " + word
            }
        }
        if !current.isEmpty { lines.append(current) }
        let head = "  " + label
        var output: String
        if head.count >= column - 1 {
            output = head + "\n" + indent + (lines.first ?? "")
        } else {
            output = head + String(repeating: " ", count: column - head.count) + (lines.first ?? "")
        }
        for line in lines.dropFirst() { output += "\n" + indent + line }
        return output
    }
}
