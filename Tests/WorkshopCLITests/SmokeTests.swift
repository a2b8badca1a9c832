import Engine
import Testing
@testable import WorkshopCLI

@Test func mainReturnsSuccess() {
    let output = CapturedOutput()
    let code = Workshop.run(
        ["--version"], output: output, errorOutput: CapturedOutput(), input: StringInput(""), environment: [:],
        clock: ManualTimeSource(start: Timestamp(milliseconds: 0)))
    #expect(code == 0)
    #expect(output.text.hasPrefix("workshop "))
}
