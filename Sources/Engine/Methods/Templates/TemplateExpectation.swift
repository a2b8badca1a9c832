/// What a template value should have been, for messages.
public enum TemplateExpectation: Equatable, Sendable {
    case object
    case array
    case string
    /// A string, or an object `{"es": ..., "en": ...}`.
    case text
    case integer
    case boolean
    /// A canvas id (string) or a canvas object.
    case canvasReference
    /// A question number, or `"spread"`.
    case questionChoice
}
