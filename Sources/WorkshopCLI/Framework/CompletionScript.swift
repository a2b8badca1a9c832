import Engine

/// Generates shell completion scripts from the command tree.
struct CompletionScript {
    let root: any ParsableCommand.Type

    /// Every command path with its configuration, root first.
    private func commands() -> [(path: [String], configuration: CommandConfiguration)] {
        var result: [(path: [String], configuration: CommandConfiguration)] = []
        func visit(_ type: any ParsableCommand.Type, _ path: [String]) {
            result.append((path, type.configuration))
            for subcommand in type.configuration.subcommands { visit(subcommand, path + [subcommand.configuration.name]) }
        }
        visit(root, [root.configuration.name])
        return result
    }

    private func optionWords(_ configuration: CommandConfiguration) -> [String] {
        (configuration.options + CommandParser.globalOptions).flatMap { spec in
            ["--" + spec.long] + (spec.short.map { ["-\($0)"] } ?? [])
        }
    }

    func bash() -> String {
        let name = root.configuration.name
        var cases = ""
        for (path, configuration) in commands() {
            let key = path.dropFirst().joined(separator: " ")
            let words = configuration.subcommands.map { $0.configuration.name } + optionWords(configuration)
            var valueCases = ""
            for spec in configuration.options + CommandParser.globalOptions where !spec.isFlag {
                valueCases += "            --\(spec.long)) \(bashValue(spec.completion)); return ;;\n"
            }
            let positional = configuration.arguments.first.map { bashValue($0.completion) } ?? ""
            cases += """
                    "\(key)")
                        case "$prev" in
                \(valueCases)        esac
                        if [[ "$cur" == -* ]]; then COMPREPLY=($(compgen -W "\(words.joined(separator: " "))" -- "$cur")); return; fi
                        COMPREPLY=($(compgen -W "\(configuration.subcommands.map { $0.configuration.name }.joined(separator: " "))" -- "$cur"))
                        \(positional.isEmpty ? "" : "[[ ${#COMPREPLY[@]} -eq 0 ]] && \(positional)")
                        ;;

                """
        }
        let subcommandNames = Set(commands().flatMap { $0.path.dropFirst() }).sorted().joined(separator: "|")
        return """
            # bash completion for \(name); load with: source <(\(name) completions bash)
            _\(name)() {
                local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}"
                local path="" word
                for word in "${COMP_WORDS[@]:1:COMP_CWORD-1}"; do
                    case "$word" in
                        \(subcommandNames.isEmpty ? "__none__" : subcommandNames)) path="${path:+$path }$word" ;;
                        *) ;;
                    esac
                done
                case "$path" in
            \(cases)    esac
            }
            complete -F _\(name) \(name)

            """
    }

    private func bashValue(_ completion: Completion) -> String {
        switch completion {
        case .none: return "COMPREPLY=()"
        case .file(let ext):
            if let ext { return "COMPREPLY=($(compgen -f -X '!*.\(ext)' -- \"$cur\") $(compgen -d -- \"$cur\"))" }
            return "COMPREPLY=($(compgen -f -- \"$cur\"))"
        case .directory: return "COMPREPLY=($(compgen -d -- \"$cur\"))"
        case .choices(let choices): return "COMPREPLY=($(compgen -W \"\(choices.joined(separator: " "))\" -- \"$cur\"))"
        }
    }

    func zsh() -> String {
        let name = root.configuration.name
        var functions = ""
        for (path, configuration) in commands() {
            let function = "_" + path.joined(separator: "_").replacingOccurrences(of: "-", with: "_")
            var specs: [String] = []
            for spec in configuration.options + CommandParser.globalOptions {
                let help = zshEscape(Localizer(language: .en).text(spec.help))
                let names = spec.short.map { "'(-\($0) --\(spec.long))'{-\($0),--\(spec.long)}" } ?? "'--\(spec.long)"
                let value = spec.isFlag ? "" : ":\(spec.valueName ?? "value"):\(zshValue(spec.completion))"
                if spec.short != nil {
                    specs.append("\(names)'[\(help)]\(value)'")
                } else {
                    specs.append("\(names)[\(help)]\(value)'")
                }
            }
            if configuration.subcommands.isEmpty {
                for spec in configuration.arguments {
                    specs.append("'\(spec.isRepeating ? "*" : ""):\(spec.name.lowercased()):\(zshValue(spec.completion))'")
                }
            } else {
                let names = configuration.subcommands.map { sub in
                    "'\(sub.configuration.name):\(zshEscape(Localizer(language: .en).text(sub.configuration.abstract)))'"
                }
                specs.append("'1: :->subcommand'")
                specs.append("'*:: :->argument'")
                functions += """
                    \(function)() {
                        local state
                        _arguments -C \\
                            \(specs.joined(separator: " \\\n            "))
                        case $state in
                            subcommand) local -a commands; commands=(\(names.joined(separator: " "))); _describe 'command' commands ;;
                            argument) local fn="\(function)_${words[1]//-/_}"; (( $+functions[$fn] )) && $fn ;;
                        esac
                    }

                    """
                continue
            }
            functions += """
                \(function)() {
                    _arguments \\
                        \(specs.joined(separator: " \\\n        "))
                }

                """
        }
        return """
            #compdef \(name)
            # zsh completion for \(name); load with: source <(\(name) completions zsh)

            \(functions)compdef _\(name) \(name)

            """
    }

    private func zshValue(_ completion: Completion) -> String {
        switch completion {
        case .none: return " "
        case .file(let ext): return ext.map { "_files -g \"*.\($0)\"" } ?? "_files"
        case .directory: return "_directories"
        case .choices(let choices): return "(\(choices.joined(separator: " ")))"
        }
    }

    private func zshEscape(_ text: String) -> String {
        text.replacingOccurrences(of: "'", with: "'\\''").replacingOccurrences(of: "[", with: "(")
            .replacingOccurrences(of: "]", with: ")").replacingOccurrences(of: ":", with: "\\:")
    }

    func fish() -> String {
        let name = root.configuration.name
        var lines = ["# fish completion for \(name); load with: \(name) completions fish | source"]
        let all = commands()
        for (path, configuration) in all {
            let depth = path.count - 1
            let parents = path.dropFirst()
            var condition: String
            if depth == 0 {
                condition = "__fish_use_subcommand"
            } else {
                condition = parents.map { "__fish_seen_subcommand_from \($0)" }.joined(separator: "; and ")
            }
            for subcommand in configuration.subcommands {
                let help = fishEscape(Localizer(language: .en).text(subcommand.configuration.abstract))
                lines.append("complete -c \(name) -f -n '\(condition)' -a \(subcommand.configuration.name) -d '\(help)'")
            }
            if depth > 0 {
                condition = parents.map { "__fish_seen_subcommand_from \($0)" }.joined(separator: "; and ")
            }
            for spec in configuration.options + CommandParser.globalOptions {
                var line = "complete -c \(name) -n '\(condition)' -l \(spec.long)"
                if let short = spec.short { line += " -s \(short)" }
                if !spec.isFlag {
                    line += " -r"
                    if case .choices(let choices) = spec.completion { line += " -f -a '\(choices.joined(separator: " "))'" }
                }
                line += " -d '\(fishEscape(Localizer(language: .en).text(spec.help)))'"
                lines.append(line)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func fishEscape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
    }
}
