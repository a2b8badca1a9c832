import Engine
import Dispatch
func ms(_ block: () throws -> Void) rethrows -> Double {
    let t0 = DispatchTime.now().uptimeNanoseconds
    try block()
    return Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6
}
for (g, s) in [(10, 5), (12, 4), (12, 5), (12,6), (14, 4), (14,5), (6, 3), (10,3), (10,4), (15,4), (20,4), (18,4), (16,5), (22,4)] {
    var d: GroupDesign?
    let t = ms { d = DesignLibrary.design(groups: g, size: s) }
    print(g, s, d?.rounds.count ?? -1, d?.name ?? "", String(format: "%.2f ms", t))
}
