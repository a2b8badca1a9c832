import Testing
@testable import WorkshopCLI

@Test func mainReturnsSuccess() {
    #expect(WorkshopCLI.main() == 0)
}
