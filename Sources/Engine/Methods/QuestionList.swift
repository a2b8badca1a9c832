extension Question {
    /// The questions of a method from the organiser's `texts` (the `questions` parameter),
    /// numbered from 1. A text equal to one of `defaults` (in either language) keeps that
    /// question's bilingual wording and short title; other texts read the same in both
    /// languages. No texts gives `defaults`, renumbered.
    public static func list(_ texts: [String]?, defaults: [Question]) -> [Question] {
        guard let texts, !texts.isEmpty else {
            return defaults.enumerated().map { Question(number: $0 + 1, title: $1.title, text: $1.text) }
        }
        return texts.enumerated().map { offset, text in
            if let known = defaults.first(where: { $0.text.es == text || $0.text.en == text }) {
                return Question(number: offset + 1, title: known.title, text: known.text)
            }
            return Question(number: offset + 1, title: LocalizedText(text), text: LocalizedText(text))
        }
    }
}

extension Question {
    /// The question number table `table` holds in round `round` when tables spread evenly
    /// over `count` questions: table 1 question 1, table 2 question 2... and each table keeps
    /// its question all day. With fewer tables than questions, the questions move on by one
    /// table every round instead, so that every question is still discussed.
    public static func spread(table: Int, round: Int, tables: Int, count: Int) -> Int {
        guard count > 0 else { return 1 }
        let shift = tables < count ? round - 1 : 0
        return ((table - 1 + shift) % count + count) % count + 1
    }
}
