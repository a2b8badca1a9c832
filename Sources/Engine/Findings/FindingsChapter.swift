/// How a method's ``FindingsLayout`` presents one question of the report: the chapter's
/// title and what it gathers, whether it opens with the kept conclusions, and, when the
/// chapter groups notes by table or by round, how many notes of each theme came from each
/// table or round.
///
/// A question has a chapter only when its session's method brings its own layout
/// (``ProvidesFindingsLayout``); the default layout (by question, notes by canvas section) is
/// the report itself.
public struct FindingsChapter: Hashable, Sendable {
    /// One column of the breakdown: a table (`3`, `S2·3`) or a round (its phase title).
    public struct Group: Hashable, Sendable {
        /// The column's label.
        public var label: String
        /// Notes of the question from this table or round.
        public var notes: Int

        /// Creates a group.
        public init(label: String, notes: Int) {
            self.label = label
            self.notes = notes
        }
    }

    /// The chapter's title in the report's language.
    public var title: String
    /// A sentence saying what the chapter gathers; may be empty.
    public var summary: String
    /// How the chapter groups its notes.
    public var grouping: FindingsLayout.Grouping
    /// Whether the chapter opens with the conclusions the vote kept.
    public var showsConclusions: Bool
    /// The tables or rounds, in order; empty when the grouping is by canvas section.
    public var groups: [Group]
    /// Notes of each theme (by theme id) per group, in the order of ``groups``.
    public var themeNotes: [String: [Int]]

    /// Creates a chapter.
    public init(
        title: String, summary: String, grouping: FindingsLayout.Grouping, showsConclusions: Bool, groups: [Group] = [],
        themeNotes: [String: [Int]] = [:]
    ) {
        self.title = title
        self.summary = summary
        self.grouping = grouping
        self.showsConclusions = showsConclusions
        self.groups = groups
        self.themeNotes = themeNotes
    }
}
