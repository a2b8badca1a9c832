/// How a correction names a theme: by one of its notes (the anchor), with a few other notes
/// it held when the correction was made.
///
/// Themes have no identity of their own: they are recomputed from the notes at every export,
/// and adding notes or changing the similarity can regroup them. A reference therefore means
/// "the theme that now contains note `anchor`"; when that note is gone (retracted), it means
/// "the theme that now contains most of `members`". See docs/FINDINGS.md.
public struct ThemeReference: Hashable, Sendable {
    /// The note that names the theme.
    public var anchor: Int
    /// Other notes of the theme when the correction was made (most representative first, at
    /// most ``snapshotLimit``), used when the anchor note no longer exists.
    public var members: [Int]

    /// Notes kept in ``members``.
    public static let snapshotLimit = 20

    /// Creates a reference; `members` is cut to ``snapshotLimit`` notes.
    public init(anchor: Int, members: [Int] = []) {
        self.anchor = anchor
        self.members = Array(members.filter { $0 != anchor }.prefix(Self.snapshotLimit))
    }
}
