/// A small minimum-cost flow solver for transportation problems: supplies on one side,
/// capacities on the other, a cost per unit on each pair. Used by ``RotatingSeating`` to
/// send groups of people to the tables whose questions they have not discussed yet.
///
/// Successive shortest paths with Bellman-Ford; the graphs here are tiny (groups of people
/// with the same history, times tables), so simplicity wins.
struct TransportFlow {
    private struct Edge {
        let to: Int
        var capacity: Int
        let cost: Int
        let reverse: Int
    }

    private var edges: [[Edge]]

    /// Solves the problem and returns `flow[source][target]`. `costs[source][target]` is the
    /// cost per unit. When the capacities cannot take every supply, the rest is left unsent.
    static func solve(supplies: [Int], capacities: [Int], costs: [[Int]]) -> [[Int]] {
        let sources = supplies.count
        let targets = capacities.count
        let origin = 0
        let sink = sources + targets + 1
        var flow = TransportFlow(nodes: sources + targets + 2)
        for (index, supply) in supplies.enumerated() where supply > 0 {
            flow.addEdge(from: origin, to: 1 + index, capacity: supply, cost: 0)
        }
        let unlimited = supplies.reduce(0, +)
        var pairEdges: [[(node: Int, edge: Int)]] = Array(repeating: [], count: sources)
        for source in 0..<sources {
            for target in 0..<targets {
                let node = 1 + source
                pairEdges[source].append((node, flow.edges[node].count))
                flow.addEdge(from: node, to: 1 + sources + target, capacity: unlimited, cost: costs[source][target])
            }
        }
        for (index, capacity) in capacities.enumerated() where capacity > 0 {
            flow.addEdge(from: 1 + sources + index, to: sink, capacity: capacity, cost: 0)
        }
        flow.run(from: origin, to: sink)
        return pairEdges.map { row in
            row.map { unlimited - flow.edges[$0.node][$0.edge].capacity }
        }
    }

    private init(nodes: Int) {
        edges = Array(repeating: [], count: nodes)
    }

    private mutating func addEdge(from: Int, to: Int, capacity: Int, cost: Int) {
        edges[from].append(Edge(to: to, capacity: capacity, cost: cost, reverse: edges[to].count))
        edges[to].append(Edge(to: from, capacity: 0, cost: -cost, reverse: edges[from].count - 1))
    }

    private mutating func run(from origin: Int, to sink: Int) {
        let count = edges.count
        while true {
            // Shortest path by cost in the residual graph (queue-based Bellman-Ford: the
            // residual edges have negative costs).
            var distance = [Int](repeating: Int.max, count: count)
            var previous = [(node: Int, edge: Int)?](repeating: nil, count: count)
            var queued = [Bool](repeating: false, count: count)
            var queue = [origin]
            var head = 0
            distance[origin] = 0
            queued[origin] = true
            while head < queue.count {
                let node = queue[head]
                head += 1
                queued[node] = false
                for (index, edge) in edges[node].enumerated() where edge.capacity > 0 {
                    let candidate = distance[node] + edge.cost
                    if candidate < distance[edge.to] {
                        distance[edge.to] = candidate
                        previous[edge.to] = (node, index)
                        if !queued[edge.to] {
                            queued[edge.to] = true
                            queue.append(edge.to)
                        }
                    }
                }
                if head > 4096, head * 2 > queue.count {
                    queue.removeFirst(head)
                    head = 0
                }
            }
            guard distance[sink] != Int.max else { return }
            var bottleneck = Int.max
            var node = sink
            while let step = previous[node] {
                bottleneck = min(bottleneck, edges[step.node][step.edge].capacity)
                node = step.node
            }
            node = sink
            while let step = previous[node] {
                edges[step.node][step.edge].capacity -= bottleneck
                let reverse = edges[step.node][step.edge].reverse
                edges[node][reverse].capacity += bottleneck
                node = step.node
            }
        }
    }
}
