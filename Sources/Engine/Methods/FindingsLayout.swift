/// How the findings report of a session is arranged: chapters in order, each gathering the
/// notes and kept conclusions of some questions and rounds, grouped one way.
///
/// The default (``byQuestion(_:)``) gives one chapter per question with notes grouped by
/// the sections of its canvas; methods change it through ``ProvidesFindingsLayout``.
public struct FindingsLayout: Hashable, Sendable {
    /// How the notes of a chapter are grouped.
    public enum Grouping: String, CaseIterable, Sendable {
        /// By the section of the canvas they were filed under (the analysis dimension).
        case canvasSection = "canvas-section"
        /// By the table that wrote them.
        case table
        /// By the round in which they were written.
        case round
    }

    /// One chapter of the report.
    public struct Chapter: Hashable, Sendable {
        public var title: LocalizedText
        /// A sentence under the title saying what the chapter gathers.
        public var summary: LocalizedText
        /// Question numbers whose notes and conclusions the chapter holds.
        public var questions: [Int]
        /// Rounds whose notes it holds; nil for every round holding those questions.
        public var rounds: [Int]?
        public var grouping: Grouping
        /// Whether the chapter opens with the conclusions the vote kept.
        public var showsConclusions: Bool

        public init(
            title: LocalizedText, summary: LocalizedText = LocalizedText(""), questions: [Int], rounds: [Int]? = nil,
            grouping: Grouping = .canvasSection, showsConclusions: Bool = true
        ) {
            self.title = title
            self.summary = summary
            self.questions = questions
            self.rounds = rounds
            self.grouping = grouping
            self.showsConclusions = showsConclusions
        }
    }

    public var chapters: [Chapter]

    public init(chapters: [Chapter]) { self.chapters = chapters }

    /// One chapter per question of `agenda`, titled by the question, notes grouped by
    /// canvas section, conclusions first when the question is voted on.
    public static func byQuestion(_ agenda: Agenda) -> FindingsLayout {
        FindingsLayout(
            chapters: agenda.questions.map { question in
                Chapter(
                    title: question.title, summary: question.text, questions: [question.number],
                    grouping: .canvasSection, showsConclusions: agenda.voting?.votes(onQuestion: question.number) ?? false)
            })
    }
}

/// A method that arranges its findings report its own way (Double Diamond reports phase
/// by phase; 1-2-4-All by the insights each cycle brought to the room).
public protocol ProvidesFindingsLayout: WorkshopMethod {
    /// The chapters of the report of a session planned with `agenda`. Every question of the
    /// agenda should appear in at least one chapter.
    func makeFindingsLayout(for agenda: Agenda) -> FindingsLayout
}
