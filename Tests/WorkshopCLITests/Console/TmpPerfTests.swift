import Engine
import Testing
@testable import WorkshopCLI

@Test func tmpRenderSpeed() throws {
    let clock = ManualTimeSource(start: ConsoleFixtures.start)
    let file = try ConsoleFixtures.makeSession(clock: clock)
    ConsoleFixtures.run(["start", file, "--phase", "2"], clock: clock)
    let state = try ConsoleFixtures.state(file)
    let system = SystemTimeSource()
    for (label, offset) in [("tables", 600), ("seating", 30)] {
        let scene = ConsoleScene(state: state, now: clock.now().adding(seconds: offset), size: TerminalSize(columns: 100, rows: 30), localizer: Localizer(language: .en), alerts: CountdownAlerts())
        let a = system.monotonicMilliseconds()
        for _ in 0..<200 { _ = ConsoleRenderer(scene: scene).lines() }
        let b = system.monotonicMilliseconds()
        var writer = FrameWriter()
        let lines = ConsoleRenderer(scene: scene).lines()
        for i in 0..<200 { if i % 2 == 0 { writer.invalidate() }; _ = writer.update(lines, size: scene.size, colors: true) }
        let c = system.monotonicMilliseconds()
        print("PERF \(label) render \(Double(b - a) / 200) ms, write \(Double(c - b) / 200) ms")
    }
    let session = try Session.open(at: file, clock: clock)
    let a = system.monotonicMilliseconds()
    for _ in 0..<1000 { _ = try session.refresh() }
    print("PERF refresh \(Double(system.monotonicMilliseconds() - a) / 1000) ms")
}
