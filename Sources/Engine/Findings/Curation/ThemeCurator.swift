/// Applies people's corrections (``ThemeCorrection``) to an automatic grouping of notes into
/// themes, in journal order. The rules (docs/FINDINGS.md, "Correcting themes"):
///
/// - a theme is named by one of its notes: a ``ThemeReference`` means the theme that now
///   holds its anchor note, or, when that note is gone, the theme holding most of the notes
///   it remembers;
/// - `assign`: the note leaves its theme and joins the referenced one (same question and
///   dimension only);
/// - `rename`: the referenced theme gets the name;
/// - `merge`: the second theme's notes join the first, which keeps its name (or takes the
///   second's when it had none);
/// - `split`: the notes leave their themes and form a new one, per question and dimension;
/// - a correction whose notes are gone, or that would mix questions or dimensions, changes
///   nothing and is reported as stale.
struct ThemeCurator {
    /// A theme being corrected.
    struct Group {
        /// Document indices, most representative first for automatic groups.
        var members: [Int]
        var name: String?
        /// (question, dimension) of its notes.
        var cell: ThemeClusterer.Cell
        /// The automatic theme it still is, or nil once its notes changed.
        var automatic: Int?
        var isAlive: Bool { !members.isEmpty }
    }

    private(set) var groups: [Group]
    private var groupOfDocument: [Int]
    private let cells: [ThemeClusterer.Cell]

    /// Starts from automatic `themes` over documents whose cells are `cells` (one per
    /// document index; theme member ids are document indices).
    init(themes: [Theme], cells: [ThemeClusterer.Cell]) {
        self.cells = cells
        groupOfDocument = [Int](repeating: -1, count: cells.count)
        groups = []
        groups.reserveCapacity(themes.count)
        for (index, theme) in themes.enumerated() {
            let members = theme.memberIDs.filter { cells.indices.contains($0) }
            guard let first = members.first else { continue }
            for member in members { groupOfDocument[member] = groups.count }
            groups.append(Group(members: members, name: nil, cell: cells[first], automatic: index))
        }
        // Every document belongs to a group, even one the automatic grouping missed.
        for document in cells.indices where groupOfDocument[document] < 0 {
            groupOfDocument[document] = groups.count
            groups.append(Group(members: [document], name: nil, cell: cells[document], automatic: nil))
        }
    }

    /// The group holding document `document`.
    func group(ofDocument document: Int) -> Int? {
        guard groupOfDocument.indices.contains(document), groupOfDocument[document] >= 0 else { return nil }
        return groupOfDocument[document]
    }

    /// Applies one correction; `document` maps a note id of the correction's session to a
    /// document index (nil for a note that is gone). Returns false when it no longer applies.
    @discardableResult
    mutating func apply(_ action: ThemeCorrection.Action, document: (Int) -> Int?) -> Bool {
        switch action {
        case .assign(let note, let theme):
            guard let moving = document(note), let target = resolve(theme, document: document),
                let source = group(ofDocument: moving)
            else { return false }
            guard source != target else { return true }
            guard groups[target].cell == cells[moving] else { return false }
            move([moving], to: target)
            return true
        case .rename(let theme, let name):
            guard let target = resolve(theme, document: document) else { return false }
            groups[target].name = name
            return true
        case .merge(let into, let from):
            guard let target = resolve(into, document: document), let source = resolve(from, document: document) else {
                return false
            }
            guard target != source else { return true }
            guard groups[target].cell == groups[source].cell else { return false }
            if groups[target].name == nil { groups[target].name = groups[source].name }
            move(groups[source].members, to: target)
            return true
        case .split(let notes, let name):
            let documents = notes.compactMap(document)
            guard !documents.isEmpty else { return false }
            var seen = Set<Int>()
            var byCell: [(cell: ThemeClusterer.Cell, members: [Int])] = []
            for member in documents where seen.insert(member).inserted {
                if let index = byCell.firstIndex(where: { $0.cell == cells[member] }) {
                    byCell[index].members.append(member)
                } else {
                    byCell.append((cells[member], [member]))
                }
            }
            for (offset, part) in byCell.enumerated() {
                let target = groups.count
                groups.append(Group(members: [], name: offset == 0 ? name : nil, cell: part.cell, automatic: nil))
                move(part.members, to: target)
            }
            return true
        }
    }

    /// The group a reference names now.
    func resolve(_ reference: ThemeReference, document: (Int) -> Int?) -> Int? {
        if let anchor = document(reference.anchor), let group = group(ofDocument: anchor) { return group }
        var votes: [Int: Int] = [:]
        for member in reference.members {
            if let index = document(member), let group = group(ofDocument: index) { votes[group, default: 0] += 1 }
        }
        return votes.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }

    private mutating func move(_ documents: [Int], to target: Int) {
        let moving = Set(documents)
        var touched = Set<Int>()
        for document in documents {
            if let source = group(ofDocument: document), source != target { touched.insert(source) }
        }
        for source in touched {
            groups[source].members.removeAll { moving.contains($0) }
            groups[source].automatic = nil
        }
        for document in documents where groupOfDocument[document] != target {
            groupOfDocument[document] = target
            groups[target].members.append(document)
        }
        groups[target].automatic = nil
    }
}
