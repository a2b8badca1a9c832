/// A canvas: the sheet a table fills in, divided into sections (for example the four
/// analysis dimensions). Notes are filed under one of its sections.
public struct Canvas: Hashable, Sendable, JournalCodable {
    /// Stable kebab-case id, e.g. `opsi-dimensions`.
    public var id: String
    public var title: LocalizedText
    /// What the canvas is for, printed under its title.
    public var summary: LocalizedText
    public var sections: [CanvasSection]

    public init(id: String, title: LocalizedText, summary: LocalizedText = LocalizedText(""), sections: [CanvasSection]) {
        self.id = id
        self.title = title
        self.summary = summary
        self.sections = sections
    }

    /// The section with `id`, or the section whose one-key shortcut (its position from 1) is `id`.
    public func section(matching idOrShortcut: String) -> CanvasSection? {
        if let section = sections.first(where: { $0.id == idOrShortcut }) { return section }
        if let position = Int(idOrShortcut), sections.indices.contains(position - 1) { return sections[position - 1] }
        let lowered = idOrShortcut.lowercased()
        return sections.first { $0.id.lowercased() == lowered }
    }

    public init(from object: JSONObjectView) throws(JSONDecodingError) {
        id = try object.string("id")
        title = try object.localized("title")
        summary = try object.optionalLocalized("summary")
        sections = try object.decode("sections", as: [CanvasSection].self)
    }

    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("id", id)
        writer.field("title", title)
        if !summary.isEmpty { writer.field("summary", summary) }
        writer.field("sections", sections)
        writer.endObject()
    }
}

/// One box of a canvas.
public struct CanvasSection: Hashable, Sendable, JournalCodable {
    /// Stable kebab-case id, e.g. `internal-capacities`.
    public var id: String
    public var title: LocalizedText
    /// The prompt printed in the box ("Skills, resources and technologies").
    public var prompt: LocalizedText

    public init(id: String, title: LocalizedText, prompt: LocalizedText = LocalizedText("")) {
        self.id = id
        self.title = title
        self.prompt = prompt
    }

    public init(from object: JSONObjectView) throws(JSONDecodingError) {
        id = try object.string("id")
        title = try object.localized("title")
        prompt = try object.optionalLocalized("prompt")
    }

    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("id", id)
        writer.field("title", title)
        if !prompt.isEmpty { writer.field("prompt", prompt) }
        writer.endObject()
    }
}
