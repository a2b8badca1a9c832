extension Canvas {
    /// The section `value` names, leniently: its id, its one-key shortcut (`2`), its title
    /// in either language ignoring case and accents, "2. Internal capacities", or the
    /// start of one title only ("estructuras" for "Estructuras y marcos").
    public func section(named value: String) -> CanvasSection? {
        if let match = section(matching: value) { return match }
        let normalized = RosterColumn.normalize(value)
        guard !normalized.isEmpty else { return nil }
        if let match = sections.first(where: { section in
            [section.title.en, section.title.es, section.id].contains { RosterColumn.normalize($0) == normalized }
        }) {
            return match
        }
        // "2. Capacidades internas": a number followed by that section's title.
        let words = normalized.split(separator: " ")
        if let first = words.first, let position = Int(first), sections.indices.contains(position - 1) {
            let rest = words.dropFirst().joined(separator: " ")
            let section = sections[position - 1]
            if [section.title.en, section.title.es].contains(where: { RosterColumn.normalize($0) == rest }) { return section }
        }
        let starting = sections.filter { section in
            [section.title.en, section.title.es].contains { (RosterColumn.normalize($0) + " ").hasPrefix(normalized + " ") }
        }
        return starting.count == 1 ? starting.first : nil
    }
}
