/// All notes of a session in the order they were taken, with fast lookup by id.
///
/// Ids are journal sequence numbers, so they only grow: the notes array stays sorted by
/// id and lookups are a binary search, with no dictionary to maintain during replay.
public struct NoteBook: Hashable, Sendable {
    /// Every note, retracted ones included, sorted by id.
    public private(set) var all: [Note] = []

    public init() {}

    /// Notes that have not been retracted.
    public var current: [Note] { all.filter { !$0.retracted } }

    /// Number of notes that have not been retracted.
    public var count: Int { all.reduce(0) { $0 + ($1.retracted ? 0 : 1) } }

    /// The note with `id`, if any.
    public func note(_ id: Int) -> Note? {
        index(of: id).map { all[$0] }
    }

    /// Adds a note; its id must be larger than every id so far (it is, when it comes from
    /// the journal), otherwise it is inserted in order.
    public mutating func add(_ note: Note) {
        if !all.isEmpty, all[all.count - 1].id >= note.id {
            let position = all.firstIndex { $0.id > note.id } ?? all.endIndex
            all.insert(note, at: position)
        } else {
            all.append(note)
        }
    }

    /// Changes the note with `id` in place; returns false when there is none.
    @discardableResult
    public mutating func update(_ id: Int, _ change: (inout Note) -> Void) -> Bool {
        guard let position = index(of: id) else { return false }
        change(&all[position])
        return true
    }

    private func index(of id: Int) -> Int? {
        var low = 0
        var high = all.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let value = all[middle].id
            if value == id { return middle }
            if value < id { low = middle + 1 } else { high = middle - 1 }
        }
        return nil
    }
}
