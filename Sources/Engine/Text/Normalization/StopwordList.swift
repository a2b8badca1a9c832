/// Words that carry no theme on their own: articles, prepositions, conjunctions, pronouns,
/// determiners, auxiliary and modal verbs, and a few grammatical adverbs.
///
/// The lists are deliberately conservative and written for workshop notes: words such as
/// "trabajo", "tiempo", "usuarios", "equipo", "falta", "personas" or "bajo" carry meaning
/// there and are not stopwords. Entries are lower case with accents folded, the form
/// `TextNormalizer` produces; single letters are always stopwords.
public struct StopwordList: Sendable {
    /// The stopwords, lower case, accents folded.
    public let words: Set<String>
    /// Stopwords that negate what follows ("no", "sin"): they carry no theme on their own, but
    /// thesaurus phrases may contain them ("sin internet", "no se entiende"), so phrase
    /// matching keeps them.
    public let negations: Set<String>

    /// Creates a list from words in normalised form (lower case, accents folded); `negations`
    /// are stopwords too.
    public init(words: Set<String>, negations: Set<String> = []) {
        self.words = words.union(negations)
        self.negations = negations
    }

    /// Whether a normalised token is a negation word.
    public func isNegation(_ normalized: String) -> Bool { negations.contains(normalized) }

    /// Whether a normalised token (lower case, accents folded) is a stopword.
    public func contains(_ normalized: String) -> Bool {
        normalized.unicodeScalars.count == 1
            ? !normalized.unicodeScalars.allSatisfy(TextNormalizer.isDigit)
            : words.contains(normalized)
    }

    /// The list for a language.
    public static func standard(for language: TextLanguage) -> StopwordList {
        switch language {
        case .spanish: return spanish
        case .english: return english
        }
    }

    /// Spanish stopwords.
    public static let spanish = StopwordList(
        words: Set(
            """
            el la los las lo un una unos unas al del
            a ante cabe con contra de desde durante en entre hacia hasta mediante para por segun sin so sobre
            tras versus via
            y e ni o u pero mas sino que porque pues aunque si como cuando donde mientras conque luego ya
            tambien tampoco asi entonces incluso ademas solo solamente
            yo tu usted ustedes el ella ello ellos ellas nosotros nosotras vosotros vosotras me te se nos os le
            les mi mis tus su sus nuestro nuestra nuestros nuestras vuestro vuestra vuestros vuestras mio mia
            mios mias tuyo tuya tuyos tuyas suyo suya suyos suyas conmigo contigo consigo
            este esta estos estas ese esa esos esas aquel aquella aquellos aquellas esto eso aquello
            quien quienes cual cuales cuyo cuya cuyos cuyas cuanto cuanta cuantos cuantas adonde
            ser soy eres es somos son era eras eramos eran fue fueron fui sea sean seria serian sera seran sido
            siendo estar estoy estas estamos estan estaba estaban estaria estarian este esten
            haber he has ha hemos han habia habian hay haya hayan habra habria habrian hubo hubiera hubiese
            tener tengo tiene tienen tenemos tenia tenian tendria tendrian tenga tengan
            poder puede pueden podemos podia podian podria podrian pueda puedan
            deber debe deben debemos deberia deberian deba deban
            muy mucho mucha muchos muchas poco poca pocos pocas todo toda todos todas cada otro otra otros otras
            mismo misma mismos mismas tan tanto tanta tantos tantas algo alguno alguna algunos algunas alguien
            nada nadie ningun ninguno ninguna varios varias demasiado bastante aun aqui alli ahi aca alla
            no etc etcetera
            """.split(whereSeparator: \.isWhitespace).map(String.init)),
        negations: ["no", "sin", "ni", "nunca"])

    /// English stopwords.
    public static let english = StopwordList(
        words: Set(
            """
            a an the and or nor but if then than so as of to in on at by for with from into onto upon about
            over through via per without within among between against
            is are was were be been being am have has had having do does did doing done will would shall
            should can could may might must ought
            i you he she it we they me him her us them my your his its our their mine yours hers ours theirs
            myself yourself himself herself itself ourselves themselves
            this that these those there here what which who whom whose where when why how
            not no yes also just very too quite rather more most less some any all each every other another
            such same both either neither few many much own only even still already yet again
            i'm you're he's she's it's we're they're i've you've we've they've i'd you'd he'd she'd we'd
            they'd i'll you'll he'll she'll we'll they'll isn't aren't wasn't weren't hasn't haven't hadn't
            doesn't don't didn't won't wouldn't shan't shouldn't can't cannot couldn't mustn't let's that's
            who's what's here's there's where's when's why's how's
            etc etcetera
            """.split(whereSeparator: \.isWhitespace).map(String.init)),
        negations: ["not", "no", "without", "never", "nor"])
}
